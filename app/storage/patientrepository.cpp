#include "patientrepository.h"

#include "auditlog.h"
#include "dialect.h"

#include "appmeta.h"
#include "database.h"
#include "sqltext.h"
#include "transaction.h"

#include "core/audit.h"
#include "core/duplicates.h"
#include "core/search.h"
#include "core/validation.h"
#include "core/terms.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

// Translation context for this file's messages (declared outside the namespace so that
// lupdate and the runtime agree on its name).
class RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryText)
};

namespace rp {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

template <typename E> QStringList codesOf(const QList<E> &values)
{
    QStringList out;
    for (E v : values)
        out << codeOf(v);
    out.removeDuplicates();
    return out;
}

} // namespace

PatientRepository::PatientRepository(Database &database)
    : Repository(database)
{ }

bool PatientRepository::save(Patient &patient)
{
    m_error = {};
    Patient toSave = patient;
    if (m_unsettled) {
        const std::optional<bool> kept = settle(toSave);
        if (!kept)
            return false;
        if (*kept) {
            patient = toSave;
            return true;
        }
    }
    QList<Patient> written{toSave};
    if (!commitAll(written)) {
        if (m_error.code == StorageError::Code::Unconfirmed)
            m_unsettled = Unsettled{toSave, written.constFirst()};
        return false;
    }
    patient = written.constFirst();
    return true;
}

bool PatientRepository::saveAll(QList<Patient> &patients)
{
    m_error = {};
    QList<Patient> written = patients;
    if (!commitAll(written))
        return false;
    patients = written;
    return true;
}

bool PatientRepository::commitAll(QList<Patient> &written)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failSql(tx.error());
    for (Patient &p : written) {
        if (!write(p))
            return false; // the transaction rolls back
    }
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

namespace {

bool sameRecord(const Patient &a, const Patient &b)
{
    return patientChanges(a, b).isEmpty() && a.calendarWithoutPrivate == b.calendarWithoutPrivate
        && a.losses == b.losses;
}

// A new record is taken for the one whose save went unanswered when it names the same woman: a
// different one typed after giving up on that save is a new patient.
bool sameSubject(const Patient &sent, const Patient &now)
{
    if (sent.id != now.id)
        return false;
    return sent.id != 0 || (sent.nameEn == now.nameEn && sent.nameZh == now.nameZh && sent.birthDate == now.birthDate);
}

} // namespace

