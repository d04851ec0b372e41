#pragma once

#include "printeddocument.h"

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace rp {

// Lays a finished printout out on pages: the clinic header and the patient's line at the top of
// every page, "Page n of m" and the medical-care line at the bottom, and the blocks in between, a
// block moving whole to the next page rather than splitting (a week never breaks across pages
// unless it is taller than a page). The same code draws the preview, the printer and the PDF.
class PageRenderer
{
public:
    explicit PageRenderer(PrintedDocument document);

    static QPageLayout pageLayout(PaperSize paper);
    // Draws every page on `device`, whose page layout it sets. Returns the number of pages, or 0
    // with `error` set.
    int render(QPagedPaintDevice *device, QString *error = nullptr) const;
    // Writes the printout to a PDF file with fonts embedded. Returns the page count, 0 on failure
    // (with a translated `error`, and no half-written file left behind).
    int exportPdf(const QString &path, QString *error = nullptr) const;

    const PrintedDocument &document() const { return m_doc; }
    // What the last render() put on the pages, in order: each block, or its pieces where it was
    // too tall for a page. The text a reader gets back from the PDF is exactly this.
    const QStringList &placedHtml() const { return m_placed; }

private:
    PrintedDocument m_doc;
    mutable QStringList m_placed;
};

} // namespace rp
