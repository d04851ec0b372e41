#include "plansettingsdialog.h"

#include "heavybleedingnotice.h"

#include "common/fitonscreen.h"
#include "core/datetext.h"
#include "core/terms.h"
#include "patients/datefield.h"
#include "patients/formhelpers.h"

#include <QAbstractListModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace rp {

PlanSettingsDialog::PlanSettingsDialog(const Planner &planner, const Patient &patient, const PlanSettings &settings,
    const QString &title, qint64 lossId, const QList<QPair<QString, qint64>> &templates, QWidget *parent)
    : QDialog(parent)
    , m_planner(planner)
    , m_patient(patient)
    , m_settings(settings)
    , m_title(title)
    , m_lossId(lossId)
    , m_newPlan(lossId == 0)
    , m_loss(new QComboBox(this))
    , m_startFrom(new QComboBox(this))
    , m_titleEdit(new QLineEdit(shownPlanTitle(title), this))
    , m_start(new DateField(this))
    , m_days(new QSpinBox(this))
    , m_expelUntil(new QSpinBox(this))
    , m_regulateUntil(new QSpinBox(this))
    , m_followUps(new QLineEdit(this))
    , m_heavyBleeding(new QCheckBox(this))
    , m_bleedingNotice(createHeavyBleedingNotice(this))
    , m_wine(new QCheckBox(this))
    , m_wineReason(new QLabel(this))
    , m_error(createErrorLabel(this))
{
    setObjectName(QStringLiteral("planSettingsDialog"));
    setWindowTitle(m_newPlan ? tr("New plan for %1").arg(patient.displayName()) : tr("Plan settings"));
    // Most recent loss first: the one a new plan is usually for.
    for (int i = int(patient.losses.size()) - 1; i >= 0; --i) {
        const Loss &l = patient.losses.at(i);
        m_loss->addItem(tr("%1: %2").arg(displayDate(l.date), displayName(l.kind)), l.id);
    }
    if (!m_newPlan)
        m_loss->setCurrentIndex(m_loss->findData(lossId));
    m_loss->setEnabled(m_newPlan);
    m_days->setRange(planlimits::minDays, planlimits::maxDays);
    m_expelUntil->setRange(1, planlimits::maxDays);
    m_regulateUntil->setRange(2, planlimits::maxDays);

    m_startFrom->setObjectName(QStringLiteral("startFrom"));
    m_loss->setObjectName(QStringLiteral("planLoss"));
    m_titleEdit->setObjectName(QStringLiteral("planTitle"));
    m_start->setObjectName(QStringLiteral("planStart"));
    m_days->setObjectName(QStringLiteral("planDays"));
    m_expelUntil->setObjectName(QStringLiteral("expelUntil"));
    m_regulateUntil->setObjectName(QStringLiteral("regulateUntil"));
    m_followUps->setObjectName(QStringLiteral("followUpDays"));
    m_startFrom->addItem(tr("The planner's rules, for her"), 0);
    for (const auto &[name, id] : templates)
        m_startFrom->addItem(tr("Template: %1").arg(name), id);
    auto *form = new QFormLayout;
    form->addRow(tr("&Loss:"), m_loss);
    if (m_newPlan && !templates.isEmpty())
        form->addRow(tr("Start fr&om:"), m_startFrom);
    else
        m_startFrom->hide();
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Starts on:"), m_start);
    form->addRow(tr("&Days:"), m_days);
    form->addRow(tr("&Expel (排) until day:"), m_expelUntil);
    form->addRow(tr("&Regulate (調) until day:"), m_regulateUntil);
    form->addRow(tr("&Follow-up visits on days:"), m_followUps);
    addSafetyRows(form, settings);
    // A shorter or longer plan moves the phase boundaries with it, keeping their proportions.
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        const auto [expel, regulate] = PlanSettings::defaultPhases(days);
        if (m_regulateUntil->value() >= days || m_expelUntil->value() >= m_regulateUntil->value()) {
            m_expelUntil->setValue(expel);
            m_regulateUntil->setValue(regulate);
        }
    });

    // The items scroll inside their box when the dialog is set smaller than all of it (large
    // text on a 768-pixel screen); the settings above them never do.
    auto *items = new QGroupBox(tr("Practitioner-only items for this plan"), this);
    auto *itemsScroll = new QScrollArea(items);
    itemsScroll->setFrameShape(QFrame::NoFrame);
    itemsScroll->setWidgetResizable(true);
    itemsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    itemsScroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the items; the area scrolls to the one in focus
    auto *itemsList = new QWidget(itemsScroll);
    auto *itemsLayout = new QVBoxLayout(itemsList);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    (new QVBoxLayout(items))->addWidget(itemsScroll);
    for (const LibraryItem &item : planner.library()) {
        if (!item.practitionerOnly)
            continue;
        auto *box = new QCheckBox(item.screenName(currentLanguage()), itemsList);
        box->setObjectName(QStringLiteral("tick-") + item.id);
        box->setChecked(settings.practitionerItems.contains(item.id));
        itemsLayout->addWidget(box);
        m_items.insert(item.id, box);
    }
    itemsScroll->setWidget(itemsList);
    // All of them when there is room: the scroll area's own hint stops at a few rows.
    itemsScroll->setMinimumHeight(std::min(itemsList->sizeHint().height(), 3 * (fontMetrics().height() + 8)));
    m_itemsScroll = itemsScroll;
    connect(m_loss, &QComboBox::currentIndexChanged, this, &PlanSettingsDialog::lossChanged);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_newPlan ? tr("Create plan") : tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(items);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (m_newPlan)
        lossChanged();
    else {
        m_start->setDate(settings.start);
        m_days->setValue(settings.days);
        m_expelUntil->setValue(settings.expelUntil);
        m_regulateUntil->setValue(settings.regulateUntil);
        QStringList days;
        for (int d : settings.followUpDays)
            days << QString::number(d);
        m_followUps->setText(days.join(QStringLiteral(", ")));
        lossChanged();
    }
    m_unsaved.mark();
}
void PlanSettingsDialog::reject()
{
    if (m_unsaved.mayClose())
        QDialog::reject();
}

