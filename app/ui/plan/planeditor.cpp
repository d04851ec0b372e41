#include "planeditor.h"

#include "common/servernotice.h"
#include "common/unsavededits.h"

#include "heavybleedingnotice.h"
#include "plangridmodel.h"
#include "plansettingsdialog.h"
#include "shoppinglistdialog.h"

#include "core/datetext.h"
#include "core/terms.h"
#include "workspace/planservice.h"

#include "patients/formhelpers.h"
#include "shell/changedelsewhere.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCloseEvent>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QFontMetrics>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace rp {

PlanEditor::PlanEditor(PlanService &plans, std::unique_ptr<Planner> planner, const Patient &patient,
    const PlanPatient &planPatient, const Plan &plan, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_plans(plans)
    , m_planner(std::move(planner))
    , m_patient(patient)
    , m_planPatient(planPatient)
    , m_plan(plan)
    , m_gridModel(new PlanGridModel(*m_planner, this))
    , m_warningModel(new WarningModel(this))
    , m_grid(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_dayTitle(new QLabel(this))
    , m_rest(new QLabel(this))
    , m_restChoice(new QComboBox(this))
    , m_milestones(new QLabel(this))
    , m_locked(new QCheckBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_warningTitle(new QLabel(this))
    , m_warningList(new QListView(this))
    , m_keep(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_generate(new QPushButton(this))
    , m_settings(new QPushButton(this))
    , m_shopping(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_template(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_dayNotesLabel(new QLabel(this))
    , m_redFlags(new QLabel(this))
    , m_bleedingNotice(createHeavyBleedingNotice(this))
    , m_serverNotice(new ServerNotice(this))
{
    setObjectName(QStringLiteral("planEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_grid->setObjectName(QStringLiteral("planGrid"));
    m_grid->setModel(m_gridModel);
    // Tab leaves the grid for the day's side panel; the arrow keys move through days and meals.
    m_grid->setTabKeyNavigation(false);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->verticalHeader()->hide();
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_grid->horizontalHeader()->setDefaultSectionSize(130);
    m_grid->horizontalHeader()->resizeSection(PlanGridModel::Rest, 150);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_warningList->setObjectName(QStringLiteral("warningList"));
    m_warningList->setModel(m_warningModel);
    m_warningList->setWordWrap(true);
    m_warningList->setAlternatingRowColors(true);
    m_rest->setWordWrap(true);
    m_milestones->setWordWrap(true);
    m_heading->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("dayNotes"));
    m_notes->setTabChangesFocus(true);
    m_locked->setObjectName(QStringLiteral("dayLocked"));

    auto *side = new QWidget(this);
    auto *day = new QWidget(side);
    auto *checks = new QWidget(side);
    m_sideLayout = new QBoxLayout(QBoxLayout::TopToBottom, side);
    m_sideLayout->setContentsMargins(0, 0, 0, 0);
    m_sideLayout->addWidget(day, 1);
    m_sideLayout->addWidget(checks, 2);
    auto *sideLayout = new QVBoxLayout(day);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_dayTitle);
    sideLayout->addWidget(m_rest);
    sideLayout->addWidget(m_restChoice);
    sideLayout->addWidget(m_milestones);
    sideLayout->addWidget(m_locked);
    sideLayout->addWidget(m_dayNotesLabel);
    sideLayout->addWidget(m_notes, 1);
    m_redFlags->setObjectName(QStringLiteral("redFlags"));
    m_redFlags->setWordWrap(true);
    sideLayout = new QVBoxLayout(checks);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_redFlags);
    sideLayout->addWidget(m_warningTitle);
    sideLayout->addWidget(m_warningList, 2);
    sideLayout->addWidget(m_keep);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 260});

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_generate, m_settings, m_shopping, m_duplicate, m_template})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_bleedingNotice);
    layout->addWidget(m_serverNotice);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);

    connect(m_grid, &QTableView::activated, this, &PlanEditor::pickItem);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanEditor::showDay);
    connect(m_locked, &QCheckBox::toggled, this, [this](bool on) {
        if (PlanDay *d = m_plan.day(currentDay()); d && d->locked != on) {
            d->locked = on;
            markDirty();
            refresh();
        }
    });
    m_restChoice->setObjectName(QStringLiteral("restChoice"));
    connect(m_restChoice, &QComboBox::activated, this, [this] {
        PlanDay *d = m_plan.day(currentDay());
        const QString id = m_restChoice->currentData().toString();
        if (d && d->restId != id) {
            d->restId = id;
            d->edited = true;
            markDirty();
            refresh();
        }
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (PlanDay *d = m_plan.day(currentDay()); d && d->notes != m_notes->toPlainText()) {
            d->notes = m_notes->toPlainText();
            d->edited = true;
            markDirty();
        }
    });
    connect(m_keep, &QPushButton::clicked, this, &PlanEditor::keepSelectedWarning);
    connect(m_warningList, &QListView::activated, this, [this](const QModelIndex &i) {
        if (const PlanWarning *w = m_warningModel->itemAt(i)) {
            m_grid->setCurrentIndex(m_gridModel->index(w->day - 1, PlanGridModel::columnOf(w->slot)));
            // She goes to the meal it is about: Enter there picks another.
            m_grid->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_save, &QPushButton::clicked, this, &PlanEditor::save);
    connect(m_generate, &QPushButton::clicked, this, &PlanEditor::regenerate);
    connect(m_settings, &QPushButton::clicked, this, &PlanEditor::editSettings);
    connect(m_shopping, &QPushButton::clicked, this, &PlanEditor::showShoppingList);
    connect(m_duplicate, &QPushButton::clicked, this, &PlanEditor::duplicate);
    connect(m_template, &QPushButton::clicked, this, &PlanEditor::saveAsTemplate);
    m_print->setObjectName(QStringLiteral("printPlan"));
    m_keep->setObjectName(QStringLiteral("keepAnyway"));
    m_save->setObjectName(QStringLiteral("savePlan"));
    m_generate->setObjectName(QStringLiteral("generateAgain"));
    m_settings->setObjectName(QStringLiteral("planSettings"));
    m_shopping->setObjectName(QStringLiteral("shoppingListButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicatePlan"));
    m_template->setObjectName(QStringLiteral("saveAsTemplate"));
    connect(m_print, &QPushButton::clicked, this, [this] { requestPrint(false); });
    auto *printKey = new QShortcut(QKeySequence::Print, this);
    connect(printKey, &QShortcut::activated, this, [this] { requestPrint(false); });
    auto *exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportKey, &QShortcut::activated, this, [this] { requestPrint(true); });
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &PlanEditor::save);
    // Closed from the keyboard as a dialog is (it asks first when there are unsaved changes).
    auto *closeKey = new QShortcut(this);
    closeKey->setKeys(closeKeys());
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);
    // Delete on a meal empties it, as "Leave empty" in the picker does.
    m_grid->installEventFilter(this);

    // Tab follows the screen: the grid, the day's side panel top to bottom, then the buttons
    // left to right (Save, far right, last).
    m_dayNotesLabel->setBuddy(m_notes);
    setTabChain({m_grid, m_restChoice, m_locked, m_notes, m_warningList, m_keep, m_generate, m_settings, m_shopping,
        m_duplicate, m_template, m_print, m_save});

    connect(m_gridModel, &QAbstractItemModel::modelReset, this, &PlanEditor::fitDayColumn);
    retranslate();
    refresh();
    fitDayColumn();
    // A plan that is running opens on today: the day she is on is the one asked about.
    int todayRow = 0;
    for (int row = 0; row < m_plan.days.size(); ++row)
        if (m_plan.days.at(row).date == QDate::currentDate())
            todayRow = row;
    m_grid->setCurrentIndex(m_gridModel->index(todayRow, PlanGridModel::Breakfast));
    // Once laid out, and by its day column: scrolling to the meal itself scrolled the days away.
    QTimer::singleShot(0, this, [this, todayRow] {
        m_grid->scrollTo(m_gridModel->index(todayRow, PlanGridModel::Day), QAbstractItemView::PositionAtCenter);
    });
    resize(1400, 820);
}

