#include "clinicsettingsdialog.h"

#include "core/validation.h"
#include "patients/formhelpers.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rp {

ClinicSettingsDialog::ClinicSettingsDialog(const ClinicInfo &clinic, Save save, QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_nameEn(new QLineEdit(clinic.nameEn, this))
    , m_nameZh(new QLineEdit(clinic.nameZh, this))
    , m_addressEn(new QLineEdit(clinic.addressEn, this))
    , m_addressZh(new QLineEdit(clinic.addressZh, this))
    , m_phone(new QLineEdit(clinic.phone, this))
    , m_practitionerEn(new QLineEdit(clinic.practitionerEn, this))
    , m_practitionerZh(new QLineEdit(clinic.practitionerZh, this))
    , m_logoPreview(new QLabel(this))
    , m_removeLogo(new QPushButton(tr("&Remove logo"), this))
    , m_error(new QLabel(this))
    , m_logo(clinic.logo)
{
    setWindowTitle(tr("Clinic settings"));
    setObjectName(QStringLiteral("clinicSettingsDialog"));
    const struct
    {
        QLineEdit *edit;
        const char *name;
    } named[] = { { m_nameEn, "clinicNameEn" }, { m_nameZh, "clinicNameZh" },
        { m_addressEn, "clinicAddressEn" }, { m_addressZh, "clinicAddressZh" }, { m_phone, "clinicPhone" },
        { m_practitionerEn, "practitionerEn" }, { m_practitionerZh, "practitionerZh" } };
    for (const auto &n : named) {
        n.edit->setObjectName(QLatin1String(n.name));
        n.edit->setMaxLength(
            limits::clinicLineLength * 2); // the rule counts characters; this only stops a paste of a book
    }
    auto *intro
        = new QLabel(tr("Printed at the top of every page a patient takes home. Enter the Chinese once; "
                        "Simplified Chinese printouts convert it."),
            this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Clinic name (&English):"), m_nameEn);
    form->addRow(tr("Clinic name (&Chinese):"), m_nameZh);
    form->addRow(tr("&Address (English):"), m_addressEn);
    form->addRow(tr("A&ddress (Chinese):"), m_addressZh);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Prac&titioner (English):"), m_practitionerEn);
    form->addRow(tr("Practitio&ner (Chinese):"), m_practitionerZh);

    auto *chooseLogo = new QPushButton(tr("Choose &logo…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(64, 64);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch(1);
    form->addRow(tr("Logo:"), logoRow);

    m_error->setObjectName(QStringLiteral("clinicError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a0281e;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // "Remove logo" is made first but shown after "Choose logo…".
    QWidget::setTabOrder(m_practitionerZh, chooseLogo);
    QWidget::setTabOrder(chooseLogo, m_removeLogo);
    m_nameEn->setFocus();
    saveKey(this);

    connect(chooseLogo, &QPushButton::clicked, this, &ClinicSettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &ClinicSettingsDialog::clearLogo);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClinicSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClinicSettingsDialog::reject);
    showLogo();
    resize(560, sizeHint().height());
}

ClinicInfo ClinicSettingsDialog::clinic() const
{
    ClinicInfo c;
    c.nameEn = m_nameEn->text().trimmed();
    c.nameZh = m_nameZh->text().trimmed();
    c.addressEn = m_addressEn->text().trimmed();
    c.addressZh = m_addressZh->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.practitionerEn = m_practitionerEn->text().trimmed();
    c.practitionerZh = m_practitionerZh->text().trimmed();
    c.logo = m_logo;
    return c;
}

bool ClinicSettingsDialog::setLogoFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        m_error->setText(
            tr("“%1” is not a picture Recovery Planner can read (%2). Choose a PNG or JPEG file.")
                .arg(QFileInfo(path).fileName(), reader.errorString()));
        m_error->show();
        return false;
    }
    // Stored small: the header shows it at about 14 mm, and every printout record carries it.
    if (std::max(image.width(), image.height()) > limits::logoPixels)
        image = image.scaled(
            limits::logoPixels, limits::logoPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_logo = png;
    m_error->hide();
    showLogo();
    return true;
}

void ClinicSettingsDialog::clearLogo()
{
    m_logo.clear();
    showLogo();
}

void ClinicSettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the clinic's logo"), QString(), tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"));
    if (!path.isEmpty())
        setLogoFile(path);
}

void ClinicSettingsDialog::showLogo()
{
    QImage image;
    if (!m_logo.isEmpty() && image.loadFromData(m_logo)) {
        m_logoPreview->setPixmap(
            QPixmap::fromImage(image.scaled(60, 60, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_logoPreview->setToolTip(QString());
    } else {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("None"));
    }
    m_removeLogo->setEnabled(!m_logo.isEmpty());
}

void ClinicSettingsDialog::accept()
{
    const ClinicInfo c = clinic();
    const QList<ValidationError> errors = validateClinic(c);
    if (!errors.isEmpty()) {
        m_error->setText(errors.constFirst().message);
        m_error->show();
        QLineEdit *const byField[]
            = { m_nameEn, m_nameZh, m_addressEn, m_addressZh, m_phone, m_practitionerEn, m_practitionerZh };
        const int index = int(errors.constFirst().field) - int(Field::ClinicNameEn);
        if (index >= 0 && index < int(std::size(byField)))
            byField[index]->setFocus();
        return;
    }
    QString error;
    if (!m_save(c, &error)) {
        // Nothing she typed is lost: the dialog stays open with her entries.
        m_error->setText(tr("The clinic settings were not saved: %1").arg(error));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rp
