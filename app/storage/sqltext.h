#pragma once

#include <QString>

namespace rp {

// A null QString binds as SQL NULL; text columns hold "" when there is no text.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace rp