void PlanSettingsDialog::addSafetyRows(QFormLayout *form, const PlanSettings &settings)
{
    m_heavyBleeding->setObjectName(QStringLiteral("heavyBleeding"));
    m_heavyBleeding->setText(tr("She is still &bleeding heavily (tonics and blood-moving items are held)"));
    m_heavyBleeding->setChecked(settings.heavyBleeding);
    form->addRow(QString(), m_heavyBleeding);
    // Said at once, where it is ticked: no plan is a way to manage heavy bleeding.
    form->addRow(m_bleedingNotice);
    m_bleedingNotice->setVisible(settings.heavyBleeding);
    connect(m_heavyBleeding, &QCheckBox::toggled, this, [this](bool on) {
        m_bleedingNotice->setVisible(on);
        updateWine(); // heavy bleeding holds wine too
        // Grow to show the whole notice once the layout has measured its lines.
        QTimer::singleShot(0, this, [this] {
            if (height() < sizeHint().height()) {
                resize(width(), sizeHint().height());
                fitOnScreen(this);
            }
        });
    });

    m_wine->setObjectName(QStringLiteral("wineChosen"));
    m_wine->setText(tr("Dishes cooked with &wine (the practitioner's choice)"));
    m_wine->setChecked(settings.wineChosen);
    form->addRow(QString(), m_wine);
    m_wineReason->setObjectName(QStringLiteral("wineReason"));
    m_wineReason->setWordWrap(true);
    m_wineReason->setTextFormat(Qt::PlainText);
    m_wineReason->setBuddy(m_wine);
    form->addRow(m_wineReason);
    updateWine();
}

// Wine dishes are the practitioner's choice, unless something holds alcohol for her: the same
// rule the planner follows (Planner::wineHeldBy), so the box never offers what the plan leaves out.
void PlanSettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Every item visible where the screen allows it, never taller than the screen.
    resize(width(),
        std::max(
            height(), sizeHint().height() + m_itemsScroll->widget()->sizeHint().height() - m_itemsScroll->height()));
    fitOnScreen(this);
}

