#include "duplicates.h"

#include "search.h"

#include <algorithm>

namespace rp {

QString duplicateNamesKey(const QString &nameEn, const QString &nameZh, const QDate &birthDate)
{
    if (!birthDate.isValid())
        return {};
    // The separator cannot come out of folding, so "ab"+"c" and "a"+"bc" stay apart.
    return birthDate.toString(Qt::ISODate) + u'\x1f' + foldForSearch(nameEn.simplified()) + u'\x1f'
        + foldForSearch(nameZh.simplified());
}

QString duplicatePhoneKey(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        // Full-width digits (６６１２) count as the digits they are.
        if (c.isDigit() && c.digitValue() >= 0)
            digits += QChar(u'0' + c.digitValue());
    }
    if (digits.size() < 7)
        return {};
    return digits.right(8);
}

int fillMissing(Patient &mine, const Patient &theirs)
{
    int added = 0;
    auto fill = [&](QString &field, const QString &other) {
        if (field.trimmed().isEmpty() && !other.trimmed().isEmpty()) {
            field = other;
            ++added;
        }
    };
    fill(mine.nameEn, theirs.nameEn);
    fill(mine.nameZh, theirs.nameZh);
    fill(mine.phone, theirs.phone);
    fill(mine.fileNumber, theirs.fileNumber);
    fill(mine.notes, theirs.notes);
    if (!mine.birthDate.isValid() && theirs.birthDate.isValid()) {
        mine.birthDate = theirs.birthDate;
        ++added;
    }
    if (mine.constitution == Constitution::NotAssessed && theirs.constitution != Constitution::NotAssessed) {
        mine.constitution = theirs.constitution;
        ++added;
    }
    if (!mine.printLanguage && theirs.printLanguage) {
        mine.printLanguage = theirs.printLanguage;
        ++added;
    }
    // A calendar kept private stays private: "off" is no detail to fill, so it is not counted.
    mine.calendarWithoutPrivate = mine.calendarWithoutPrivate || theirs.calendarWithoutPrivate;
    for (Pattern p : theirs.patterns) {
        if (!mine.patterns.contains(p)) {
            mine.patterns << p;
            ++added;
        }
    }
    std::sort(mine.patterns.begin(), mine.patterns.end());
    for (Condition c : theirs.conditions) {
        if (!mine.conditions.contains(c)) {
            mine.conditions << c;
            ++added;
        }
    }
    std::sort(mine.conditions.begin(), mine.conditions.end());
    return added;
}

} // namespace rp
