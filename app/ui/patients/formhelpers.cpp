#include "formhelpers.h"

#include <QKeyEvent>

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

void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

namespace {

class BlankDateTab : public QObject
{
public:
    explicit BlankDateTab(QDateEdit *edit) : QObject(edit), m_edit(edit) { edit->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_edit || event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool back = key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if ((key->key() != Qt::Key_Tab && !back) || m_edit->specialValueText().isEmpty()
            || m_edit->date() != m_edit->minimumDate())
            return false;
        QWidget *w = m_edit;
        do {
            w = back ? w->previousInFocusChain() : w->nextInFocusChain();
        } while (w != m_edit
                 && (m_edit->isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(m_edit->window())
                     || !w->isEnabled() || (w->focusProxy() && m_edit->isAncestorOf(w->focusProxy()))));
        if (w != m_edit)
            w->setFocus(back ? Qt::BacktabFocusReason : Qt::TabFocusReason);
        return true;
    }

private:
    QDateEdit *m_edit;
};

} // namespace

void tabPastBlankDate(QDateEdit *edit)
{
    new BlankDateTab(edit);
}

QList<QKeySequence> closeKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
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