std::optional<bool> PatientRepository::settle(Patient &patient)
{
    const Unsettled u = *m_unsettled;
    if (!sameSubject(u.sent, patient)) {
        m_unsettled.reset();
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, updated_at FROM patients WHERE id = ?"));
    q.addBindValue(u.written.id);
    if (!q.exec()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    const bool kept = q.next() && q.value(0).toInt() == u.written.version
        && q.value(1).toString() == timestamp(u.written.updatedAt);
    m_unsettled.reset();
    if (!kept)
        return false; // the server rolled it back: it is saved now as if for the first time
    const std::optional<Patient> stored = read(u.written.id);
    if (!stored)
        return std::nullopt;
    // What the lost commit stored is her record; what she changed since is written over it. A
    // loss added in that save has its id now, matched by what it says.
    Patient next = patient;
    next.id = stored->id;
    next.version = stored->version;
    next.createdAt = stored->createdAt;
    next.updatedAt = stored->updatedAt;
    QSet<qint64> taken;
    for (Loss &loss : next.losses) {
        if (loss.id != 0)
            continue;
        for (int i = 0; i < u.sent.losses.size() && i < u.written.losses.size(); ++i) {
            const Loss &sent = u.sent.losses.at(i);
            const qint64 id = u.written.losses.at(i).id;
            if (sent.id == 0 && !taken.contains(id) && lossChanges(sent, loss).isEmpty()) {
                loss.id = id;
                taken.insert(id);
                break;
            }
        }
    }
    const bool unchanged = sameRecord(next, *stored);
    patient = unchanged ? *stored : next;
    return unchanged;
}

bool PatientRepository::saveIn(Transaction &transaction, Patient &patient)
{
    m_error = {};
    if (!transaction.isActive())
        return failSql(transaction.error());
    return write(patient, true);
}

bool PatientRepository::write(Patient &p, bool keepCreatedAt)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);

    if (!p.fileNumber.isEmpty()) {
        q.prepare(QStringLiteral("SELECT name_en, name_zh FROM patients WHERE file_number = ? AND id <> ?"));
        q.addBindValue(p.fileNumber);
        q.addBindValue(p.id);
        if (!q.exec())
            return failSql(q.lastError());
        if (q.next()) {
            Patient other;
            other.nameEn = q.value(0).toString();
            other.nameZh = q.value(1).toString();
            return fail({StorageError::Code::DuplicateFileNumber,
                RepositoryText::tr("The file number “%1” already belongs to %2. Each patient needs her "
                                   "own file number.")
                    .arg(p.fileNumber, other.displayName()),
                {}});
        }
    }

    // A print language a newer version of the app wrote is kept while this record says "not
    // chosen" (the only thing this build can show for it), as unknown condition codes are.
    QVariant printLanguage
        = p.printLanguage ? QVariant(codeOf(*p.printLanguage)) : QVariant(QMetaType(QMetaType::QString));
    if (p.id != 0 && !p.printLanguage) {
        q.prepare(QStringLiteral("SELECT print_language FROM patients WHERE id = ?"));
        q.addBindValue(p.id);
        if (!q.exec())
            return failSql(q.lastError());
        if (q.next() && !q.value(0).isNull() && !fromCode<PrintLanguage>(q.value(0).toString()))
            printLanguage = q.value(0).toString();
    }

    // Her record as it was, for the audit log.
    std::optional<Patient> before;
    if (p.id != 0) {
        before = read(p.id);
        if (!before && m_error.code != StorageError::Code::NotFound && m_error.isError())
            return false;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime createdAt = keepCreatedAt && p.createdAt.isValid() ? p.createdAt.toUTC() : now;
    if (p.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO patients (name_en, name_zh, birth_date, phone, file_number, notes, "
            "constitution, archived, print_language, print_calendar_without_private, search_key, names_key, "
            "phone_key, created_at, updated_at) "
            "VALUES (:name_en, :name_zh, :birth_date, :phone, :file_number, :notes, "
            ":constitution, :archived, :print_language, :calendar_without_private, :search_key, :names_key, "
            ":phone_key, :created_at, :updated_at)"));
        q.bindValue(QStringLiteral(":created_at"), timestamp(createdAt));
    } else {
        q.prepare(
            QStringLiteral("UPDATE patients SET name_en = :name_en, name_zh = :name_zh, birth_date = :birth_date, "
                           "phone = :phone, file_number = :file_number, notes = :notes, "
                           "constitution = :constitution, archived = :archived, print_language = :print_language, "
                           "print_calendar_without_private = :calendar_without_private, search_key = :search_key, "
                           "names_key = :names_key, phone_key = :phone_key, "
                           "updated_at = :updated_at, version = version + 1 WHERE id = :id AND version = :version"));
        q.bindValue(QStringLiteral(":id"), p.id);
        q.bindValue(QStringLiteral(":version"), p.version);
    }
    q.bindValue(QStringLiteral(":name_en"), sqlText(p.nameEn));
    q.bindValue(QStringLiteral(":name_zh"), sqlText(p.nameZh));
    q.bindValue(QStringLiteral(":birth_date"), dateValue(p.birthDate));
    q.bindValue(QStringLiteral(":phone"), sqlText(p.phone));
    q.bindValue(QStringLiteral(":file_number"), nullIfEmpty(p.fileNumber));
    q.bindValue(QStringLiteral(":notes"), sqlText(p.notes));
    q.bindValue(QStringLiteral(":constitution"), codeOf(p.constitution));
    q.bindValue(QStringLiteral(":archived"), p.archived ? 1 : 0);
    q.bindValue(QStringLiteral(":print_language"), printLanguage);
    q.bindValue(QStringLiteral(":calendar_without_private"), p.calendarWithoutPrivate ? 1 : 0);
    const QString searchKey = patientSearchKey(p.nameEn, p.nameZh, p.phone, p.fileNumber);
    q.bindValue(QStringLiteral(":search_key"), searchKey);
    q.bindValue(QStringLiteral(":names_key"), sqlText(duplicateNamesKey(p.nameEn, p.nameZh, p.birthDate)));
    q.bindValue(QStringLiteral(":phone_key"), sqlText(duplicatePhoneKey(p.phone)));
    q.bindValue(QStringLiteral(":updated_at"), timestamp(now));
    if (!q.exec())
        return failSql(q.lastError());
    if (p.id == 0) {
        p.id = q.lastInsertId().toLongLong();
        p.createdAt = createdAt;
        p.version = 1;
    } else if (q.numRowsAffected() != 1) {
        return exists(p.id)
            ? fail({StorageError::Code::Conflict,
                RepositoryText::tr("This patient's record was changed at another desk after you "
                                   "opened it. Nothing was saved, and your changes are still on "
                                   "screen. Note them, close this window and open the patient "
                                   "again to see the latest record."),
                {}})
            : fail({StorageError::Code::NotFound,
                RepositoryText::tr("This patient is no longer in the database. Nothing was saved."), {}});
    } else {
        ++p.version;
    }
    p.updatedAt = now;

    // Codes a newer version of the app may have written are kept: only the ones this build knows
    // (and shows as check boxes) are replaced.
    auto replaceSet = [&](const QString &table, const QString &column, const QStringList &codes,
                          const QStringList &known) {
        QSqlQuery del(db);
        QStringList marks;
        for (int i = 0; i < known.size(); ++i)
            marks << QStringLiteral("?");
        del.prepare(
            QStringLiteral("DELETE FROM %1 WHERE patient_id = ? AND %2 IN (%3)").arg(table, column, marks.join(u',')));
        del.addBindValue(p.id);
        for (const QString &k : known)
            del.addBindValue(k);
        if (!del.exec())
            return failSql(del.lastError());
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO %1 (patient_id, %2) VALUES (?, ?)").arg(table, column));
        for (const QString &code : codes) {
            ins.addBindValue(p.id);
            ins.addBindValue(code);
            if (!ins.exec())
                return failSql(ins.lastError());
        }
        return true;
    };
    if (!replaceSet(QStringLiteral("patient_patterns"), QStringLiteral("pattern"), codesOf(p.patterns),
            codesOf(allValues<Pattern>()))
        || !replaceSet(QStringLiteral("patient_conditions"), QStringLiteral("condition"), codesOf(p.conditions),
            codesOf(allValues<Condition>())))
        return false;

    if (!writeLosses(p.id, p.losses))
        return false;
    if (!before || patientSearchKey(before->nameEn, before->nameZh, before->phone, before->fileNumber) != searchKey) {
        if (!writeGrams(p.id, searchKey, /*replace=*/before.has_value()))
            return false;
    }
    return audit(before, p);
}

