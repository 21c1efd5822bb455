#include "ReportPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <climits>
#include <cmath>

// How the report's pages turn: headings kept with their content, table rows whole, no section
// ending alone on a nearly empty page (see docs/report.md, "Layout rules").

namespace bilan {

namespace {

int pageOf(qreal y, qreal pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

// The block's first line, in document coordinates.
QRectF firstLine(QTextDocument& document, const QTextBlock& block)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout* layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rect;
    const QTextLine line = layout->lineAt(0);
    return QRectF(rect.left(), rect.top() + line.y(), rect.width(), line.height());
}

// The next block with something to read, skipping the empty ones the HTML leaves behind.
QTextBlock contentAfter(const QTextBlock& heading)
{
    QTextBlock block = heading.next();
    while (block.isValid() && block.text().trimmed().isEmpty() &&
           !block.text().contains(QChar::ObjectReplacementCharacter))
        block = block.next();
    return block;
}

bool forcedBreakBefore(const QTextBlock& block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

bool isChart(const QTextBlock& block)
{
    return block.text().contains(QChar::ObjectReplacementCharacter);
}

// A paragraph that announces what follows it ("Among the many steps taken:"): it stays with the
// list or table it introduces, as a heading does.
bool isLeader(const QTextBlock& block)
{
    return block.blockFormat().headingLevel() == 0 && !QTextCursor(block).currentTable() &&
           !block.textList() && block.text().trimmed().endsWith(u':');
}

bool leadsContent(const QTextBlock& block)
{
    return block.blockFormat().headingLevel() > 0 || isLeader(block);
}

// The bottom of a table row, the lowest of its cells' last lines.
qreal rowBottom(QTextDocument& document, QTextTable* table, int row)
{
    qreal bottom = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        for (QTextBlock block = cell.firstCursorPosition().block();
             block.isValid() && block.position() <= cell.lastPosition(); block = block.next())
            bottom = std::max(bottom, document.documentLayout()->blockBoundingRect(block).bottom());
    }
    return bottom;
}

// How far down what `block` starts must reach on the page of its first line: the whole of a
// chart, a short table or a longer one's header and first row, a list's first two items, a
// paragraph's first three lines (all of a short introduction).
qreal startEnd(QTextDocument& document, const QTextBlock& block)
{
    // A short table (the finances' five columns, the key figures) is read whole.
    constexpr int ShortTable = 6;
    if (QTextTable* table = QTextCursor(block).currentTable())
        return rowBottom(document, table,
                         table->rows() <= ShortTable ? table->rows() - 1
                                                     : std::min(1, table->rows() - 1));
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    if (QTextList* list = block.textList()) {
        const int index = list->itemNumber(block);
        if (index + 1 < list->count())
            return document.documentLayout()->blockBoundingRect(list->item(index + 1)).bottom();
        return rect.bottom();
    }
    const QTextLayout* layout = block.layout();
    if (isChart(block) || !layout || layout->lineCount() <= 3)
        return rect.bottom();
    const QTextLine third = layout->lineAt(2);
    return rect.top() + third.y() + third.height();
}

// Where what a heading (or an introduction) leads must reach on its page: its first content
// and, when that content is itself a short paragraph or another leader, the start of the table,
// chart or list after it too. A heading followed by one line and then its table on the next
// page reads as alone as a heading with nothing under it.
qreal keepEnd(QTextDocument& document, const QTextBlock& leader)
{
    const QTextBlock content = contentAfter(leader);
    if (!content.isValid())
        return firstLine(document, leader).bottom();
    qreal end = startEnd(document, content);
    const QTextLayout* layout = content.layout();
    const bool shortParagraph = !QTextCursor(content).currentTable() && !content.textList() &&
                                !isChart(content) && layout && layout->lineCount() <= 3;
    // What follows a short paragraph, unless it is a section of its own or starts a page anyway.
    if (shortParagraph) {
        const QTextBlock next = contentAfter(content);
        if (next.isValid() && !forcedBreakBefore(next) &&
            (QTextCursor(next).currentTable() || isChart(next) || next.textList()))
            end = std::max(end, startEnd(document, next));
    }
    return end;
}

// The first and last page a table row's text lies on.
QPair<int, int> rowPages(QTextDocument& document, QTextTable* table, int row, qreal pageHeight)
{
    int firstPage = INT_MAX;
    int lastPage = -1;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        for (QTextBlock block = cell.firstCursorPosition().block();
             block.isValid() && block.position() <= cell.lastPosition(); block = block.next()) {
            const QRectF rect = document.documentLayout()->blockBoundingRect(block);
            firstPage = std::min(firstPage, pageOf(rect.top() + 0.5, pageHeight));
            lastPage = std::max(lastPage, pageOf(rect.bottom() - 0.5, pageHeight));
        }
    }
    return {firstPage, lastPage};
}

// A row's top edge, from its first cell's first line.
qreal rowTop(QTextDocument& document, QTextTable* table, int row)
{
    return firstLine(document, table->cellAt(row, 0).firstCursorPosition().block()).top();
}

// Marks the page breaks the layout adds, apart from those the document asks for (the cover, an
// appendix, the back page).
constexpr int MovedProperty = QTextFormat::UserProperty + 32;

// Everything from `position` on is laid out again before it is measured: a break moves all
// that follows, and the layout left to itself would only redo the block that changed.
void relayoutFrom(QTextDocument* document, int position)
{
    document->markContentsDirty(position, document->characterCount() - position);
}

void setBreakBefore(const QTextBlock& block)
{
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setProperty(MovedProperty, true);
    QTextCursor cursor(block);
    cursor.mergeBlockFormat(format);
    relayoutFrom(cursor.document(), block.position());
}

// Takes back a break the layout added before `block`: the heading that leads it moves instead,
// or nothing does. Left there, a heading moved to a new page later would stand alone above it.
void clearAddedBreak(const QTextBlock& block)
{
    if (!block.blockFormat().boolProperty(MovedProperty))
        return;
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    format.setProperty(MovedProperty, false);
    QTextCursor cursor(block);
    cursor.mergeBlockFormat(format);
    relayoutFrom(cursor.document(), block.position());
}

// A page break the document asks for, not one the layout added.
bool forcedBreak(const QTextBlock& block)
{
    return (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) &&
           !block.blockFormat().boolProperty(MovedProperty);
}

void tableProblems(QTextDocument& document, QTextFrame* frame, qreal pageHeight,
                   QStringList& problems)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            for (int row = 0; row < table->rows(); ++row) {
                const auto [firstPage, lastPage] = rowPages(document, table, row, pageHeight);
                if (lastPage > firstPage)
                    problems << QStringLiteral("table row split across pages %1-%2: %3")
                                    .arg(firstPage + 1)
                                    .arg(lastPage + 1)
                                    .arg(
                                        table->cellAt(row, 0).firstCursorPosition().block().text());
            }
        }
        tableProblems(document, child, pageHeight, problems);
    }
}

