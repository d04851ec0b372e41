#pragma once

#include "core/terms.h"
#include "core/validation.h"

#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMap>

#include <initializer_list>

class QPlainTextEdit;

namespace rp {

// Small pieces the patient dialogs share.

template <typename E> void fillCombo(QComboBox *combo, E current)
{
    combo->clear();
    for (E v : allValues<E>()) {
        combo->addItem(displayName(v), codeOf(v));
        if (v == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

template <typename E> E comboValue(const QComboBox *combo)
{
    return fromCode<E>(combo->currentData().toString()).value_or(allValues<E>().constFirst());
}

// A titled grid of check boxes, one per value, ticked where `checked` has it. Each box is named
// namePrefix + the value's code when a prefix is given (for tests and accessibility tools).
template <typename E>
QGroupBox *checkGroup(const QString &title, const QList<E> &values, const QList<E> &checked,
    QMap<E, QCheckBox *> *boxes, QWidget *parent, int columns, const QString &namePrefix = {})
{
    auto *group = new QGroupBox(title, parent);
    auto *grid = new QGridLayout(group);
    int i = 0;
    for (E v : values) {
        auto *box = new QCheckBox(displayName(v), group);
        if (!namePrefix.isEmpty())
            box->setObjectName(namePrefix + codeOf(v));
        box->setChecked(checked.contains(v));
        grid->addWidget(box, i / columns, i % columns);
        boxes->insert(v, box);
        ++i;
    }
    return group;
}

template <typename E> QList<E> checkedValues(const QMap<E, QCheckBox *> &boxes)
{
    QList<E> out;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        if (it.value()->isChecked())
            out << it.key();
    }
    return out;
}

// Tab visits the widgets in this order: the order she reads them in, top to bottom and left to
// right, whatever order they were made in.
void setTabChain(std::initializer_list<QWidget *> widgets);

// Enter on a row opens it, and only that: a list view passes Enter on to its dialog too, which
// then pressed the dialog's main button as well (editing a loss with Enter also saved and closed
// her record).
void enterOpens(QAbstractItemView *view);

// A text box in a small dialog that does not trap the keyboard: Tab moves on, Enter presses the
// dialog's OK, Shift+Enter starts a new line.
void enterAccepts(QPlainTextEdit *edit, QDialog *dialog);

// Ctrl+S presses the dialog's Save (its button has no letter of its own).
void saveKey(QDialog *dialog);

// The keys that close a window that is not a dialog (the plan editor, the library): the desktop's
// Close keys (Ctrl+W, Ctrl+F4), Ctrl+W on every desktop, and Escape, as in a dialog.
QList<QKeySequence> closeKeys();

// A calm, clearly visible place for "what to fix" messages under a form.
QLabel *createErrorLabel(QWidget *parent);
void showErrors(QLabel *label, const QList<ValidationError> &errors);
void showError(QLabel *label, const QString &message);

} // namespace rp