// One entry for her record and one for each loss added, changed or removed, in the save's
// transaction.
bool PatientRepository::audit(const std::optional<Patient> &before, const Patient &after)
{
    const QSqlDatabase db = m_db.connection();
    QList<AuditEntry> entries;
    AuditEntry record;
    record.patientId = after.id;
    record.subject = AuditSubject::Patient;
    record.subjectId = after.id;
    record.action = before ? AuditAction::Changed : AuditAction::Created;
    record.changes = patientChanges(before ? *before : Patient{}, after);
    entries << record;
    const QList<Loss> was = before ? before->losses : QList<Loss>{};
    for (const Loss &loss : after.losses) {
        const auto old = std::find_if(was.cbegin(), was.cend(), [&](const Loss &l) { return l.id == loss.id; });
        AuditEntry e{0, {}, {}, {}, after.id, AuditSubject::Loss, loss.id, AuditAction::Created, {}};
        if (old == was.cend()) {
            e.changes = lossFields(loss, false);
        } else {
            e.action = AuditAction::Changed;
            e.changes = lossChanges(*old, loss);
        }
        entries << e;
    }
    for (const Loss &loss : was) {
        if (std::none_of(after.losses.cbegin(), after.losses.cend(), [&](const Loss &l) { return l.id == loss.id; }))
            entries << AuditEntry{
                0, {}, {}, {}, after.id, AuditSubject::Loss, loss.id, AuditAction::Deleted, lossFields(loss, true)};
    }
    for (const AuditEntry &e : std::as_const(entries)) {
        QSqlError error;
        if (!AuditLog::append(db, e, &error))
            return failSql(error);
    }
    return true;
}

bool PatientRepository::writeLosses(qint64 patientId, QList<Loss> &losses)
{
    const QSqlDatabase db = m_db.connection();
    // Losses are updated in place, not deleted and re-added: plans refer to them by id.
    QSet<qint64> kept;
    for (Loss &loss : losses) {
        QSqlQuery q(db);
        if (loss.id == 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO losses (patient_id, loss_date, kind, gestational_week, management, notes, "
                "conceived_by_ivf) VALUES (:patient_id, :date, :kind, :week, :management, :notes, :ivf)"));
        } else {
            q.prepare(QStringLiteral("UPDATE losses SET loss_date = :date, kind = :kind, gestational_week = :week, "
                                     "management = :management, notes = :notes, conceived_by_ivf = :ivf WHERE id = :id "
                                     "AND patient_id = :patient_id"));
            q.bindValue(QStringLiteral(":id"), loss.id);
        }
        q.bindValue(QStringLiteral(":patient_id"), patientId);
        q.bindValue(QStringLiteral(":date"), dateValue(loss.date));
        q.bindValue(QStringLiteral(":kind"), codeOf(loss.kind));
        q.bindValue(QStringLiteral(":week"),
            loss.gestationalWeek ? QVariant(*loss.gestationalWeek) : QVariant(QMetaType(QMetaType::Int)));
        q.bindValue(QStringLiteral(":management"), codeOf(loss.management));
        q.bindValue(QStringLiteral(":notes"), sqlText(loss.notes));
        q.bindValue(QStringLiteral(":ivf"), loss.conceivedByIvf ? 1 : 0);
        if (!q.exec())
            return failSql(q.lastError());
        if (loss.id == 0)
            loss.id = q.lastInsertId().toLongLong();
        else if (q.numRowsAffected() != 1)
            return fail({StorageError::Code::NotFound,
                RepositoryText::tr("A loss in this history is no longer in the database. Nothing was saved."), {}});
        kept.insert(loss.id);
    }

    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id FROM losses WHERE patient_id = ?"));
    existing.addBindValue(patientId);
    if (!existing.exec())
        return failSql(existing.lastError());
    QList<qint64> removed;
    while (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        if (!kept.contains(id))
            removed << id;
    }
    QSqlQuery planned(db);
    planned.prepare(QStringLiteral("SELECT count(*) FROM plans WHERE loss_id = ?"));
    for (qint64 id : removed) {
        planned.addBindValue(id);
        if (!planned.exec() || !planned.next())
            return failSql(planned.lastError());
        if (planned.value(0).toInt() > 0)
            return fail({StorageError::Code::Invalid,
                RepositoryText::tr("A loss in this history has a recovery plan, so it cannot be removed. "
                                   "Nothing was saved."),
                {}});
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM losses WHERE id = ?"));
    for (qint64 id : removed) {
        del.addBindValue(id);
        if (!del.exec())
            return failSql(del.lastError());
    }
    // What the patient list shows and sorts by, kept on her row.
    QSqlQuery summary(db);
    summary.prepare(QStringLiteral(
        "UPDATE patients SET loss_count = (SELECT count(*) FROM losses l WHERE l.patient_id = patients.id), "
        "last_loss = (SELECT max(l.loss_date) FROM losses l WHERE l.patient_id = patients.id) WHERE id = ?"));
    summary.addBindValue(patientId);
    if (!summary.exec())
        return failSql(summary.lastError());
    std::stable_sort(losses.begin(), losses.end(), [](const Loss &a, const Loss &b) { return a.date < b.date; });
    return true;
}

