#include "formhelpers.h"

#include <QKeyEvent>
#include <QShortcut>

#include <utility>

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

class DateKeys : public QObject
{
public:
    explicit DateKeys(QDateEdit *edit) : QObject(edit), m_edit(edit) { edit->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_edit || event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool blank = !m_edit->specialValueText().isEmpty() && m_edit->date() == m_edit->minimumDate();
        const bool back = key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if (key->key() == Qt::Key_Tab || back) {
            m_typedInto = QDateTimeEdit::NoSection;
            if (!blank)
                return false;
        } else {
            const QChar typed = key->text().isEmpty() ? QChar() : key->text().at(0);
            if (blank && typed.isDigit()) {
                // Typing a date over "not recorded": a real date to type into, its first part
                // (the day, or the year in Chinese) selected, so the digits land where she expects.
                m_edit->setDate(QDate(QDate::currentDate().year() - 30, 1, 1));
                m_edit->setCurrentSectionIndex(0);
                m_edit->setSelectedSection(m_edit->sectionAt(0));
            }
            const QDateTimeEdit::Section before = std::exchange(m_typedInto, QDateTimeEdit::NoSection);
            if (typed.isLetterOrNumber()) {
                m_typedInto = m_edit->currentSection();
                return false;
            }
            // "12 Apr 1989": Qt moves on to the month by itself after "12", and the space she
            // types next skipped the month too (the date became 12 Jan 1989). A separator right
            // after Qt moved on is the one it already stood for.
            return (typed.isSpace() || typed.isPunct()) && before != QDateTimeEdit::NoSection
                && m_edit->currentSection() != before;
        }
        // Qt's date box steps Tab through its parts, and with none shown never lets it go.
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
    QDateTimeEdit::Section m_typedInto = QDateTimeEdit::NoSection;
};

class EnterOpens : public QObject
{
public:
    explicit EnterOpens(QAbstractItemView *view) : QObject(view), m_view(view) { view->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_view || event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key != Qt::Key_Return && key != Qt::Key_Enter) || !m_view->currentIndex().isValid())
            return false;
        emit m_view->activated(m_view->currentIndex());
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void enterOpens(QAbstractItemView *view)
{
    new EnterOpens(view);
}

void saveKey(QDialog *dialog)
{
    auto *key = new QShortcut(QKeySequence::Save, dialog);
    QObject::connect(key, &QShortcut::activated, dialog, &QDialog::accept);
}

void typeableDate(QDateEdit *edit)
{
    new DateKeys(edit);
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
