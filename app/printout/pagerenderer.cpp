#include "pagerenderer.h"

#include "printfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <memory>

namespace rp {
namespace {

// Point sizes: body, grid and calendar text; large print scales the body up by about 40%, the
// calendar by less: it must stay one page for the fridge (tst_print checks it).
struct Sizes
{
    double body, grid, calendar, small, h1, h2, h3;
};

Sizes sizesFor(bool large)
{
    if (large)
        return {14, 12.5, 8, 10.5, 20, 16, 14};
    return {10.5, 9, 7.5, 8, 16, 12.5, 10.5};
}

Sizes scaled(Sizes s, double f)
{
    for (double *v : {&s.body, &s.grid, &s.calendar, &s.small, &s.h1, &s.h2, &s.h3})
        *v *= f;
    return s;
}

QString styleSheet(const Sizes &s)
{
    const QString tc = printfonts::family(Language::TraditionalChinese);
    const QString sc = printfonts::family(Language::SimplifiedChinese);
    // English is set in the TC face's Latin letters, so one font family serves every printout.
    return QStringLiteral(".en, .hant { font-family: '%1'; } .hans { font-family: '%2'; }"
                          "h1 { font-size: %3pt; font-weight: bold; margin-bottom: 4pt; }"
                          "h2 { font-size: %4pt; font-weight: bold; margin-top: 10pt; margin-bottom: 3pt; }"
                          "h3 { font-size: %5pt; font-weight: bold; margin-top: 6pt; margin-bottom: 1pt; }"
                          "p { margin-top: 2pt; margin-bottom: 2pt; }"
                          "p.intro { margin-bottom: 6pt; }"
                          "p.phase { color: #3b4a42; margin-top: 0pt; }"
                          "p.differ { color: #4a4a4a; font-style: italic; }"
                          "p.dishnote { color: #3b4a42; margin-top: 2pt; margin-bottom: 0pt; }"
                          "p.urgent { color: #8c1d18; font-weight: bold; border: 1px solid #8c1d18; padding: 4pt; }"
                          ".src { color: #8a8a8a; font-size: %6pt; }"
                          "table.grid { font-size: %7pt; }"
                          "table.grid th { background-color: #e7ece9; text-align: left; }"
                          "table.grid td { vertical-align: top; background-color: #ffffff; }"
                          "table.grid td.day { background-color: #f4f6f5; white-space: nowrap; }"
                          "td.num { text-align: right; }"
                          "table.cal { font-size: %8pt; }"
                          "table.caltwo { font-size: %10pt; }"
                          "table.cal td, table.caltwo td { vertical-align: top; background-color: #ffffff; }"
                          "h2.flaghead { color: #8c1d18; }"
                          "table.flags td { background-color: #fbf1f0; }"
                          "table.flags td { vertical-align: top; }"
                          "table.compact { font-size: %6pt; }"
                          "p.disclaimer { font-weight: bold; margin-top: 4pt; }"
                          "p.clinic { font-size: %9pt; font-weight: bold; margin: 0pt; }"
                          "p.clinicdetail { font-size: %6pt; color: #444444; margin: 0pt; }"
                          "p.patient { margin-top: 2pt; margin-bottom: 0pt; }"
                          "p.foot { font-size: %6pt; color: #444444; margin: 0pt; }")
        .arg(tc, sc)
        .arg(s.h1)
        .arg(s.h2)
        .arg(s.h3)
        .arg(s.small)
        .arg(s.grid)
        .arg(s.calendar)
        .arg(s.h3 + 1)
        .arg(s.calendar - 1.0);
}

// A block laid out at the device's resolution, `width` device pixels wide.
std::unique_ptr<QTextDocument> layOut(const QString &html, QPagedPaintDevice *device, double width, const QString &css,
    const Sizes &sizes, Language script)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    QFont font(printfonts::family(script));
    font.setPointSizeF(sizes.body);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(css);
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

// Where one block, or one slice of a block taller than a page, lands.
struct Placement
{
    int block;
    double y; // top on the page, device pixels from the body's top
    double sliceTop; // first pixel of the block shown here
    double height;
};

// The lowest point in (top, limit] that no text block crosses; `limit` itself when there is none
// (one paragraph taller than a page is then cut through).
double safeCut(const QTextDocument &doc, double top, double limit)
{
    QList<QRectF> rects;
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        rects << layout->blockBoundingRect(b);
    double best = -1;
    for (const QRectF &candidate : rects) {
        const double y = candidate.top();
        if (y <= top || y > limit || y <= best)
            continue;
        const bool crossed
            = std::any_of(rects.cbegin(), rects.cend(), [y](const QRectF &r) { return r.top() < y && r.bottom() > y; });
        if (!crossed)
            best = y;
    }
    return best > 0 ? best : limit;
}

} // namespace

PageRenderer::PageRenderer(PrintedDocument document)
    : m_doc(std::move(document))
{ }

QPageLayout PageRenderer::pageLayout(PaperSize paper)
{
    const QPageSize size(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
}

int PageRenderer::render(QPagedPaintDevice *device, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return 0;
    };
    printfonts::ensureLoaded();
    if (!device->setPageLayout(pageLayout(m_doc.options.paper)))
        return fail(QCoreApplication::translate("Print", "The printer does not accept this paper size."));
    const Sizes sizes = sizesFor(m_doc.options.largePrint);
    const QString css = styleSheet(sizes);
    const Language script = chineseScriptOf(m_doc.options.language);
    const QRect body = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double width = body.width();
    const double mm = device->logicalDpiY() / 25.4;

    QImage logo;
    const double logoSize = 14 * mm;
    const bool hasLogo = !m_doc.logo.isEmpty() && logo.loadFromData(m_doc.logo);
    const double headerWidth = hasLogo ? width - logoSize - 3 * mm : width;
    auto header = layOut(m_doc.headerHtml, device, headerWidth, css, sizes, script);
    // A long clinic header and name are set smaller rather than crowd out the page; one that still
    // takes over a third of it is refused, since the plan would hardly fit beside it.
    if (header->size().height() > body.height() / 6.0)
        header = layOut(
            m_doc.headerHtml, device, headerWidth, styleSheet(scaled(sizes, 0.75)), scaled(sizes, 0.75), script);
    if (header->size().height() > body.height() / 3.0)
        return fail(QCoreApplication::translate("Print",
            "The clinic header and the patient's name take up too much "
            "of the page. Shorten them in Clinic settings."));
    const double headerHeight = std::max(header->size().height(), hasLogo ? logoSize : 0.0) + 3 * mm;
    auto footer = layOut(m_doc.footerHtml, device, width * 0.68, css, sizes, script);
    const double footerHeight = footer->size().height() + 2 * mm;
    const double bodyTop = headerHeight;
    const double bodyHeight = body.height() - headerHeight - footerHeight;

    // First every block is laid out, as it will be placed: whole, or its pieces when it is too
    // tall for a page; then the pieces are put on pages.
    struct Unit
    {
        std::unique_ptr<QTextDocument> doc;
        QString html;
        bool keepTogether = true;
        bool newPage = false;
        bool keepWithNext = false;
    };
    std::vector<Unit> units;
    for (const PrintBlock &b : m_doc.blocks) {
        auto doc = layOut(b.html, device, width, css, sizes, script);
        // The calendar with its red flags stays one page for the fridge: its type may get a little
        // smaller, never below 85%, which keeps it readable; past that it uses its pieces.
        for (double scale = 0.95; b.fitOnePage && doc->size().height() > bodyHeight && scale >= 0.849; scale -= 0.05)
            doc = layOut(b.html, device, width, styleSheet(scaled(sizes, scale)), scaled(sizes, scale), script);
        // A block after a title must fit beside it, or the title would stand alone on a page.
        const double title
            = !units.empty() && units.back().keepWithNext ? units.back().doc->size().height() + 2 * mm : 0.0;
        if (!b.pieces.isEmpty() && doc->size().height() + title > bodyHeight) {
            // Too tall for one page: its pieces instead (a week in parts, each under its heading).
            // A piece of a one-page block (the calendar without its flags) may shrink to 80%.
            for (int i = 0; i < b.pieces.size(); ++i) {
                auto piece = layOut(b.pieces[i], device, width, css, sizes, script);
                for (double scale = 0.95; b.fitOnePage && piece->size().height() > bodyHeight && scale >= 0.799;
                     scale -= 0.05)
                    piece = layOut(
                        b.pieces[i], device, width, styleSheet(scaled(sizes, scale)), scaled(sizes, scale), script);
                units.push_back(Unit{std::move(piece), b.pieces[i], true, b.newPage && i == 0, false});
            }
        } else {
            units.push_back(Unit{std::move(doc), b.html, b.keepTogether, b.newPage, b.keepWithNext});
        }
    }

    QList<QList<Placement>> pages(1);
    double y = 0;
    const double gap = 2 * mm;
    auto newPage = [&] {
        pages.append(QList<Placement>());
        y = 0;
    };
    m_placed.clear();
    for (size_t index = 0; index < units.size(); ++index) {
        const Unit &unit = units[index];
        const double h = unit.doc->size().height();
        const bool pageUsed = !pages.last().isEmpty();
        // A title goes to the next page with the start of what follows it, when both fit there.
        double together = h;
        if (unit.keepWithNext && index + 1 < units.size())
            together += gap + units[index + 1].doc->size().height();
        if (pageUsed
            && (unit.newPage || (unit.keepTogether && y + h > bodyHeight && h <= bodyHeight)
                || (unit.keepWithNext && y + together > bodyHeight && together <= bodyHeight)
                || (h > bodyHeight && y > 0)))
            newPage();
        // Whole on this page; a unit taller than a page is cut where no line crosses, page by page.
        double top = 0;
        while (top < h) {
            double slice = std::min(h - top, bodyHeight - y);
            if (h - top > bodyHeight - y) {
                // Cut where no paragraph (nor any cell of a table row) straddles the line: a
                // straddling one would be drawn on both pages, and read twice from the PDF.
                slice = safeCut(*unit.doc, top, top + slice) - top;
            }
            if (slice <= 0) { // nothing fits in what is left of this page
                newPage();
                continue;
            }
            pages.last().append(Placement{int(index), y, top, slice});
            top += slice;
            y += slice;
            if (top < h)
                newPage();
        }
        y += gap;
        m_placed << unit.html;
    }

    QPainter painter;
    if (!painter.begin(device))
        return fail(QCoreApplication::translate("Print", "The printer could not be started."));
    const int total = int(pages.size());
    for (int p = 0; p < total; ++p) {
        if (p > 0)
            device->newPage();
        // Header: logo, clinic, patient; a rule under it.
        painter.save();
        if (hasLogo) {
            painter.drawImage(QPointF(0, 0),
                logo.scaled(int(logoSize), int(logoSize), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            painter.translate(logoSize + 3 * mm, 0);
        }
        header->drawContents(&painter);
        painter.restore();
        painter.setPen(QPen(QColor(0x9a, 0xa3, 0x9e), 0.3 * mm));
        painter.drawLine(QPointF(0, headerHeight - 1.5 * mm), QPointF(width, headerHeight - 1.5 * mm));

        for (const Placement &pl : pages[p]) {
            painter.save();
            painter.translate(0, bodyTop + pl.y - pl.sliceTop);
            units[size_t(pl.block)].doc->drawContents(&painter, QRectF(0, pl.sliceTop, width, pl.height));
            painter.restore();
        }

        // Footer: the medical-care line on the left, "Page n of m" on the right.
        const double footTop = body.height() - footerHeight + 2 * mm;
        painter.drawLine(QPointF(0, footTop - 1 * mm), QPointF(width, footTop - 1 * mm));
        painter.save();
        painter.translate(0, footTop);
        footer->drawContents(&painter);
        painter.restore();
        auto label = layOut(QStringLiteral("<p class=\"foot\" align=\"right\">%1</p>")
                                .arg(QString(m_doc.pageLabel).arg(p + 1).arg(total)),
            device, width * 0.3, css, sizes, script);
        painter.save();
        painter.translate(width * 0.7, footTop);
        label->drawContents(&painter);
        painter.restore();
    }
    painter.end();
    return total;
}

int PageRenderer::exportPdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Print", "Cannot write %1: %2").arg(path, file.errorString());
        return 0;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_doc.title);
        writer.setCreator(QStringLiteral("Recovery Planner"));
        writer.setResolution(600);
        pages = render(&writer, error);
    }
    if (pages == 0) {
        file.cancelWriting();
        return 0;
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Print", "Cannot write %1: %2").arg(path, file.errorString());
        return 0;
    }
    return pages;
}

} // namespace rp
