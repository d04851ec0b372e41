#include "patientlistpanel.h"

#include <QScrollBar>

#include "patientlistmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <utility>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rp {

PatientListPanel::PatientListPanel(PatientListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_showArchived(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_count->setObjectName(QStringLiteral("patientCount"));

    m_table->setObjectName(QStringLiteral("patientTable"));
    // Tab goes on to the next control; the arrow keys move within the table (a cell at a
    // time through a long list would keep her there).
    m_table->setTabKeyNavigation(false);
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    // Patients in recovery now come first: the most recent loss at the top.
    m_table->sortByColumn(PatientListModel::LastLoss, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    // Every column fits its contents (fitColumns), the last takes what room is left, and a narrow
    // window scrolls sideways rather than cutting names short ("Wong W…"). Not Qt's
    // ResizeToContents: before the table is on screen it measures every row of the model, which
    // at a hundred thousand patients took seconds at start and on each keystroke.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_showArchived);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    // Tab goes from the search field to what it found; "Show archived" comes after the list.
    QWidget::setTabOrder(m_search, m_table);
    QWidget::setTabOrder(m_table, m_showArchived);
    // Down moves from the search field into the list, Up from its first row back (eventFilter).
    m_search->installEventFilter(this);
    m_table->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, &PatientListPanel::applyQuery);
    connect(m_showArchived, &QCheckBox::toggled, this, &PatientListPanel::applyQuery);
    connect(m_showArchived, &QCheckBox::toggled, this, &PatientListPanel::showArchivedChanged);
    // Enter in the search field opens the highlighted (or only) match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (currentPatientId() == 0 && m_model.rowCount() > 0)
            m_table->selectRow(0);
        if (const qint64 id = currentPatientId())
            emit openRequested(id);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const auto *p = m_model.itemAt(index))
            emit openRequested(p->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { emit currentPatientChanged(currentPatientId()); });
    // Her row stays selected when the list is read again (a sort, a save, another desk's change).
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentPatientId(); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keep)
            selectPatient(std::exchange(m_keep, 0));
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &PatientListPanel::updateCount);
    connect(&m_model, &PatientListModel::matchCountChanged, this, &PatientListPanel::updateCount);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &PatientListPanel::fitColumns);
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, &PatientListPanel::fitColumns);
    connect(
        &m_model, &QAbstractItemModel::modelReset, this, [this] { emit currentPatientChanged(currentPatientId()); });

    retranslate();
}

qint64 PatientListPanel::currentPatientId() const
{
    const auto *p = m_model.itemAt(m_table->currentIndex());
    return p ? p->id : 0;
}

bool PatientListPanel::currentPatientArchived() const
{
    const auto *p = m_model.itemAt(m_table->currentIndex());
    return p && p->archived;
}

// Each column as wide as its header and the rows at the top of the list (what she sees first),
// measured the way the view draws them: a bounded amount of work however long the list.
void PatientListPanel::fitColumns()
{
    constexpr int sampledRows = 60;
    QHeaderView *header = m_table->horizontalHeader();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    const int rows = std::min(m_model.rowCount(), sampledRows);
    m_columnsWidth = 0;
    for (int column = 0; column < PatientListModel::ColumnCount; ++column) {
        // The header's text, with room for the sort arrow.
        // (Long Chinese titles come on two lines: their longest line.)
        int width = QFontMetrics(header->font()).size(0, m_model.headerData(column, Qt::Horizontal).toString()).width()
            + padding + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model.index(row, column);
            QFont font = m_table->font();
            if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                font = f.value<QFont>();
            const int icon = index.data(Qt::DecorationRole).isValid()
                ? m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 4
                : 0;
            width = std::max(width, QFontMetrics(font).horizontalAdvance(index.data().toString()) + icon + padding);
        }
        header->resizeSection(column, width);
        m_columnsWidth += width; // the last column stretches past its own: this is what it needs
    }
    emit columnsFitted();
}

int PatientListPanel::widthForColumns() const
{
    // From the layout's margins, not from the widths: before the panel is first laid out, those
    // are not yet what they will be.
    const QMargins margins = layout()->contentsMargins();
    return m_columnsWidth + m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth()
        + margins.left() + margins.right();
}

void PatientListPanel::selectPatient(qint64 id)
{
    const QModelIndex index = m_model.locate(id);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void PatientListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool PatientListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return QWidget::eventFilter(watched, event);
    if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
        && m_model.rowCount() > 0) {
        // Into the list, on the highlighted patient (or the first): Enter then opens her.
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (watched == m_table && key->key() == Qt::Key_Up
        && (!m_table->currentIndex().isValid() || m_table->currentIndex().row() == 0)) {
        m_search->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientListPanel::setShowArchived(bool show)
{
    m_showArchived->setChecked(show);
}

void PatientListPanel::applyQuery()
{
    m_model.setQuery({m_search->text(), m_showArchived->isChecked()});
}

void PatientListPanel::updateCount()
{
    const int shown = m_model.rowCount();
    const int total = m_model.totalCount();
    // "100,000", not "100000": a large list is read at a glance.
    const auto number = [](int n) { return QLocale().toString(n); };
    if (total == 0 && m_model.hiddenArchivedCount() > 0)
        m_count->setText(tr("All %1 patients are archived. Tick “Show archived” to see them.")
                             .arg(number(m_model.hiddenArchivedCount())));
    else if (total == 0)
        m_count->setText(tr("No patients yet. Choose “New patient” to add the first one."));
    else if (m_search->text().trimmed().isEmpty())
        m_count->setText(tr("Patients: %1").arg(number(total)));
    else if (shown == 0)
        m_count->setText(tr("No patient matches “%1”.").arg(m_search->text().trimmed()));
    else if (!m_model.matchCountKnown())
        m_count->setText(tr("More than %1 patients match “%2”. The most recent losses are at the top; type more "
                            "of the name or phone to narrow the list.")
                             .arg(number(shown), m_search->text().trimmed()));
    else
        m_count->setText(tr("Showing %1 of %2 patients").arg(number(shown), number(total)));
}

void PatientListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // View ▸ Text size: the columns fit the new text, as they fit the old.
    // (after the table itself has the new font).
    if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &PatientListPanel::fitColumns);
    QWidget::changeEvent(event);
}

void PatientListPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name (English, Chinese, pinyin or Jyutping), phone or file number"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setAccessibleDescription(tr("Type part of a name, phone or file number. Down arrow goes to the list; "
                                          "Enter opens the highlighted patient."));
    m_showArchived->setText(tr("Show archived"));
    m_table->setAccessibleName(tr("Patients"));
    m_table->setAccessibleDescription(tr("Enter opens the highlighted patient."));
    m_model.retranslate();
    updateCount();
}

} // namespace rp