bool PatientRepository::setArchived(qint64 id, bool archived)
{
    m_error = {};
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failSql(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE patients SET archived = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return failSql(q.lastError());
    if (q.numRowsAffected() != 1)
        return fail(
            {StorageError::Code::NotFound, RepositoryText::tr("This patient is no longer in the database."), {}});
    q.finish();
    QSqlError error;
    if (!AuditLog::append(m_db.connection(),
            {0, {}, {}, {}, id, AuditSubject::Patient, id, archived ? AuditAction::Archived : AuditAction::Restored,
                {}},
            &error))
        return failSql(error);
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

template <typename E>
bool PatientRepository::readCodes(const QString &table, const QString &column, qint64 id, QList<E> *out)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE patient_id = ?").arg(column, table));
    q.addBindValue(id);
    if (!q.exec())
        return failSql(q.lastError());
    while (q.next()) {
        if (auto v = fromCode<E>(q.value(0).toString()))
            out->append(*v);
    }
    if (q.lastError().isValid())
        return failSql(q.lastError());
    std::sort(out->begin(), out->end());
    return true;
}

std::optional<Patient> PatientRepository::load(qint64 id)
{
    m_error = {};
    // One snapshot: another desk's save must not land between the queries below.
    Transaction snapshot(m_db.connection(), Transaction::Mode::Read);
    return read(id);
}

std::optional<Patient> PatientRepository::loadIn(Transaction &, qint64 id)
{
    m_error = {};
    return read(id);
}

std::optional<Patient> PatientRepository::read(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT name_en, name_zh, birth_date, phone, file_number, notes, constitution, archived, "
                       "created_at, updated_at, version, print_language, print_calendar_without_private FROM patients "
                       "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        fail({StorageError::Code::NotFound, RepositoryText::tr("This patient is no longer in the database."), {}});
        return std::nullopt;
    }
    Patient p;
    p.id = id;
    p.nameEn = q.value(0).toString();
    p.nameZh = q.value(1).toString();
    p.birthDate = dateFrom(q.value(2));
    p.phone = q.value(3).toString();
    p.fileNumber = q.value(4).toString();
    p.notes = q.value(5).toString();
    p.constitution = fromCode<Constitution>(q.value(6).toString()).value_or(Constitution::NotAssessed);
    p.archived = q.value(7).toInt() != 0;
    p.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    p.version = q.value(10).toInt();
    // NULL (not chosen) and a code from a newer version both read as not chosen.
    p.printLanguage = fromCode<PrintLanguage>(q.value(11).toString());
    p.calendarWithoutPrivate = q.value(12).toInt() != 0;

    // A partial read must not pass for the record: saving it would erase what was not read.
    if (!readCodes(QStringLiteral("patient_patterns"), QStringLiteral("pattern"), id, &p.patterns)
        || !readCodes(QStringLiteral("patient_conditions"), QStringLiteral("condition"), id, &p.conditions))
        return std::nullopt;

    q.prepare(
        QStringLiteral("SELECT id, loss_date, kind, gestational_week, management, notes, conceived_by_ivf FROM losses "
                       "WHERE patient_id = ? ORDER BY loss_date, id"));
    q.addBindValue(id);
    if (!q.exec()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        Loss l;
        l.id = q.value(0).toLongLong();
        l.date = dateFrom(q.value(1));
        l.kind = fromCode<LossKind>(q.value(2).toString()).value_or(LossKind::Other);
        if (!q.value(3).isNull())
            l.gestationalWeek = q.value(3).toInt();
        l.management = fromCode<Management>(q.value(4).toString()).value_or(Management::Natural);
        l.notes = q.value(5).toString();
        l.conceivedByIvf = q.value(6).toInt() != 0;
        p.losses << l;
    }
    // A shortened history must not pass for the whole: saving it would delete the rest.
    if (q.lastError().isValid()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    return p;
}

QList<PatientSummary> PatientRepository::find(const PatientQuery &query)
{
    const QList<PatientMatch> found = match(query, PatientSort::LossCount);
    if (m_error.isError())
        return {};
    QList<qint64> ids;
    ids.reserve(found.size());
    for (const PatientMatch &m : found)
        ids << m.id;
    std::sort(ids.begin(), ids.end());
    return summaries(ids);
}

QList<PatientMatch> PatientRepository::match(const PatientQuery &query, PatientSort sort)
{
    const PatientSearch search = prepareSearch(query);
    if (m_error.isError())
        return {};
    return match(search, sort);
}

namespace {

QString probeSql(const GramProbe &probe, QVariantList *values)
{
    *values << probe.from;
    if (!probe.prefix)
        return QStringLiteral("gram = ?");
    if (probe.to.isEmpty())
        return QStringLiteral("gram >= ?");
    *values << probe.to;
    return QStringLiteral("gram >= ? AND gram < ?");
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

// Another record with the same `key` column as the patient `p` of the enclosing query, not one
// she said is another woman; NULL when there is none. The condition on '' is the index's own.
QString duplicateOf(const QString &key)
{
    return QStringLiteral("SELECT o.id FROM patients o WHERE o.%1 = p.%1 AND o.%1 <> '' AND o.id <> p.id "
                          "AND NOT EXISTS (SELECT 1 FROM patients_distinct d WHERE d.patient_id = p.id "
                          "AND d.other_id = o.id) LIMIT 1")
        .arg(key);
}

// The list's default order: the most recent loss first; none recorded last; ties newest first.
const QString recentOrder = QStringLiteral(" ORDER BY last_loss DESC NULLS LAST, id DESC");

} // namespace

// How common each piece of the terms is, by a bounded count (it stops at the limit): at a million
// patients, checking 5,000 candidates costs a few milliseconds. When every piece is past that,
// a search of several pieces counts them again to a higher limit, to read through the index if
// the rarest still holds few enough (a phone number's digits at a million patients: "91234" is
// rare, but "912" and "234" are each in thousands of numbers).
PatientSearch PatientRepository::prepareSearch(const PatientQuery &query)
{
    m_error = {};
    PatientSearch search;
    search.query = query;
    search.terms = searchTerms(query.text);
    QList<GramProbe> probes;
    for (const QString &term : std::as_const(search.terms))
        probes << gramProbes(term);
    // One piece alone ("c", "陳", "cha") is in about as many keys as match it: the table read in
    // list order finds a page of them at once. Several pieces may be rare together though each
    // is common, and then reading the holders of the rarest beats reading the table.
    QList<int> limits{PatientSearch::rarePieces};
    if (probes.size() > 1)
        limits << PatientSearch::guidingPieces;
    QSqlQuery q(m_db.connection());
    for (const int limit : std::as_const(limits)) {
        int fewest = limit + 1;
        for (const GramProbe &probe : std::as_const(probes)) {
            QVariantList values;
            q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM patient_grams WHERE %1 LIMIT %2) AS g")
                          .arg(probeSql(probe, &values))
                          .arg(limit + 1));
            bindAll(q, values);
            if (!q.exec() || !q.next()) {
                failSql(q.lastError());
                search.narrowest.reset();
                return search;
            }
            const int pieces = q.value(0).toInt();
            if (pieces < fewest) {
                fewest = pieces;
                search.narrowest = probe;
                search.pieces = pieces;
            }
            if (fewest == 0) // nobody can match
                return search;
        }
        if (fewest <= limit)
            return search;
    }
    search.narrowest.reset(); // every piece is in more than guidingPieces keys
    search.pieces = 0;
    return search;
}

