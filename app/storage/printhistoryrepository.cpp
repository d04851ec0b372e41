#include "printhistoryrepository.h"

#include "database.h"
#include "sqltext.h"
#include "transaction.h"

#include "core/plan.h"
#include "core/terms.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

class PrintHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(PrintHistoryText)
};

namespace rp {

namespace {

// The columns every read takes, in the order readRecord() expects them; a query that wants more
// puts them after, from index `recordColumnCount` on.
constexpr int recordColumnCount = 15;
const char *const recordColumns = "id, patient_id, plan_id, plan_title, documents, language, layout, paper, "
                                  "large_print, output, file_name, printed_at, rules_version, "
                                  "calendar_without_private, from_day";

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString documentCodes(const QList<PrintDocument> &documents)
{
    QStringList codes;
    for (PrintDocument d : documents)
        codes << codeOf(d);
    return codes.join(u' ');
}

PrintRecord readRecord(const QSqlQuery &q)
{
    PrintRecord r;
    r.id = q.value(0).toLongLong();
    r.patientId = q.value(1).toLongLong();
    r.planId = q.value(2).toLongLong(); // NULL (the plan was deleted) reads as 0
    r.planTitle = q.value(3).toString();
    // Codes a newer version of the app wrote are left out: this build cannot print them.
    r.options.documents.clear();
    for (const QString &code : q.value(4).toString().split(u' ', Qt::SkipEmptyParts)) {
        if (const auto d = fromCode<PrintDocument>(code))
            r.options.documents << *d;
    }
    const PrintOptions defaults;
    r.options.language = fromCode<PrintLanguage>(q.value(5).toString()).value_or(defaults.language);
    r.options.layout = fromCode<BilingualLayout>(q.value(6).toString()).value_or(defaults.layout);
    r.options.paper = fromCode<PaperSize>(q.value(7).toString()).value_or(defaults.paper);
    r.options.largePrint = q.value(8).toInt() != 0;
    r.output = fromCode<PrintOutput>(q.value(9).toString()).value_or(PrintOutput::Pdf);
    r.fileName = q.value(10).toString();
    r.printedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    r.rulesVersion = q.value(12).toInt();
    r.options.calendarWithoutPrivate = q.value(13).toInt() != 0;
    r.options.fromDay = std::max(1, q.value(14).toInt());
    return r;
}

} // namespace

PrintHistoryRepository::PrintHistoryRepository(Database &database)
    : Repository(database)
{ }

bool PrintHistoryRepository::record(PrintRecord &record)
{
    m_error = {};
    if (!hasSnapshot(record))
        return false;
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return failSql(tx.error());
    PrintRecord written = record;
    // Made now, under today's rules; a reprint of an earlier printout keeps the rules it was made under.
    if (written.rulesVersion <= 0)
        written.rulesVersion = planrules::version;
    if (!insert(written))
        return false;
    {
        // The language she was given becomes hers, in the same transaction: never a printout on
        // record with her old preference, nor the other way round. A preference, not clinical
        // data, so her record's version does not move.
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE patients SET print_language = ?, print_calendar_without_private = ? WHERE id = ?"));
        q.addBindValue(codeOf(record.options.language));
        // So is her calendar choice, as the dialog last showed it (greyed out, it is still hers).
        q.addBindValue(record.options.calendarWithoutPrivate ? 1 : 0);
        q.addBindValue(record.patientId);
        if (!q.exec())
            return failSql(q.lastError());
    }
    if (!tx.commit())
        return failCommit(tx);
    record = written;
    return true;
}

bool PrintHistoryRepository::insertIn(Transaction &transaction, PrintRecord &record)
{
    m_error = {};
    if (!transaction.isActive())
        return failSql(transaction.error());
    return insert(record);
}

bool PrintHistoryRepository::hasSnapshot(const PrintRecord &record)
{
    // A record that cannot be reprinted is no record of what she was given.
    return !record.snapshot.isEmpty()
        || fail({StorageError::Code::Invalid,
            PrintHistoryText::tr("The printout could not be kept in the print history: its "
                                 "document is empty."),
            {}});
}

bool PrintHistoryRepository::insert(PrintRecord &record)
{
    if (!hasSnapshot(record))
        return false;
    const QDateTime printedAt = record.printedAt.isValid() ? record.printedAt : QDateTime::currentDateTimeUtc();
    qint64 id = 0;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO print_history (patient_id, plan_id, plan_title, documents, language, layout, paper, "
            "large_print, output, file_name, printed_at, snapshot, rules_version, calendar_without_private, from_day) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(record.patientId);
        q.addBindValue(record.planId ? QVariant(record.planId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(sqlText(record.planTitle));
        q.addBindValue(documentCodes(record.options.documents));
        q.addBindValue(codeOf(record.options.language));
        q.addBindValue(codeOf(record.options.layout));
        q.addBindValue(codeOf(record.options.paper));
        q.addBindValue(record.options.largePrint ? 1 : 0);
        q.addBindValue(codeOf(record.output));
        q.addBindValue(sqlText(record.fileName));
        q.addBindValue(timestamp(printedAt));
        q.addBindValue(record.snapshot);
        // A record from before the rules had a version (an old patient file) was made under the first.
        q.addBindValue(std::max(1, record.rulesVersion));
        q.addBindValue(record.options.calendarWithoutPrivate ? 1 : 0);
        q.addBindValue(std::max(1, record.options.fromDay));
        if (!q.exec())
            return failSql(q.lastError());
        id = q.lastInsertId().toLongLong();
    }
    record.id = id;
    record.rulesVersion = std::max(1, record.rulesVersion);
    // As stored (UTC, to the millisecond), so the record equals what load() gives back.
    record.printedAt = QDateTime::fromString(timestamp(printedAt), Qt::ISODateWithMs);
    return true;
}

QList<PrintRecord> PrintHistoryRepository::forPatient(qint64 patientId)
{
    m_error = {};
    QList<PrintRecord> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM print_history WHERE patient_id = ? ORDER BY printed_at DESC, id DESC")
                  .arg(QLatin1String(recordColumns)));
    q.addBindValue(patientId);
    if (!q.exec()) {
        failSql(q.lastError());
        return out;
    }
    while (q.next())
        out << readRecord(q);
    // A shortened list must not pass for her whole history.
    if (q.lastError().isValid()) {
        failSql(q.lastError());
        return {};
    }
    return out;
}

std::optional<PrintRecord> PrintHistoryRepository::load(qint64 id)
{
    m_error = {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, snapshot FROM print_history WHERE id = ?").arg(QLatin1String(recordColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (q.lastError().isValid())
            failSql(q.lastError());
        else
            fail({StorageError::Code::NotFound,
                PrintHistoryText::tr("This printout is no longer in the print history."), {}});
        return std::nullopt;
    }
    PrintRecord r = readRecord(q);
    r.snapshot = q.value(recordColumnCount).toByteArray();
    return r;
}

} // namespace rp