PlanEditor::~PlanEditor()
{
    // Hidden while the planner still exists: hiding the grid measures its rows, which reads the
    // planner (an editor deleted while on screen, say with its main window, crashed here).
    hide();
}

int PlanEditor::currentDay() const
{
    return m_grid->currentIndex().isValid() ? m_grid->currentIndex().row() + 1 : 0;
}

void PlanEditor::refresh()
{
    m_warnings = m_planner->warnings(m_plan, m_planPatient);
    // Rows and columns, not the index: a shorter plan resets the model, and the old index is stale.
    const int row = m_grid->currentIndex().isValid() ? m_grid->currentIndex().row() : 0;
    const int column = m_grid->currentIndex().isValid() ? m_grid->currentIndex().column() : PlanGridModel::Breakfast;
    m_gridModel->setPlan(m_plan, m_warnings);
    m_warningModel->setWarnings(m_warnings);
    if (m_gridModel->rowCount() > 0)
        m_grid->setCurrentIndex(m_gridModel->index(std::min(row, m_gridModel->rowCount() - 1), column));
    int open = 0;
    for (const PlanWarning &w : m_warnings)
        open += !w.keptAnyway();
    QStringList flags;
    for (const QString &id : m_planner->redFlagsFor(m_planPatient)) {
        if (const LibraryItem *f = m_planner->item(id))
            flags << f->name.in(currentLanguage());
    }
    m_redFlags->setText(tr("<b>Red flags printed with this plan:</b> %1").arg(flags.size()));
    m_redFlags->setToolTip(flags.join(u'\n'));
    m_warningTitle->setText(m_warnings.isEmpty()
            ? tr("<b>No warnings.</b> Every item fits her and its day.")
            : tr("<b>Warnings: %1</b> (%2 kept anyway)").arg(open).arg(m_warnings.size() - open));
    m_keep->setEnabled(!m_warnings.isEmpty());
    m_bleedingNotice->setVisible(m_plan.settings.heavyBleeding);
    showDay();
}

