#include "libraryrepository.h"

#include "dialect.h"

#include "appmeta.h"
#include "database.h"
#include "transaction.h"

#include "core/terms.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

class LibraryRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(LibraryRepositoryText)
};

namespace rp {

namespace {

const QString fingerprintKey = QStringLiteral("content_fingerprint");

QString serialize(const LibraryItem &item)
{
    return QString::fromUtf8(QJsonDocument(content::toJson(item)).toJson(QJsonDocument::Compact));
}

QString hashOf(const QString &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<LibraryItem> deserialize(const QString &data)
{
    QStringList errors;
    return content::itemFromJson(QJsonDocument::fromJson(data.toUtf8()).object(), &errors);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

struct LibraryRepository::ClinicRow
{
    QString data;
    bool hidden = false;
    QString basedOnHash;
};

LibraryRepository::LibraryRepository(Database &database)
    : Repository(database)
{ }

QByteArray LibraryRepository::installedFingerprint()
{
    return appmeta::read(m_db.connection(), fingerprintKey).toLatin1();
}

bool LibraryRepository::installBuiltIn(const QList<LibraryItem> &items, const QByteArray &fingerprint)
{
    m_error = {};
    if (installedFingerprint() == fingerprint)
        return true;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failSql(tx.error());
    {
        QSqlQuery q(m_db.connection());
        // Another desk starting the same new version installs it first; then there is nothing to do.
        if (!dialect::lockUpkeep(q, backend()))
            return failSql(q.lastError());
        if (installedFingerprint() == fingerprint)
            return true;
        if (!q.exec(QStringLiteral("DELETE FROM library_builtin")))
            return failSql(q.lastError());
        q.prepare(
            QStringLiteral("INSERT INTO library_builtin (id, position, kind, data, hash) VALUES (?, ?, ?, ?, ?)"));
        int position = 0;
        for (const LibraryItem &item : items) {
            const QString data = serialize(item);
            q.addBindValue(item.id);
            q.addBindValue(position++);
            q.addBindValue(codeOf(item.kind));
            q.addBindValue(data);
            q.addBindValue(hashOf(data));
            if (!q.exec())
                return failSql(q.lastError());
        }
        QSqlError error;
        if (!appmeta::write(m_db.connection(), fingerprintKey, QString::fromLatin1(fingerprint), &error))
            return failSql(error);
    }
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

QList<LibraryItem> LibraryRepository::offeredItems()
{
    QList<LibraryItem> items;
    for (const LibraryEntry &e : entries()) {
        if (!e.hidden)
            items << e.item;
    }
    return items.isEmpty() ? content::builtInItems() : items;
}

QList<LibraryEntry> LibraryRepository::entries()
{
    m_error = {};
    QList<LibraryEntry> out;
    QHash<QString, ClinicRow> clinic;
    QStringList clinicOrder;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, data, hidden, based_on_hash FROM library_clinic ORDER BY updated_at, id"))) {
        failSql(q.lastError());
        return out;
    }
    while (q.next()) {
        clinic.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toInt() != 0, q.value(3).toString()});
        clinicOrder << q.value(0).toString();
    }
    if (!q.exec(QStringLiteral("SELECT id, data, hash FROM library_builtin ORDER BY position"))) {
        failSql(q.lastError());
        return {};
    }
    QSet<QString> builtInIds;
    while (q.next()) {
        const QString id = q.value(0).toString();
        auto original = deserialize(q.value(1).toString());
        if (!original)
            continue;
        builtInIds.insert(id);
        LibraryEntry e;
        e.item = *original;
        const auto it = clinic.constFind(id);
        if (it != clinic.constEnd()) {
            e.hidden = it->hidden;
            if (!it->data.isEmpty()) {
                if (auto mine = deserialize(it->data)) {
                    e.item = *mine;
                    e.origin = ItemOrigin::ClinicEdited;
                    e.original = *original;
                    e.originalUpdated = it->basedOnHash != q.value(2).toString();
                }
            }
        }
        out << e;
    }
    // Her own items, and her versions of items a later version no longer ships: kept as hers.
    for (const QString &id : clinicOrder) {
        if (builtInIds.contains(id))
            continue;
        const ClinicRow &row = clinic[id];
        if (auto mine = deserialize(row.data)) {
            LibraryEntry e;
            e.item = *mine;
            e.origin = ItemOrigin::ClinicOwn;
            e.hidden = row.hidden;
            out << e;
        }
    }
    return out;
}

std::optional<QString> LibraryRepository::builtInHash(const QString &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM library_builtin WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

std::optional<ItemKind> LibraryRepository::builtInKind(const QString &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind FROM library_builtin WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromCode<ItemKind>(q.value(0).toString());
    return std::nullopt;
}

bool LibraryRepository::refuseRedFlag(const QString &id)
{
    if (builtInKind(id) == ItemKind::RedFlag)
        return !fail({StorageError::Code::Invalid,
            LibraryRepositoryText::tr("Red flags cannot be changed or hidden: every printed "
                                      "plan carries all of them, in their most cautious form."),
            {}});
    return false;
}

bool LibraryRepository::save(LibraryItem &item)
{
    m_error = {};
    if (item.id.isEmpty())
        item.id = QStringLiteral("clinic-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (refuseRedFlag(item.id))
        return false;
    if (item.kind == ItemKind::RedFlag)
        return fail({StorageError::Code::Invalid,
            LibraryRepositoryText::tr("The red-flag list comes with the app and cannot be added to here."), {}});
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failSql(tx.error());
    {
        const auto baseHash = builtInHash(item.id);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT hidden FROM library_clinic WHERE id = ?"));
        q.addBindValue(item.id);
        if (!q.exec())
            return failSql(q.lastError());
        const bool exists = q.next();
        const int hidden = exists ? q.value(0).toInt() : 0;
        q.prepare(QStringLiteral("DELETE FROM library_clinic WHERE id = ?"));
        q.addBindValue(item.id);
        if (!q.exec())
            return failSql(q.lastError());
        q.prepare(QStringLiteral("INSERT INTO library_clinic (id, kind, data, hidden, based_on_hash, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(item.id);
        q.addBindValue(codeOf(item.kind));
        q.addBindValue(serialize(item));
        q.addBindValue(hidden);
        q.addBindValue(baseHash ? QVariant(*baseHash) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(now());
        if (!q.exec())
            return failSql(q.lastError());
    }
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

bool LibraryRepository::setHidden(const QString &id, bool hidden)
{
    m_error = {};
    if (refuseRedFlag(id))
        return false;
    const std::optional<ItemKind> kind = builtInKind(id);
    // Plans need every milestone and rest line: the follow-up visit and the Today list hang on them.
    if (hidden && (kind == ItemKind::Milestone || kind == ItemKind::DailyRest))
        return fail({StorageError::Code::Invalid,
            LibraryRepositoryText::tr("Milestones and daily rest lines cannot be hidden: plans need them. "
                                      "Edit the text instead."),
            {}});
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failSql(tx.error());
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE library_clinic SET hidden = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(hidden ? 1 : 0);
        q.addBindValue(now());
        q.addBindValue(id);
        if (!q.exec())
            return failSql(q.lastError());
        if (q.numRowsAffected() == 0) {
            // A built-in item she has not edited: a row that only hides it.
            if (!kind)
                return fail({StorageError::Code::NotFound,
                    LibraryRepositoryText::tr("This item is no longer in the library."), {}});
            q.prepare(QStringLiteral(
                "INSERT INTO library_clinic (id, kind, data, hidden, updated_at) VALUES (?, ?, NULL, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(codeOf(*kind));
            q.addBindValue(hidden ? 1 : 0);
            q.addBindValue(now());
            if (!q.exec())
                return failSql(q.lastError());
        }
        // A row that neither hides nor changes anything is dropped.
        q.exec(QStringLiteral("DELETE FROM library_clinic WHERE data IS NULL AND hidden = 0"));
    }
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

bool LibraryRepository::resetToOriginal(const QString &id)
{
    m_error = {};
    if (!builtInHash(id))
        return fail({StorageError::Code::NotFound,
            LibraryRepositoryText::tr("Only built-in items have an original to go back to."), {}});
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failSql(tx.error());
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM library_clinic WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return failSql(q.lastError());
    }
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

} // namespace rp
