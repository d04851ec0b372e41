#include "planrepository.h"

#include "auditlog.h"

#include "database.h"
#include "sqltext.h"
#include "transaction.h"

#include "core/planjson.h"
#include "core/terms.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

class PlanRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepositoryText)
};

namespace rp {

namespace {

QString settingsJson(const PlanSettings &s)
{
    return QString::fromUtf8(QJsonDocument(planjson::settingsToJson(s)).toJson(QJsonDocument::Compact));
}

PlanSettings settingsFrom(const QString &json)
{
    return planjson::settingsFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

PlanRepository::PlanRepository(Database &database)
    : Repository(database)
{ }

bool PlanRepository::save(Plan &plan)
{
    m_error = {};
    Plan toSave = plan;
    if (m_unsettled) {
        const std::optional<bool> kept = settle(toSave);
        if (!kept)
            return false;
        if (*kept) {
            plan = toSave;
            return true;
        }
    }
    Plan written = toSave;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failSql(tx.error());
    if (!write(written, false))
        return false;
    if (!tx.commit()) {
        failCommit(tx);
        if (m_error.code == StorageError::Code::Unconfirmed)
            m_unsettled = Unsettled{toSave, written};
        return false;
    }
    plan = written;
    return true;
}

std::optional<bool> PlanRepository::settle(Plan &plan)
{
    const Unsettled u = *m_unsettled;
    if (u.sent.id != plan.id || u.sent.patientId != plan.patientId || u.sent.lossId != plan.lossId) {
        m_unsettled.reset();
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, updated_at FROM plans WHERE id = ?"));
    q.addBindValue(u.written.id);
    if (!q.exec()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    const bool kept = q.next() && q.value(0).toInt() == u.written.version
        && q.value(1).toString() == u.written.updatedAt.toString(Qt::ISODateWithMs);
    m_unsettled.reset();
    if (!kept)
        return false;
    const std::optional<Plan> stored = read(u.written.id);
    if (!stored)
        return std::nullopt;
    // Its days are written whole at each save: what changed since is saved over the kept plan.
    const bool unchanged = stored->title == plan.title && stored->settings == plan.settings;
    if (unchanged) {
        plan = *stored;
    } else {
        plan.id = stored->id;
        plan.version = stored->version;
        plan.createdAt = stored->createdAt;
    }
    return unchanged;
}

bool PlanRepository::insertIn(Transaction &transaction, Plan &plan)
{
    m_error = {};
    if (!transaction.isActive())
        return failSql(transaction.error());
    if (plan.id != 0)
        return fail({StorageError::Code::Invalid, PlanRepositoryText::tr("This plan is already stored."), {}});
    return write(plan, false, true);
}

bool PlanRepository::write(Plan &plan, bool isTemplate, bool keepTimestamps)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    const QString stamp = now();
    auto kept = [&](const QDateTime &t) {
        return keepTimestamps && t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : stamp;
    };
    const QString updated = plan.id == 0 ? kept(plan.updatedAt) : stamp;
    // A save is made under today's rules; a plan brought in from a file keeps the rules it was
    // made under, so its mark comes with it.
    const int rulesVersion = keepTimestamps && plan.id == 0 ? std::max(1, plan.rulesVersion) : planrules::version;
    // The plan as it was, for the audit log (a patient's plans only; templates are the clinic's).
    std::optional<Plan> before;
    if (plan.id != 0 && !isTemplate) {
        before = read(plan.id);
        if (!before && m_error.isError())
            return false;
    }
    if (plan.id == 0) {
        const QString created = kept(plan.createdAt);
        q.prepare(QStringLiteral("INSERT INTO plans (patient_id, loss_id, title, is_template, settings, created_at, "
                                 "updated_at, version, rules_version) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"));
        q.addBindValue(idOrNull(plan.patientId));
        q.addBindValue(idOrNull(plan.lossId));
        q.addBindValue(sqlText(plan.title));
        q.addBindValue(isTemplate ? 1 : 0);
        q.addBindValue(settingsJson(plan.settings));
        q.addBindValue(created);
        q.addBindValue(updated);
        q.addBindValue(rulesVersion);
        if (!q.exec())
            return failSql(q.lastError());
        plan.id = q.lastInsertId().toLongLong();
        plan.version = 1;
        plan.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    } else {
        q.prepare(QStringLiteral("UPDATE plans SET title = ?, settings = ?, updated_at = ?, rules_version = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"));
        q.addBindValue(sqlText(plan.title));
        q.addBindValue(settingsJson(plan.settings));
        q.addBindValue(stamp);
        q.addBindValue(rulesVersion);
        q.addBindValue(plan.id);
        q.addBindValue(plan.version);
        if (!q.exec())
            return failSql(q.lastError());
        if (q.numRowsAffected() != 1)
            return fail({StorageError::Code::Conflict,
                PlanRepositoryText::tr("This plan was changed at another desk after you opened it. Nothing "
                                       "was saved, and your changes are still on screen. Note them, close the "
                                       "plan and open it again to see the latest version."),
                {}});
        ++plan.version;
        for (const char *table : {"plan_items", "plan_days"}) {
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(QLatin1String(table)));
            del.addBindValue(plan.id);
            if (!del.exec())
                return failSql(del.lastError());
        }
    }
    plan.updatedAt = QDateTime::fromString(updated, Qt::ISODateWithMs);
    plan.rulesVersion = rulesVersion;

    QSqlQuery day(db), item(db);
    day.prepare(
        QStringLiteral("INSERT INTO plan_days (plan_id, day, day_date, rest_id, milestones, notes, locked, edited) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    item.prepare(QStringLiteral("INSERT INTO plan_items (plan_id, day, slot, item_id, keep_reason, kept_warnings) "
                                "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const PlanDay &d : plan.days) {
        day.addBindValue(plan.id);
        day.addBindValue(d.day);
        day.addBindValue(d.date.toString(Qt::ISODate));
        day.addBindValue(sqlText(d.restId));
        day.addBindValue(sqlText(d.milestoneIds.join(u' ')));
        day.addBindValue(sqlText(d.notes));
        day.addBindValue(d.locked ? 1 : 0);
        day.addBindValue(d.edited ? 1 : 0);
        if (!day.exec())
            return failSql(day.lastError());
        for (const PlanEntry &e : d.entries) {
            item.addBindValue(plan.id);
            item.addBindValue(d.day);
            item.addBindValue(codeOf(e.slot));
            item.addBindValue(e.itemId);
            item.addBindValue(sqlText(e.keepReason));
            item.addBindValue(sqlText(e.keptWarnings.join(u' ')));
            if (!item.exec())
                return failSql(item.lastError());
        }
    }
    if (isTemplate || plan.patientId == 0)
        return true;
    AuditEntry entry;
    entry.patientId = plan.patientId;
    entry.subject = AuditSubject::Plan;
    entry.subjectId = plan.id;
    entry.action = before ? AuditAction::Changed : AuditAction::Created;
    Plan none;
    none.settings.days = 0;
    entry.changes = planChanges(before ? *before : none, plan);
    if (!before) // a new plan: what it is, not every one of its days
        entry.changes.removeIf([](const FieldChange &c) { return c.field == QLatin1String("changedDays"); });
    QSqlError error;
    if (!AuditLog::append(db, entry, &error))
        return failSql(error);
    return true;
}

std::optional<Plan> PlanRepository::load(qint64 id)
{
    m_error = {};
    Transaction snapshot(m_db.connection(), Transaction::Mode::Read);
    return read(id);
}

std::optional<Plan> PlanRepository::loadIn(Transaction &, qint64 id)
{
    m_error = {};
    return read(id);
}

std::optional<Plan> PlanRepository::read(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT patient_id, loss_id, title, settings, created_at, updated_at, version, rules_version "
                       "FROM plans WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        fail({StorageError::Code::NotFound, PlanRepositoryText::tr("This plan is no longer in the database."), {}});
        return std::nullopt;
    }
    Plan plan;
    plan.id = id;
    plan.patientId = q.value(0).toLongLong();
    plan.lossId = q.value(1).toLongLong();
    plan.title = q.value(2).toString();
    plan.settings = settingsFrom(q.value(3).toString());
    plan.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    plan.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    plan.version = q.value(6).toInt();
    plan.rulesVersion = q.value(7).toInt();

    q.prepare(QStringLiteral("SELECT day, day_date, rest_id, milestones, notes, locked, edited FROM plan_days "
                             "WHERE plan_id = ? ORDER BY day"));
    q.addBindValue(id);
    if (!q.exec()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        PlanDay d;
        d.day = q.value(0).toInt();
        d.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        d.phase = [&] {
            if (d.day <= plan.settings.expelUntil)
                return Phase::Expel;
            return d.day <= plan.settings.regulateUntil ? Phase::Regulate : Phase::Tonify;
        }();
        d.restId = q.value(2).toString();
        d.milestoneIds = q.value(3).toString().split(u' ', Qt::SkipEmptyParts);
        d.notes = q.value(4).toString();
        d.locked = q.value(5).toInt() != 0;
        d.edited = q.value(6).toInt() != 0;
        plan.days << d;
    }
    if (q.lastError().isValid()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    q.prepare(
        QStringLiteral("SELECT day, slot, item_id, keep_reason, kept_warnings FROM plan_items WHERE plan_id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        PlanDay *d = plan.day(q.value(0).toInt());
        const auto slot = fromCode<Slot>(q.value(1).toString());
        if (d && slot)
            d->setEntry(*slot, q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString().split(u' ', Qt::SkipEmptyParts));
    }
    if (q.lastError().isValid()) {
        failSql(q.lastError());
        return std::nullopt;
    }
    return plan;
}

QList<PlanSummary> PlanRepository::summaries(const QString &where, const QVariant &value)
{
    m_error = {};
    QList<PlanSummary> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, patient_id, loss_id, title, settings, updated_at, rules_version FROM plans "
                             "WHERE %1 ORDER BY id")
                  .arg(where));
    if (value.isValid())
        q.addBindValue(value);
    if (!q.exec()) {
        failSql(q.lastError());
        return out;
    }
    while (q.next()) {
        const PlanSettings s = settingsFrom(q.value(4).toString());
        out << PlanSummary{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toString(), s.start, s.days, QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
            q.value(6).toInt()};
    }
    return out;
}

QList<PlanSummary> PlanRepository::plansFor(qint64 patientId)
{
    return summaries(QStringLiteral("patient_id = ? AND is_template = 0"), patientId);
}

QList<PlanSummary> PlanRepository::templates()
{
    return summaries(QStringLiteral("is_template = 1"), {});
}

std::optional<Plan> PlanRepository::duplicate(qint64 id, const QString &title)
{
    auto plan = load(id);
    if (!plan)
        return std::nullopt;
    plan->id = 0;
    plan->title = title;
    if (!save(*plan))
        return std::nullopt;
    return plan;
}

bool PlanRepository::saveAsTemplate(const Plan &plan, const QString &title, qint64 *templateId)
{
    m_error = {};
    Plan copy = plan;
    copy.id = 0;
    copy.patientId = 0;
    copy.lossId = 0;
    copy.title = title;
    for (PlanDay &d : copy.days) {
        d.notes.clear(); // her notes stay with her plan
        for (PlanEntry &e : d.entries) {
            e.keepReason.clear();
            e.keptWarnings.clear();
        }
    }
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return failSql(tx.error());
    if (!write(copy, true))
        return false;
    if (!tx.commit())
        return failCommit(tx);
    *templateId = copy.id;
    return true;
}

QList<FollowUpDue> PlanRepository::followUpsDue(const QDate &date)
{
    m_error = {};
    QList<FollowUpDue> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT p.patient_id, p.id, pt.name_en, pt.name_zh, d.day FROM plan_days d "
                       "JOIN plans p ON p.id = d.plan_id JOIN patients pt ON pt.id = p.patient_id "
                       // Written out, not bound: the index plan_days_follow_ups (migration 009) has this
                       // condition, and a back end uses it only for a query with the same text.
                       "WHERE d.day_date = ? AND d.milestones LIKE '%milestone-follow-up-visit%' AND p.is_template = 0 "
                       "AND pt.archived = 0 ORDER BY pt.name_zh, pt.name_en"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec()) {
        failSql(q.lastError());
        return out;
    }
    while (q.next()) {
        Patient p;
        p.nameEn = q.value(2).toString();
        p.nameZh = q.value(3).toString();
        out << FollowUpDue{q.value(0).toLongLong(), q.value(1).toLongLong(), p.displayName(), q.value(4).toInt()};
    }
    return out;
}

} // namespace rp
