#pragma once

#include "core/printjob.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rp {

// One piece of a printout the page layout places whole: a week of the diet schedule, the red
// flags, a paragraph of guidance. HTML in the small subset QTextDocument reads; fonts come from
// classes ("en", "hant", "hans") the renderer maps to the print fonts.
struct PrintBlock
{
    QString html;
    bool keepTogether = true; // move to the next page rather than split (unless taller than a page)
    bool newPage = false; // start on a new page (each document does)
    bool fitOnePage = false; // set the type smaller until it fits one page (the fridge calendar)
    bool keepWithNext = false; // on the same page as the start of the next block (a title)
    // When the whole is taller than a page: these parts instead, each kept whole (a week in
    // halves, each under its heading).
    QStringList pieces;
    bool operator==(const PrintBlock &o) const
    {
        return html == o.html && keepTogether == o.keepTogether && newPage == o.newPage && fitOnePage == o.fitOnePage
            && keepWithNext == o.keepWithNext && pieces == o.pieces;
    }
};

// A finished printout: everything the pages show, in the patient's language, with no reference
// back to the plan or the library. It is what the print history keeps, so a reprint gives exactly
// what was given even after the plan or the content changed.
struct PrintedDocument
{
    PrintOptions options;
    QString title; // the PDF's title
    QString headerHtml; // clinic, patient and plan dates, on every page
    QByteArray logo; // PNG, beside the header; may be empty
    QString footerHtml; // the "does not replace medical care" line, on every page
    QString pageLabel; // HTML: "Page %1 of %2" in the print language(s), each in its script's font
    QList<PrintBlock> blocks;

    // Every word the pages carry, as plain text, in page order (header and footer once).
    QString plainText() const;
    QByteArray toJson() const;
    static std::optional<PrintedDocument> fromJson(const QByteArray &json, QString *error = nullptr);
    bool operator==(const PrintedDocument &o) const;
};

// Plain text of an HTML fragment as the pages show it.
QString htmlToPlainText(const QString &html);

} // namespace rp
