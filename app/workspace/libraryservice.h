#pragma once

#include "result.h"

#include "core/library.h"

#include <QList>

namespace rp {

class LibraryRepository;

// The clinic's library as the Library window keeps it: every item with where it comes from
// (built in, edited by the clinic, the clinic's own), the clinic's own items and edits saved,
// an edit taken back to the shipped original, an item hidden from plans or offered again.
class LibraryService
{
public:
    explicit LibraryService(LibraryRepository &library);

    Result<QList<LibraryEntry>> entries();
    // Adds the clinic's own item, or stores its edit of a built-in one (never over the shipped
    // original, which resetToOriginal() brings back).
    StorageError save(LibraryItem &item);
    StorageError resetToOriginal(const QString &id);
    // Hidden items are not offered in new plans; plans that have one keep it, and nothing is deleted.
    StorageError setHidden(const QString &id, bool hidden);

private:
    LibraryRepository &m_library;
};

} // namespace rp
