#include "search.h"

#include "chinesescript.h"

#include <QRegularExpression>

namespace rp {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // accents: "é" matches "e"
        out.append(c);
    }
    // 陳 and 陈 match each other: a desk may type with a Simplified or a Traditional input method.
    return simplifiedCharacters(out.normalized(QString::NormalizationForm_KC).toCaseFolded());
}

QString patientSearchKey(const QString &nameEn, const QString &nameZh, const QString &phone,
                         const QString &fileNumber)
{
    QString digits;
    for (const QChar c : phone.normalized(QString::NormalizationForm_KC)) {
        if (c.isDigit())
            digits.append(c);
    }
    // Newlines separate the fields so that a term never matches across two of them.
    return foldForSearch(QStringList{nameEn, nameZh, phone, digits, fileNumber}.join(u'\n'));
}

QStringList searchTerms(const QString &query)
{
    // A phone number typed with its own separators ("6123-4567", "(853) 6612") matches the
    // key's digits-only copy.
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9+()./-]*[0-9][0-9+()./-]*$"));
    static const QRegularExpression separators(QStringLiteral("[+()./-]"));
    QStringList terms;
    for (QString term : foldForSearch(query).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (phoneLike.match(term).hasMatch() && term.contains(separators))
            term.remove(separators);
        if (!term.isEmpty())
            terms << term;
    }
    return terms;
}

} // namespace rp
