#pragma once

#include "Paper.h"
#include "ReportInput.h"
#include "Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QSizeF>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace bilan {

// Writes the annual activity report as a PDF: A4 or Letter at 300 dpi, the document laid out page
// by page at 96 CSS pixels per inch (the painter is scaled to match), a footer with the
// organisation's name, the year and the page number on every page but the cover. Text stays text
// (searchable) and charts stay vector drawings.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ReportPdf)

public:
    // The number of pages written. Through OutputFile: never over the database at
    // `databasePath` (empty: none is open) or any other, owner-only, and an older file at
    // `path` stays as it was unless the whole report could be written.
    static Result<int> write(const ReportInput& input, const QString& path,
                             const QString& databasePath = {}, PaperSize paper = PaperSize::A4);
    // The same pages painted onto another paged device (a QPrinter, the print preview's), its
    // page layout set to the report's paper so that printing gives the PDF's pages. The number
    // of pages painted.
    static Result<int> paint(const ReportInput& input, QPagedPaintDevice& device,
                             PaperSize paper = PaperSize::A4);

    // The report's document at the paper's text width, cut into pages of its body's height,
    // each heading kept with its content: what `write` and `paint` draw page by page.
    static std::unique_ptr<QTextDocument> laidOut(const ReportInput& input, PaperSize paper);

    // Moves to the next page each heading that would end a page away from its content, and each
    // table row that would be cut in two.
    static void keepTogether(QTextDocument& document);
    // One pass of it, without the full relayout that ends keepTogether.
    static void keepTogetherOnce(QTextDocument& document);
    // What a reader would see broken across pages: a heading alone at the bottom of a page, a
    // table row cut in two. Empty when the layout is clean (the tests check it).
    static QStringList pageBreakProblems(QTextDocument& document);

    // The body's text area of a page, in CSS pixels, and the footer's height under it. The text
    // is as wide as the paper allows: 642 px on A4, 665 px on Letter.
    static QSizeF bodySize(PaperSize paper = PaperSize::A4);
    // The page: the paper, portrait, and the report's margins.
    static QPageLayout pageLayout(PaperSize paper);
    static constexpr qreal FooterHeight = 30.0;
};

} // namespace bilan
