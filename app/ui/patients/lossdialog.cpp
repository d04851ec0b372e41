#include "lossdialog.h"

#include "datefield.h"
#include "formhelpers.h"

#include "core/language.h"
#include "core/terms.h"
#include "core/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rp {

LossDialog::LossDialog(const Loss &loss, const QDate &birthDate, QWidget *parent)
    : QDialog(parent)
    , m_loss(loss)
    , m_birthDate(birthDate)
    , m_date(new DateField(this))
    , m_dateHint(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_ivf(new QCheckBox(tr("Conceived by &IVF"), this))
    , m_ivfChosen(loss.conceivedByIvf)
    , m_week(new QSpinBox(this))
    , m_management(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(createErrorLabel(this))
{
    setWindowTitle(loss.id || loss.date.isValid() ? tr("Edit loss") : tr("Add loss"));

    setObjectName(QStringLiteral("lossDialog"));
    m_date->setObjectName(QStringLiteral("lossDate"));
    m_kind->setObjectName(QStringLiteral("lossKind"));
    m_dateHint->setObjectName(QStringLiteral("lossDateHint"));
    m_dateHint->setWordWrap(true);
    m_dateHint->setTextFormat(Qt::PlainText);
    m_ivf->setObjectName(QStringLiteral("conceivedByIvf"));
    m_ivf->setChecked(loss.afterIvf());
    m_week->setObjectName(QStringLiteral("gestationalWeek"));
    m_management->setObjectName(QStringLiteral("management"));
    m_notes->setObjectName(QStringLiteral("lossNotes"));
    m_date->setDate(loss.date.isValid() ? loss.date : QDate::currentDate());
    fillCombo<LossKind>(m_kind, loss.kind);
    m_week->setRange(limits::minGestationalWeek - 1, limits::maxGestationalWeek);
    m_week->setSpecialValueText(tr("Not known"));
    m_week->setSuffix(tr(" weeks"));
    m_week->setValue(loss.gestationalWeek.value_or(limits::minGestationalWeek - 1));
    fillCombo<Management>(m_management, loss.management);
    m_notes->setPlainText(loss.notes);
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date of loss:"), m_date);
    form->addRow(QString(), m_dateHint);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_ivf);
    form->addRow(tr("&Gestational week:"), m_week);
    form->addRow(tr("&Management:"), m_management);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LossDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LossDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_ivf, &QCheckBox::toggled, this, [this](bool on) {
        if (m_ivf->isEnabled())
            m_ivfChosen = on;
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LossDialog::kindChanged);
    kindChanged();
    m_unsaved.mark();
}

void LossDialog::kindChanged()
{
    const LossKind kind = comboValue<LossKind>(m_kind);
    const bool transfer = kind == LossKind::FailedIvfTransfer;
    m_ivf->setEnabled(!transfer);
    m_ivf->setChecked(transfer || m_ivfChosen);
    m_ivf->setToolTip(transfer ? tr("A failed transfer is always an IVF pregnancy.") : QString());
    QString hint;
    switch (kind) {
    case LossKind::FailedIvfTransfer:
        hint = tr("The day of the negative test, when support medication stops.");
        break;
    case LossKind::BiochemicalPregnancy:
        hint = tr("The day the test turned negative or bleeding began.");
        break;
    case LossKind::Miscarriage:
        hint = tr("The day of the miscarriage, or of the procedure.");
        break;
    case LossKind::Other:
        break;
    }
    m_dateHint->setText(hint);
    m_dateHint->setVisible(!hint.isEmpty());
}

Loss LossDialog::collect() const
{
    Loss l = m_loss;
    l.date = m_date->date();
    l.kind = comboValue<LossKind>(m_kind);
    l.gestationalWeek
        = m_week->value() < limits::minGestationalWeek ? std::nullopt : std::optional<int>(m_week->value());
    l.management = comboValue<Management>(m_management);
    l.notes = m_notes->toPlainText();
    l.conceivedByIvf = m_ivf->isChecked();
    return l;
}

void LossDialog::accept()
{
    if (m_date->refuseIfUnread(m_error))
        return;
    const Loss l = collect();
    const auto errors = validateLoss(l, m_birthDate, QDate::currentDate());
    if (!errors.isEmpty()) {
        showErrors(m_error, errors);
        switch (errors.constFirst().field) {
        case Field::GestationalWeek:
            m_week->setFocus();
            break;
        case Field::LossNotes:
            m_notes->setFocus();
            break;
        default:
            m_date->setFocus();
            break;
        }
        return;
    }
    m_loss = l;
    QDialog::accept();
}

void LossDialog::reject()
{
    if (m_unsaved.mayClose())
        QDialog::reject();
}

} // namespace rp
