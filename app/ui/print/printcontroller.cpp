#include "printcontroller.h"

#include "clinicsettingsdialog.h"
#include "printout/pagerenderer.h"
#include "printdialog.h"
#include "printout/printfonts.h"
#include "printhistorydialog.h"
#include "printhistorymodel.h"

#include "core/datetext.h"
#include "core/language.h"
#include "core/plan.h"
#include "core/terms.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QFileInfo>
#include <QPrintEngine>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace rp {

PrintController::PrintController(PrintService &service, QWidget *parent)
    : QObject(parent)
    , m_service(service)
    , m_parent(parent)
{ }

QString PrintController::partOfThePrintout(QPrinter &printer)
{
    bool part = printer.printRange() != QPrinter::AllPages || printer.fromPage() != 0;
    // The CUPS job options the Unix printer dialog sets (Qt's PPK_CupsOptions, the first custom
    // key: "name", "value" pairs); its odd/even pages and page ranges live there.
    const QStringList cups = printer.printEngine()
        ? printer.printEngine()->property(QPrintEngine::PPK_CustomBase).toStringList()
        : QStringList();
    for (qsizetype i = 0; i + 1 < cups.size(); i += 2) {
        if ((cups.at(i) == QLatin1String("page-set") && cups.at(i + 1) != QLatin1String("all"))
            || (cups.at(i) == QLatin1String("page-ranges") && !cups.at(i + 1).isEmpty()))
            part = true;
    }
    if (!part)
        return {};
    return tr("Nothing was printed: choose all pages. A printout is printed whole, so that her print "
              "history records exactly what she was given.");
}

QString PrintController::askPdfPath(QWidget *parent, const QString &title, const QString &suggested)
{
    // Documents when there is such a folder, else her home folder (a fresh account has none).
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    // The suffix is the dialog's, so its "replace the existing file?" question covers it.
    QFileDialog files(parent, title, QDir(folder).filePath(suggested), tr("PDF files (*.pdf)"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("pdf"));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return {};
    return files.selectedFiles().constFirst();
}

PrintDialog *PrintController::printPlan(qint64 planId, const std::optional<PrintOptions> &chosen, QWidget *over)
{
    QWidget *parent = over ? over : m_parent;
    const Result<PrintService::Prepared> prepared = m_service.load(planId);
    if (!prepared) {
        QMessageBox::warning(parent, tr("Cannot print this plan"), prepared.error().message);
        return nullptr;
    }
    const PrintOptions options
        = chosen.value_or(PrintService::defaultsFor(prepared->patient, printLanguageFor(currentLanguage())));
    const PlanSettings &settings = prepared->plan.settings;
    auto *dialog = new PrintDialog(prepared->patient.displayName(), shownPlanTitle(prepared->plan.title), options,
        settings.dayOn(QDate::currentDate()), settings.days, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_plans.insert(dialog, {planId, prepared->patient, prepared->plan});
    connect(dialog, &QObject::destroyed, this, [this, dialog] { m_plans.remove(dialog); });
    connect(dialog, &PrintDialog::previewRequested, this, [this, dialog] { preview(dialog); });
    connect(dialog, &PrintDialog::printRequested, this, [this, dialog] { print(dialog); });
    connect(dialog, &PrintDialog::exportRequested, this, [this, dialog] { askExport(dialog); });
    QString problem;
    if (!printfonts::ensureLoaded(&problem))
        dialog->showMessage(problem, true);
    else if (const Result<ClinicInfo> clinic = m_service.clinic(); clinic && clinic->isEmpty())
        dialog->showMessage(tr("The clinic's name, address and phone are not set, so the pages carry only her "
                               "name and dates. Set them in File ▸ Clinic settings."),
            false);
    dialog->open();
    return dialog;
}

std::optional<PrintService::Prepared> PrintController::build(PrintDialog *dialog)
{
    Result<PrintService::Prepared> prepared = m_service.prepare(m_plans.value(dialog).planId, dialog->options());
    if (!prepared) {
        dialog->showMessage(prepared.error().message, true);
        return std::nullopt;
    }
    return std::move(*prepared);
}

QString PrintController::suggestedFileName(const Patient &patient, const Plan &plan, const PrintOptions &options)
{
    QString name = patient.nameEn.isEmpty() ? patient.nameZh : patient.nameEn;
    QStringList documents;
    for (PrintDocument d : options.documents)
        documents << codeOf(d);
    const QString what = options.documents.size() == allValues<PrintDocument>().size()
        ? QStringLiteral("plan")
        : documents.join(QLatin1Char('-'));
    const QString from = options.fromDay > 1 ? QStringLiteral(" from day %1").arg(options.fromDay) : QString();
    QString file = QStringLiteral("%1 %2 %3%5 %4.pdf")
                       .arg(name, what, plan.settings.start.toString(Qt::ISODate), codeOf(options.language), from);
    // Characters file systems refuse.
    file.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    return file;
}

PrintDialog *PrintController::exportPlan(qint64 planId, QWidget *over)
{
    PrintDialog *dialog = printPlan(planId, std::nullopt, over);
    if (dialog)
        askExport(dialog);
    return dialog;
}

void PrintController::askExport(PrintDialog *dialog)
{
    // Named from the plan as the dialog opened with it; the pages are made from the stored plan.
    const Opened &opened = m_plans[dialog];
    const QString path
        = askPdfPath(dialog, tr("Export PDF"), suggestedFileName(opened.patient, opened.plan, dialog->options()));
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = exportTo(dialog, path, &message);
    dialog->showMessage(message, !ok);
}

bool PrintController::exportTo(PrintDialog *dialog, const QString &path, QString *message)
{
    const auto prepared = build(dialog);
    if (!prepared) {
        *message = tr("Nothing was exported.");
        return false;
    }
    QString error;
    const int pages = PageRenderer(prepared->document).exportPdf(path, &error);
    if (pages == 0) {
        *message = tr("The PDF was not written: %1").arg(error);
        return false;
    }
    if (const StorageError e
        = m_service.record(prepared->patient, prepared->plan, prepared->document, PrintOutput::Pdf, path);
        e.isError()) {
        *message
            = tr("The PDF was written to %1, but it could not be added to her print history: %2").arg(path, e.message);
        return false;
    }
    *message = tr("Saved %1 pages to %2.").arg(pages).arg(QDir::toNativeSeparators(path));
    return true;
}

bool PrintController::previewAndPrint(
    const PrintedDocument &document, QWidget *parent, QString *fileName, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PageRenderer::pageLayout(document.options.paper));
    printer.setDocName(document.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview"));
    const PageRenderer renderer(document);
    QString problem;
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&renderer, &problem](QPrinter *p) { renderer.render(p, &problem); });
    preview.resize(900, 1000);
    // Accepted means she printed from the preview; closing it prints nothing. Pages that could
    // not be laid out are never recorded as given.
    const bool printed = preview.exec() == QDialog::Accepted;
    *error = problem;
    *fileName = printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : QString();
    return printed && problem.isEmpty();
}

