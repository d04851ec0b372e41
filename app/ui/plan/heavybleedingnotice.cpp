#include "heavybleedingnotice.h"

#include <QCoreApplication>
#include <QLabel>

// Outside the namespace, so lupdate and the running app agree on the context's name.
class HeavyBleedingNotice
{
    Q_DECLARE_TR_FUNCTIONS(HeavyBleedingNotice)
};

namespace rp {

QLabel *createHeavyBleedingNotice(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("heavyBleedingNotice"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // The same calm red as the error labels: a warning to act on, not a fault of hers.
    label->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; background: #fbeaea; "
                                        "border: 1px solid #e3b5b5; border-radius: 4px; padding: 6px; }"));
    label->setText(HeavyBleedingNotice::tr(
        "Heavy bleeding is a red flag, and food does not manage it. If she soaks a pad in an hour or "
        "less, passes clots the size of a walnut or larger, or feels faint, she needs urgent care or the "
        "emergency department now. While this is ticked, the plan holds tonics and blood-moving foods."));
    label->hide();
    return label;
}

} // namespace rp
