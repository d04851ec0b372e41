#include "unsavededits.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace rp {

UnsavedChoice UnsavedEdits::ask(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), question,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedQuestion"));
    // The standard buttons' words, with Alt-letters of their own (Qt gives Discard none).
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("&Discard changes"));
    box.button(QMessageBox::Cancel)->setText(tr("Keep &editing"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

UnsavedEdits::UnsavedEdits(QDialog *dialog, std::function<bool()> extraChanged)
    : m_dialog(dialog)
    , m_extraChanged(std::move(extraChanged))
{ }

void UnsavedEdits::mark()
{
    m_marked = state();
}

bool UnsavedEdits::changed() const
{
    return state() != m_marked || (m_extraChanged && m_extraChanged());
}

bool UnsavedEdits::mayClose()
{
    if (!changed())
        return true;
    switch (ask(m_dialog, tr("Save what you changed in this window before closing it?"))) {
    case UnsavedChoice::Save:
        m_dialog->accept();
        return false; // accept() closes once stored
    case UnsavedChoice::Discard:
        return true;
    case UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

// One line per field, in the order the dialog holds them; a field's own internal editor (a
// spin box's or combo's line edit) is read through its owner.
QStringList UnsavedEdits::state() const
{
    QStringList out;
    for (const QWidget *w : m_dialog->findChildren<QWidget *>()) {
        if (qobject_cast<const QAbstractSpinBox *>(w->parentWidget())
            || qobject_cast<const QComboBox *>(w->parentWidget()))
            continue;
        if (const auto *line = qobject_cast<const QLineEdit *>(w))
            out << line->text();
        else if (const auto *text = qobject_cast<const QPlainTextEdit *>(w))
            out << text->toPlainText();
        else if (const auto *combo = qobject_cast<const QComboBox *>(w))
            out << QString::number(combo->currentIndex()) + combo->currentText();
        else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
            out << spin->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w); button && button->isCheckable())
            out << QString::number(button->isChecked());
    }
    return out;
}

} // namespace rp
