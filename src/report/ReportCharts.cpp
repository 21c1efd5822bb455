#include "ReportCharts.h"

#include "ChartLegend.h"
#include "Formatting.h"
#include "ReportText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPercentBarSeries>
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

// An axis of counts ticks whole, distinct numbers: "0, 1, 2, 3", never "0, 1, 1, 2" (ticks at
// 0.5 printed without decimals). The step is 1, 2 or 5 times a power of ten, at most five steps
// up to a top with headroom for the value printed above the tallest bar.
void setWholeTicks(QValueAxis* axis, double maximum)
{
    constexpr int MostSteps = 5;
    const double top = std::max(maximum * 1.15, 1.0);
    double step = 1;
    for (double power = 1; std::ceil(top / step) > MostSteps; power *= 10) {
        for (double factor : {1.0, 2.0, 5.0}) {
            step = factor * power;
            if (std::ceil(top / step) <= MostSteps)
                break;
        }
    }
    const int steps = std::max(1, static_cast<int>(std::ceil(top / step)));
    axis->setRange(0, steps * step);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(steps + 1);
    axis->setMinorTickCount(0);
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
    setWholeTicks(axisY, maximum);
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
    QBarSet* set = barSet(ReportText::tr("Hours", input), 0);
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
    QBarSet* members = barSet(ReportText::tr("Member organisations at year end", input), 0);
    QBarSet* joined = barSet(ReportText::tr("New members", input), 1);
    QBarSet* left = barSet(ReportText::tr("Organisations that left", input), 4);
    double maximum = 0;
    for (qsizetype i = 0; i < input.series.years.size(); ++i) {
        const double end = input.series.membersEnd.value(i).value_or(0);
        const double newcomers = input.series.membersNew.value(i).value_or(0);
        const double leavers = input.series.membersLeft.value(i).value_or(0);
        *members << end;
        *joined << newcomers;
        *left << leavers;
        maximum = std::max({maximum, end, newcomers, leavers});
    }
    series->append(members);
    series->append(joined);
    series->append(left);
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
    QList<double> values;
    for (const auto& part : parts)
        values << std::max(part.second, 0.0);
    const QList<int> percents = ReportCharts::wholePercents(values);
    const Formatting format(input.locale());
    for (qsizetype index = 0; index < parts.size(); ++index) {
        const auto& part = parts.at(index);
        if (part.second <= 0)
            continue;
        auto* slice = series->append(part.first, part.second);
        slice->setColor(palette().at(index % palette().size()));
        slice->setBorderColor(Qt::white);
        slice->setLabel(QStringLiteral("%1 (%2)").arg(
            part.first, format.percent(static_cast<double>(percents.at(index)))));
        // Labels beside small slices overlap one another: the legend names every slice.
        slice->setLabelVisible(false);
    }
    series->setHoleSize(0.45);
    series->setPieSize(0.8);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    return series;
}

QChart* revenueChart(const ReportInput& input)
{
    QChart* chart = newChart(input, ChartKind::Revenue);
    const auto& byKind = input.figures.actualByKind;
    const auto dollars = [&](FinanceKind kind) {
        return static_cast<double>(byKind.value(kind, 0)) / 100.0;
    };
    QList<QPair<QString, double>> parts;
    for (FinanceKind kind : {FinanceKind::RevenueMembers, FinanceKind::RevenueAuxiliary,
                             FinanceKind::RevenueOther, FinanceKind::PublicFunding})
        parts.append({ReportText::name(kind, input.language), dollars(kind)});
    pieOf(chart, parts, input);
    return chart;
}

