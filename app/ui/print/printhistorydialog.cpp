#include "printhistorydialog.h"

#include "printhistorymodel.h"

#include "patients/formhelpers.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rp {

PrintHistoryDialog::PrintHistoryDialog(const QString &patientName, PrintHistoryModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_preview(new QPushButton(tr("&Preview and print again…"), this))
    , m_export(new QPushButton(tr("Save as P&DF again…"), this))
{
    setObjectName(QStringLiteral("printHistoryDialog"));
    setWindowTitle(tr("Print history: %1").arg(patientName));
    model->setParent(this);
    auto *intro = new QLabel(model->rowCount() == 0
            ? tr("Nothing has been printed for her yet.")
            : tr("What she was given, newest first. Printing again gives exactly the same "
                 "pages, even if the plan has changed since."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("printHistory"));
    m_table->setAccessibleName(tr("Printouts, newest first"));
    m_table->setAccessibleDescription(tr("Enter shows the highlighted printout again."));
    m_table->setModel(model);
    // Tab goes on to the next control; the arrow keys move within the table.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_preview->setObjectName(QStringLiteral("reprintButton"));
    m_export->setObjectName(QStringLiteral("reexportButton"));

    // The actions sit beside the box, not in it: Qt 6.4's button box sends Tab round and round
    // its own buttons when it holds Close and two or more actions.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_preview);
    buttonRow->addWidget(m_export);
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonRow);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, [this] { emit previewRequested(currentRecordId()); });
    connect(m_export, &QPushButton::clicked, this, [this] { emit exportRequested(currentRecordId()); });
    enterOpens(m_table);
    connect(m_table, &QTableView::activated, this, [this] { emit previewRequested(currentRecordId()); });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PrintHistoryDialog::updateButtons);
    if (model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    resize(860, 420);
}

qint64 PrintHistoryDialog::currentRecordId() const
{
    const PrintRecord *r = m_model->recordAt(m_table->currentIndex());
    return r ? r->id : 0;
}

void PrintHistoryDialog::updateButtons()
{
    const bool any = currentRecordId() != 0;
    m_preview->setEnabled(any);
    m_export->setEnabled(any);
}

} // namespace rp