// A table starts on the next page, with its heading when one leads it.
void moveTable(QTextTable* table)
{
    const QTextBlock before = table->firstCursorPosition().block().previous();
    if (before.isValid() && before.blockFormat().headingLevel() > 0) {
        setBreakBefore(before);
        return;
    }
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
    relayoutFrom(table->document(), table->firstPosition());
}

// Qt moves a row to the next page only when none of its first lines fits; otherwise it splits
// the cells. A break before each cell's first block makes the layout move the whole row. The
// first rows (a header and the row under it) move with the whole table instead.
void keepRowsWhole(QTextDocument& document, const QTextBlock& block, qreal pageHeight)
{
    QTextTable* table = QTextCursor(block).currentTable();
    if (!table)
        return;
    const QTextTableCell cell = table->cellAt(block.position());
    if (cell.column() != 0 || cell.firstCursorPosition().block() != block)
        return;
    const int row = cell.row();
    if (row == 1)
        return; // measured with row 0
    const auto [firstPage, lastPage] = rowPages(document, table, row, pageHeight);
    const int lastOfHead =
        row == 0 && table->rows() > 1 ? rowPages(document, table, 1, pageHeight).second : lastPage;
    const qreal top = rowTop(document, table, row);
    // A row taller than a page cannot be helped; one at a page's top is already there.
    if (std::max(lastPage, lastOfHead) == firstPage || top - firstPage * pageHeight < 24.0)
        return;
    if (row == 0) {
        moveTable(table);
        return;
    }
    for (int column = 0; column < table->columns(); ++column)
        setBreakBefore(table->cellAt(row, column).firstCursorPosition().block());
}

// Qt draws a paragraph's lines from the last one wholly above the clip, so a paragraph that
// crosses a page boundary writes its last line of the page before, clipped away but still text,
// at the top of the next page: invisible, yet found by search and copy-paste. Splitting such a
// paragraph where the page turns gives each page its own block, which the layout culls whole.
// The line already starts the next page, so nothing moves.

