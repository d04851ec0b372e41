#include "patientdialog.h"

#include "datefield.h"
#include "formhelpers.h"
#include "lossdialog.h"
#include "losstablemodel.h"

#include "common/servernotice.h"

#include "common/accessiblenames.h"

#include "core/language.h"
#include "core/terms.h"
#include "core/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rp {

PatientDialog::PatientDialog(const Patient &patient, QWidget *parent)
    : QDialog(parent)
    , m_patient(patient)
    , m_tabs(new QTabWidget(this))
    , m_nameEn(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_birthDate(new DateField(this))
    , m_phone(new QLineEdit(this))
    , m_fileNumber(new QLineEdit(this))
    , m_constitution(new QComboBox(this))
    , m_printLanguage(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_losses(new LossTableModel(this))
    , m_lossTable(new QTableView(this))
    , m_editLoss(new QPushButton(this))
    , m_removeLoss(new QPushButton(this))
    , m_error(createErrorLabel(this))
    , m_serverNotice(new ServerNotice(this))
    , m_unsaved(this, [this] { return m_losses->losses() != m_patient.losses; })
{
    setObjectName(QStringLiteral("patientDialog"));
    m_tabs->setObjectName(QStringLiteral("patientTabs"));
    m_tabs->setAccessibleName(tr("Pages of her record"));
    setWindowTitle(patient.id ? tr("Patient: %1").arg(patient.displayName()) : tr("New patient"));

    m_tabs->addTab(createDetailsTab(), tr("&Details"));
    m_tabs->addTab(createClinicalTab(), tr("&Patterns and conditions"));
    m_tabs->addTab(createLossesTab(), tr("&Loss history (%1)").arg(patient.losses.size()));
    // The count follows her losses, and so does the tab's name for a screen reader.
    auto recount = [this] {
        const QString text = tr("&Loss history (%1)").arg(m_losses->rowCount());
        m_tabs->setTabText(2, text);
        m_tabs->tabBar()->setAccessibleTabName(2, labelWords(text));
    };
    connect(m_losses, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_losses, &QAbstractItemModel::rowsRemoved, this, recount);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_history = buttons->addButton(tr("History of chan&ges…"), QDialogButtonBox::HelpRole);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Who changed her record, losses and plans, and when"));
    m_history->setVisible(false); // until a handler is set, for a patient already stored
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (m_showHistory)
            m_showHistory(m_patient.id);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatientDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_serverNotice);
    layout->addWidget(buttons);
    saveKey(this);
    resize(640, 560);
    m_nameEn->setFocus();
    for (QLineEdit *line : {m_nameEn, m_nameZh, m_phone, m_fileNumber})
        connect(line, &QLineEdit::textChanged, this, &PatientDialog::recheck);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PatientDialog::recheck);
    connect(m_birthDate, &DateField::dateChanged, this, &PatientDialog::recheck);
    m_unsaved.mark();
}

void PatientDialog::recheck()
{
    if (!m_showingProblems)
        return;
    showErrors(m_error, validatePatient(collect(), QDate::currentDate()));
}

QWidget *PatientDialog::createDetailsTab()
{
    auto *page = new QWidget(this);
    m_nameEn->setText(m_patient.nameEn);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameZh->setText(m_patient.nameZh);
    m_nameZh->setObjectName(QStringLiteral("nameZh"));
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setAllowEmpty(true, tr("Not recorded"));
    m_birthDate->setDate(m_patient.birthDate);
    m_phone->setText(m_patient.phone);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_fileNumber->setText(m_patient.fileNumber);
    m_fileNumber->setObjectName(QStringLiteral("fileNumber"));
    fillCombo<Constitution>(m_constitution, m_patient.constitution);
    m_constitution->setObjectName(QStringLiteral("constitution"));
    m_notes->setObjectName(QStringLiteral("notes"));
    // "Not chosen yet" is a choice of its own: the print dialog then offers the screen's language.
    m_printLanguage->setObjectName(QStringLiteral("printLanguage"));
    m_printLanguage->addItem(tr("Not chosen yet"), QString());
    for (PrintLanguage l : allValues<PrintLanguage>())
        m_printLanguage->addItem(displayName(l), codeOf(l));
    if (m_patient.printLanguage)
        m_printLanguage->setCurrentIndex(m_printLanguage->findData(codeOf(*m_patient.printLanguage)));
    m_notes->setPlainText(m_patient.notes);
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&English name:"), m_nameEn);
    form->addRow(tr("&Chinese name:"), m_nameZh);
    form->addRow(tr("Date of &birth:"), m_birthDate);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("Clinic &file number:"), m_fileNumber);
    form->addRow(tr("C&onstitution:"), m_constitution);
    form->addRow(tr("Printouts &in:"), m_printLanguage);
    form->addRow(tr("&Notes:"), m_notes);
    return page;
}

