#include "printcontroller.h"

#include "clinicsettingsdialog.h"
#include "pagerenderer.h"
#include "printdialog.h"
#include "printfonts.h"
#include "printhistorydialog.h"
#include "printhistorymodel.h"

#include "core/language.h"
#include "core/terms.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace rp {

PrintController::PrintController(PrintService &service, QWidget *parent)
    : QObject(parent)
    , m_service(service)
    , m_parent(parent)
{ }

PrintDialog *PrintController::printPlan(qint64 planId)
{
    QString error;
    // The options only matter once she chooses; the plan and her record are what is read here.
    const auto prepared = m_service.prepare(planId, PrintOptions{ { PrintDocument::Calendar } }, &error);
    if (!prepared) {
        QMessageBox::warning(m_parent, tr("Cannot print this plan"), error);
        return nullptr;
    }
    const PrintOptions options
        = PrintService::defaultsFor(prepared->patient, printLanguageFor(currentLanguage()));
    auto *dialog = new PrintDialog(prepared->patient.displayName(), prepared->plan.title, options, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_jobs.insert(dialog, Job{ prepared->patient, prepared->plan });
    connect(dialog, &QObject::destroyed, this, [this, dialog] { m_jobs.remove(dialog); });
    connect(dialog, &PrintDialog::previewRequested, this,
        [this, dialog] { preview(dialog, m_jobs.value(dialog)); });
    connect(
        dialog, &PrintDialog::printRequested, this, [this, dialog] { print(dialog, m_jobs.value(dialog)); });
    connect(dialog, &PrintDialog::exportRequested, this,
        [this, dialog] { askExport(dialog, m_jobs.value(dialog)); });
    QString fontProblem;
    if (!printfonts::ensureLoaded(&fontProblem))
        dialog->showMessage(fontProblem, true);
    dialog->open();
    return dialog;
}

std::optional<PrintedDocument> PrintController::build(PrintDialog *dialog, const Job &job)
{
    QString error;
    auto document = m_service.build(job.patient, job.plan, dialog->options(), &error);
    if (!document)
        dialog->showMessage(error, true);
    return document;
}

QString PrintController::suggestedFileName(
    const Patient &patient, const Plan &plan, const PrintOptions &options)
{
    QString name = patient.nameEn.isEmpty() ? patient.nameZh : patient.nameEn;
    QStringList documents;
    for (PrintDocument d : options.documents)
        documents << codeOf(d);
    const QString what = options.documents.size() == allValues<PrintDocument>().size()
        ? QStringLiteral("plan")
        : documents.join(QLatin1Char('-'));
    QString file = QStringLiteral("%1 %2 %3 %4.pdf")
                       .arg(name, what, plan.settings.start.toString(Qt::ISODate), codeOf(options.language));
    // Characters file systems refuse, and a name that is all of them.
    file.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    return file;
}

void PrintController::askExport(PrintDialog *dialog, const Job &job)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(dialog, tr("Export PDF"),
        QDir(folder).filePath(suggestedFileName(job.patient, job.plan, dialog->options())),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    QString message;
    const bool ok = exportTo(dialog, path, &message);
    dialog->showMessage(message, !ok);
}

bool PrintController::exportTo(PrintDialog *dialog, const QString &path, QString *message)
{
    const Job job = m_jobs.value(dialog);
    const auto document = build(dialog, job);
    if (!document) {
        *message = tr("Nothing was exported.");
        return false;
    }
    QString error;
    const int pages = PageRenderer(*document).exportPdf(path, &error);
    if (pages == 0) {
        *message = tr("The PDF was not written: %1").arg(error);
        return false;
    }
    if (!m_service.record(job.patient, job.plan, *document, PrintOutput::Pdf, path, &error)) {
        *message = tr("The PDF was written to %1, but it could not be added to her print history: %2")
                       .arg(path, error);
        return false;
    }
    m_jobs[dialog].patient.printLanguage = document->options.language;
    emit printed(job.patient.id);
    *message = tr("Saved %1 pages to %2.").arg(pages).arg(QDir::toNativeSeparators(path));
    return true;
}

bool PrintController::previewAndPrint(const PrintedDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PageRenderer::pageLayout(document.options.paper));
    printer.setDocName(document.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview"));
    const PageRenderer renderer(document);
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&renderer](QPrinter *p) { renderer.render(p); });
    preview.resize(900, 1000);
    // Accepted means she printed from the preview; closing it prints nothing.
    return preview.exec() == QDialog::Accepted;
}