QChart* expertsChart(const ReportInput& input)
{
    QChart* chart = newChart(input, ChartKind::Experts);
    const auto& roles = input.figures.expertsByRole;
    const Formatting format(input.locale());
    QList<QPair<QString, double>> parts;
    for (ExpertRole role : allValues<ExpertRole>()) {
        const int count = roles.value(role, 0);
        parts.append({QStringLiteral("%1 · %2").arg(
                          ReportText::name(role, input.language, GrammaticalNumber::Many),
                          format.integer(count)),
                      static_cast<double>(count)});
    }
    pieOf(chart, parts, input);
    return chart;
}

// The seed's "■ % Men ■ % Women": the share of women and of the others among the experts who
// gave a gender. The others are named together: a third slice would show a handful of people.
QChart* genderChart(const ReportInput& input)
{
    QChart* chart = newChart(input, ChartKind::Gender);
    const double women = input.figures.womenPct.value_or(0);
    pieOf(chart,
          {{ReportText::tr("Women", input), women},
           {ReportText::tr("Men and other answers", input), std::max(100.0 - women, 0.0)}},
          input);
    return chart;
}

// 100 % bars: each year's hours rendered to members, shared by the category of the membership
// that covered them (MembershipRepository::minutesByMembership).
QChart* categoriesChart(const ReportInput& input)
{
    QChart* chart = newChart(input, ChartKind::Categories);
    auto* series = new QPercentBarSeries;
    int colour = 0;
    for (MembershipCategory category :
         {MembershipCategory::Managed, MembershipCategory::Member, MembershipCategory::Auxiliary,
          MembershipCategory::Supporting}) {
        QBarSet* set =
            barSet(ReportText::name(category, input.language, GrammaticalNumber::Many), colour++);
        for (const auto& minutes : input.series.memberMinutesByCategory)
            *set << static_cast<double>(minutes.value(category, 0)) / 60.0;
        series->append(set);
    }
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(yearNames(input.series));
    axisX->setLabelsFont(QFont(QStringLiteral("DejaVu Sans"), 8));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(input.language == ReportLanguage::French ? QStringLiteral("%.0f %")
                                                                   : QStringLiteral("%.0f%"));
    axisY->setLabelsFont(QFont(QStringLiteral("DejaVu Sans"), 7));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

QList<int> ReportCharts::wholePercents(const QList<double>& values)
{
    QList<int> percents(values.size(), 0);
    double total = 0;
    for (double value : values)
        total += value;
    if (total <= 0)
        return percents;
    // Largest remainder: each part gets its share rounded down, then the points still missing to
    // reach 100 go to the largest fractions, so that the labels of a pie add up to 100 %.
    QList<QPair<double, qsizetype>> remainders;
    int given = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double exact = 100.0 * values.at(i) / total;
        percents[i] = static_cast<int>(std::floor(exact));
        given += percents.at(i);
        remainders.append({exact - percents.at(i), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype i = 0; given < 100 && i < remainders.size(); ++i, ++given)
        ++percents[remainders.at(i).second];
    return percents;
}

bool ReportCharts::hasData(ChartKind kind, const ReportInput& input)
{
    const auto any = [](const auto& values) {
        return std::any_of(values.begin(), values.end(),
                           [](const auto& value) { return value && *value > 0; });
    };
    switch (kind) {
    case ChartKind::Hours:
        return any(input.series.minutes);
    case ChartKind::Members:
        return any(input.series.membersEnd) || any(input.series.membersNew) ||
               any(input.series.membersLeft);
    case ChartKind::Revenue:
        return input.figures.revenueCents && *input.figures.revenueCents > 0;
    case ChartKind::Experts:
        return std::any_of(input.figures.expertsByRole.begin(), input.figures.expertsByRole.end(),
                           [](int count) { return count > 0; });
    case ChartKind::Gender:
        // Empty when withheld (fewer than Privacy::MinimumPeople gave a gender): no chart then.
        return input.figures.womenPct.has_value();
    case ChartKind::Categories:
        return std::any_of(input.series.memberMinutesByCategory.begin(),
                           input.series.memberMinutesByCategory.end(), [](const auto& minutes) {
                               return std::any_of(minutes.begin(), minutes.end(),
                                                  [](qint64 value) { return value > 0; });
                           });
    }
    return false;
}

QString ReportCharts::title(ChartKind kind, ReportLanguage language)
{
    switch (kind) {
    case ChartKind::Hours:
        return ReportText::tr("Hours of service rendered, last five years", language);
    case ChartKind::Members:
        return ReportText::tr("Member organisations at year end, last five years", language);
    case ChartKind::Revenue:
        return ReportText::tr("Revenue by category", language);
    case ChartKind::Experts:
        return ReportText::tr("Experts by role", language);
    case ChartKind::Gender:
        return ReportText::tr("Women and men in the team", language);
    case ChartKind::Categories:
        return ReportText::tr("Hours rendered to members by category, last five years", language);
    }
    return {};
}

QString ReportCharts::key(ChartKind kind)
{
    static const char* const keys[] = {"hours",   "members", "revenue",
                                       "experts", "gender",  "categories"};
    return QString::fromLatin1(keys[static_cast<int>(kind)]);
}

std::optional<ChartKind> ReportCharts::fromKey(const QString& key)
{
    for (ChartKind kind : {ChartKind::Hours, ChartKind::Members, ChartKind::Revenue,
                           ChartKind::Experts, ChartKind::Gender, ChartKind::Categories}) {
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
    case ChartKind::Gender:
        return genderChart(input);
    case ChartKind::Categories:
        return categoriesChart(input);
    }
    return nullptr;
}

void ReportCharts::draw(ChartKind kind, const ReportInput& input, QPainter* painter,
                        const QRectF& rect)
{
    // The scene owns the chart; rendering through the scene keeps every item a vector path.
    QGraphicsScene scene;
    QChart* chart = create(kind, input);
    // The legend is Bilan's (ChartLegend): under the bars, right of a pie, every name whole.
    const QList<ChartLegend::Entry> legend = ChartLegend::takeFrom(chart);
    const bool column = ChartLegend::isPie(chart);
    QRectF legendArea;
    if (!legend.isEmpty()) {
        constexpr qreal Padding = ChartLegend::Padding;
        if (column) {
            // The donut moves to the middle of what the legend leaves on the left.
            const qreal width = std::floor(rect.width() * 0.42);
            legendArea =
                QRectF(rect.width() - width - Padding, Padding, width, rect.height() - 2 * Padding);
            for (QAbstractSeries* series : chart->series()) {
                if (auto* pie = qobject_cast<QPieSeries*>(series))
                    pie->setHorizontalPosition((rect.width() - width) / 2.0 / rect.width());
            }
        } else {
            const qreal width = rect.width() - 4 * Padding;
            const qreal height = std::ceil(ChartLegend::height(legend, width, false));
            legendArea = QRectF(2 * Padding, rect.height() - Padding - height, width, height);
            QMargins margins = chart->margins();
            margins.setBottom(margins.bottom() + static_cast<int>(height + Padding));
            chart->setMargins(margins);
        }
    }
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    // Lay the chart out now: no event loop turns between building and painting it.
    if (chart->layout()) {
        // The frame is the whole rectangle, so that the legend drawn in it lies inside it.
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->layout()->activate();
    }
    scene.setSceneRect(chart->geometry());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    if (!legend.isEmpty()) {
        painter->translate(rect.topLeft());
        ChartLegend::draw(painter, legendArea, legend, column);
    }
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
    // The page's clip hides a chart drawn outside it but not the chart's text, which would stay in
    // the PDF, invisible yet found by search: a chart is drawn on the page that holds it only.
    if (painter->hasClipping() &&
        !painter->clipBoundingRect().adjusted(-1, -1, 1, 1).contains(rect))
        return;
    if (const auto kind = fromKey(format.property(KindProperty).toString()))
        draw(*kind, m_input, painter, rect);
}

} // namespace bilan
