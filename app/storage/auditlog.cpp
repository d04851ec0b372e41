#include "auditlog.h"

#include "core/terms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rp {

namespace {

QByteArray changesJson(const QList<FieldChange> &changes)
{
    QJsonArray out;
    for (const FieldChange &c : changes)
        out.append(QJsonObject{{QStringLiteral("field"), c.field}, {QStringLiteral("before"), c.before},
            {QStringLiteral("after"), c.after}});
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QList<FieldChange> changesFrom(const QString &json)
{
    QList<FieldChange> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("before")).toString(),
            o.value(QStringLiteral("after")).toString()});
    }
    return out;
}

} // namespace

AuditLog::AuditLog(Database &database)
    : Repository(database)
{ }

bool AuditLog::append(const QSqlDatabase &db, const AuditEntry &entry, QSqlError *error)
{
    if (entry.action == AuditAction::Changed && entry.changes.isEmpty())
        return true;
    static const AuditIdentity identity = AuditIdentity::current();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, os_user, desk, patient_id, subject, subject_id, action, "
                             "changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(identity.user.isNull() ? QStringLiteral("") : identity.user);
    q.addBindValue(identity.desk.isNull() ? QStringLiteral("") : identity.desk);
    q.addBindValue(entry.patientId);
    q.addBindValue(codeOf(entry.subject));
    q.addBindValue(entry.subjectId);
    q.addBindValue(codeOf(entry.action));
    q.addBindValue(QString::fromUtf8(changesJson(entry.changes)));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

QList<AuditEntry> AuditLog::forPatient(qint64 patientId)
{
    m_error = {};
    QList<AuditEntry> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, os_user, desk, subject, subject_id, action, changes FROM audit_log "
                             "WHERE patient_id = ? ORDER BY at DESC, id DESC"));
    q.addBindValue(patientId);
    if (!q.exec()) {
        failSql(q.lastError());
        return {};
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.desk = q.value(3).toString();
        e.patientId = patientId;
        // An entry a newer version wrote about something this one does not know is still shown.
        e.subject = fromCode<AuditSubject>(q.value(4).toString()).value_or(AuditSubject::Patient);
        e.subjectId = q.value(5).toLongLong();
        e.action = fromCode<AuditAction>(q.value(6).toString()).value_or(AuditAction::Changed);
        e.changes = changesFrom(q.value(7).toString());
        out.append(e);
    }
    return out;
}

} // namespace rp
