#pragma once

#include "ReportInput.h"

#include <QList>

class QChartView;
class QWidget;

namespace bilan {

// The Reports dashboard's charts, two by two in the grid of the widget given: hours, members,
// revenue and experts, in the report's order. Each shows only when it has something to show.
class ReportChartGrid
{
public:
    // Adds the chart views to `box`'s grid layout, their tooltips in `language`.
    ReportChartGrid(QWidget* box, ReportLanguage language);

    // Draws the charts of `input`; those without data are hidden.
    void show(const ReportInput& input);
    // Hides every chart (the figures could not be read).
    void clear();
    // The charts shown, in order.
    QList<QChartView*> visible() const;

private:
    QList<QChartView*> m_views;
};

} // namespace bilan
