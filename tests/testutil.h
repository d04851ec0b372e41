#pragma once

// Helpers shared by the tests.

#include "core/patient.h"

#include <QCryptographicHash>
#include <QFile>

namespace rp::test {

inline Patient makePatient(
    const QString &nameEn, const QString &nameZh, const QString &fileNumber = {}, const QString &phone = {})
{
    Patient p;
    p.nameEn = nameEn;
    p.nameZh = nameZh;
    p.fileNumber = fileNumber;
    p.phone = phone;
    p.birthDate = QDate(1988, 6, 1);
    return p;
}

inline Loss makeLoss(const QDate &date, LossKind kind = LossKind::Miscarriage, std::optional<int> week = 8,
    Management management = Management::Natural)
{
    Loss l;
    l.date = date;
    l.kind = kind;
    l.gestationalWeek = week;
    l.management = management;
    return l;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace rp::test
