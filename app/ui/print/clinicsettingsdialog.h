#pragma once

#include "core/printjob.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rp {

// Clinic settings: the header printed at the top of every page (name, address, phone and
// practitioner in English and Chinese, and an optional logo). `save` stores it and says why not.
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

private:
    void chooseLogo();
    void showLogo();

    Save m_save;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QLineEdit *m_addressEn;
    QLineEdit *m_addressZh;
    QLineEdit *m_phone;
    QLineEdit *m_practitionerEn;
    QLineEdit *m_practitionerZh;
    QLabel *m_logoPreview;
    QPushButton *m_removeLogo;
    QLabel *m_error;
    QByteArray m_logo;
};

} // namespace rp
