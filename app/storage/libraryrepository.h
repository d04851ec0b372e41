#pragma once

#include "repository.h"

#include "core/library.h"

#include <QList>

namespace rp {

class Database;

// The clinic's library: the built-in items as shipped, merged with the clinic's own items, her
// versions of built-in items and what she hid. An upgrade replaces only the built-in part.
class LibraryRepository : public Repository
{
public:
    explicit LibraryRepository(Database &database);

    // Stores the shipped items when their fingerprint differs from the one stored; one
    // transaction. The clinic's rows are not touched.
    bool installBuiltIn(const QList<LibraryItem> &items, const QByteArray &fingerprint);
    QByteArray installedFingerprint();

    QList<LibraryEntry> entries();
    // What plans and printouts draw on: every item the clinic has not hidden. Red flags, rest lines
    // and milestones are never hidden; a library that cannot be read gives the built-in one rather
    // than an empty plan.
    QList<LibraryItem> offeredItems();

    // Stores her version of a built-in item, or her own item (a new own item gets an id).
    bool save(LibraryItem &item);
    // Hiding removes an item from lists and plans; nothing is deleted, and it can be shown again.
    bool setHidden(const QString &id, bool hidden);
    // Drops her version of a built-in item: the original comes back (shown, unedited).
    bool resetToOriginal(const QString &id);

private:
    struct ClinicRow;
    std::optional<QString> builtInHash(const QString &id);
    std::optional<ItemKind> builtInKind(const QString &id);
    bool refuseRedFlag(const QString &id);
};

} // namespace rp
