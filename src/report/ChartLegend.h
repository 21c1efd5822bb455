#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QChart;
class QPainter;

namespace bilan {

// The legend of a chart printed in the report, drawn by Bilan rather than by Qt Charts: Qt's
// legend cuts a name that does not fit its one row ("…à la fin de l'exe…"), and a pie's labels
// beside small slices overlap. Here every name is whole: entries flow onto as many rows as they
// need, and a name wider than the room wraps.
class ChartLegend
{
public:
    struct Entry
    {
        QString text;
        QColor colour;
    };

    // The entries of `chart`'s legend (bar sets, pie slices), taken from Qt's legend, which is
    // hidden; none when the chart shows no legend. A pie's slices lose their labels, which the
    // legend carries instead.
    static QList<Entry> takeFrom(QChart* chart);
    // Whether the chart is a pie (its legend goes to the right of it) rather than bars (under).
    static bool isPie(const QChart* chart);

    // The height the entries take laid out in rows `width` wide; one entry a row when `column`.
    static qreal height(const QList<Entry>& entries, qreal width, bool column);
    // Draws the entries in `area`, rows centred (or, in a column, left-aligned and centred
    // vertically).
    static void draw(QPainter* painter, const QRectF& area, const QList<Entry>& entries,
                     bool column);

    // The space the legend leaves around itself, in CSS pixels.
    static constexpr qreal Padding = 6.0;
};

} // namespace bilan
