#pragma once

#include "core/terms.h"
#include "core/validation.h"

#include <QComboBox>
#include <QLabel>

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

// A calm, clearly visible place for "what to fix" messages under a form.
QLabel *createErrorLabel(QWidget *parent);
void showErrors(QLabel *label, const QList<ValidationError> &errors);
void showError(QLabel *label, const QString &message);

} // namespace rp
