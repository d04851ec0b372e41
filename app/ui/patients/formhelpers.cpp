#include "formhelpers.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QShortcut>

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

class EnterOpens : public QObject
{
public:
    explicit EnterOpens(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

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

class EnterAccepts : public QObject
{
public:
    EnterAccepts(QPlainTextEdit *edit, QDialog *dialog)
        : QObject(edit)
        , m_dialog(dialog)
    {
        edit->installEventFilter(this);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || (key->modifiers() & Qt::ShiftModifier))
            return false;
        m_dialog->accept();
        return true;
    }

private:
    QDialog *m_dialog;
};

} // namespace

void enterOpens(QAbstractItemView *view)
{
    new EnterOpens(view);
}

void enterAccepts(QPlainTextEdit *edit, QDialog *dialog)
{
    edit->setTabChangesFocus(true);
    new EnterAccepts(edit, dialog);
}

void saveKey(QDialog *dialog)
{
    auto *key = new QShortcut(QKeySequence::Save, dialog);
    QObject::connect(key, &QShortcut::activated, dialog, &QDialog::accept);
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
