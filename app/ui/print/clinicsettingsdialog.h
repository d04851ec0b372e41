#pragma once

#include "core/printjob.h"

#include "common/unsavededits.h"

#include <QDialog>
#include <functional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rp {

struct ValidationError;

// Clinic settings: the header printed at the top of every page (name, address, phone and
// practitioner in English and Chinese, and an optional logo), and the local emergency number and up
// to two 24-hour crisis lines printed with the red flags. `save` stores it and says why not.
class ClinicSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<bool(const ClinicInfo &, QString *error)>;
    ClinicSettingsDialog(const ClinicInfo &clinic, Save save, QWidget *parent = nullptr);

    ClinicInfo clinic() const;
    // Reads a picture for the logo, scaled down to fit the header. False, with the reason shown,
    // when the file is not a picture.
    bool setLogoFile(const QString &path);
    void clearLogo();

    void accept() override;
    void reject() override; // asks before throwing edits away

private:
    void chooseLogo();
    void showLogo();
    // The emergency number and the crisis lines, with the sentence that says who confirms them.
    QGroupBox *createNumbersBox();
    QWidget *fieldFor(const ValidationError &error) const;

    Save m_save;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QLineEdit *m_addressEn;
    QLineEdit *m_addressZh;
    QLineEdit *m_phone;
    QLineEdit *m_practitionerEn;
    QLineEdit *m_practitionerZh;
    QLineEdit *m_emergency;
    struct CrisisEdits
    {
        QLineEdit *nameEn;
        QLineEdit *nameZh;
        QLineEdit *number;
    };
    CrisisEdits m_crisis[2];
    QLabel *m_logoPreview;
    QPushButton *m_removeLogo;
    QLabel *m_error;
    QByteArray m_logo;
    QByteArray m_markedLogo;
    UnsavedEdits m_unsaved{this, [this] { return m_logo != m_markedLogo; }};
};

} // namespace rp