void PrintController::preview(PrintDialog *dialog, const Job &job)
{
    const auto document = build(dialog, job);
    if (!document || !previewAndPrint(*document, dialog))
        return;
    QString error;
    if (!m_service.record(job.patient, job.plan, *document, PrintOutput::Printer, QString(), &error)) {
        dialog->showMessage(tr("Printed, but not added to her print history: %1").arg(error), true);
        return;
    }
    emit printed(job.patient.id);
    dialog->showMessage(tr("Sent to the printer."), false);
}

void PrintController::print(PrintDialog *dialog, const Job &job)
{
    const auto document = build(dialog, job);
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PageRenderer::pageLayout(document->options.paper));
    printer.setDocName(document->title);
    QPrintDialog chooser(&printer, dialog);
    if (chooser.exec() != QDialog::Accepted)
        return;
    QString error;
    const int pages = PageRenderer(*document).render(&printer, &error);
    if (pages == 0) {
        dialog->showMessage(tr("Nothing was printed: %1").arg(error), true);
        return;
    }
    if (!m_service.record(job.patient, job.plan, *document, PrintOutput::Printer, QString(), &error)) {
        dialog->showMessage(tr("Printed, but not added to her print history: %1").arg(error), true);
        return;
    }
    emit printed(job.patient.id);
    dialog->showMessage(tr("Sent %1 pages to %2.").arg(pages).arg(printer.printerName()), false);
}

QDialog *PrintController::showHistory(qint64 patientId, const QString &patientName)
{
    QString error;
    const auto records = m_service.history(patientId, &error);
    if (!records) {
        QMessageBox::warning(m_parent, tr("Cannot show the print history"), error);
        return nullptr;
    }
    auto *model = new PrintHistoryModel;
    model->setRecords(*records);
    auto *dialog = new PrintHistoryDialog(patientName, model, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrintHistoryDialog::previewRequested, this, [this, dialog, patientId](qint64 recordId) {
        PrintedDocument document;
        QString problem;
        const auto record = m_service.printout(recordId, &document, &problem);
        if (!record) {
            QMessageBox::warning(dialog, tr("Cannot print this again"), problem);
            return;
        }
        if (previewAndPrint(document, dialog)) {
            if (!m_service.recordAgain(*record, PrintOutput::Printer, QString(), &problem))
                QMessageBox::warning(dialog, tr("Printed, but not added to her print history"), problem);
            emit printed(patientId);
        }
    });
    connect(dialog, &PrintHistoryDialog::exportRequested, this, [this, dialog](qint64 recordId) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString path
            = QFileDialog::getSaveFileName(dialog, tr("Save as PDF again"), folder, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QLatin1String(".pdf");
        QString message;
        if (!exportAgain(recordId, path, &message))
            QMessageBox::warning(dialog, tr("Not saved"), message);
    });
    dialog->open();
    return dialog;
}

bool PrintController::exportAgain(qint64 recordId, const QString &path, QString *message)
{
    PrintedDocument document;
    QString error;
    const auto record = m_service.printout(recordId, &document, &error);
    if (!record) {
        *message = error;
        return false;
    }
    if (PageRenderer(document).exportPdf(path, &error) == 0) {
        *message = tr("The PDF was not written: %1").arg(error);
        return false;
    }
    if (!m_service.recordAgain(*record, PrintOutput::Pdf, path, &error)) {
        *message = tr("The PDF was written to %1, but it could not be added to her print history: %2")
                       .arg(path, error);
        return false;
    }
    emit printed(record->patientId);
    *message = tr("Saved to %1.").arg(QDir::toNativeSeparators(path));
    return true;
}

void PrintController::editClinic()
{
    QString error;
    const ClinicInfo clinic = m_service.clinic(&error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Cannot open the clinic settings"), error);
        return;
    }
    ClinicSettingsDialog dialog(
        clinic, [this](const ClinicInfo &c, QString *why) { return m_service.saveClinic(c, why); }, m_parent);
    dialog.exec();
}

} // namespace rp
