#include "ChartLegend.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>

#include <algorithm>

namespace bilan {

namespace {

constexpr qreal Marker = 8.0;
constexpr qreal MarkerGap = 4.0;
constexpr qreal EntryGap = 14.0;
constexpr qreal RowGap = 3.0;

// In pixels: the painter draws in CSS pixels, and a size in points would be taken at the
// device's own resolution (300 dpi for the PDF).
QFont legendFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    return font;
}

constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// The entry's size when it may be at most `width` wide; its text wraps beyond.
QSizeF entrySize(const ChartLegend::Entry& entry, qreal width)
{
    const QFontMetricsF metrics(legendFont());
    const qreal room = std::max(width - Marker - MarkerGap, 1.0);
    const QRectF text = metrics.boundingRect(QRectF(0, 0, room, 1e6), TextFlags, entry.text);
    return QSizeF(Marker + MarkerGap + std::ceil(text.width()) + 1.0,
                  std::max(text.height(), Marker));
}

struct Row
{
    QList<qsizetype> entries;
    qreal width = 0;
    qreal height = 0;
};

QList<Row> rowsOf(const QList<ChartLegend::Entry>& entries, qreal width, bool column)
{
    QList<Row> rows;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QSizeF size = entrySize(entries.at(i), width);
        if (rows.isEmpty() || column || rows.last().width + EntryGap + size.width() > width) {
            rows.append(Row{});
        } else {
            rows.last().width += EntryGap;
        }
        Row& row = rows.last();
        row.entries << i;
        row.width += size.width();
        row.height = std::max(row.height, size.height());
    }
    return rows;
}

} // namespace

bool ChartLegend::isPie(const QChart* chart)
{
    const auto series = chart->series();
    return !series.isEmpty() && qobject_cast<QPieSeries*>(series.first());
}

QList<ChartLegend::Entry> ChartLegend::takeFrom(QChart* chart)
{
    QList<Entry> entries;
    if (!chart->legend()->isVisible())
        return entries;
    chart->legend()->setVisible(false);
    for (QAbstractSeries* series : chart->series()) {
        if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (QPieSlice* slice : pie->slices()) {
                entries.append({slice->label(), slice->color()});
                slice->setLabelVisible(false);
            }
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                entries.append({set->label(), set->color()});
        }
    }
    return entries;
}

qreal ChartLegend::height(const QList<Entry>& entries, qreal width, bool column)
{
    const QList<Row> rows = rowsOf(entries, width, column);
    qreal total = 0;
    for (const Row& row : rows)
        total += row.height;
    return rows.isEmpty() ? 0.0 : total + RowGap * static_cast<qreal>(rows.size() - 1);
}

void ChartLegend::draw(QPainter* painter, const QRectF& area, const QList<Entry>& entries,
                       bool column)
{
    const QList<Row> rows = rowsOf(entries, area.width(), column);
    painter->save();
    painter->setFont(legendFont());
    qreal y = area.top() + std::max(0.0, (area.height() - height(entries, area.width(), column)) /
                                             (column ? 2.0 : 1.0));
    for (const Row& row : rows) {
        qreal x = column ? area.left() : area.left() + (area.width() - row.width) / 2.0;
        for (qsizetype index : row.entries) {
            const Entry& entry = entries.at(index);
            const QSizeF size = entrySize(entry, area.width());
            const QFontMetricsF metrics(legendFont());
            // The marker beside the first line of the name.
            const qreal markerTop = y + (metrics.height() - Marker) / 2.0;
            painter->setPen(Qt::NoPen);
            painter->setBrush(entry.colour);
            painter->drawRect(QRectF(x, markerTop, Marker, Marker));
            painter->setPen(QColor(0x33, 0x33, 0x33));
            painter->drawText(
                QRectF(x + Marker + MarkerGap, y, size.width() - Marker - MarkerGap, size.height()),
                TextFlags, entry.text);
            x += size.width() + EntryGap;
        }
        y += row.height + RowGap;
    }
    painter->restore();
}

} // namespace bilan
