#include "welcomepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rp {

namespace {

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(wrapped(this))
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/new-patient.svg")), QString(), this))
    , m_demoText(wrapped(this))
    , m_demo(new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), QString(), this))
    , m_clinicBox(new QWidget(this))
    , m_clinicText(wrapped(m_clinicBox))
    , m_clinic(new QPushButton(QIcon(QStringLiteral(":/icons/clinic.svg")), QString(), m_clinicBox))
{
    setObjectName(QStringLiteral("welcomePanel"));
    m_add->setObjectName(QStringLiteral("addFirstPatient"));
    m_demo->setObjectName(QStringLiteral("tryDemo"));
    m_clinic->setObjectName(QStringLiteral("offerClinicSettings"));
    m_add->setDefault(true);
    // Enter presses whichever of the three has the focus, as Space does (outside a dialog a push
    // button takes Enter only when it is an auto-default one).
    for (QPushButton *b : {m_add, m_demo, m_clinic})
        b->setAutoDefault(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);

    auto *clinicLayout = new QVBoxLayout(m_clinicBox);
    clinicLayout->setContentsMargins(0, 12, 0, 0);
    clinicLayout->addWidget(m_clinicText);
    clinicLayout->addWidget(m_clinic, 0, Qt::AlignLeft);

    // A narrow column in the middle reads more calmly than text across a wide window.
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addWidget(m_add, 0, Qt::AlignLeft);
    column->addSpacing(18);
    column->addWidget(m_demoText);
    column->addWidget(m_demo, 0, Qt::AlignLeft);
    column->addWidget(m_clinicBox);
    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(520);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnWidget, 4);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    setTabOrder(m_add, m_demo);
    setTabOrder(m_demo, m_clinic);
    setFocusProxy(m_add);

    connect(m_add, &QPushButton::clicked, this, &WelcomePanel::addPatientRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    connect(m_clinic, &QPushButton::clicked, this, &WelcomePanel::clinicSettingsRequested);
    setClinicOffered(false);
    retranslate();
}

void WelcomePanel::setClinicOffered(bool offered)
{
    m_clinicBox->setVisible(offered);
}

bool WelcomePanel::clinicOffered() const
{
    return !m_clinicBox->isHidden();
}

void WelcomePanel::retranslate()
{
    m_title->setText(tr("No patients yet"));
    m_text->setText(tr("Each patient's record keeps her losses, her constitution and conditions, "
                       "and the recovery plans you make for her."));
    m_add->setText(tr("Add your first patient…"));
    m_add->setToolTip(tr("Opens an empty patient record (%1)")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_demoText->setText(tr("To look around first, open a separate practice database with a few "
                           "made-up patients and their plans. Nothing is added to this one."));
    m_demo->setText(tr("Try with demo patients"));
    m_clinicText->setText(tr("Printouts carry the clinic's name, address and telephone. You can "
                             "enter them now, or later from File ▸ Clinic settings."));
    m_clinic->setText(tr("Enter the clinic's details…"));
    m_add->setAccessibleName(m_add->text().remove(QStringLiteral("…")));
    m_demo->setAccessibleName(m_demo->text());
    m_demo->setAccessibleDescription(m_demoText->text());
    m_clinic->setAccessibleName(m_clinic->text().remove(QStringLiteral("…")));
    m_clinic->setAccessibleDescription(m_clinicText->text());
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace rp
