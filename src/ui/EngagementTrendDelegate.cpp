#include "EngagementTrendDelegate.h"

#include "EngagementModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace bilan {

void EngagementTrendDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    // The background and the selection as for any cell, without text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QVariantList values = index.data(EngagementModel::TrendRole).toList();
    if (values.size() < 2)
        return;
    qint64 highest = 0;
    for (const QVariant& value : values)
        highest = std::max(highest, value.toLongLong());
    const QRectF area = QRectF(option.rect).adjusted(6, 4, -6, -4);
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const double step = area.width() / static_cast<double>(values.size() - 1);
    QPainterPath line;
    QList<QPointF> points;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double share =
            highest > 0 ? static_cast<double>(values.at(i).toLongLong()) / highest : 0.0;
        const QPointF point(area.left() + step * static_cast<double>(i),
                            area.bottom() - share * area.height());
        points.append(point);
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = selected ? option.palette.color(QPalette::HighlightedText)
                                : option.palette.color(QPalette::Text);
    QColor baseline = ink;
    baseline.setAlpha(60);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(baseline, 1));
    painter->drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    painter->setPen(QPen(ink, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(line);
    painter->setBrush(ink);
    painter->setPen(Qt::NoPen);
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        painter->drawEllipse(points.at(i), 1.6, 1.6);
    painter->drawEllipse(points.last(), 3.0, 3.0);
    painter->restore();
}

QSize EngagementTrendDelegate::sizeHint(const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(text.width(), option.fontMetrics.averageCharWidth() * 12), text.height()};
}

} // namespace bilan