void PlanEditor::showDay()
{
    const PlanDay *d = m_plan.day(currentDay());
    const Language lang = currentLanguage();
    if (!d) {
        m_dayTitle->clear();
        return;
    }
    m_dayTitle->setText(tr("<b>Day %1</b>, %2 · %3").arg(d->day).arg(displayDate(d->date), displayName(d->phase)));
    const LibraryItem *rest = m_planner->item(d->restId);
    m_rest->setText(rest ? tr("<b>Rest:</b> %1").arg(rest->description.in(lang).toHtmlEscaped()) : QString());
    QStringList milestones;
    for (const QString &id : d->milestoneIds) {
        if (const LibraryItem *m = m_planner->item(id))
            milestones << m->name.in(lang).toHtmlEscaped();
    }
    m_milestones->setText(
        milestones.isEmpty() ? QString() : tr("<b>Milestones:</b> %1").arg(milestones.join(listSeparator())));
    const QSignalBlocker b1(m_locked), b2(m_notes), b3(m_restChoice);
    m_restChoice->clear();
    for (const LibraryItem &item : m_planner->library()) {
        if (item.kind == ItemKind::DailyRest)
            m_restChoice->addItem(item.name.in(lang), item.id);
    }
    m_restChoice->setCurrentIndex(m_restChoice->findData(d->restId));
    m_restChoice->setToolTip(tr("Choose another rest-and-activity line for this day"));
    m_locked->setChecked(d->locked);
    if (m_notes->toPlainText() != d->notes)
        m_notes->setPlainText(d->notes);
}

void PlanEditor::markDirty()
{
    m_dirty = true;
    setWindowTitle(windowTitle().startsWith(u'*') ? windowTitle() : u'*' + windowTitle());
}

void PlanEditor::setSlot(int dayNumber, Slot slot, const QString &itemId)
{
    PlanDay *d = m_plan.day(dayNumber);
    if (!d)
        return;
    if (itemId.isEmpty())
        d->clearEntry(slot);
    else
        d->setEntry(slot, itemId);
    d->edited = true;
    markDirty();
    refresh();
}

void PlanEditor::keepAnyway(int dayNumber, Slot slot, const QString &reason)
{
    PlanDay *d = m_plan.day(dayNumber);
    if (!d || !d->entry(slot))
        return;
    QStringList keys;
    for (const PlanWarning &w : m_warnings) {
        if (w.day == dayNumber && w.slot == slot)
            keys << w.key();
    }
    d->setEntry(slot, d->entry(slot)->itemId, reason.trimmed(), keys);
    d->edited = true;
    markDirty();
    refresh();
}

