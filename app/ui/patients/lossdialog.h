#pragma once

#include "core/patient.h"
#include "common/unsavededits.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace rp {

// Adds or edits one loss in a patient's history. Checks it; never stores it.
class LossDialog : public QDialog
{
    Q_OBJECT
public:
    LossDialog(const Loss &loss, const QDate &birthDate, QWidget *parent = nullptr);
    Loss loss() const { return m_loss; }

    void accept() override;
    void reject() override; // asks before throwing edits away

private:
    Loss collect() const;
    // The date's hint and the IVF box follow the kind: a failed transfer is always IVF.
    void kindChanged();

    Loss m_loss;
    QDate m_birthDate;
    class DateField *m_date;
    QLabel *m_dateHint;
    QComboBox *m_kind;
    QCheckBox *m_ivf;
    bool m_ivfChosen; // her own choice, given back when the kind is no longer a failed transfer
    QSpinBox *m_week;
    QComboBox *m_management;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    UnsavedEdits m_unsaved{this};
};

} // namespace rp