void PrintController::preview(PrintDialog *dialog)
{
    const auto prepared = build(dialog);
    QString fileName, error;
    if (!prepared)
        return;
    if (!previewAndPrint(prepared->document, dialog, &fileName, &error)) {
        if (!error.isEmpty())
            dialog->showMessage(tr("Nothing was printed: %1").arg(error), true);
        return;
    }
    const PrintOutput output = fileName.isEmpty() ? PrintOutput::Printer : PrintOutput::Pdf;
    if (const StorageError e
        = m_service.record(prepared->patient, prepared->plan, prepared->document, output, fileName);
        e.isError()) {
        dialog->showMessage(tr("Printed, but not added to her print history: %1").arg(e.message), true);
        return;
    }
    dialog->showMessage(
        fileName.isEmpty() ? tr("Sent to the printer.") : tr("Saved to %1.").arg(QDir::toNativeSeparators(fileName)),
        false);
}

void PrintController::print(PrintDialog *dialog)
{
    const auto prepared = build(dialog);
    if (!prepared)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PageRenderer::pageLayout(prepared->document.options.paper));
    printer.setDocName(prepared->document.title);
    QPrintDialog chooser(&printer, dialog);
    // Whole printouts only: the history records what she was given, every page of it. The paper is
    // the one chosen in the print dialog, so the printer's page settings are not offered.
    chooser.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintCollateCopies);
    if (chooser.exec() != QDialog::Accepted)
        return;
    if (const QString part = partOfThePrintout(printer); !part.isEmpty()) {
        dialog->showMessage(part, true);
        return;
    }
    QString error;
    const int pages = PageRenderer(prepared->document).render(&printer, &error);
    if (pages == 0) {
        dialog->showMessage(tr("Nothing was printed: %1").arg(error), true);
        return;
    }
    // "Print to file" (or a machine with no printer) writes a PDF: recorded as one, with its path.
    const bool toFile = printer.outputFormat() == QPrinter::PdfFormat;
    const QString fileName = toFile ? printer.outputFileName() : QString();
    if (const StorageError e = m_service.record(prepared->patient, prepared->plan, prepared->document,
            toFile ? PrintOutput::Pdf : PrintOutput::Printer, fileName);
        e.isError()) {
        dialog->showMessage(tr("Printed, but not added to her print history: %1").arg(e.message), true);
        return;
    }
    dialog->showMessage(toFile ? tr("Saved %1 pages to %2.").arg(pages).arg(QDir::toNativeSeparators(fileName))
                               : tr("Sent %1 pages to %2.").arg(pages).arg(printer.printerName()),
        false);
}