QWidget *PatientDialog::createClinicalTab()
{
    auto *page = new QWidget(this);
    auto *patterns = checkGroup(
        tr("TCM patterns"), allValues<Pattern>(), m_patient.patterns, &m_patterns, page, 2, QStringLiteral("pattern-"));
    auto *conditions = checkGroup(tr("Conditions that change a plan"), allValues<Condition>(), m_patient.conditions,
        &m_conditions, page, 2, QStringLiteral("condition-"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(patterns);
    layout->addWidget(conditions);
    layout->addStretch(1);
    return page;
}

QWidget *PatientDialog::createLossesTab()
{
    auto *page = new QWidget(this);
    m_losses->setLosses(m_patient.losses);
    m_lossTable->setModel(m_losses);
    // Tab goes on to the next control; the arrow keys move within the table.
    m_lossTable->setTabKeyNavigation(false);
    m_lossTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lossTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lossTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lossTable->verticalHeader()->hide();
    m_lossTable->horizontalHeader()->setStretchLastSection(true);
    m_lossTable->setObjectName(QStringLiteral("lossTable"));
    m_lossTable->setAccessibleName(tr("Loss history"));
    m_lossTable->setAccessibleDescription(tr("Enter edits the highlighted loss."));
    m_lossTable->resizeColumnsToContents();

    auto *add = new QPushButton(tr("&Add loss…"), page);
    m_editLoss->setText(tr("&Edit…"));
    m_removeLoss->setText(tr("&Remove…"));
    add->setObjectName(QStringLiteral("addLoss"));
    m_editLoss->setObjectName(QStringLiteral("editLoss"));
    m_removeLoss->setObjectName(QStringLiteral("removeLoss"));
    // The buttons under the table, left to right ("Add" is made after the others).
    setTabChain({m_lossTable, add, m_editLoss, m_removeLoss});
    connect(add, &QPushButton::clicked, this, &PatientDialog::addLoss);
    connect(m_editLoss, &QPushButton::clicked, this, &PatientDialog::editLoss);
    connect(m_removeLoss, &QPushButton::clicked, this, &PatientDialog::removeLoss);
    connect(m_lossTable, &QTableView::activated, this, &PatientDialog::editLoss);
    enterOpens(m_lossTable);
    connect(m_lossTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PatientDialog::updateLossButtons);
    connect(m_losses, &QAbstractItemModel::rowsRemoved, this, &PatientDialog::updateLossButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_editLoss);
    buttons->addWidget(m_removeLoss);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_lossTable, 1);
    layout->addLayout(buttons);
    updateLossButtons();
    return page;
}

void PatientDialog::updateLossButtons()
{
    const bool has = m_lossTable->currentIndex().isValid();
    m_editLoss->setEnabled(has);
    m_removeLoss->setEnabled(has);
}

void PatientDialog::addLoss()
{
    LossDialog dialog(Loss{}, m_birthDate->date(), this);
    if (dialog.exec() == QDialog::Accepted) {
        const int row = m_losses->addLoss(dialog.loss());
        m_lossTable->selectRow(row);
        m_lossTable->setFocus(); // on her new loss: Enter edits it, Ctrl+S saves the record
    }
}

void PatientDialog::editLoss()
{
    const int row = m_lossTable->currentIndex().row();
    const Loss *loss = m_losses->itemAt(m_losses->index(row, 0));
    if (!loss)
        return;
    LossDialog dialog(*loss, m_birthDate->date(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_lossTable->selectRow(m_losses->replaceLoss(row, dialog.loss()));
}

void PatientDialog::removeLoss()
{
    const int row = m_lossTable->currentIndex().row();
    const Loss *loss = m_losses->itemAt(m_losses->index(row, 0));
    if (!loss)
        return;
    if (loss->id && m_planned.contains(loss->id)) {
        // Said now, not at Save: a refusal there would cost every other edit of the record.
        QMessageBox box(QMessageBox::Information, tr("Remove loss"),
            tr("The loss of %1 has a recovery plan, so it stays in her history: a plan is "
               "always kept with the loss it was made for.")
                .arg(displayDate(loss->date)),
            QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("lossHasPlan"));
        box.exec();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Remove loss"),
        tr("Remove the loss of %1 from this history? It is removed when you save the patient.")
            .arg(displayDate(loss->date)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_losses->removeLoss(row);
}

Patient PatientDialog::collect() const
{
    Patient p = m_patient;
    p.nameEn = tidyLine(m_nameEn->text());
    p.nameZh = tidyLine(m_nameZh->text());
    p.birthDate = m_birthDate->date();
    p.phone = tidyLine(m_phone->text());
    p.fileNumber = tidyLine(m_fileNumber->text());
    p.constitution = comboValue<Constitution>(m_constitution);
    p.printLanguage = fromCode<PrintLanguage>(m_printLanguage->currentData().toString());
    p.notes = m_notes->toPlainText().remove(QChar::ByteOrderMark);
    p.patterns = checkedValues(m_patterns);
    p.conditions = checkedValues(m_conditions);
    p.losses = m_losses->losses();
    return p;
}

void PatientDialog::focusField(const ValidationError &error)
{
    QWidget *widget = nullptr;
    switch (error.field) {
    case Field::Record:
        return;
    case Field::Name:
    case Field::NameEn:
        widget = m_nameEn;
        break;
    case Field::NameZh:
        widget = m_nameZh;
        break;
    case Field::BirthDate:
        widget = m_birthDate;
        break;
    case Field::Phone:
        widget = m_phone;
        break;
    case Field::FileNumber:
        widget = m_fileNumber;
        break;
    case Field::Notes:
        widget = m_notes;
        break;
    case Field::LossDate:
    case Field::GestationalWeek:
    case Field::LossNotes:
        m_tabs->setCurrentIndex(2);
        if (error.lossIndex >= 0)
            m_lossTable->selectRow(error.lossIndex);
        m_lossTable->setFocus();
        return;
    default:
        return; // the clinic's fields are not on this dialog
    }
    m_tabs->setCurrentIndex(0);
    widget->setFocus();
}

void PatientDialog::followServer(ConnectionWatch *watch)
{
    m_serverNotice->follow(watch);
    connect(m_serverNotice, &ServerNotice::answeringAgain, this, [this] {
        if (m_lostConnection)
            showError(m_error, {}); // the notice says what to do now
        m_lostConnection = false;
    });
}

void PatientDialog::setHistoryHandler(std::function<void(qint64)> handler)
{
    m_showHistory = std::move(handler);
    m_history->setVisible(m_showHistory && m_patient.id != 0);
}

void PatientDialog::accept()
{
    if (m_birthDate->refuseIfUnread(m_error)) {
        m_tabs->setCurrentIndex(0); // the field is on the first page
        m_birthDate->setFocus();
        return;
    }
    Patient p = collect();
    const auto errors = validatePatient(p, QDate::currentDate());
    if (!errors.isEmpty()) {
        showErrors(m_error, errors);
        m_showingProblems = true;
        focusField(errors.constFirst());
        return;
    }
    m_showingProblems = false;
    if (m_save) {
        ValidationError problem{Field::Record, {}};
        if (!m_save(p, &problem)) {
            // Nothing is lost: the form keeps every field as typed.
            showError(m_error, problem.message);
            m_lostConnection = m_serverNotice->serverLost();
            focusField(problem);
            return;
        }
    }
    m_patient = p;
    QDialog::accept();
}

void PatientDialog::reject()
{
    if (m_unsaved.mayClose())
        QDialog::reject();
}

} // namespace rp
