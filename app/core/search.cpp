#include "search.h"

#include "chinesescript.h"
#include "namereadings.h"

#include <QRegularExpression>
#include <QSet>

namespace rp {

namespace {

// Split where the key's fields and names split, the same way for keys and for what is typed, so
// that a term is always inside one word of the key.
QStringList words(const QString &text)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (space && start >= 0) {
            out << text.mid(start, i - start);
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return out;
}

// The next string after every string that starts with `prefix`, in code point order (the order
// of SQLite's BINARY and PostgreSQL's "C" collation of UTF-8); empty when there is none.
QString successor(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    while (!points.isEmpty()) {
        uint &last = points.last();
        // Skip the surrogate block, which no UTF-8 string holds.
        if (last < 0x10FFFF) {
            last = last + 1 == 0xD800 ? 0xE000 : last + 1;
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
        }
        points.removeLast();
    }
    return {};
}

} // namespace

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

QString patientSearchKey(const QString &nameEn, const QString &nameZh, const QString &phone, const QString &fileNumber)
{
    QString digits;
    for (const QChar c : phone.normalized(QString::NormalizationForm_KC)) {
        if (c.isDigit())
            digits.append(c);
    }
    // Newlines separate the fields so that a term never matches across two of them. The Chinese
    // name's pinyin and Jyutping come last, as words of their own ("chenxiaoming cxm …").
    QStringList fields{nameEn, nameZh, phone, digits, fileNumber};
    if (const QStringList said = nameReadingWords(nameZh); !said.isEmpty())
        fields << said.join(u' ');
    return foldForSearch(fields.join(u'\n'));
}

QStringList searchTerms(const QString &query)
{
    // A phone number typed with its own separators ("6123-4567", "(853) 6612") matches the
    // key's digits-only copy.
    static const QRegularExpression phoneLike(QStringLiteral("^[0-9+()./-]*[0-9][0-9+()./-]*$"));
    static const QRegularExpression separators(QStringLiteral("[+()./-]"));
    QStringList terms;
    for (QString term : words(foldForSearch(query))) {
        if (phoneLike.match(term).hasMatch() && term.contains(separators))
            term.remove(separators);
        if (!term.isEmpty())
            terms << term;
    }
    return terms;
}

QStringList searchGrams(const QString &searchKey)
{
    QSet<QString> grams;
    for (const QString &word : words(searchKey)) {
        const QList<uint> points = word.toUcs4();
        const auto *data = reinterpret_cast<const char32_t *>(points.constData());
        for (qsizetype i = 0; i < points.size(); ++i)
            grams.insert(QString::fromUcs4(data + i, std::min<qsizetype>(searchGramLength, points.size() - i)));
    }
    QStringList out(grams.cbegin(), grams.cend());
    out.sort();
    return out;
}

QList<GramProbe> gramProbes(const QString &term)
{
    const QList<uint> points = term.toUcs4();
    const auto *data = reinterpret_cast<const char32_t *>(points.constData());
    if (points.isEmpty())
        return {};
    if (points.size() <= searchGramLength) {
        return {GramProbe{term, successor(term), true}};
    }
    QList<GramProbe> out;
    for (qsizetype i = 0;; i += searchGramLength) {
        const qsizetype at = std::min<qsizetype>(i, points.size() - searchGramLength);
        out << GramProbe{QString::fromUcs4(data + at, searchGramLength), {}, false};
        if (at == points.size() - searchGramLength)
            break;
    }
    return out;
}

} // namespace rp