QDialog *PrintController::showHistory(qint64 patientId, const QString &patientName)
{
    const Result<QList<PrintRecord>> records = m_service.history(patientId);
    if (!records) {
        QMessageBox::warning(m_parent, tr("Cannot show the print history"), records.error().message);
        return nullptr;
    }
    auto *model = new PrintHistoryModel;
    model->setRecords(*records);
    auto *dialog = new PrintHistoryDialog(patientName, model, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrintHistoryDialog::previewRequested, this,
        [this, dialog](qint64 recordId) { reprint(dialog, recordId); });
    connect(dialog, &PrintHistoryDialog::exportRequested, this, [this, dialog](qint64 recordId) {
        const Result<PrintService::Printout> printout = m_service.printout(recordId);
        if (!printout) {
            QMessageBox::warning(dialog, tr("Cannot print this again"), printout.error().message);
            return;
        }
        if (!goOnWithReprint(dialog, printout->record))
            return;
        const QString path = askPdfPath(dialog, tr("Save as PDF again"), QString());
        if (path.isEmpty())
            return;
        QString message;
        if (!exportAgain(recordId, path, &message))
            QMessageBox::warning(dialog, tr("Not saved"), message);
    });
    dialog->open();
    return dialog;
}

void PrintController::reprint(QDialog *history, qint64 recordId)
{
    const Result<PrintService::Printout> printout = m_service.printout(recordId);
    if (!printout) {
        QMessageBox::warning(history, tr("Cannot print this again"), printout.error().message);
        return;
    }
    if (!goOnWithReprint(history, printout->record))
        return;
    QString fileName, problem;
    if (previewAndPrint(printout->document, history, &fileName, &problem)) {
        const StorageError e = m_service.recordAgain(
            printout->record, fileName.isEmpty() ? PrintOutput::Printer : PrintOutput::Pdf, fileName);
        if (e.isError())
            QMessageBox::warning(history, tr("Printed, but not added to her print history"), e.message);
    } else if (!problem.isEmpty()) {
        QMessageBox::warning(history, tr("Cannot print this again"), problem);
    }
}

PrintController::ReprintChoice PrintController::askAboutChangedRules(QWidget *parent, const PrintRecord &record)
{
    if (record.rulesVersion >= planrules::version)
        return ReprintChoice::AsItWas;
    QMessageBox box(QMessageBox::Question, tr("The planner's rules have changed"),
        tr("This printout was made before the planner's rules changed. Reprint it exactly as it was, or "
           "print the current plan instead?"),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("rulesChangedQuestion"));
    QPushButton *asItWas = box.addButton(tr("&Reprint as it was"), QMessageBox::AcceptRole);
    asItWas->setObjectName(QStringLiteral("reprintAsItWas"));
    QPushButton *current = nullptr;
    if (record.planId != 0) {
        current = box.addButton(tr("Print the &current plan"), QMessageBox::AcceptRole);
        current->setObjectName(QStringLiteral("printCurrentPlan"));
    } else {
        box.setInformativeText(tr("Her plan for it is no longer stored, so it can only be reprinted as it was."));
    }
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(asItWas);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == asItWas)
        return ReprintChoice::AsItWas;
    if (current && box.clickedButton() == current)
        return ReprintChoice::CurrentPlan;
    return ReprintChoice::Cancel;
}

bool PrintController::goOnWithReprint(QDialog *history, const PrintRecord &record)
{
    switch (askAboutChangedRules(history, record)) {
    case ReprintChoice::AsItWas:
        return true;
    case ReprintChoice::CurrentPlan:
        // The same choices as then (documents, language, paper), for the plan as it is now.
        history->close();
        printPlan(record.planId, record.options);
        return false;
    case ReprintChoice::Cancel:
        break;
    }
    return false;
}

bool PrintController::exportAgain(qint64 recordId, const QString &path, QString *message)
{
    const Result<PrintService::Printout> printout = m_service.printout(recordId);
    if (!printout) {
        *message = printout.error().message;
        return false;
    }
    QString error;
    if (PageRenderer(printout->document).exportPdf(path, &error) == 0) {
        *message = tr("The PDF was not written: %1").arg(error);
        return false;
    }
    if (const StorageError e = m_service.recordAgain(printout->record, PrintOutput::Pdf, path); e.isError()) {
        *message
            = tr("The PDF was written to %1, but it could not be added to her print history: %2").arg(path, e.message);
        return false;
    }
    *message = tr("Saved to %1.").arg(QDir::toNativeSeparators(path));
    return true;
}

void PrintController::editClinic()
{
    const Result<ClinicInfo> clinic = m_service.clinic();
    if (!clinic) {
        QMessageBox::warning(m_parent, tr("Cannot open the clinic settings"), clinic.error().message);
        return;
    }
    ClinicSettingsDialog dialog(
        *clinic,
        [this](const ClinicInfo &c, QString *why) {
            const StorageError e = m_service.saveClinic(c);
            *why = e.message;
            return !e.isError();
        },
        m_parent);
    dialog.exec();
}

} // namespace rp
