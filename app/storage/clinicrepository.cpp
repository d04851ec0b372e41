#include "clinicrepository.h"

#include "database.h"
#include "sqltext.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

class ClinicRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(ClinicRepositoryText)
};

namespace rp {

ClinicRepository::ClinicRepository(Database &database)
    : Repository(database)
{ }

ClinicInfo ClinicRepository::load()
{
    m_error = {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name_en, name_zh, address_en, address_zh, phone, practitioner_en, "
                             "practitioner_zh, logo, emergency_number, crisis1_name_en, crisis1_name_zh, "
                             "crisis1_number, crisis2_name_en, crisis2_name_zh, crisis2_number "
                             "FROM clinic_settings WHERE id = 1"));
    if (!q.exec()) {
        failSql(q.lastError());
        return {};
    }
    ClinicInfo info;
    if (!q.next()) {
        if (q.lastError().isValid())
            failSql(q.lastError());
        return info;
    }
    info.nameEn = q.value(0).toString();
    info.nameZh = q.value(1).toString();
    info.addressEn = q.value(2).toString();
    info.addressZh = q.value(3).toString();
    info.phone = q.value(4).toString();
    info.practitionerEn = q.value(5).toString();
    info.practitionerZh = q.value(6).toString();
    info.logo = q.value(7).toByteArray();
    info.emergencyNumber = q.value(8).toString();
    for (int column : {9, 12}) {
        const ClinicInfo::CrisisLine line{
            q.value(column).toString(), q.value(column + 1).toString(), q.value(column + 2).toString()};
        if (!line.number.isEmpty() || !line.nameEn.isEmpty() || !line.nameZh.isEmpty())
            info.crisisLines << line;
    }
    return info;
}

bool ClinicRepository::save(const ClinicInfo &info)
{
    m_error = {};
    if (info.crisisLines.size() > 2)
        return fail(
            {StorageError::Code::Invalid, ClinicRepositoryText::tr("At most two crisis lines can be kept."), {}});
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return failSql(tx.error());
    {
        // Delete and insert: an upsert both SQLite and PostgreSQL understand.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DELETE FROM clinic_settings WHERE id = 1")))
            return failSql(q.lastError());
        q.prepare(QStringLiteral("INSERT INTO clinic_settings (id, name_en, name_zh, address_en, address_zh, phone, "
                                 "practitioner_en, practitioner_zh, logo, updated_at, emergency_number, "
                                 "crisis1_name_en, crisis1_name_zh, crisis1_number, "
                                 "crisis2_name_en, crisis2_name_zh, crisis2_number) "
                                 "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(sqlText(info.nameEn));
        q.addBindValue(sqlText(info.nameZh));
        q.addBindValue(sqlText(info.addressEn));
        q.addBindValue(sqlText(info.addressZh));
        q.addBindValue(sqlText(info.phone));
        q.addBindValue(sqlText(info.practitionerEn));
        q.addBindValue(sqlText(info.practitionerZh));
        q.addBindValue(info.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(info.logo));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(sqlText(info.emergencyNumber));
        for (int i = 0; i < 2; ++i) {
            const ClinicInfo::CrisisLine line = info.crisisLines.value(i);
            q.addBindValue(sqlText(line.nameEn));
            q.addBindValue(sqlText(line.nameZh));
            q.addBindValue(sqlText(line.number));
        }
        if (!q.exec())
            return failSql(q.lastError());
    }
    if (!tx.commit())
        return failCommit(tx);
    return true;
}

} // namespace rp
