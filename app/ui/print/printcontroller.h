#pragma once

#include "workspace/printservice.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QPrinter;
class QWidget;

namespace rp {

class PrintDialog;

// The print workflow behind the menus: the print dialog for a plan, preview, printer and PDF,
// the patient's print history with reprints, and Clinic settings. Every printout given is
// recorded on the patient.
class PrintController : public QObject
{
    Q_OBJECT
public:
    PrintController(PrintService &service, QWidget *parent);

    // Opens the print dialog for a stored plan (window-modal; returns it, or null with a message),
    // with her own choices, or with `options` (the choices of an earlier printout).
    // `over`: the window she asked from (the plan editor), which stays in front with the dialog on
    // it; the main window when not given.
    PrintDialog *printPlan(
        qint64 planId, const std::optional<PrintOptions> &options = std::nullopt, QWidget *over = nullptr);
    // The print dialog as printPlan() opens it, going straight on to "Export PDF" (where to save).
    PrintDialog *exportPlan(qint64 planId, QWidget *over = nullptr);
    // Writes the dialog's printout to `path` and records it. Returns a message for the dialog.
    bool exportTo(PrintDialog *dialog, const QString &path, QString *message);

    // Her print history (window-modal; returns the dialog).
    QDialog *showHistory(qint64 patientId, const QString &patientName);
    // Saves an earlier printout again as a PDF at `path`, unchanged, and records it.
    bool exportAgain(qint64 recordId, const QString &path, QString *message);

    // Clinic settings (modal).
    void editClinic();

    // Where a PDF is offered by default: her name, the documents and the plan's start.
    // Why the printer dialog's choice is not a whole printout (a page range, the current page,
    // odd or even pages), or empty when it is: only whole printouts are printed, so her print
    // history records exactly what she was given.
    static QString partOfThePrintout(QPrinter &printer);
    static QString suggestedFileName(const Patient &patient, const Plan &plan, const PrintOptions &options);

    // What to do with a printout made before the planner's rules changed.
    enum class ReprintChoice { AsItWas, CurrentPlan, Cancel };
    // Asks when `record` was made under earlier rules (AsItWas without asking otherwise). "Print
    // the current plan" is offered while its plan is still stored.
    static ReprintChoice askAboutChangedRules(QWidget *parent, const PrintRecord &record);

private:
    // The plan and her record are read again for each print, so what prints is what is stored now
    // (the plan editor may have saved changes since the dialog opened).
    std::optional<PrintService::Prepared> build(PrintDialog *dialog);
    void preview(PrintDialog *dialog);
    void print(PrintDialog *dialog);
    void askExport(PrintDialog *dialog);
    // Where to save a PDF; empty when she cancelled.
    static QString askPdfPath(QWidget *parent, const QString &title, const QString &suggested);
    // Preview with the printer's own dialog at hand; true when she printed from it.
    // `fileName`: the PDF it went to when she chose "Print to file"; empty for a printer.
    // `error`: why the pages could not be laid out (nothing is then recorded).
    bool previewAndPrint(const PrintedDocument &document, QWidget *parent, QString *fileName, QString *error);
    // Before an earlier printout is given again: true to go on with it as it was. False when she
    // cancelled, or chose the current plan (the history closes and its print dialog opens).
    bool goOnWithReprint(QDialog *history, const PrintRecord &record);
    void reprint(QDialog *history, qint64 recordId);

    PrintService &m_service;
    QWidget *m_parent;
    // The plan each open print dialog prints, and her record, as read when it opened: for its
    // defaults and the file name offered. The pages are made from the plan as stored then.
    struct Opened
    {
        qint64 planId = 0;
        Patient patient;
        Plan plan;
    };
    QHash<PrintDialog *, Opened> m_plans;
};

} // namespace rp
