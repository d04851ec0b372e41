#include "clinicsettingsdialog.h"

#include "core/validation.h"
#include "patients/formhelpers.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
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
    , m_emergency(new QLineEdit(clinic.emergencyNumber, this))
    , m_logoPreview(new QLabel(this))
    , m_removeLogo(new QPushButton(tr("&Remove logo"), this))
    , m_error(new QLabel(this))
    , m_logo(clinic.logo)
{
    for (int i = 0; i < 2; ++i) {
        const ClinicInfo::CrisisLine line = clinic.crisisLines.value(i);
        m_crisis[i]
            = {new QLineEdit(line.nameEn, this), new QLineEdit(line.nameZh, this), new QLineEdit(line.number, this)};
    }
    setWindowTitle(tr("Clinic settings"));
    setObjectName(QStringLiteral("clinicSettingsDialog"));
    const struct
    {
        QLineEdit *edit;
        const char *name;
    } named[] = {{m_nameEn, "clinicNameEn"}, {m_nameZh, "clinicNameZh"}, {m_addressEn, "clinicAddressEn"},
        {m_addressZh, "clinicAddressZh"}, {m_phone, "clinicPhone"}, {m_practitionerEn, "practitionerEn"},
        {m_practitionerZh, "practitionerZh"}};
    for (const auto &n : named) {
        n.edit->setObjectName(QLatin1String(n.name));
        n.edit->setMaxLength(
            limits::clinicLineLength * 2); // the rule counts characters; this only stops a paste of a book
    }
    auto *intro = new QLabel(tr("Printed at the top of every page a patient takes home. Enter the Chinese once; "
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
    layout->addWidget(createNumbersBox());
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // "Remove logo" is made first but shown after "Choose logo…".
    QWidget::setTabOrder(m_practitionerZh, chooseLogo);
    QWidget::setTabOrder(chooseLogo, m_removeLogo);
    QWidget::setTabOrder(m_removeLogo, m_emergency);
    QWidget *previous = m_emergency;
    for (const CrisisEdits &line : m_crisis) {
        for (QWidget *w : {static_cast<QWidget *>(line.nameEn), static_cast<QWidget *>(line.nameZh),
                 static_cast<QWidget *>(line.number)}) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    m_nameEn->setFocus();
    saveKey(this);

    connect(chooseLogo, &QPushButton::clicked, this, &ClinicSettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &ClinicSettingsDialog::clearLogo);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClinicSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClinicSettingsDialog::reject);
    showLogo();
    resize(560, sizeHint().height());
    m_markedLogo = m_logo;
    m_unsaved.mark();
}

QGroupBox *ClinicSettingsDialog::createNumbersBox()
{
    auto *box = new QGroupBox(tr("Emergency and crisis numbers"), this);
    box->setObjectName(QStringLiteral("crisisNumbers"));
    auto *explain = new QLabel(tr("Printed with the red flags once the clinic has confirmed them; "
                                  "while they are empty, printouts say “your local emergency number”."),
        box);
    explain->setObjectName(QStringLiteral("crisisNumbersNote"));
    explain->setWordWrap(true);
    m_emergency->setObjectName(QStringLiteral("emergencyNumber"));
    m_emergency->setMaxLength(limits::emergencyNumberLength * 2); // the rule says why; this stops a paste
    auto *grid = new QGridLayout;
    auto *emergencyLabel = new QLabel(tr("Local emer&gency number:"), box);
    emergencyLabel->setBuddy(m_emergency);
    grid->addWidget(emergencyLabel, 0, 0);
    grid->addWidget(m_emergency, 0, 1);
    grid->addWidget(new QLabel(tr("Name (English)"), box), 1, 1);
    grid->addWidget(new QLabel(tr("Name (Chinese)"), box), 1, 2);
    grid->addWidget(new QLabel(tr("Number"), box), 1, 3);
    const QString rowLabels[] = {tr("24-hour crisis line &1:"), tr("24-hour crisis line &2:")};
    for (int i = 0; i < 2; ++i) {
        const CrisisEdits &line = m_crisis[i];
        const QString n = QString::number(i + 1);
        line.nameEn->setObjectName(QStringLiteral("crisis%1NameEn").arg(n));
        line.nameZh->setObjectName(QStringLiteral("crisis%1NameZh").arg(n));
        line.number->setObjectName(QStringLiteral("crisis%1Number").arg(n));
        line.nameEn->setAccessibleName(tr("Crisis line %1, name in English").arg(i + 1));
        line.nameZh->setAccessibleName(tr("Crisis line %1, name in Chinese").arg(i + 1));
        line.number->setAccessibleName(tr("Crisis line %1, number").arg(i + 1));
        for (QLineEdit *e : {line.nameEn, line.nameZh})
            e->setMaxLength(limits::clinicLineLength * 2);
        line.number->setMaxLength(limits::emergencyNumberLength * 2);
        auto *label = new QLabel(rowLabels[i], box);
        label->setBuddy(line.nameEn);
        grid->addWidget(label, i + 2, 0);
        grid->addWidget(line.nameEn, i + 2, 1);
        grid->addWidget(line.nameZh, i + 2, 2);
        grid->addWidget(line.number, i + 2, 3);
    }
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 1);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(explain);
    boxLayout->addLayout(grid);
    return box;
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
    c.emergencyNumber = m_emergency->text().trimmed();
    for (const CrisisEdits &line : m_crisis) {
        const ClinicInfo::CrisisLine l{
            line.nameEn->text().trimmed(), line.nameZh->text().trimmed(), line.number->text().trimmed()};
        if (!l.nameEn.isEmpty() || !l.nameZh.isEmpty() || !l.number.isEmpty())
            c.crisisLines << l;
    }
    return c;
}

bool ClinicSettingsDialog::setLogoFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        m_error->setText(tr("“%1” is not a picture Recovery Planner can read (%2). Choose a PNG or JPEG file.")
                             .arg(QFileInfo(path).fileName(), reader.errorString()));
        m_error->show();
        return false;
    }
    // Stored small: the header shows it at about 14 mm, and every printout record carries it.
    if (std::max(image.width(), image.height()) > limits::logoPixels)
        image = image.scaled(limits::logoPixels, limits::logoPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
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

QWidget *ClinicSettingsDialog::fieldFor(const ValidationError &error) const
{
    QLineEdit *const byField[]
        = {m_nameEn, m_nameZh, m_addressEn, m_addressZh, m_phone, m_practitionerEn, m_practitionerZh};
    const int index = int(error.field) - int(Field::ClinicNameEn);
    if (index >= 0 && index < int(std::size(byField)))
        return byField[index];
    if (error.field == Field::EmergencyNumber)
        return m_emergency;
    // The lines as clinic() gave them: an empty first row moves the second up.
    int line = -1;
    for (int i = 0, filled = 0; i < 2; ++i) {
        const CrisisEdits &e = m_crisis[i];
        if (e.nameEn->text().trimmed().isEmpty() && e.nameZh->text().trimmed().isEmpty()
            && e.number->text().trimmed().isEmpty())
            continue;
        if (filled++ == error.lossIndex)
            line = i;
    }
    if (line < 0)
        return nullptr;
    switch (error.field) {
    case Field::CrisisNameEn:
        return m_crisis[line].nameEn;
    case Field::CrisisNameZh:
        return m_crisis[line].nameZh;
    default:
        return m_crisis[line].number;
    }
}

void ClinicSettingsDialog::accept()
{
    const ClinicInfo c = clinic();
    const QList<ValidationError> errors = validateClinic(c);
    if (!errors.isEmpty()) {
        m_error->setText(errors.constFirst().message);
        m_error->show();
        if (QWidget *field = fieldFor(errors.constFirst()))
            field->setFocus();
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

void ClinicSettingsDialog::reject()
{
    if (m_unsaved.mayClose())
        QDialog::reject();
}

} // namespace rp
