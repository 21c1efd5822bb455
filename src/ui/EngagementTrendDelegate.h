#pragma once

#include <QStyledItemDelegate>

namespace bilan {

// Draws a row's five-year hours (EngagementModel::TrendRole, Y-4 … Y) as a small line: each
// year a point, the year shown a larger dot, scaled to the row's own busiest year so that the
// shape (rising, falling, stopped) reads at a glance; a year without hours sits on the baseline.
// The tooltip gives the figures.
class EngagementTrendDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace bilan
