#pragma once

#include "core/patient.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
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

private:
    Loss collect() const;

    Loss m_loss;
    QDate m_birthDate;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QSpinBox *m_week;
    QComboBox *m_management;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};

} // namespace rp
