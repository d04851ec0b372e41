#include "phrasebook.h"

#include <QTranslator>

namespace rp {

struct Phrasebook::Catalogues
{
    QTranslator traditional;
    QTranslator simplified;
    Catalogues()
    {
        // The catalogues are compiled in (qt_add_translations); a missing one is a build fault that
        // tst_print catches, since every Chinese phrase would then come out in English.
        (void)traditional.load(QStringLiteral(":/i18n/recovery-planner_zh_TW.qm"));
        (void)simplified.load(QStringLiteral(":/i18n/recovery-planner_zh_CN.qm"));
    }
};

Phrasebook::Phrasebook() = default;

const Phrasebook::Catalogues &Phrasebook::catalogues() const
{
    static const Catalogues c;
    return c;
}

QString Phrasebook::in(Language language, const char *source) const
{
    const QTranslator *t = nullptr;
    if (language == Language::TraditionalChinese)
        t = &catalogues().traditional;
    else if (language == Language::SimplifiedChinese)
        t = &catalogues().simplified;
    if (t) {
        const QString translated = t->translate("Print", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

LocalizedText Phrasebook::operator()(const char *source) const
{
    return {in(Language::English, source), in(Language::TraditionalChinese, source),
        in(Language::SimplifiedChinese, source)};
}

} // namespace rp
