#include "ReportCharts.h"

#include "Formatting.h"
#include "ReportLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bilan {

namespace {

const QList<QColor>& palette()
{
    static const QList<QColor> colours = {QColor(0x1f, 0x5f, 0x7a), QColor(0xe3, 0x9b, 0x2d),
                                          QColor(0x4a, 0x9b, 0xb5), QColor(0x8c, 0xb3, 0x69),
                                          QColor(0x9e, 0x4a, 0x6b)};
    return colours;
}

QString tx(const char* english, const ReportInput& input)
{
    return ReportLabels::text(english, input.language);
}

QChart* newChart(const ReportInput& input, ChartKind kind)
{
    auto* chart = new QChart;
    // Animations would leave a PDF with the chart's first frame, not its last.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(QPen(QColor(0xd0, 0xd7, 0xdc), 0.8));
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setLocale(input.locale());
    chart->setLocalizeNumbers(true);
    QFont titleFont(QStringLiteral("DejaVu Sans"), 10, QFont::Bold);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(palette().first());
    chart->setTitle(ReportCharts::title(kind, input.language));
    chart->legend()->setFont(QFont(QStringLiteral("DejaVu Sans"), 8));
    return chart;
}

QStringList yearNames(const FiguresSeries& series)
{
    QStringList names;
    for (const FiscalYear& year : series.years)
        names << year.name();
    return names;
}

void addYearAxes(QChart* chart, QBarSeries* series, const QStringList& years, double maximum)
{
    auto* axisX = new QBarCategoryAxis;
    axisX->append(years);
    axisX->setLabelsFont(QFont(QStringLiteral("DejaVu Sans"), 8));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setLabelsFont(QFont(QStringLiteral("DejaVu Sans"), 7));
    // Headroom for the value printed above the tallest bar.
    axisY->setRange(0, maximum > 0 ? maximum * 1.15 : 1.0);
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

QBarSet* barSet(const QString& name, int colour)
{
    auto* set = new QBarSet(name);
    set->setColor(palette().at(colour));
    set->setBorderColor(palette().at(colour));
    set->setLabelColor(QColor(0x33, 0x33, 0x33));
    return set;
}

void styleBars(QBarSeries* series)
{
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(9);
}

QChart* hoursChart(const ReportInput& input)
{
    QChart* chart = newChart(input, ChartKind::Hours);
    auto* series = new QBarSeries;
    QBarSet* set = barSet(tx("Hours", input), 0);
    double maximum = 0;
    for (const auto& minutes : input.series.minutes) {
        const double hours = minutes ? std::round(static_cast<double>(*minutes) / 60.0) : 0.0;
        *set << hours;
        maximum = std::max(maximum, hours);
    }
    series->append(set);
    styleBars(series);
    chart->addSeries(series);
    addYearAxes(chart, series, yearNames(input.series), maximum);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* membersChart(const ReportInput& input)
{
    QChart* chart = newChart(input, ChartKind::Members);
    auto* series = new QBarSeries;
    QBarSet* members = barSet(tx("Member organisations at year end", input), 0);
    QBarSet* joined = barSet(tx("New members", input), 1);
    double maximum = 0;
    for (qsizetype i = 0; i < input.series.years.size(); ++i) {
        const double end = input.series.membersEnd.value(i).value_or(0);
        *members << end;
        *joined << input.series.membersNew.value(i).value_or(0);
        maximum = std::max(maximum, end);
    }
    series->append(members);
    series->append(joined);
    styleBars(series);
    chart->addSeries(series);
    addYearAxes(chart, series, yearNames(input.series), maximum);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QPieSeries* pieOf(QChart* chart, const QList<QPair<QString, double>>& parts,
                  const ReportInput& input)
{
    auto* series = new QPieSeries;
    double total = 0;
    for (const auto& part : parts)
        total += part.second;
    const Formatting format(input.locale());
    int colour = 0;
    for (const auto& part : parts) {
        const int index = colour++;
        if (part.second <= 0)
            continue;
        auto* slice = series->append(part.first, part.second);
        slice->setColor(palette().at(index % palette().size()));
        slice->setBorderColor(Qt::white);
        slice->setLabel(QStringLiteral("%1 (%2)").arg(
            part.first, format.percent(total > 0 ? 100.0 * part.second / total : 0.0)));
        slice->setLabelVisible(true);
        slice->setLabelFont(QFont(QStringLiteral("DejaVu Sans"), 7));
    }
    series->setHoleSize(0.45);
    series->setPieSize(0.62);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    return series;
}

QChart* revenueChart(const ReportInput& input)
{
    QChart* chart = newChart(input, ChartKind::Revenue);
    const auto& byKind = input.figures.actualByKind;
    const auto dollars = [&](FinanceKind kind) {
        return static_cast<double>(byKind.value(kind, 0)) / 100.0;
    };
    pieOf(chart,
          {{tx("Revenue from members", input), dollars(FinanceKind::RevenueMembers)},
           {tx("Revenue from auxiliary members", input), dollars(FinanceKind::RevenueAuxiliary)},
           {tx("Other revenue", input), dollars(FinanceKind::RevenueOther)},
           {tx("Public funding", input), dollars(FinanceKind::PublicFunding)}},
          input);
    return chart;
}

QChart* expertsChart(const ReportInput& input)
{
    QChart* chart = newChart(input, ChartKind::Experts);
    const auto& roles = input.figures.expertsByRole;
    const Formatting format(input.locale());
    const auto part = [&](const char* label, ExpertRole role) {
        const int count = roles.value(role, 0);
        return QPair<QString, double>(
            QStringLiteral("%1 · %2").arg(tx(label, input), format.integer(count)), count);
    };
    pieOf(chart,
          {part("Professionals", ExpertRole::Professional), part("Trainers", ExpertRole::Trainer),
           part("Directors", ExpertRole::Director)},
          input);
    return chart;
}

} // namespace

QString ReportCharts::title(ChartKind kind, ReportLanguage language)
{
    switch (kind) {
    case ChartKind::Hours:
        return ReportLabels::text("Hours of service rendered, last five years", language);
    case ChartKind::Members:
        return ReportLabels::text("Member organisations at year end, last five years", language);
    case ChartKind::Revenue:
        return ReportLabels::text("Revenue by category", language);
    case ChartKind::Experts:
        return ReportLabels::text("Experts by role", language);
    }
    return {};
}

QString ReportCharts::key(ChartKind kind)
{
    static const char* const keys[] = {"hours", "members", "revenue", "experts"};
    return QString::fromLatin1(keys[static_cast<int>(kind)]);
}

std::optional<ChartKind> ReportCharts::fromKey(const QString& key)
{
    for (ChartKind kind :
         {ChartKind::Hours, ChartKind::Members, ChartKind::Revenue, ChartKind::Experts}) {
        if (ReportCharts::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QChart* ReportCharts::create(ChartKind kind, const ReportInput& input)
{
    switch (kind) {
    case ChartKind::Hours:
        return hoursChart(input);
    case ChartKind::Members:
        return membersChart(input);
    case ChartKind::Revenue:
        return revenueChart(input);
    case ChartKind::Experts:
        return expertsChart(input);
    }
    return nullptr;
}

void ReportCharts::draw(ChartKind kind, const ReportInput& input, QPainter* painter,
                        const QRectF& rect)
{
    // The scene owns the chart; rendering through the scene keeps every item a vector path.
    QGraphicsScene scene;
    QChart* chart = create(kind, input);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    // Lay the chart out now: no event loop turns between building and painting it.
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(chart->geometry());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
}

ReportCharts::ReportCharts(const ReportInput& input, QObject* parent)
    : QObject(parent), m_input(input)
{}

void ReportCharts::install(QTextDocument* document, const ReportInput& input)
{
    auto* handler = new ReportCharts(input, document);
    document->documentLayout()->registerHandler(ObjectType, handler);
}

QSizeF ReportCharts::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    const QTextImageFormat size = format.toImageFormat();
    return QSizeF(size.width(), size.height());
}

void ReportCharts::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                              const QTextFormat& format)
{
    if (const auto kind = fromKey(format.property(KindProperty).toString()))
        draw(*kind, m_input, painter, rect);
}

} // namespace bilan
