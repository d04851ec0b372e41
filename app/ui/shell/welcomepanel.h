#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rp {

// What the main window shows instead of the patient list while the database has no patients:
// a calm first step ("Add your first patient"), a way to look around with made-up patients
// first, and, on the very first start, the offer to enter the clinic's details for printouts.
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    // The clinic-settings offer is made on the first start only.
    void setClinicOffered(bool offered);
    bool clinicOffered() const;

    QPushButton *addButton() const { return m_add; }

signals:
    void addPatientRequested();
    void demoRequested();
    void clinicSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_add;
    QLabel *m_demoText;
    QPushButton *m_demo;
    QWidget *m_clinicBox;
    QLabel *m_clinicText;
    QPushButton *m_clinic;
};

} // namespace rp
