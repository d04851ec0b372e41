#include "patient.h"

namespace rp {

bool Loss::operator==(const Loss &o) const
{
    return id == o.id && date == o.date && kind == o.kind && gestationalWeek == o.gestationalWeek
        && management == o.management && conceivedByIvf == o.conceivedByIvf && notes == o.notes;
}

QString Patient::displayName() const
{
    if (nameZh.isEmpty())
        return nameEn;
    if (nameEn.isEmpty())
        return nameZh;
    return QStringLiteral("%1 %2").arg(nameZh, nameEn);
}

} // namespace rp
