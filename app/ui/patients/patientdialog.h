#pragma once

#include "core/patient.h"
#include "core/validation.h"
#include "common/unsavededits.h"

#include <QDialog>
#include <QMap>
#include <QSet>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rp {

class ConnectionWatch;
class LossTableModel;
class ServerNotice;

// Adds or edits a patient: details, TCM patterns and conditions, loss history. It checks what
// was typed against the core rules; storing is the save handler's job, so a failed save (a
// duplicate file number, a busy database) is shown here with everything still on screen.
class PatientDialog : public QDialog
{
    Q_OBJECT
public:
    // Stores the patient (filling in ids) or returns false with what went wrong, and where.
    using SaveHandler = std::function<bool(Patient &patient, ValidationError *problem)>;

    explicit PatientDialog(const Patient &patient, QWidget *parent = nullptr);
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    // Shows her history of changes (the audit log); the button appears once this is set.
    void setHistoryHandler(std::function<void(qint64 patientId)> handler);
    // Her losses that have a recovery plan: Remove refuses them, in words, when she asks.
    void setLossesWithPlans(const QSet<qint64> &lossIds) { m_planned = lossIds; }
    Patient patient() const { return m_patient; }
    // Says, above the buttons, when the database server stops answering and when it is back.
    void followServer(ConnectionWatch *watch);
    // What the form holds now, trimmed as it would be saved.
    Patient collect() const;

    void accept() override;
    void reject() override; // asks before throwing edits away

private:
    QWidget *createDetailsTab();
    QWidget *createClinicalTab();
    QWidget *createLossesTab();
    void addLoss();
    void editLoss();
    void removeLoss();
    void updateLossButtons();
    void focusField(const ValidationError &error);
    // After a refused Save, the message follows her edits: what she fixed leaves it at once.
    void recheck();

    Patient m_patient;
    SaveHandler m_save;
    std::function<void(qint64)> m_showHistory;
    QPushButton *m_history = nullptr;
    QSet<qint64> m_planned;
    bool m_showingProblems = false; // a Save was refused: the label follows each edit from then on

    QTabWidget *m_tabs;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    class DateField *m_birthDate;
    QLineEdit *m_phone;
    QLineEdit *m_fileNumber;
    QComboBox *m_constitution;
    QComboBox *m_printLanguage;
    QPlainTextEdit *m_notes;
    QMap<Pattern, QCheckBox *> m_patterns;
    QMap<Condition, QCheckBox *> m_conditions;
    LossTableModel *m_losses;
    QTableView *m_lossTable;
    QPushButton *m_editLoss;
    QPushButton *m_removeLoss;
    QLabel *m_error;
    ServerNotice *m_serverNotice;
    bool m_lostConnection = false; // the message on show says the server's connection was lost
    UnsavedEdits m_unsaved;
};

} // namespace rp
