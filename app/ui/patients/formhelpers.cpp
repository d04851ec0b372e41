#include "formhelpers.h"

namespace rp {

QLabel *createErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorMessage"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; background: #fbeaea; "
                                        "border: 1px solid #e3b5b5; border-radius: 4px; padding: 6px; }"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void showErrors(QLabel *label, const QList<ValidationError> &errors)
{
    QStringList lines;
    for (const auto &e : errors)
        lines << e.message;
    lines.removeDuplicates();
    showError(label, lines.join(u'\n'));
}

} // namespace rp