void PlanEditor::pickItem(const QModelIndex &index)
{
    const auto slot = PlanGridModel::slotOf(index.column());
    if (!slot)
        return;
    ItemPickerDialog picker(*m_planner, m_plan, m_planPatient, index.row() + 1, *slot, this);
    if (picker.exec() == QDialog::Accepted)
        setSlot(index.row() + 1, *slot, picker.chosenId());
}

void PlanEditor::keepSelectedWarning()
{
    const PlanWarning *w = m_warningModel->itemAt(m_warningList->currentIndex());
    if (!w && !m_warnings.isEmpty())
        w = &m_warnings.constFirst();
    if (!w)
        return;
    const PlanWarning warning = *w;
    // Every warning on this item is shown: the reason answers all of them, and only them.
    QStringList all;
    for (const PlanWarning &other : m_warnings) {
        if (other.day == warning.day && other.slot == warning.slot)
            all << QStringLiteral("• ") + other.reason.in(currentLanguage());
    }
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("keepReasonDialog"));
    ask.setWindowTitle(tr("Keep anyway"));
    ask.setLabelText(tr("%1\n\nWhy keep it? The reason is saved with the plan and never printed for the patient.")
                         .arg(all.join(u'\n')));
    ask.setOption(QInputDialog::UsePlainTextEditForTextInput);
    ask.setTextValue(warning.keepReason);
    // A reason box that lets go: Tab moves on to the buttons, Enter is OK (Shift+Enter a new line).
    if (auto *box = ask.findChild<QPlainTextEdit *>())
        enterAccepts(box, &ask);
    const QString reason = ask.exec() == QDialog::Accepted ? ask.textValue() : QString();
    if (!reason.trimmed().isEmpty())
        keepAnyway(warning.day, warning.slot, reason);
}

void PlanEditor::regenerate()
{
    m_plan = m_planner->generate(m_planPatient, m_plan.settings, &m_plan);
    markDirty();
    refresh();
}

