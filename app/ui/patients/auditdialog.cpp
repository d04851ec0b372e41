#include "auditdialog.h"

#include "auditmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace rp {

AuditDialog::AuditDialog(const QString &patientName, AuditModel *model, QWidget *parent)
    : QDialog(parent)
    , m_patientName(patientName)
    , m_model(model)
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    model->setParent(this);
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("auditLog"));
    // Tab goes on to the next control; the arrow keys move within the table.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    retranslate();
    m_table->resizeColumnsToContents();
    resize(900, 440);
}

void AuditDialog::retranslate()
{
    setWindowTitle(tr("History of changes: %1").arg(m_patientName));
    m_table->setAccessibleName(tr("Changes, newest first"));
    m_intro->setText(m_model->rowCount() == 0
            ? tr("No changes have been recorded for her yet.")
            : tr("Every change to her record, her losses and her plans, newest first, with the "
                 "computer user and desk that made it."));
}

void AuditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace rp
