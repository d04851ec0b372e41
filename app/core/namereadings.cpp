#include "namereadings.h"

#include "chinesescript.h"
#include "unihantable.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

namespace rp {

namespace {

using Syllables = std::vector<const char *>;

const unihan::Entry *entryFor(char32_t c)
{
    const unihan::Entry *end = unihan::entries + unihan::entryCount;
    const unihan::Entry *e
        = std::lower_bound(unihan::entries, end, c, [](const unihan::Entry &x, char32_t p) { return x.point < p; });
    return e != end && e->point == c ? e : nullptr;
}

Syllables unihanReadings(char32_t c, bool cantonese)
{
    Syllables out;
    if (const unihan::Entry *e = entryFor(c)) {
        const std::uint32_t from = e->first + (cantonese ? e->mandarin : 0);
        const std::uint32_t n = cantonese ? e->cantonese : e->mandarin;
        for (std::uint32_t i = 0; i < n; ++i)
            out.push_back(unihan::syllables[unihan::readings[from + i]]);
    }
    return out;
}

// Surnames read otherwise than the character usually is. Unihan has most of the Mandarin ones
// among a character's readings, but not first (曾 céng, the surname zēng), and its Cantonese
// field gives one reading for most characters, not the surname's (區 keoi1, the surname au1).
// Written first for a name's first character, which is her surname.
struct Surname
{
    char32_t c;
    const char *mandarin;
    const char *cantonese;
};
constexpr Surname surnames[] = {
    {U'曾', "zeng", "zang"},
    {U'單', "shan", "sin"},
    {U'单', "shan", "sin"},
    {U'區', "ou", "au"},
    {U'区', "ou", "au"},
    {U'仇', "qiu", "sau"},
    {U'查', "zha", "caa"},
    {U'解', "xie", "haai"},
    {U'朴', "piao", nullptr},
    {U'樂', "yue", "lok"},
    {U'乐', "yue", "lok"},
    {U'覃', "qin", "cam"},
    {U'繆', "miao", "miu"},
    {U'缪', "miao", "miu"},
    {U'蓋', "ge", nullptr},
    {U'盖', "ge", nullptr},
    {U'翟', "zhai", "zaak"},
    {U'種', "chong", nullptr},
    {U'种', "chong", nullptr},
    {U'員', "yun", nullptr},
    {U'员', "yun", nullptr},
    {U'召', "shao", nullptr},
    {U'祭', "zhai", nullptr},
};

void addOnce(Syllables &list, const char *s)
{
    if (std::none_of(list.begin(), list.end(), [s](const char *x) { return qstrcmp(x, s) == 0; }))
        list.push_back(s);
}

// One character's readings for a name: the surname's first, then Unihan's for the character as
// written and for its Simplified form (the Traditional 繆 lacks the modern dictionaries' miào
// that 缪 has), at most as many as the table keeps.
Syllables readingsInName(char32_t written, char32_t simplified, bool first, bool cantonese)
{
    Syllables out;
    if (first) {
        for (const Surname &s : surnames) {
            const char *r = cantonese ? s.cantonese : s.mandarin;
            if (s.c == written && r)
                out.push_back(r);
        }
    }
    for (const char *r : unihanReadings(written, cantonese))
        addOnce(out, r);
    if (simplified != written) {
        for (const char *r : unihanReadings(simplified, cantonese))
            addOnce(out, r);
    }
    return out;
}

// The spellings of a run, fewest unusual readings first and, among those, the earlier
// character's (the surname's) first: every character's first reading; then each other reading
// of one character; then of two; until `maxNameSpellings`.
void spell(const std::vector<Syllables> &run, QStringList *words, QSet<QString> *seen)
{
    const std::size_t n = run.size();
    std::vector<std::size_t> choice(n, 0);
    int made = 0;
    auto take = [&] {
        QString full, initials;
        for (std::size_t i = 0; i < n; ++i) {
            const char *s = run[i][choice[i]];
            full += QLatin1String(s);
            initials += QLatin1Char(s[0]);
        }
        QStringList spelled{full};
        // Typed "ü" folds to "u" (accents are dropped); pinyin keyboards type it "v".
        if (full.contains(u'v'))
            spelled.prepend(QString(full).replace(u'v', u'u'));
        if (n > 1)
            spelled << initials;
        for (const QString &w : std::as_const(spelled)) {
            if (!seen->contains(w)) {
                seen->insert(w);
                *words << w;
            }
        }
        ++made;
    };
    // Every choice with exactly `cost` characters off their first reading, from `at` on.
    std::function<void(std::size_t, int)> walk = [&](std::size_t at, int cost) {
        if (made >= maxNameSpellings)
            return;
        if (at == n) {
            if (cost == 0)
                take();
            return;
        }
        if (cost > 0) {
            for (std::size_t j = 1; j < run[at].size() && made < maxNameSpellings; ++j) {
                choice[at] = j;
                walk(at + 1, cost - 1);
            }
            choice[at] = 0;
        }
        if (n - at > std::size_t(cost))
            walk(at + 1, cost);
    };
    for (int cost = 0; cost <= 2 && std::size_t(cost) <= n && made < maxNameSpellings; ++cost)
        walk(0, cost);
}

} // namespace

QStringList mandarinReadings(char32_t c)
{
    QStringList out;
    for (const char *s : unihanReadings(c, false))
        out << QLatin1String(s);
    return out;
}

QStringList cantoneseReadings(char32_t c)
{
    QStringList out;
    for (const char *s : unihanReadings(c, true))
        out << QLatin1String(s);
    return out;
}

QStringList nameReadingWords(const QString &name)
{
    const QList<uint> written = name.toUcs4();
    QList<uint> simplified = simplifiedCharacters(name).toUcs4();
    if (simplified.size() != written.size())
        simplified = written; // a conversion that changed the length cannot be matched up
    QStringList words;
    QSet<QString> seen;
    for (const bool cantonese : {false, true}) {
        std::vector<Syllables> run;
        bool surname = true;
        for (qsizetype i = 0; i <= written.size(); ++i) {
            Syllables r;
            if (i < written.size())
                r = readingsInName(written.at(i), simplified.at(i), surname, cantonese);
            if (i < written.size() && QChar::script(written.at(i)) == QChar::Script_Han)
                surname = false;
            if (!r.empty()) {
                run.push_back(std::move(r));
            } else if (!run.empty()) {
                spell(run, &words, &seen);
                run.clear();
            }
        }
    }
    return words;
}

} // namespace rp
