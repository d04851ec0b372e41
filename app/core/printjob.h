#pragma once

#include "language.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace rp {

// The handouts a plan prints as.
enum class PrintDocument { Diet, Rest, Calendar, Shopping };

// The language a printout is in, chosen for each print apart from the UI's. The bilingual ones put
// English and the patient's Chinese script on the same page.
enum class PrintLanguage { English, Traditional, Simplified, EnglishTraditional, EnglishSimplified };

// How a bilingual printout sets its two languages.
enum class BilingualLayout { Stacked, SideBySide };

enum class PaperSize { A4, Letter };

// The languages a printout is written in, in the order they are set.
QList<Language> printLanguages(PrintLanguage language);
bool isBilingual(PrintLanguage language);
// The single-language choice a patient's preferred language gives.
PrintLanguage printLanguageFor(Language language);
// The Chinese script a printout uses (for the patient's Chinese name and the clinic's Chinese
// header); Traditional when the printout is in English only.
Language chineseScriptOf(PrintLanguage language);

// What to print: the practitioner picks it in the print dialog, the command line in options.
struct PrintOptions
{
    QList<PrintDocument> documents{
        PrintDocument::Diet, PrintDocument::Rest, PrintDocument::Calendar, PrintDocument::Shopping};
    PrintLanguage language = PrintLanguage::English;
    BilingualLayout layout = BilingualLayout::Stacked;
    PaperSize paper = PaperSize::A4;
    bool largePrint = false;
    // The fridge calendar leaves out the milestones content marks private (pregnancy test, trying
    // again, the next transfer): a calendar on the fridge is read by visitors too.
    bool calendarWithoutPrivate = false;
    // The first plan day printed ("from today on"): days before it are left out of every
    // document, and the header says from which day. 1: the whole plan.
    int fromDay = 1;
    bool operator==(const PrintOptions &o) const
    {
        return documents == o.documents && language == o.language && layout == o.layout && paper == o.paper
            && largePrint == o.largePrint && calendarWithoutPrivate == o.calendarWithoutPrivate && fromDay == o.fromDay;
    }
};

// The clinic's header on every printed page, set once in Clinic settings. Chinese is entered once
// (usually in Traditional characters) and converted for Simplified printouts.
struct ClinicInfo
{
    QString nameEn;
    QString nameZh;
    QString addressEn;
    QString addressZh;
    QString phone;
    QString practitionerEn;
    QString practitionerZh;
    QByteArray logo; // PNG; empty: no logo
    // Numbers printed with the crisis red flag. Empty: the printout says "your local emergency
    // number". The clinic confirms them (docs/printing.md says where Macau's and Hong Kong's come from).
    QString emergencyNumber;
    struct CrisisLine
    {
        QString nameEn;
        QString nameZh;
        QString number;
        bool operator==(const CrisisLine &o) const
        {
            return nameEn == o.nameEn && nameZh == o.nameZh && number == o.number;
        }
    };
    QList<CrisisLine> crisisLines; // at most two, each with a number

    bool isEmpty() const;
    bool operator==(const ClinicInfo &o) const;
};

// Where a printout went.
enum class PrintOutput { Printer, Pdf };

// One printout given to a patient, as the patient's print history keeps it. `snapshot` holds the
// finished document (print layer's JSON), so a reprint gives exactly what she was given.
struct PrintRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 planId = 0; // 0 when the plan was deleted since
    QString planTitle;
    PrintOptions options;
    PrintOutput output = PrintOutput::Pdf;
    QString fileName; // the PDF's path; empty for a printer
    QDateTime printedAt;
    QByteArray snapshot;
    // The planner's rules it was made under (planrules::version, which core/plan.h holds: this
    // header is below it). 0 for a new printout: PrintHistoryRepository::record() writes the current;
    // a reprint keeps the earlier one.
    int rulesVersion = 0;
};

} // namespace rp
