#include "ReportChartGrid.h"

#include "ReportCharts.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLegend>

namespace bilan {

namespace {

constexpr ChartKind DashboardCharts[] = {ChartKind::Hours, ChartKind::Members, ChartKind::Revenue,
                                         ChartKind::Experts};

} // namespace

ReportChartGrid::ReportChartGrid(QWidget* box, ReportLanguage language)
{
    auto* layout = qobject_cast<QGridLayout*>(box->layout());
    int position = 0;
    for (ChartKind kind : DashboardCharts) {
        auto* view = new QChartView(box);
        view->setObjectName(QStringLiteral("chart-") + ReportCharts::key(kind));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 180);
        view->setFocusPolicy(Qt::NoFocus);
        view->setToolTip(ReportCharts::title(kind, language));
        layout->addWidget(view, position / 2, position % 2);
        m_views << view;
        ++position;
    }
}

QList<QChartView*> ReportChartGrid::visible() const
{
    QList<QChartView*> shown;
    for (QChartView* view : m_views)
        if (!view->isHidden())
            shown << view;
    return shown;
}

void ReportChartGrid::clear()
{
    for (QChartView* view : m_views)
        view->hide();
}

void ReportChartGrid::show(const ReportInput& input)
{
    for (int i = 0; i < m_views.size(); ++i) {
        const ChartKind kind = DashboardCharts[i];
        QChartView* view = m_views.at(i);
        // An empty chart says nothing a dash in the table does not: left out, as in the report.
        if (!ReportCharts::hasData(kind, input)) {
            view->hide();
            continue;
        }
        QChart* previous = view->chart();
        QChart* chart = ReportCharts::create(kind, input);
        // A legend entry the chart's width cuts short shows whole under the mouse.
        chart->legend()->setShowToolTips(true);
        view->setChart(chart);
        // The view gives up the chart it replaces rather than deleting it.
        delete previous;
        view->show();
    }
}

} // namespace bilan