bool isBreakCandidate(const QTextBlock& block)
{
    return leadsContent(block) && !QTextCursor(block).currentTable();
}

// A section whose end would stand nearly alone on the page before a forced break (the next
// section's own page, the back page, the end) moves its last part there: from the latest
// heading or introduction that leaves the page at least a quarter full, the whole section when
// it fits on one page. A last page holding two bullets is a page a reader turns for nothing.
void fillLastPages(QTextDocument& document, qreal pageHeight)
{
    constexpr qreal LeastFill = 0.25;
    QTextBlock last;
    QList<QTextBlock> candidates;
    for (QTextBlock block = document.begin();; block = block.next()) {
        const bool forced = !block.isValid() || forcedBreak(block);
        if (forced && last.isValid()) {
            const qreal bottom = document.documentLayout()->blockBoundingRect(last).bottom();
            const int endPage = pageOf(bottom - 0.5, pageHeight);
            const qreal used = bottom - endPage * pageHeight;
            if (used < LeastFill * pageHeight) {
                for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
                    const qreal top = firstLine(document, *it).top();
                    const int page = pageOf(top + 0.5, pageHeight);
                    if (page == endPage)
                        continue;
                    if (page < endPage - 1 || bottom - top > pageHeight)
                        break;
                    if (bottom - top >= LeastFill * pageHeight && top - page * pageHeight > 1.0) {
                        // The headings right above it go with it.
                        auto first = it;
                        while (std::next(first) != candidates.crend() &&
                               contentAfter(*std::next(first)) == *first)
                            ++first;
                        setBreakBefore(*first);
                        // What follows now starts on that page: breaks added before it go.
                        for (QTextBlock after = first->next();
                             after.isValid() && after.position() <= last.position();
                             after = after.next())
                            clearAddedBreak(after);
                        break;
                    }
                }
            }
            candidates.clear();
            last = QTextBlock();
        }
        if (!block.isValid())
            break;
        if (isBreakCandidate(block) && !block.text().trimmed().isEmpty())
            candidates << block;
        if (!block.text().trimmed().isEmpty())
            last = block;
    }
}

} // namespace

void ReportPdf::keepTogether(QTextDocument& document)
{
    // Each pass relays the document piecemeal; the painter culls blocks by the layout's
    // checkpoints and only a full layout brings them up to date, which may move a few lines
    // again: a second pass catches those.
    for (int pass = 0; pass < 3; ++pass) {
        keepTogetherOnce(document);
        document.markContentsDirty(0, document.characterCount());
        if (pageBreakProblems(document).isEmpty())
            return;
    }
}

void ReportPdf::keepTogetherOnce(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    // In reading order: each fix moves what follows, which is measured after it.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!leadsContent(block)) {
            keepRowsWhole(document, block, pageHeight);
            continue;
        }
        const QTextBlock content = contentAfter(block);
        if (!content.isValid())
            continue;
        clearAddedBreak(content);
        const QRectF heading = firstLine(document, block);
        const qreal end = keepEnd(document, block);
        const int headingPage = pageOf(heading.top() + 0.5, pageHeight);
        // A heading already at the top of its page gains nothing from a break, nor one whose
        // content would not fit on a page anyway.
        const bool atTop = heading.top() - headingPage * pageHeight < heading.height();
        if (!atTop && end - heading.top() < pageHeight &&
            pageOf(end - 0.5, pageHeight) != headingPage) {
            setBreakBefore(block);
        }
    }
    fillLastPages(document, pageHeight);
}

QStringList ReportPdf::pageBreakProblems(QTextDocument& document)
{
    QStringList problems;
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return problems;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QTextBlock content = contentAfter(block);
        if (!content.isValid())
            continue;
        const QRectF heading = firstLine(document, block);
        const int headingPage = pageOf(heading.top() + 0.5, pageHeight);
        const qreal end = keepEnd(document, block);
        const int contentPage = pageOf(end - 0.5, pageHeight);
        if (contentPage != headingPage && end - heading.top() < pageHeight)
            problems << QStringLiteral("heading on page %1, its content on page %2: %3")
                            .arg(headingPage + 1)
                            .arg(contentPage + 1)
                            .arg(block.text());
    }
    tableProblems(document, document.rootFrame(), pageHeight, problems);
    return problems;
}

} // namespace bilan