QString PatientRepository::searchFilter(const PatientSearch &search, QVariantList *values) const
{
    QStringList parts;
    // "+archived": not through the archived index. Matches are read in table order or through
    // another index; row by row through the archived one, a scan takes about twice as long.
    if (!search.query.includeArchived)
        parts << QStringLiteral("+archived = 0");
    // Each term is a plain substring test on the folded key (no LIKE pattern to parse).
    for (const QString &term : search.terms) {
        parts << dialect::contains(backend(), QStringLiteral("search_key"));
        *values << term;
    }
    // Only the patients holding the rarest piece are tested: a key that has "陈美" has the
    // pieces starting with it, but the pieces alone do not say the term is there in full.
    if (search.narrowest)
        parts << QStringLiteral("id IN (SELECT patient_id FROM patient_grams WHERE %1)")
                     .arg(probeSql(*search.narrowest, values));
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
}

QList<PatientMatch> PatientRepository::match(const PatientSearch &search, PatientSort sort)
{
    m_error = {};
    static const QHash<PatientSort, QString> columns{{PatientSort::FileNumber, QStringLiteral("file_number")},
        {PatientSort::NameZh, QStringLiteral("name_zh")}, {PatientSort::NameEn, QStringLiteral("name_en")},
        {PatientSort::BirthDate, QStringLiteral("birth_date")}, {PatientSort::Phone, QStringLiteral("phone")},
        {PatientSort::Constitution, QStringLiteral("constitution")},
        {PatientSort::LossCount, QStringLiteral("loss_count")}, {PatientSort::LastLoss, QStringLiteral("last_loss")}};
    // Dates come back as whole numbers (20261128), which sort as dates and cost no text per row.
    const bool date = sort == PatientSort::BirthDate || sort == PatientSort::LastLoss;
    const QString value
        = date ? QStringLiteral("CAST(replace(%1, '-', '') AS INTEGER)").arg(columns.value(sort)) : columns.value(sort);
    QVariantList values;
    const QString sql
        = QStringLiteral("SELECT id, %1 FROM patients WHERE %2").arg(value, searchFilter(search, &values));

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, values);
    QList<PatientMatch> out;
    if (!q.exec()) {
        failSql(q.lastError());
        return out;
    }
    const bool numeric = date || sort == PatientSort::LossCount;
    while (q.next()) {
        PatientMatch m;
        m.id = q.value(0).toLongLong();
        if (numeric)
            m.number = q.value(1).toInt();
        else
            m.text = q.value(1).toString();
        out << m;
    }
    if (q.lastError().isValid()) {
        failSql(q.lastError());
        return {};
    }
    return out;
}

QList<qint64> PatientRepository::recent(const PatientSearch &search, int offset, int limit)
{
    m_error = {};
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM patients WHERE %1%2 LIMIT %3 OFFSET %4")
                  .arg(searchFilter(search, &values), recentOrder)
                  .arg(limit)
                  .arg(offset));
    bindAll(q, values);
    QList<qint64> ids;
    if (!q.exec()) {
        failSql(q.lastError());
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    if (q.lastError().isValid()) {
        failSql(q.lastError());
        return {};
    }
    return ids;
}

