#include "ReportPdf.h"

#include "ReportDocument.h"
#include "ReportText.h"

#include "OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <cmath>

namespace bilan {

namespace {

constexpr int Dpi = 300;
constexpr qreal CssDpi = 96.0;
const QMarginsF PageMargins(20, 18, 20, 14); // millimetres

int pageOf(qreal y, qreal pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

// The block's first line, in document coordinates.
void splitAtPageBoundaries(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    QList<int> positions;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() < 2)
            continue;
        const qreal top = document.documentLayout()->blockBoundingRect(block).top();
        for (int i = 1; i < layout->lineCount(); ++i) {
            if (pageOf(top + layout->lineAt(i).y() + 0.5, pageHeight) !=
                pageOf(top + layout->lineAt(i - 1).y() + 0.5, pageHeight))
                positions << block.position() + layout->lineAt(i).textStart();
        }
    }
    // From the end: a split moves the positions after it.
    for (auto it = positions.crbegin(); it != positions.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(*it);
        const QTextBlock before = cursor.block();
        QTextBlockFormat first = before.blockFormat();
        first.setBottomMargin(0);
        QTextCursor(before).setBlockFormat(first);
        QTextBlockFormat rest = before.blockFormat();
        rest.setTopMargin(0);
        rest.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.insertBlock(rest, cursor.charFormat());
        // The rest of a list item is not an item of its own: no second bullet.
        if (QTextList* list = cursor.block().textList()) {
            list->remove(cursor.block());
            QTextBlockFormat indented = cursor.blockFormat();
            indented.setIndent(list->format().indent());
            cursor.setBlockFormat(indented);
        }
    }
    if (!positions.isEmpty())
        document.markContentsDirty(0, document.characterCount());
}

// The blocks a page may start with: a heading, an introduction, or the first of the document.
void drawFooter(QPainter& painter, const ReportInput& input, const QSizeF& body, int page,
                int pages)
{
    const QString organisation = input.organisationName.trimmed().isEmpty()
                                     ? ReportText::tr("Shared-services cooperative", input.language)
                                     : input.organisationName.trimmed();
    const QString left = QStringLiteral("%1 — %2").arg(
        organisation,
        ReportText::tr("Activity report %1", input.language).arg(input.figures.year.name()));
    const QString right = ReportText::tr("Page %1 of %2", input.language).arg(page).arg(pages);
    const QRectF area(0, body.height() + 8, body.width(), ReportPdf::FooterHeight - 8);
    painter.save();
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0x7a), 0.6));
    painter.drawLine(QPointF(0, area.top()), QPointF(body.width(), area.top()));
    // In CSS pixels: a size in points would be taken at the PDF's 300 dpi, then scaled again.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF text = area.adjusted(0, 4, 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, left);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, right);
    painter.restore();
}

// The cover's text sits a third of the way down its page rather than against the top margin
// (the paged layout drops a top margin at a page's top).
qreal coverOffset(QTextDocument& document, qreal pageHeight)
{
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    if (frames.isEmpty())
        return 0;
    const qreal coverBottom = document.documentLayout()->frameBoundingRect(frames.first()).bottom();
    return coverBottom < pageHeight ? (pageHeight - coverBottom) / 3.0 : 0.0;
}

void drawCoverRules(QPainter& painter, const QSizeF& body)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x5f, 0x7a));
    painter.drawRect(QRectF(0, 0, body.width(), 6));
    painter.drawRect(QRectF(0, body.height() + ReportPdf::FooterHeight - 6, body.width(), 6));
    painter.setBrush(QColor(0xe3, 0x9b, 0x2d));
    painter.drawRect(QRectF(0, 8, body.width() / 3.0, 3));
    painter.restore();
}

} // namespace

QPageLayout ReportPdf::pageLayout(PaperSize paper)
{
    return QPageLayout(Paper::pageSize(paper), QPageLayout::Portrait, PageMargins,
                       QPageLayout::Millimeter);
}

QSizeF ReportPdf::bodySize(PaperSize paper)
{
    const QRectF paint = pageLayout(paper).paintRect(QPageLayout::Inch);
    return QSizeF(paint.width() * CssDpi, paint.height() * CssDpi - FooterHeight);
}

namespace {

// The document laid out page by page on a painter already begun on `device`, whose page layout
// is the report's: the PDF file and the printer get the same pages from the same code.
int paintPages(const ReportInput& input, QPagedPaintDevice& device, QPainter& painter,
               PaperSize paper)
{
    const QSizeF body = ReportPdf::bodySize(paper);
    const auto document = ReportPdf::laidOut(input, paper);
    const int pages = document->pageCount();

    // The document is laid out in CSS pixels; the device has its own dots per inch (300 for the
    // PDF, whatever the printer or the preview says).
    painter.scale(device.logicalDpiX() / CssDpi, device.logicalDpiY() / CssDpi);
    const qreal coverDrop = coverOffset(*document, body.height());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        else
            drawCoverRules(painter, body);
        painter.save();
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.translate(0, page == 0 ? coverDrop : -clip.top());
        painter.setClipRect(clip);
        // Qt draws each line that touches the context's clip, and a line that starts exactly at
        // the page's bottom edge (the next page's first) touches it: clipped away, its text would
        // still be written into this page, a copy nobody sees but search and copy-paste find. A
        // clip half a pixel inside the page leaves out the lines that only touch its edges.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip.adjusted(0, 0.5, 0, -0.5);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        if (page > 0)
            drawFooter(painter, input, body, page + 1, pages);
    }
    return pages;
}

} // namespace

std::unique_ptr<QTextDocument> ReportPdf::laidOut(const ReportInput& input, PaperSize paper)
{
    const QSizeF body = bodySize(paper);
    auto document = ReportDocument::build(input, body.width());
    document->setPageSize(body);
    keepTogether(*document);
    splitAtPageBoundaries(*document);
    return document;
}

Result<int> ReportPdf::write(const ReportInput& input, const QString& path,
                             const QString& databasePath, PaperSize paper)
{
    // QPdfWriter says nothing when a write fails: the file checks every one, and replaces an
    // older report only once the whole new one is on disk.
    OutputFile file(path, databasePath);
    if (auto begun = file.begin(); !begun)
        return begun.error();
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(Dpi);
        writer.setPageLayout(pageLayout(paper));
        writer.setCreator(QStringLiteral("Bilan"));
        writer.setTitle(
            ReportText::tr("Activity report %1", input.language).arg(input.figures.year.name()));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("cannot write the PDF file %1; check the folder exists and is writable")
                            .arg(QFileInfo(path).absoluteFilePath()));
        pages = paintPages(input, writer, painter, paper);
        if (!painter.end())
            return fail(
                tr("cannot finish the PDF file %1").arg(QFileInfo(path).absoluteFilePath()));
    }
    if (auto committed = file.commit(); !committed)
        return committed.error();
    return pages;
}

Result<int> ReportPdf::paint(const ReportInput& input, QPagedPaintDevice& device, PaperSize paper)
{
    // The report's own page, whatever the printer had: the printed pages are the PDF's pages.
    if (!device.setPageLayout(pageLayout(paper)))
        return fail(tr("the printer does not accept the report's page (%1, portrait)")
                        .arg(paper == PaperSize::Letter ? tr("Letter") : tr("A4")));
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("cannot start printing the report; check the printer is ready"));
    const int pages = paintPages(input, device, painter, paper);
    if (!painter.end())
        return fail(tr("cannot finish printing the report"));
    return pages;
}

} // namespace bilan