void PlanEditor::editSettings()
{
    PlanSettingsDialog dialog(*m_planner, m_patient, m_plan.settings, m_plan.title, m_plan.lossId, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_plan.title = dialog.title();
    const PlanSettings before = m_plan.settings;
    const PlanSettings after = dialog.settings();
    const bool mealsAffected = before.start != after.start || before.days != after.days
        || before.expelUntil != after.expelUntil || before.regulateUntil != after.regulateUntil
        || before.practitionerItems != after.practitionerItems || before.heavyBleeding != after.heavyBleeding
        || before.wineChosen != after.wineChosen;
    if (mealsAffected) {
        // The new settings re-fill the days she has not locked or edited: say so first.
        const auto answer = QMessageBox::question(this, tr("Fill the days again?"),
            tr("These settings change which foods fit. Fill again every day you have not locked or edited?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            m_plan = m_planner->generate(m_planPatient, after, &m_plan);
        else
            m_plan.settings = after;
    } else {
        // Only the title or follow-up days changed: the meals stay, the milestones move.
        m_plan.settings = after;
        for (PlanDay &d : m_plan.days)
            d.milestoneIds = m_planner->milestonesFor(m_planPatient, after, d.day, d.date);
    }
    markDirty();
    retranslate();
    refresh();
}

void PlanEditor::requestPrint(bool exportPdf)
{
    if (m_dirty) {
        const auto answer = QMessageBox::question(this, tr("Save before printing"),
            tr("The printout shows the plan as saved. Save your changes now and print?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return;
    }
    emit printRequested(m_plan.id, exportPdf);
}

bool PlanEditor::save()
{
    if (const StorageError e = m_plans.save(m_plan); e.isError()) {
        if (e.code == StorageError::Code::Conflict)
            return resolveConflict();
        QMessageBox::warning(this, tr("The plan was not saved"), e.message);
        return false;
    }
    m_dirty = false;
    m_serverNotice->saved();
    retranslate();
    emit saved(m_plan.id);
    return true;
}

void PlanEditor::followServer(ConnectionWatch *watch)
{
    m_serverNotice->follow(watch);
}

// Another desk saved this plan first: show theirs, or keep hers as a new plan beside it.
bool PlanEditor::resolveConflict()
{
    switch (askAboutChangeElsewhere(this, tr("this plan"),
        tr("“Keep mine as a copy” saves your version as a new plan for the same "
           "loss, next to the other desk's."))) {
    case ChangedElsewhere::Reload: {
        const Result<Plan> latest = m_plans.load(m_plan.id);
        if (!latest) {
            QMessageBox::warning(this, tr("Cannot open this plan"), latest.error().message);
            return false;
        }
        m_plan = *latest;
        m_dirty = false;
        retranslate();
        refresh();
        return false; // her edits were not saved
    }
    case ChangedElsewhere::KeepCopy: {
        if (const StorageError e = m_plans.saveAsCopy(m_plan); e.isError()) {
            QMessageBox::warning(this, tr("The plan was not saved"), e.message);
            return false;
        }
        m_dirty = false;
        retranslate();
        refresh();
        emit saved(m_plan.id);
        return true;
    }
    case ChangedElsewhere::Cancel:
        break;
    }
    return false;
}

void PlanEditor::showShoppingList()
{
    ShoppingListDialog dialog(*m_planner, m_plan, m_planPatient, this);
    dialog.exec();
}

void PlanEditor::duplicate()
{
    if (m_dirty && !save())
        return;
    const Result<Plan> copy = m_plans.duplicate(m_plan);
    if (!copy) {
        QMessageBox::warning(this, tr("The plan was not copied"), copy.error().message);
        return;
    }
    QMessageBox::information(
        this, tr("Plan copied"), tr("“%1” was saved as a new plan for %2.").arg(copy->title, m_patient.displayName()));
    emit saved(copy->id);
}

void PlanEditor::saveAsTemplate()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Save as a clinic template"),
        tr("Name the template (her name and notes are not copied):"), QLineEdit::Normal, m_plan.title, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    if (const Result<qint64> saved = m_plans.saveAsTemplate(m_plan, title.trimmed()); !saved)
        QMessageBox::warning(this, tr("The template was not saved"), saved.error().message);
}

bool PlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto slot = PlanGridModel::slotOf(m_grid->currentIndex().column());
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && slot
            && !(key->modifiers() & ~Qt::KeypadModifier)) {
            if (const PlanDay *d = m_plan.day(currentDay()); d && d->entry(*slot))
                setSlot(currentDay(), *slot, QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlanEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // A new language or text size changes how wide "Day 12 · Regulate (調)" is.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &PlanEditor::fitDayColumn);
    QWidget::changeEvent(event);
}

// Each meal column as narrow as its longest word and its header allow (names wrap between words,
// never inside one) with room for the warning mark, and no wider than 140 px: more of the week's
// columns fit a 1024-px screen. The rest column is fitted the same way.
int PlanEditor::fitMealColumns(int padding)
{
    int total = 0;
    QHeaderView *header = m_grid->horizontalHeader();
    const QFontMetrics headerMetrics(header->font());
    const QFontMetrics metrics(m_grid->font());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const int mark = m_grid->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_grid) + 4;
    for (int column = PlanGridModel::Breakfast; column < PlanGridModel::Milestones; ++column) {
        int width = headerMetrics.horizontalAdvance(m_gridModel->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < m_gridModel->rowCount(); ++row) {
            const QString text = m_gridModel->index(row, column).data().toString();
            for (const QString &word : text.split(space, Qt::SkipEmptyParts))
                width = std::max(width, metrics.horizontalAdvance(word));
        }
        const int fitted = std::clamp(width + padding + mark + 6, 70, 140);
        header->resizeSection(column, fitted);
        total += fitted;
    }
    return total;
}

// The day column fits its longest line: a label too wide for its cell is drawn on one line and
// cut ("Day 1 · Expel (排)…"), losing the date below it.
void PlanEditor::fitDayColumn()
{
    int width = 0;
    for (int row = 0; row < m_gridModel->rowCount(); ++row) {
        const QModelIndex index = m_gridModel->index(row, PlanGridModel::Day);
        QFont font = m_grid->font();
        if (const QVariant f = index.data(Qt::FontRole); f.isValid())
            font = f.value<QFont>().resolve(m_grid->font());
        const QFontMetrics metrics(font);
        for (const QString &line : index.data().toString().split(QLatin1Char('\n')))
            width = std::max(width, metrics.horizontalAdvance(line));
    }
    const int padding = 2 * m_grid->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_grid) + 12;
    const int day = std::max(width + padding, 120);
    m_grid->horizontalHeader()->resizeSection(PlanGridModel::Day, day);
    m_columnsWidth = day + fitMealColumns(padding) + 120; // and the milestones at their narrowest
    // Two lines of the label as drawn: 排 調 補 come from the CJK face, whose lines are taller than
    // the Latin face's, and the rows' own size hints leave that out (the date line was cut off).
    QFont bold = m_grid->font();
    bold.setBold(true);
    int line = 0;
    for (const QString &family : bold.families()) {
        QFont face = bold;
        face.setFamilies({family});
        line = std::max(line, QFontMetrics(face).lineSpacing());
    }
    m_grid->verticalHeader()->setMinimumSectionSize(2 * line + 4);
    arrangeForWidth();
}

void PlanEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeForWidth();
}

// Wide enough for every column and the day's panel beside them, or compact (see m_compact).
void PlanEditor::arrangeForWidth()
{
    if (!m_columnsWidth)
        return; // not fitted yet
    const int columns = m_columnsWidth;
    const int panel = 280;
    const int chrome = m_grid->verticalScrollBar()->sizeHint().width() + 2 * m_grid->frameWidth()
        + m_splitter->handleWidth() + layout()->contentsMargins().left() + layout()->contentsMargins().right();
    const bool compact = width() < columns + panel + chrome;
    // Under the grid, the panel shows the day's rest and milestones; the grid keeps their columns
    // while they fit across.
    const bool narrow = width() < columns + chrome;
    m_grid->setColumnHidden(PlanGridModel::Rest, narrow);
    m_grid->setColumnHidden(PlanGridModel::Milestones, narrow);
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_splitter->setOrientation(compact ? Qt::Vertical : Qt::Horizontal);
    m_sideLayout->setDirection(compact ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_sideLayout->setSpacing(compact ? 12 : -1);
    // Compact: the panel no taller than it reads well (about 15 lines), the grid the rest.
    QWidget *side = m_splitter->widget(1);
    side->setMaximumHeight(compact ? 15 * fontMetrics().lineSpacing() : QWIDGETSIZE_MAX);
    m_splitter->setSizes(compact ? QList<int>{4 * height(), height()} : QList<int>{4 * width(), width()});
}

void PlanEditor::closeEvent(QCloseEvent *event)
{
    if (m_dirty) {
        const UnsavedChoice answer = UnsavedEdits::ask(this, tr("Save the changes to this plan before closing?"));
        if (answer == UnsavedChoice::Cancel || (answer == UnsavedChoice::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void PlanEditor::retranslate()
{
    const QString title = tr("%1 — %2").arg(shownPlanTitle(m_plan.title), m_patient.displayName());
    setWindowTitle(m_dirty ? u'*' + title : title);
    const PlanDay *last = m_plan.days.isEmpty() ? nullptr : &m_plan.days.constLast();
    m_heading->setText(tr("<b>%1</b> · %2 · %3 to %4 · %5 days")
                           .arg(m_patient.displayName().toHtmlEscaped(), shownPlanTitle(m_plan.title).toHtmlEscaped(),
                               displayDate(m_plan.settings.start), last ? displayDate(last->date) : QString())
                           .arg(m_plan.settings.days));
    m_locked->setText(tr("&Lock this day (Generate leaves it alone)"));
    m_dayNotesLabel->setText(tr("N&otes for the day:"));
    m_grid->setAccessibleName(tr("Days of the plan"));
    m_grid->setAccessibleDescription(tr("One row a day. Enter chooses the item for a meal; Delete empties it."));
    m_restChoice->setAccessibleName(tr("Rest and activity for the day"));
    m_warningList->setAccessibleName(tr("Warnings"));
    m_warningList->setAccessibleDescription(tr("Enter goes to the meal the warning is about."));
    m_keep->setText(tr("&Keep anyway…"));
    m_keep->setToolTip(tr("Keep the selected warning's item, with a reason that is never printed"));
    m_save->setText(tr("&Save"));
    m_generate->setText(tr("&Generate again"));
    m_generate->setToolTip(tr("Fill the days again by the rules; locked and edited days stay as they are"));
    m_settings->setText(tr("Se&ttings…"));
    m_shopping->setText(tr("S&hopping list…"));
    m_duplicate->setText(tr("&Duplicate"));
    m_template->setText(tr("Save as te&mplate…"));
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Print or export for the patient (%1; %2 exports a PDF)")
                            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText),
                                QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)));
    m_gridModel->retranslate();
    showDay();
    refresh();
}

} // namespace rp
