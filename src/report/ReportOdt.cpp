#include "ReportOdt.h"

#include "ReportCharts.h"
#include "ReportDocument.h"
#include "ReportText.h"

#include "OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <optional>

namespace bilan {

namespace {

constexpr qreal CssDpi = 96.0;
constexpr qreal PointsPerPixel = 72.0 / CssDpi;

struct ChartPlace
{
    int position = 0;
    ChartKind kind = ChartKind::Hours;
    QSizeF size;
};

// Every chart object, in reading order (table cells included: their blocks are the document's).
QList<ChartPlace> chartPlaces(const QTextDocument& document)
{
    QList<ChartPlace> places;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.objectType() != ReportCharts::ObjectType)
                continue;
            const auto kind =
                ReportCharts::fromKey(format.property(ReportCharts::KindProperty).toString());
            if (!kind)
                continue;
            const QTextImageFormat image = format.toImageFormat();
            places.append({fragment.position(), *kind, QSizeF(image.width(), image.height())});
        }
    }
    return places;
}

// The chart drawn at its size in the document (CSS pixels) onto an image of `dpi` dots per inch:
// the painter is scaled, so the chart's fonts and lines keep their proportions.
QImage chartImage(ChartKind kind, const ReportInput& input, const QSizeF& size, int dpi)
{
    const qreal scale = dpi / CssDpi;
    QImage image(QSize(static_cast<int>(std::ceil(size.width() * scale)),
                       static_cast<int>(std::ceil(size.height() * scale))),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        ReportCharts::draw(kind, input, &painter, QRectF(QPointF(0, 0), size));
    }
    // Said once drawn: a word processor reading the picture's resolution prints it at its size.
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

// Qt's ODF writer leaves out a cell's background, which leaves a header's white text on white:
// the cell's paragraphs carry the colour instead.
void fillCellsThroughParagraphs(QTextFrame* frame)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            for (int row = 0; row < table->rows(); ++row) {
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    const QTextCharFormat format = cell.format();
                    if (!format.hasProperty(QTextFormat::BackgroundBrush))
                        continue;
                    QTextBlockFormat fill;
                    fill.setBackground(format.background());
                    for (QTextBlock block = cell.firstCursorPosition().block();
                         block.isValid() && block.position() <= cell.lastPosition();
                         block = block.next())
                        QTextCursor(block).mergeBlockFormat(fill);
                }
            }
        }
        fillCellsThroughParagraphs(child);
    }
}

// The left edge of `column`, from a cell that starts there alone (no span across it).
std::optional<qreal> columnLeft(QTextDocument& document, QTextTable* table, int column)
{
    for (int row = 0; row < table->rows(); ++row) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.column() == column && cell.columnSpan() == 1)
            return document.documentLayout()
                ->blockBoundingRect(cell.firstCursorPosition().block())
                .left();
    }
    return std::nullopt;
}

// Columns left to the word processor are written as equal shares, which wraps a long label
// ("FRAIS D'EXPLOITATION") letter by letter: each column keeps the width Qt's layout gave it.
void keepColumnWidths(QTextDocument& document, QTextFrame* frame)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            const QRectF box = document.documentLayout()->frameBoundingRect(table);
            QList<qreal> lefts;
            for (int column = 0; column < table->columns(); ++column) {
                const auto left = columnLeft(document, table, column);
                if (!left)
                    break;
                lefts << *left;
            }
            if (lefts.size() == table->columns() && box.width() > 0) {
                lefts << box.right();
                // In points: the writer takes a percentage for a length (ODF wants one) and
                // LibreOffice then shares the width equally.
                QList<QTextLength> widths;
                for (int column = 0; column < table->columns(); ++column)
                    widths << QTextLength(QTextLength::FixedLength,
                                          std::round(PointsPerPixel * 10.0 *
                                                     (lefts.at(column + 1) - lefts.at(column))) /
                                              10.0);
                QTextTableFormat format = table->format();
                format.setColumnWidthConstraints(widths);
                table->setFormat(format);
            }
        }
        keepColumnWidths(document, child);
    }
}

// The writer names the font of each run only when the run sets one, "Sans" otherwise: the
// report's font is said everywhere, as the PDF has it.
void nameTheFont(QTextDocument& document)
{
    QTextCharFormat font;
    font.setFontFamilies({document.defaultFont().family()});
    QTextCursor all(&document);
    all.select(QTextCursor::Document);
    all.mergeCharFormat(font);
}

} // namespace

int ReportOdt::chartsToImages(QTextDocument& document, const ReportInput& input, int dpi)
{
    const QList<ChartPlace> places = chartPlaces(document);
    for (int i = 0; i < places.size(); ++i) {
        const ChartPlace& place = places.at(i);
        const QString name =
            QStringLiteral("chart%1-%2.png").arg(i + 1).arg(ReportCharts::key(place.kind));
        document.addResource(QTextDocument::ImageResource, QUrl(name),
                             chartImage(place.kind, input, place.size, dpi));
        QTextImageFormat picture;
        picture.setName(name);
        picture.setWidth(place.size.width());
        picture.setHeight(place.size.height());
        // Replacing one character moves nothing: the positions found stay true.
        QTextCursor cursor(&document);
        cursor.setPosition(place.position);
        cursor.setPosition(place.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(picture);
    }
    return static_cast<int>(places.size());
}

Result<int> ReportOdt::write(const ReportInput& input, const QString& path,
                             const QString& databasePath)
{
    auto document = ReportDocument::build(input);
    document->setMetaInformation(
        QTextDocument::DocumentTitle,
        ReportText::tr("Activity report %1", input.language).arg(input.figures.year.name()));
    keepColumnWidths(*document, document->rootFrame());
    nameTheFont(*document);
    fillCellsThroughParagraphs(document->rootFrame());
    const int charts = chartsToImages(*document, input);

    // The zip writer seeks back over what it wrote, which OutputFile (sequential) does not
    // allow: the archive is made in memory, then written whole.
    QBuffer archive;
    archive.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&archive, "odf");
    if (!writer.write(document.get()))
        return fail(tr("cannot make the OpenDocument text of the report for %1")
                        .arg(QFileInfo(path).absoluteFilePath()));
    archive.close();

    OutputFile file(path, databasePath);
    if (auto begun = file.begin(); !begun)
        return begun.error();
    file.write(archive.data());
    if (auto committed = file.commit(); !committed)
        return committed.error();
    return charts;
}

} // namespace bilan