void PlanSettingsDialog::updateWine()
{
    PlanSettings probe;
    probe.wineChosen = true;
    probe.heavyBleeding = m_heavyBleeding->isChecked();
    const Loss *loss = chosenLoss();
    const PlanPatient patient = PlanPatient::forLoss(m_patient, loss ? loss->id : 0);
    QStringList why;
    for (Tag t : Planner::wineHeldBy(patient, probe)) {
        switch (t) {
        case Tag::HepatitisAlcohol:
            why << displayName(Condition::Hepatitis);
            break;
        case Tag::PlanningToConceive:
            why << displayName(Condition::PlanningToConceive);
            break;
        case Tag::Breastfeeding:
            why << displayName(Condition::Breastfeeding);
            break;
        case Tag::HeatConstitution:
            why << (m_patient.constitution == Constitution::NotAssessed ? tr("her constitution is not yet assessed")
                                                                        : displayName(m_patient.constitution));
            break;
        default:
            why << displayName(t);
            break;
        }
    }
    m_wine->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        m_wine->setChecked(false);
    m_wineReason->setText(why.isEmpty()
            ? QString()
            : tr("Not for her: %1. No dish cooked with wine is planned.").arg(why.join(listSeparator())));
    m_wineReason->setVisible(!why.isEmpty());
}

qint64 PlanSettingsDialog::templateId() const
{
    return m_startFrom->currentData().toLongLong();
}

const Loss *PlanSettingsDialog::chosenLoss() const
{
    const qint64 id = m_loss->currentData().toLongLong();
    for (const Loss &l : m_patient.losses) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

void PlanSettingsDialog::lossChanged()
{
    const Loss *loss = chosenLoss();
    if (!loss)
        return;
    if (m_newPlan) {
        const PlanSettings d = Planner::defaultSettings(*loss, QDate::currentDate());
        m_start->setDate(d.start);
        m_days->setValue(d.days);
        m_expelUntil->setValue(d.expelUntil);
        m_regulateUntil->setValue(d.regulateUntil);
        QStringList days;
        for (int day : d.followUpDays)
            days << QString::number(day);
        m_followUps->setText(days.join(QStringLiteral(", ")));
        if (m_titleEdit->text().isEmpty() || m_titleEdit->isModified() == false)
            m_titleEdit->setText(defaultPlanTitle(loss->date));
    }
    // What rules an item out for her (her constitution, her conditions, this loss) cannot be
    // ticked in; the box says why.
    const PlanPatient probe = PlanPatient::forLoss(m_patient, loss->id);
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        const LibraryItem *item = m_planner.item(it.key());
        QStringList why;
        if (item) {
            for (Tag t : Planner::exclusions(*item, probe))
                why << displayName(t);
        }
        it.value()->setEnabled(why.isEmpty());
        if (!why.isEmpty())
            it.value()->setChecked(false);
        it.value()->setToolTip(why.isEmpty() ? QString() : tr("Not for her: %1").arg(why.join(listSeparator())));
    }
}

