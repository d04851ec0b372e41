#include "itemdetails.h"

#include "core/terms.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

class ItemDetailsText
{
    Q_DECLARE_TR_FUNCTIONS(ItemDetails)
};

namespace rp {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

template <typename E> QString names(const QList<E> &values)
{
    QStringList out;
    for (E v : values)
        out << esc(displayName(v));
    return out.join(listSeparator());
}

QString amountText(const Ingredient &i)
{
    if (!i.amount)
        return {};
    const QString number = QLocale().toString(*i.amount, 'g', 6);
    if (i.unit == QLatin1String("piece"))
        return ItemDetailsText::tr("%1 pieces").arg(number);
    return QStringLiteral("%1 %2").arg(number, esc(i.unit));
}

QString sourceList(const QStringList &codes)
{
    static const QHash<QString, QString> titles = [] {
        QHash<QString, QString> h;
        for (const Source &s : content::builtInSources())
            h.insert(s.code, s.title);
        return h;
    }();
    QStringList out;
    for (const QString &c : codes)
        out << QStringLiteral("<b>%1</b> %2").arg(esc(c), esc(titles.value(c)));
    return out.join(QStringLiteral("<br>"));
}

} // namespace

QString itemDetailsHtml(const LibraryEntry &entry, Language language)
{
    const LibraryItem &item = entry.item;
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(item.name.in(language)));
    QStringList others;
    for (Language l : allLanguages()) {
        if (l != language && item.name.in(l) != item.name.in(language))
            others << esc(item.name.in(l));
    }
    if (!others.isEmpty())
        html += QStringLiteral("<p style='color:#555'>%1</p>").arg(others.join(QStringLiteral(" · ")));

    QStringList badges{esc(displayName(item.kind)), esc(displayName(entry.origin))};
    if (entry.hidden)
        badges << ItemDetailsText::tr("hidden: not offered in plans");
    html += QStringLiteral("<p><i>%1</i></p>").arg(badges.join(QStringLiteral(" · ")));

    if (item.practitionerOnly)
        html += QStringLiteral("<p style='color:#8a1c1c'><b>%1</b></p>")
                    .arg(ItemDetailsText::tr("Practitioner only: proposed in a plan only when you tick it in "
                                             "for that patient, and never printed with a dose."));
    if (item.kind == ItemKind::RedFlag)
        html += QStringLiteral("<p style='color:#8a1c1c'><b>%1</b></p>")
                    .arg(ItemDetailsText::tr("Printed on every plan: go to a doctor or an emergency department now."));
    if (entry.originalUpdated)
        html += QStringLiteral("<p style='color:#7a5a00'><b>%1</b></p>")
                    .arg(ItemDetailsText::tr(
                        "The built-in original has been updated since the clinic's version "
                        "was made. Compare them below, and reset to the original if it is better."));

    html += QStringLiteral("<p>%1</p>").arg(esc(item.description.in(language)));

    QStringList use;
    if (!item.phases.isEmpty())
        use << ItemDetailsText::tr("Phases: %1").arg(names(item.phases));
    if (!item.mealSlots.isEmpty())
        use << ItemDetailsText::tr("Meals: %1").arg(names(item.mealSlots));
    if (item.fromDay && item.untilDay && *item.fromDay == *item.untilDay)
        use << ItemDetailsText::tr("On day %1").arg(*item.fromDay);
    else {
        if (item.fromDay)
            use << ItemDetailsText::tr("From day %1").arg(*item.fromDay);
        if (item.untilDay)
            use << ItemDetailsText::tr("Until day %1").arg(*item.untilDay);
    }
    if (item.maxDays)
        use << ItemDetailsText::tr("On at most %1 days of a plan").arg(*item.maxDays);
    if (item.perWeek)
        use << ItemDetailsText::tr("At most %1 times a week").arg(*item.perWeek);
    if (!item.suits.isEmpty())
        use << ItemDetailsText::tr("Suits: %1").arg(names(item.suits));
    if (!item.lossKinds.isEmpty())
        use << ItemDetailsText::tr("Only after: %1").arg(names(item.lossKinds));
    if (item.minGestationalWeek)
        use << ItemDetailsText::tr("After a loss at %1 weeks or later").arg(*item.minGestationalWeek);
    if (!use.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(use.join(QStringLiteral("<br>")));

    if (!item.tags.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(ItemDetailsText::tr("Not for:"), names(item.tags));

    if (!item.ingredients.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(ItemDetailsText::tr("Ingredients"));
        for (const Ingredient &i : item.ingredients) {
            const QString amount = amountText(i);
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(esc(i.name.in(language)), amount.isEmpty() ? QString() : QStringLiteral(" — ") + amount);
        }
        html += QStringLiteral("</ul>");
    }

    if (!item.notes.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(ItemDetailsText::tr("Notes and cautions"));
        for (const ItemNote &n : item.notes) {
            const QString label
                = n.conflict ? QStringLiteral("<b>%1</b> ").arg(ItemDetailsText::tr("Sources differ:")) : QString();
            html += QStringLiteral("<p>%1%2 <span style='color:#555'>[%3]</span></p>")
                        .arg(label, esc(n.text.in(language)), esc(n.sources.join(QStringLiteral(", "))));
        }
    }

    if (entry.original) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(ItemDetailsText::tr("Built-in original"), esc(entry.original->description.in(language)));
    }

    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(ItemDetailsText::tr("Sources"), sourceList(item.sources));
    return html;
}

} // namespace rp