int PatientRepository::recentRow(const PatientSearch &search, qint64 id)
{
    m_error = {};
    QVariantList values;
    const QString filter = searchFilter(search, &values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT last_loss FROM patients WHERE %1 AND id = ?").arg(filter));
    bindAll(q, values);
    q.addBindValue(id);
    if (!q.exec()) {
        failSql(q.lastError());
        return -1;
    }
    if (!q.next())
        return -1;
    const QVariant lastLoss = q.value(0);
    // Those before her in recentOrder.
    QVariantList before = values;
    QString ahead;
    if (lastLoss.isNull()) {
        ahead = QStringLiteral("(last_loss IS NOT NULL OR id > ?)");
        before << id;
    } else {
        ahead = QStringLiteral("last_loss >= ? AND (last_loss > ? OR id > ?)");
        before << lastLoss << lastLoss << id;
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM patients WHERE %1 AND %2").arg(filter, ahead));
    bindAll(q, before);
    if (!q.exec() || !q.next()) {
        failSql(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

bool PatientRepository::writeGrams(qint64 patientId, const QString &searchKey, bool replace)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (replace) {
        q.prepare(QStringLiteral("DELETE FROM patient_grams WHERE patient_id = ?"));
        q.addBindValue(patientId);
        if (!q.exec())
            return failSql(q.lastError());
    }
    const QStringList grams = searchGrams(searchKey);
    // Many rows a statement: a patient has about forty pieces. A piece already there is left as
    // it is: while a new version rebuilds the index (rebuildSearchKeysIfNeeded), another desk
    // saving a patient may have written the same pieces for her.
    constexpr qsizetype chunk = 100;
    for (qsizetype from = 0; from < grams.size(); from += chunk) {
        const qsizetype n = std::min(chunk, grams.size() - from);
        const QStringList rows(n, QStringLiteral("(?, ?)"));
        q.prepare(QStringLiteral("INSERT INTO patient_grams (gram, patient_id) VALUES %1 ON CONFLICT DO NOTHING")
                      .arg(rows.join(u',')));
        for (qsizetype i = from; i < from + n; ++i) {
            q.addBindValue(grams.at(i));
            q.addBindValue(patientId);
        }
        if (!q.exec())
            return failSql(q.lastError());
    }
    return true;
}

QList<PatientSummary> PatientRepository::summaries(const QList<qint64> &ids)
{
    m_error = {};
    QHash<qint64, PatientSummary> byId;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // In chunks, so no statement carries more parameters than a back end allows.
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const qsizetype n = std::min(chunk, ids.size() - from);
        QStringList marks(n, QStringLiteral("?"));
        // A possible duplicate of each is two look-ups in an index, made with the page: the list's
        // flag costs no query of its own per row.
        q.prepare(QStringLiteral("SELECT id, name_en, name_zh, birth_date, phone, file_number, constitution, archived, "
                                 "loss_count, last_loss, (%2), (%3) FROM patients p WHERE id IN (%1)")
                      .arg(marks.join(u','), duplicateOf(QStringLiteral("names_key")),
                          duplicateOf(QStringLiteral("phone_key"))));
        for (qsizetype i = from; i < from + n; ++i)
            q.addBindValue(ids.at(i));
        if (!q.exec()) {
            failSql(q.lastError());
            return {};
        }
        while (q.next()) {
            PatientSummary s;
            s.id = q.value(0).toLongLong();
            s.nameEn = q.value(1).toString();
            s.nameZh = q.value(2).toString();
            s.birthDate = dateFrom(q.value(3));
            s.phone = q.value(4).toString();
            s.fileNumber = q.value(5).toString();
            s.constitution = fromCode<Constitution>(q.value(6).toString()).value_or(Constitution::NotAssessed);
            s.archived = q.value(7).toInt() != 0;
            s.lossCount = q.value(8).toInt();
            s.lastLossDate = dateFrom(q.value(9));
            s.duplicateId = q.value(10).toLongLong();
            if (!s.duplicateId) {
                s.duplicateId = q.value(11).toLongLong();
                s.duplicateByPhone = s.duplicateId != 0;
            }
            byId.insert(s.id, s);
        }
        if (q.lastError().isValid()) {
            failSql(q.lastError());
            return {};
        }
    }
    if (!readDuplicateNames(byId))
        return {};
    QList<PatientSummary> out;
    out.reserve(byId.size());
    for (qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.cend())
            out << *it;
    }
    return out;
}

bool PatientRepository::rebuildSearchKeysIfNeeded(const std::function<void(int done, int total)> &progress)
{
    m_error = {};
    const QString key = QStringLiteral("search_key_version");
    const QSqlDatabase db = m_db.connection();
    if (appmeta::read(db, key) == QString::number(searchKeyVersion))
        return true;
    Transaction tx(db);
    if (!tx.isActive())
        return failSql(tx.error());
    {
        QSqlQuery select(db), update(db);
        // Another desk starting the same new version may have rebuilt them a moment ago.
        if (!dialect::lockUpkeep(select, backend()))
            return failSql(select.lastError());
        if (appmeta::read(db, key) == QString::number(searchKeyVersion))
            return true;
        // In batches by id, so a large list is never all in memory at once. The search index is
        // rebuilt with the keys (it is made from them), a batch's range of ids at a time.
        if (!select.exec(QStringLiteral("SELECT count(*) FROM patients")) || !select.next())
            return failSql(select.lastError());
        const int total = select.value(0).toInt();
        int done = 0;
        if (progress)
            progress(done, total);
        select.prepare(QStringLiteral("SELECT id, name_en, name_zh, phone, file_number FROM patients "
                                      "WHERE id > ? ORDER BY id LIMIT 2000"));
        update.prepare(QStringLiteral("UPDATE patients SET search_key = ? WHERE id = ?"));
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM patient_grams WHERE patient_id > ? AND patient_id <= ?"));
        qint64 last = 0;
        forever
        {
            const qint64 after = last;
            select.addBindValue(last);
            if (!select.exec())
                return failSql(select.lastError());
            QList<std::pair<qint64, QString>> keys;
            while (select.next()) {
                last = select.value(0).toLongLong();
                keys.append({last,
                    patientSearchKey(select.value(1).toString(), select.value(2).toString(), select.value(3).toString(),
                        select.value(4).toString())});
            }
            if (select.lastError().isValid())
                return failSql(select.lastError());
            // The rest of the index: pieces of ids past the last patient (none, unless stored
            // without their patient) go with the final, empty batch.
            if (keys.isEmpty())
                clear.prepare(QStringLiteral("DELETE FROM patient_grams WHERE patient_id > ?"));
            clear.addBindValue(after);
            if (!keys.isEmpty())
                clear.addBindValue(last);
            if (!clear.exec())
                return failSql(clear.lastError());
            if (keys.isEmpty())
                break;
            for (const auto &[id, searchKey] : keys) {
                update.addBindValue(searchKey);
                update.addBindValue(id);
                if (!update.exec())
                    return failSql(update.lastError());
                if (!writeGrams(id, searchKey, false))
                    return false;
            }
            done += int(keys.size());
            if (progress)
                progress(std::min(done, total), total);
        }
        QSqlError error;
        if (!appmeta::write(db, key, QString::number(searchKeyVersion), &error))
            return failSql(error);
    }
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

bool PatientRepository::exists(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM patients WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

int PatientRepository::count(bool includeArchived)
{
    m_error = {};
    QSqlQuery q(m_db.connection());
    if (!q.exec(includeArchived ? QStringLiteral("SELECT count(*) FROM patients")
                                : QStringLiteral("SELECT count(*) FROM patients WHERE archived = 0"))
        || !q.next()) {
        failSql(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

QSet<qint64> PatientRepository::lossesWithPlans(qint64 patientId)
{
    m_error = {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT loss_id FROM plans WHERE patient_id = ?"));
    q.addBindValue(patientId);
    QSet<qint64> out;
    if (!q.exec()) {
        failSql(q.lastError());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

PatientRepository::Counts PatientRepository::counts()
{
    m_error = {};
    // Two cheap counts rather than one pass that reads every row's flag: SQLite counts a table's
    // rows from its pages alone, and the archived few are one range of their index.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM patients), "
                               "(SELECT count(*) FROM patients WHERE archived = 1)"))
        || !q.next()) {
        failSql(q.lastError());
        return {};
    }
    return {q.value(0).toInt(), q.value(1).toInt()};
}

bool PatientRepository::readDuplicateNames(QHash<qint64, PatientSummary> &rows)
{
    QList<qint64> ids;
    for (const PatientSummary &s : std::as_const(rows)) {
        if (s.duplicateId && !ids.contains(s.duplicateId))
            ids << s.duplicateId;
    }
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name_en, name_zh FROM patients WHERE id IN (%1)")
                  .arg(QStringList(ids.size(), QStringLiteral("?")).join(u',')));
    bindAll(q, QVariantList(ids.cbegin(), ids.cend()));
    if (!q.exec())
        return failSql(q.lastError());
    QHash<qint64, QString> names;
    while (q.next()) {
        Patient named;
        named.nameEn = q.value(1).toString();
        named.nameZh = q.value(2).toString();
        names.insert(q.value(0).toLongLong(), named.displayName());
    }
    if (q.lastError().isValid())
        return failSql(q.lastError());
    for (PatientSummary &s : rows) {
        if (s.duplicateId)
            s.duplicateName = names.value(s.duplicateId);
    }
    return true;
}

QList<PossibleDuplicate> PatientRepository::possibleDuplicates(qint64 id)
{
    m_error = {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT o.id, CASE WHEN o.names_key = p.names_key AND p.names_key <> '' THEN 1 ELSE 0 END, "
        "CASE WHEN o.phone_key = p.phone_key AND p.phone_key <> '' THEN 1 ELSE 0 END "
        "FROM patients p JOIN patients o ON o.id <> p.id "
        "AND ((o.names_key = p.names_key AND o.names_key <> '') OR (o.phone_key = p.phone_key AND o.phone_key <> '')) "
        "WHERE p.id = ? AND NOT EXISTS (SELECT 1 FROM patients_distinct d WHERE d.patient_id = p.id "
        "AND d.other_id = o.id) ORDER BY o.id LIMIT 100"));
    q.addBindValue(id);
    if (!q.exec()) {
        failSql(q.lastError());
        return {};
    }
    QList<qint64> ids;
    QHash<qint64, std::pair<bool, bool>> why;
    while (q.next()) {
        const qint64 other = q.value(0).toLongLong();
        ids << other;
        why.insert(other, {q.value(1).toInt() != 0, q.value(2).toInt() != 0});
    }
    if (q.lastError().isValid()) {
        failSql(q.lastError());
        return {};
    }
    q.finish();
    const QList<PatientSummary> rows = summaries(ids);
    if (m_error.isError())
        return {};
    QList<PossibleDuplicate> out;
    for (const PatientSummary &s : rows)
        out << PossibleDuplicate{s, why.value(s.id).first, why.value(s.id).second};
    return out;
}

bool PatientRepository::markDistinct(qint64 id, qint64 otherId)
{
    m_error = {};
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failSql(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO patients_distinct (patient_id, other_id) VALUES (?, ?), (?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.addBindValue(id);
    q.addBindValue(otherId);
    q.addBindValue(otherId);
    q.addBindValue(id);
    if (!q.exec())
        return failSql(q.lastError());
    q.finish();
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

bool PatientRepository::merge(qint64 keepId, qint64 otherId)
{
    m_error = {};
    if (keepId == otherId)
        return fail({StorageError::Code::Invalid, RepositoryText::tr("A record cannot be merged with itself."), {}});
    const QSqlDatabase db = m_db.connection();
    // The write lock first: what is read below is what the merge then writes over.
    Transaction tx(db);
    if (!tx.isActive())
        return failSql(tx.error());
    const std::optional<Patient> keep = read(keepId);
    if (!keep)
        return false;
    const std::optional<Patient> other = read(otherId);
    if (!other)
        return false;

    // Her kept record gains what it lacks, by the rules an imported file follows.
    Patient merged = *keep;
    fillMissing(merged, *other);
    // Two sets of notes are both hers: neither is dropped.
    if (!keep->notes.trimmed().isEmpty() && !other->notes.trimmed().isEmpty()
        && keep->notes.trimmed() != other->notes.trimmed())
        merged.notes = keep->notes.trimmed() + QStringLiteral("\n\n") + other->notes.trimmed();
    // She stays in the list unless both records were archived.
    merged.archived = keep->archived && other->archived;

    // A loss on the same date and of the same kind is the same loss, recorded twice (each kept
    // loss answers for one at most): its plans move to the kept loss, which gains a week or notes
    // it lacks, and the copy is removed (the audit log keeps what it said).
    QHash<qint64, qint64> sameLoss; // the other record's loss → the kept loss
    QSet<qint64> matched;
    const qsizetype kept = merged.losses.size();
    for (const Loss &theirs : other->losses) {
        const auto same = std::find_if(merged.losses.begin(), merged.losses.begin() + kept, [&](const Loss &mine) {
            return !matched.contains(mine.id) && mine.date == theirs.date && mine.kind == theirs.kind;
        });
        if (same == merged.losses.begin() + kept) {
            merged.losses << theirs;
            continue;
        }
        matched.insert(same->id);
        sameLoss.insert(theirs.id, same->id);
        if (!same->gestationalWeek)
            same->gestationalWeek = theirs.gestationalWeek;
        if (same->notes.trimmed().isEmpty())
            same->notes = theirs.notes;
        same->conceivedByIvf = same->conceivedByIvf || theirs.conceivedByIvf;
    }
    std::stable_sort(
        merged.losses.begin(), merged.losses.end(), [](const Loss &a, const Loss &b) { return a.date < b.date; });

    const QList<ValidationError> problems = validatePatient(merged, QDate::currentDate());
    if (!problems.isEmpty())
        return fail({StorageError::Code::Invalid,
            RepositoryText::tr("The two records cannot be merged: %1").arg(problems.constFirst().message), {}});

    QSqlQuery q(db);
    auto run = [&](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        bindAll(q, values);
        return q.exec() || failSql(q.lastError());
    };
    for (auto it = sameLoss.cbegin(); it != sameLoss.cend(); ++it) {
        if (!run(QStringLiteral("UPDATE plans SET loss_id = ? WHERE loss_id = ?"), {it.value(), it.key()}))
            return false;
    }
    // Everything that was hers moves; her plans' versions move too, so a desk that has one open
    // is told it changed instead of saving it back to a record that is gone.
    const QVariantList ids{keepId, otherId};
    if (!run(QStringLiteral("UPDATE losses SET patient_id = ? WHERE patient_id = ?"), ids)
        || !run(QStringLiteral("UPDATE plans SET patient_id = ?, version = version + 1 WHERE patient_id = ?"), ids)
        || !run(QStringLiteral("UPDATE print_history SET patient_id = ? WHERE patient_id = ?"), ids)
        || !run(QStringLiteral("UPDATE audit_log SET patient_id = ? WHERE patient_id = ?"), ids))
        return false;
    // Then the other record goes (before the kept one is saved: it may take her file number).
    const QVariantList other1{otherId};
    if (!run(QStringLiteral("DELETE FROM patient_patterns WHERE patient_id = ?"), other1)
        || !run(QStringLiteral("DELETE FROM patient_conditions WHERE patient_id = ?"), other1)
        || !run(QStringLiteral("DELETE FROM patient_grams WHERE patient_id = ?"), other1)
        || !run(
            QStringLiteral("DELETE FROM patients_distinct WHERE patient_id = ? OR other_id = ?"), {otherId, otherId})
        || !run(QStringLiteral("DELETE FROM patients WHERE id = ?"), other1))
        return false;
    q.finish();
    // Saved as an edit is: her version moves, the filled fields and removed copies of losses are
    // in the audit log.
    if (!write(merged))
        return false;
    // What the other record said where the kept one now says something else: nothing she typed
    // is lost from the history.
    AuditEntry entry{0, {}, {}, {}, keepId, AuditSubject::Patient, keepId, AuditAction::MergedRecord,
        {{QStringLiteral("mergedFrom"), QString(), other->displayName()}}};
    for (const FieldChange &c : patientChanges(*other, merged)) {
        if (c.field != QLatin1String("archived") && !c.before.isEmpty())
            entry.changes << c;
    }
    QSqlError error;
    if (!AuditLog::append(db, entry, &error))
        return failSql(error);
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

bool PatientRepository::rebuildDuplicateKeysIfNeeded(const std::function<void(int done, int total)> &progress)
{
    m_error = {};
    const QString key = QStringLiteral("duplicate_key_version");
    // Names are folded as search folds them: a new folding makes new keys.
    const QString version = QStringLiteral("%1.%2").arg(duplicateKeyVersion).arg(searchKeyVersion);
    const QSqlDatabase db = m_db.connection();
    if (appmeta::read(db, key) == version)
        return true;
    Transaction tx(db);
    if (!tx.isActive())
        return failSql(tx.error());
    {
        QSqlQuery select(db), update(db);
        if (!dialect::lockUpkeep(select, backend()))
            return failSql(select.lastError());
        if (appmeta::read(db, key) == version)
            return true;
        if (!select.exec(QStringLiteral("SELECT count(*) FROM patients")) || !select.next())
            return failSql(select.lastError());
        const int total = select.value(0).toInt();
        int done = 0;
        if (progress)
            progress(done, total);
        select.prepare(QStringLiteral("SELECT id, name_en, name_zh, birth_date, phone, names_key, phone_key "
                                      "FROM patients WHERE id > ? ORDER BY id LIMIT 2000"));
        update.prepare(QStringLiteral("UPDATE patients SET names_key = ?, phone_key = ? WHERE id = ?"));
        qint64 last = 0;
        forever
        {
            select.addBindValue(last);
            if (!select.exec())
                return failSql(select.lastError());
            QList<std::tuple<qint64, QString, QString>> changed;
            int read = 0;
            while (select.next()) {
                ++read;
                last = select.value(0).toLongLong();
                const QString names = duplicateNamesKey(
                    select.value(1).toString(), select.value(2).toString(), dateFrom(select.value(3)));
                const QString phone = duplicatePhoneKey(select.value(4).toString());
                // Only the keys that differ are written: most patients' stay as they are.
                if (names != select.value(5).toString() || phone != select.value(6).toString())
                    changed.append({last, names, phone});
            }
            if (select.lastError().isValid())
                return failSql(select.lastError());
            if (read == 0)
                break;
            for (const auto &[id, names, phone] : changed) {
                update.addBindValue(sqlText(names));
                update.addBindValue(sqlText(phone));
                update.addBindValue(id);
                if (!update.exec())
                    return failSql(update.lastError());
            }
            done += read;
            if (progress)
                progress(std::min(done, total), total);
        }
        QSqlError error;
        if (!appmeta::write(db, key, version, &error))
            return failSql(error);
    }
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

} // namespace rp