PlanSettings PlanSettingsDialog::collect() const
{
    PlanSettings s = m_settings;
    s.start = m_start->date();
    s.days = m_days->value();
    s.expelUntil = m_expelUntil->value();
    s.regulateUntil = m_regulateUntil->value();
    s.heavyBleeding = m_heavyBleeding->isChecked();
    s.wineChosen = m_wine->isEnabled() && m_wine->isChecked();
    s.followUpDays.clear();
    for (const QString &part :
        m_followUps->text().split(QRegularExpression(QStringLiteral("[,;\\s、，]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.toInt(&ok);
        s.followUpDays << (ok ? d : -1);
    }
    s.practitionerItems.clear();
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (it.value()->isChecked())
            s.practitionerItems << it.key();
    }
    return s;
}

void PlanSettingsDialog::accept()
{
    if (m_start->refuseIfUnread(m_error))
        return;
    const PlanSettings s = collect();
    QStringList problems = Planner::checkSettings(s);
    const Loss *loss = chosenLoss();
    if (!loss)
        problems.prepend(tr("Add her loss to the patient's record first: a plan belongs to one loss."));
    else if (s.start < loss->date)
        problems << tr("The plan cannot start before the loss.");
    if (!problems.isEmpty()) {
        showError(m_error, problems.join(u'\n'));
        return;
    }
    m_settings = s;
    m_title = m_titleEdit->text().trimmed();
    m_lossId = loss->id;
    QDialog::accept();
}

namespace {

// The picker's list: every item for the slot, those that fit first, each with why it does not.
class CandidateModel : public QAbstractListModel
{
public:
    struct Row
    {
        QString id;
        QString text;
        bool fits;
    };
    QList<Row> rows;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Row &r = rows.at(index.row());
        if (role == Qt::DisplayRole)
            return r.text;
        if (role == Qt::UserRole)
            return r.id;
        if (role == Qt::ForegroundRole && !r.fits)
            return QBrush(QColor(0x8a, 0x1c, 0x1c));
        return {};
    }
};

} // namespace

ItemPickerDialog::ItemPickerDialog(
    const Planner &planner, const Plan &plan, const PlanPatient &patient, int day, Slot slot, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("itemPicker"));
    setWindowTitle(tr("Day %1 · %2").arg(day).arg(displayName(slot)));
    auto *model = new CandidateModel;
    model->setParent(this);
    const Phase phase = Planner::phaseOf(plan.settings, day);
    for (const LibraryItem *item : planner.candidates(plan, patient, day, slot)) {
        QStringList why;
        for (Tag t : Planner::exclusions(*item, patient))
            why << displayName(t);
        if (!item->phases.contains(phase))
            why << tr("outside its phase");
        if ((item->fromDay && day < *item->fromDay) || (item->untilDay && day > *item->untilDay))
            why << tr("not on this day");
        const QString name = item->screenName(currentLanguage());
        model->rows << CandidateModel::Row{item->id,
            why.isEmpty() ? name : tr("%1 — not for her: %2").arg(name, why.join(listSeparator())), why.isEmpty()};
    }
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(this);
    auto *filter = m_filter;
    filter->setObjectName(QStringLiteral("pickerFilter"));
    filter->setAccessibleName(tr("Filter the items"));
    filter->setAccessibleDescription(tr("Down arrow goes to the list; Enter chooses the only match."));
    filter->setPlaceholderText(tr("Filter"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_list = new QListView(this);
    auto *list = m_list;
    list->setObjectName(QStringLiteral("pickerList"));
    list->setAccessibleName(tr("Items for this meal"));
    filter->installEventFilter(this);
    list->setModel(proxy);
    // What she types decides what Enter picks, never a row the filter happened to leave highlighted.
    connect(filter, &QLineEdit::textChanged, list, [list] { list->setCurrentIndex({}); });
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (const PlanDay *d = plan.day(day); d && d->entry(slot)) {
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(Qt::UserRole).toString() == d->entry(slot)->itemId)
                list->setCurrentIndex(proxy->index(r, 0));
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *clear = buttons->addButton(tr("&Leave empty"), QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, list] {
        if (!list->currentIndex().isValid() && list->model()->rowCount() == 1)
            list->setCurrentIndex(list->model()->index(0, 0));
        if (!list->currentIndex().isValid()) {
            // Several match and none is chosen: she picks one in the list.
            if (list->model()->rowCount() > 0) {
                list->setCurrentIndex(list->model()->index(0, 0));
                list->setFocus(Qt::OtherFocusReason);
            }
            return;
        }
        m_chosen = list->currentIndex().data(Qt::UserRole).toString();
        QDialog::accept();
    });
    enterOpens(list);
    connect(list, &QListView::activated, this, [this](const QModelIndex &i) {
        m_chosen = i.data(Qt::UserRole).toString();
        QDialog::accept();
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_chosen.clear();
        QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(520, 560);
    filter->setFocus();
}

bool ItemPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_list->model()->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_list->model()->index(0, 0));
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace rp
