#include "librarywindow.h"

#include "itemdetails.h"
#include "itemdialog.h"
#include "librarymodel.h"

#include "patients/formhelpers.h"

#include "core/terms.h"
#include "workspace/libraryservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rp {

namespace {

// Refills a filter combo in the current language, keeping what was chosen.
template <typename E> void refill(QComboBox *combo, const QString &any, const QList<E> &values)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(any, QString());
    for (E v : values)
        combo->addItem(displayName(v), codeOf(v));
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

template <typename E> std::optional<E> chosen(const QComboBox *combo)
{
    return fromCode<E>(combo->currentData().toString());
}

} // namespace

LibraryWindow::LibraryWindow(LibraryService &library, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_library(library)
    , m_model(new LibraryModel(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_slot(new QComboBox(this))
    , m_constitution(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_showHidden(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_hide(new QPushButton(this))
{
    setObjectName(QStringLiteral("libraryWindow"));
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_phase->setObjectName(QStringLiteral("phaseFilter"));
    m_slot->setObjectName(QStringLiteral("slotFilter"));
    m_constitution->setObjectName(QStringLiteral("constitutionFilter"));
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_showHidden->setObjectName(QStringLiteral("showHidden"));
    m_count->setObjectName(QStringLiteral("libraryCount"));
    m_add->setObjectName(QStringLiteral("newItem"));
    m_edit->setObjectName(QStringLiteral("editItem"));
    m_reset->setObjectName(QStringLiteral("resetItem"));
    m_hide->setObjectName(QStringLiteral("hideItem"));

    m_table->setModel(m_model);
    // Tab goes on to the next control; the arrow keys move within the table.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryModel::Name, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_details->setObjectName(QStringLiteral("itemDetails"));
    m_details->setOpenLinks(false);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({830, 420});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QComboBox *c : {m_kind, m_phase, m_slot, m_constitution, m_tag}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(c);
    }
    filters->addWidget(m_showHidden);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    for (QPushButton *b : {m_add, m_edit, m_reset, m_hide})
        buttons->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &LibraryWindow::applyFilter);
    for (QComboBox *c : {m_kind, m_phase, m_slot, m_constitution, m_tag})
        connect(c, &QComboBox::currentIndexChanged, this, &LibraryWindow::applyFilter);
    connect(m_showHidden, &QCheckBox::toggled, this, &LibraryWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryWindow::showCurrent);
    connect(m_table, &QTableView::activated, this, &LibraryWindow::editItem);
    connect(m_add, &QPushButton::clicked, this, &LibraryWindow::addItem);
    connect(m_edit, &QPushButton::clicked, this, &LibraryWindow::editItem);
    connect(m_reset, &QPushButton::clicked, this, &LibraryWindow::resetItem);
    connect(m_hide, &QPushButton::clicked, this, &LibraryWindow::toggleHidden);

    // Closed from the keyboard as a dialog is.
    auto *closeKey = new QShortcut(this);
    closeKey->setKeys(closeKeys());
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);
    // Tab follows the screen (search, filters, list, details, buttons); Down goes from the search
    // field straight into the list (eventFilter).
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_search->installEventFilter(this);

    retranslate();
    reload();
    resize(1280, 760);
}

void LibraryWindow::reload()
{
    const QString id = current() ? current()->item.id : QString();
    const Result<QList<LibraryEntry>> entries = m_library.entries();
    m_model->setEntries(entries.valueOr({}));
    if (!entries)
        report(tr("Cannot read the library"), entries.error());
    selectItem(id);
    applyFilter();
}

void LibraryWindow::selectItem(const QString &id)
{
    QModelIndex index = m_model->indexOfId(id);
    if (!index.isValid())
        index = m_model->index(0, 0);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    showCurrent();
}

const LibraryEntry *LibraryWindow::current() const
{
    return m_model->itemAt(m_table->currentIndex());
}

void LibraryWindow::applyFilter()
{
    const QString id = current() ? current()->item.id : QString();
    LibraryFilter f;
    f.text = m_search->text();
    f.kind = chosen<ItemKind>(m_kind);
    f.phase = chosen<Phase>(m_phase);
    f.slot = chosen<Slot>(m_slot);
    f.constitution = chosen<Constitution>(m_constitution);
    f.tag = chosen<Tag>(m_tag);
    f.includeHidden = m_showHidden->isChecked();
    m_model->setFilter(f);
    selectItem(id);
    m_count->setText(tr("Showing %1 of %2 items").arg(m_model->rowCount()).arg(m_model->totalCount()));
}

void LibraryWindow::showCurrent()
{
    const LibraryEntry *e = current();
    m_details->setHtml(e ? itemDetailsHtml(*e, currentLanguage()) : QString());
    updateButtons();
}

void LibraryWindow::updateButtons()
{
    const LibraryEntry *e = current();
    const bool locked = e && e->item.kind == ItemKind::RedFlag;
    const bool needed = e && (e->item.kind == ItemKind::Milestone || e->item.kind == ItemKind::DailyRest);
    m_edit->setEnabled(e && !locked);
    m_hide->setEnabled(e && !locked && (!needed || e->hidden));
    m_reset->setEnabled(e && e->origin == ItemOrigin::ClinicEdited);
    m_hide->setText(e && e->hidden ? tr("&Show again") : tr("&Hide"));
    const QString lockedTip = tr("Red flags are printed on every plan and cannot be changed or hidden.");
    m_edit->setToolTip(locked ? lockedTip : tr("Change this item; a built-in item becomes the clinic's version"));
    m_hide->setToolTip(locked ? lockedTip : tr("Hidden items are not offered in plans; nothing is deleted"));
}

void LibraryWindow::addItem()
{
    LibraryItem blank;
    blank.kind = ItemKind::Soup;
    blank.sources = {content::clinicSourceCode()};
    ItemDialog dialog(blank, true, this);
    dialog.setSaveHandler([this](LibraryItem &item, QString *message) { return saveItem(item, message); });
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectItem(dialog.item().id);
    }
}

void LibraryWindow::editItem()
{
    const LibraryEntry *e = current();
    if (!e || e->item.kind == ItemKind::RedFlag)
        return;
    ItemDialog dialog(e->item, false, this);
    dialog.setSaveHandler([this](LibraryItem &item, QString *message) { return saveItem(item, message); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void LibraryWindow::resetItem()
{
    const LibraryEntry *e = current();
    if (!e || e->origin != ItemOrigin::ClinicEdited)
        return;
    const auto answer = QMessageBox::question(this, tr("Reset to the original"),
        tr("Replace the clinic's version of “%1” with the built-in original? The clinic's changes "
           "to this item are discarded.")
            .arg(e->item.name.in(currentLanguage())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const StorageError error = m_library.resetToOriginal(e->item.id); error.isError())
        report(tr("Cannot reset this item"), error);
    reload();
}

void LibraryWindow::toggleHidden()
{
    const LibraryEntry *e = current();
    if (!e)
        return;
    if (const StorageError error = m_library.setHidden(e->item.id, !e->hidden); error.isError())
        report(tr("Cannot change this item"), error);
    reload();
}

bool LibraryWindow::saveItem(LibraryItem &item, QString *message)
{
    const StorageError error = m_library.save(item);
    *message = error.message;
    return !error.isError();
}

void LibraryWindow::report(const QString &title, const StorageError &error)
{
    QMessageBox::warning(this, title, error.message);
}

// Down moves from the search field into the list, as in the patient list.
bool LibraryWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryWindow::fillFilters()
{
    refill<ItemKind>(m_kind, tr("All kinds"), allValues<ItemKind>());
    refill<Phase>(m_phase, tr("All phases"), allValues<Phase>());
    refill<Slot>(m_slot, tr("All meals"), allValues<Slot>());
    refill<Constitution>(
        m_constitution, tr("Any constitution"), {Constitution::Cold, Constitution::Heat, Constitution::Neutral});
    refill<Tag>(m_tag, tr("Any contraindication"), contentTags());
}

void LibraryWindow::retranslate()
{
    setWindowTitle(tr("Library"));
    m_search->setPlaceholderText(tr("Search names and ingredients (English or Chinese) or a source code"));
    m_search->setAccessibleName(tr("Search the library"));
    // On Linux a combo box is read by its choice and its tooltip (Qt ignores its accessible name
    // there): the tooltip says what the filter is.
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->setToolTip(tr("Items of one kind: foods, rest, milestones, red flags"));
    m_phase->setAccessibleName(tr("Phase"));
    m_phase->setToolTip(tr("Items for one stage: expel, regulate or tonify"));
    m_slot->setAccessibleName(tr("Meal"));
    m_slot->setToolTip(tr("Items for one meal of the day"));
    m_constitution->setAccessibleName(tr("Suitable for a constitution"));
    m_constitution->setToolTip(tr("Items she may have with this constitution"));
    m_tag->setAccessibleName(tr("Contraindication"));
    m_tag->setToolTip(tr("Items that must not be given with this condition"));
    m_showHidden->setText(tr("Show hidden"));
    m_table->setAccessibleName(tr("Library items"));
    m_table->setAccessibleDescription(tr("Enter edits the highlighted item."));
    m_details->setAccessibleName(tr("About the highlighted item"));
    m_add->setText(tr("&New item…"));
    m_edit->setText(tr("&Edit…"));
    m_reset->setText(tr("&Reset to original"));
    fillFilters();
    m_model->retranslate();
    applyFilter();
}

} // namespace rp
