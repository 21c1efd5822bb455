#include "ReportSections.h"

#include "Formatting.h"
#include "Privacy.h"
#include "ReportCharts.h"
#include "ReportLabels.h"

#include <cmath>

namespace bilan::ReportSections {

namespace {

const QString Accent = QStringLiteral("#1f5f7a");
const QString Dash = QStringLiteral("—");

QString tx(const char* english, const ReportInput& input)
{
    return ReportLabels::text(english, input.language);
}

Formatting format(const ReportInput& input)
{
    return Formatting(input.locale());
}

template <typename T> QString count(const ReportInput& input, std::optional<T> value)
{
    return value ? format(input).integer(*value) : Dash;
}

QString hours(const ReportInput& input, std::optional<qint64> minutes)
{
    return minutes ? format(input).hours(*minutes) : Dash;
}

QString dollars(const ReportInput& input, std::optional<qint64> cents)
{
    return cents ? format(input).dollars(*cents) : Dash;
}

// Ratios read best whole ("100 %") but keep a decimal when it carries one ("97,7 %").
QString ratio(const ReportInput& input, std::optional<double> value)
{
    const bool whole =
        value && std::abs(std::round(*value * 10.0) - std::round(*value) * 10.0) < 0.5;
    return format(input).percent(value, whole ? 0 : 1);
}

QString subheading(const QString& title)
{
    return QStringLiteral("<h3 style=\"color:%1; font-size:11pt; margin-top:14px; "
                          "margin-bottom:6px\">%2</h3>")
        .arg(Accent, title.toHtmlEscaped());
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p style=\"margin-bottom:8px\">%1</p>").arg(text.toHtmlEscaped());
}

QString chart(ChartKind kind, int height = 260)
{
    return QStringLiteral("<p align=\"center\" style=\"margin-top:10px; margin-bottom:10px\">"
                          "<img src=\"%1:%2\" width=\"600\" height=\"%3\"/></p>")
        .arg(QString::fromLatin1(ReportCharts::UrlScheme), ReportCharts::key(kind))
        .arg(height);
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                          "style=\"border-collapse:collapse; border-color:#c8d2d8; "
                          "margin-bottom:10px\">");
}

// `widths`: percentages of the page's width, one per cell, or none to let the layout choose.
QString headerRow(const QStringList& cells, const QList<int>& widths = {})
{
    QString row = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        row += QStringLiteral("<th bgcolor=\"%1\" align=\"%2\"%3><span style=\"color:#ffffff; "
                              "font-size:8pt\">%4</span></th>")
                   .arg(Accent, i == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                        i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i))
                                          : QString(),
                        cells.at(i).toHtmlEscaped());
    return row + QStringLiteral("</tr>");
}

// The first cell is a label, the others figures aligned on the right.
QString row(const QStringList& cells, bool bold = false)
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QString text = cells.at(i).toHtmlEscaped();
        if (bold)
            text = QStringLiteral("<b>%1</b>").arg(text);
        html += QStringLiteral("<td align=\"%1\">%2</td>")
                    .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"), text);
    }
    return html + QStringLiteral("</tr>");
}

QString keyFigures(const QList<QPair<QString, QString>>& rows)
{
    QString html = tableStart();
    for (const auto& [label, value] : rows)
        html += row({label, value});
    return html + QStringLiteral("</table>");
}

// Large figures side by side, each with its caption underneath ("1 ASSEMBLÉE GÉNÉRALE").
QString bigFigures(const QList<QPair<QString, QString>>& figures)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                                  "border=\"0\" style=\"margin-bottom:10px\"><tr>");
    for (const auto& [value, caption] : figures)
        html += QStringLiteral("<td align=\"center\" bgcolor=\"#eef4f6\"><span style=\"font-size:"
                               "22pt; font-weight:bold; color:%1\">%2</span><br/><span "
                               "style=\"font-size:8pt\">%3</span></td>")
                    .arg(Accent, value.toHtmlEscaped(), caption.toHtmlEscaped());
    return html + QStringLiteral("</tr></table>");
}

QString meetingCaption(const ReportInput& input, MeetingKind kind, int number)
{
    // French makes 0 and 1 singular, English only 1.
    const bool singular = input.language == ReportLanguage::French ? number <= 1 : number == 1;
    switch (kind) {
    case MeetingKind::Agm:
        return tx(singular ? "GENERAL ASSEMBLY" : "GENERAL ASSEMBLIES", input);
    case MeetingKind::Board:
        return tx(singular ? "BOARD MEETING" : "BOARD MEETINGS", input);
    case MeetingKind::Executive:
        return tx(singular ? "EXECUTIVE COMMITTEE MEETING" : "EXECUTIVE COMMITTEE MEETINGS", input);
    }
    return {};
}

QString roleName(const ReportInput& input, BoardRole role)
{
    switch (role) {
    case BoardRole::President:
        return tx("President", input);
    case BoardRole::VicePresident:
        return tx("Vice-president", input);
    case BoardRole::SecretaryTreasurer:
        return tx("Secretary-treasurer", input);
    case BoardRole::Director:
        return tx("Director", input);
    }
    return {};
}

QString categoryName(const ReportInput& input, MembershipCategory category)
{
    switch (category) {
    case MembershipCategory::Member:
        return tx("Members", input);
    case MembershipCategory::Auxiliary:
        return tx("Auxiliary members", input);
    case MembershipCategory::Supporting:
        return tx("Supporting members", input);
    case MembershipCategory::Managed:
        return tx("Fully managed members", input);
    }
    return {};
}

// The members chart's companion: the share of the previous year's members still members, year by
// year, which bars cannot show.
QString retention(const ReportInput& input)
{
    QStringList header = {tx("FISCAL YEAR", input)};
    QStringList values = {tx("Retention rate", input)};
    for (qsizetype i = 0; i < input.series.years.size(); ++i) {
        header << input.series.years.at(i).name();
        values << ratio(input, input.series.retentionPct.value(i));
    }
    return tableStart() + headerRow(header) + row(values) + QStringLiteral("</table>");
}

} // namespace

QString heading(const QString& title)
{
    return QStringLiteral("<h2 style=\"color:%1; font-size:16pt; margin-top:22px; "
                          "margin-bottom:8px\">%2</h2>")
        .arg(Accent, title.toHtmlEscaped());
}

QString coverFigures(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    return bigFigures({{hours(input, f.minutesRendered), tx("Hours of service rendered", input)},
                       {count(input, f.membersEnd), tx("Member organisations at year end", input)},
                       {dollars(input, f.revenueCents), tx("REVENUE", input)}});
}

QString associativeLife(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    QString html = heading(tx("Associative life", input));
    QList<QPair<QString, QString>> meetings;
    for (MeetingKind kind : allValues<MeetingKind>()) {
        const int number = f.meetingsByKind.value(kind, 0);
        meetings.append({format(input).integer(number), meetingCaption(input, kind, number)});
    }
    html += bigFigures(meetings);
    html += paragraph(tx("Attendance at meetings: %1", input).arg(ratio(input, f.attendancePct)));
    html += subheading(tx("Composition of the board", input));
    if (f.board.isEmpty())
        return html +
               paragraph(tx("No board member recorded in office at the end of the year.", input));
    html += tableStart();
    for (const BoardSeat& seat : f.board)
        html += QStringLiteral("<tr><td width=\"48%\"><b>%1</b>, %2</td><td>%3</td></tr>")
                    .arg(seat.director.toHtmlEscaped(), roleName(input, seat.role).toHtmlEscaped(),
                         seat.organisation.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString membership(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    QString html = heading(tx("Membership", input));
    // Said only when organisations joined; the growth's wording follows its sign, as the
    // hours' does ("a growth of -10 %" reads as a slip).
    if (f.membersNew && *f.membersNew > 0 && f.membershipGrowthPct) {
        const bool grew = *f.membershipGrowthPct >= 0;
        const QString change = format(input).percent(std::abs(*f.membershipGrowthPct));
        const QString number = format(input).integer(*f.membersNew);
        if (*f.membersNew == 1)
            html += paragraph((grew ? tx("1 new organisation joined the shared-services centre, "
                                         "a membership growth of %1.",
                                         input)
                                    : tx("1 new organisation joined the shared-services centre; "
                                         "membership still fell by %1.",
                                         input))
                                  .arg(change));
        else
            html += paragraph((grew ? tx("%1 new organisations joined the shared-services "
                                         "centre, a membership growth of %2.",
                                         input)
                                    : tx("%1 new organisations joined the shared-services "
                                         "centre; membership still fell by %2.",
                                         input))
                                  .arg(number, change));
    }
    html += keyFigures(
        {{tx("Member organisations at year end", input), count(input, f.membersEnd)},
         {tx("New member organisations", input), count(input, f.membersNew)},
         {tx("Organisations that left", input), count(input, f.membersLeft)},
         {tx("Membership growth", input), format(input).percent(f.membershipGrowthPct, 0, true)}});
    html += subheading(tx("Members by category", input));
    html += tableStart() + headerRow({tx("CATEGORY", input), tx("ORGANISATIONS", input)});
    for (MembershipCategory category : allValues<MembershipCategory>())
        html += row({categoryName(input, category),
                     format(input).integer(f.membersByCategory.value(category, 0))});
    html += QStringLiteral("</table>");
    if (!f.newMemberNames.isEmpty())
        html += paragraph(
            tx("Our new members: %1.", input).arg(f.newMemberNames.join(QStringLiteral(", "))));
    if (!ReportCharts::hasData(ChartKind::Members, input))
        return html;
    return html + chart(ChartKind::Members) + retention(input);
}

QString services(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    QString html = heading(tx("Services to members", input));
    if (f.hoursGrowthPct) {
        const QString change = format(input).percent(std::abs(*f.hoursGrowthPct));
        html += paragraph((*f.hoursGrowthPct >= 0
                               ? tx("The number of hours of service rendered rose by %1.", input)
                               : tx("The number of hours of service rendered fell by %1.", input))
                              .arg(change));
    }
    html += keyFigures({{tx("Hours of service rendered", input), hours(input, f.minutesRendered)},
                        {tx("Change from the previous year", input),
                         format(input).percent(f.hoursGrowthPct, 0, true)},
                        {tx("Enterprises served", input), count(input, f.enterprisesServed)}});
    // Without a survey there is no answer to report: the question is left out with it.
    if (f.satisfactionPct) {
        html += subheading(tx("“Our organisation will be happy to recommend our services”", input));
        QString answer =
            tx("%1 of respondents said YES", input).arg(ratio(input, f.satisfactionPct));
        if (f.surveyRespondents)
            answer +=
                u' ' +
                tx("(%1 respondents)", input).arg(format(input).integer(*f.surveyRespondents));
        html += paragraph(answer);
    }
    return ReportCharts::hasData(ChartKind::Hours, input) ? html + chart(ChartKind::Hours) : html;
}

QString finances(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    const Formatting fmt = format(input);
    QString html = heading(tx("Financial affairs", input));
    if (f.revenueGrowthPct)
        html += paragraph((*f.revenueGrowthPct >= 0 ? tx("Our business volume grew by %1.", input)
                                                    : tx("Our business volume fell by %1.", input))
                              .arg(fmt.percent(std::abs(*f.revenueGrowthPct))));
    const FiscalYear& year = f.year;
    html +=
        tableStart() +
        headerRow({tx("DESCRIPTION", input), tx("%1 ACTUAL", input).arg(year.previous().name()),
                   tx("%1 ACTUAL", input).arg(year.name()), tx("%1 BUDGET", input).arg(year.name()),
                   tx("VAR", input), tx("%1 BUDGET", input).arg(year.next().name())},
                  {25, 16, 16, 16, 9, 18});
    html +=
        row({tx("REVENUE", input), dollars(input, f.previousRevenueCents),
             dollars(input, f.revenueCents), dollars(input, f.budgetRevenueCents),
             fmt.percent(f.revenueVsBudgetPct, 0, true), dollars(input, f.nextBudgetRevenueCents)});
    html += row({tx("OPERATING EXPENSES", input), dollars(input, f.previousExpensesCents),
                 dollars(input, f.expensesCents), dollars(input, f.budgetExpensesCents),
                 fmt.percent(f.expensesVsBudgetPct, 0, true),
                 dollars(input, f.nextBudgetExpensesCents)});
    // The seed report leaves the surplus's variance empty: a ratio of two small differences.
    html += row({tx("SURPLUS FOR THE YEAR", input), dollars(input, f.previousSurplusCents),
                 dollars(input, f.surplusCents), dollars(input, f.budgetSurplusCents), QString(),
                 dollars(input, f.nextBudgetSurplusCents)},
                true);
    html += QStringLiteral("</table>");
    if (f.revenueMembersGrowthPct || f.revenueAuxiliaryGrowthPct)
        html += paragraph(tx("Revenue from members and from auxiliary members changed by %1 and "
                             "%2 respectively, compared with the previous year.",
                             input)
                              .arg(fmt.percent(f.revenueMembersGrowthPct),
                                   fmt.percent(f.revenueAuxiliaryGrowthPct)));
    if (f.selfFinancingPct)
        html += paragraph(tx("Self-financing ratio: %1 of revenue comes from services, not "
                             "public funding.",
                             input)
                              .arg(ratio(input, f.selfFinancingPct)));
    if (ReportCharts::hasData(ChartKind::Revenue, input))
        html += chart(ChartKind::Revenue, 240);
    return html;
}

QString humanCapital(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    const Formatting fmt = format(input);
    QString html = heading(tx("Human capital", input));
    html += bigFigures(
        {{fmt.integer(f.expertsByRole.value(ExpertRole::Professional, 0)),
          tx("PROFESSIONALS", input)},
         {fmt.integer(f.expertsByRole.value(ExpertRole::Trainer, 0)), tx("TRAINERS", input)},
         {fmt.integer(f.expertsByRole.value(ExpertRole::Director, 0)), tx("DIRECTORS", input)}});
    // The seed's heading speaks of a balanced team: a claim about gender that only a shown
    // figure can back.
    if (f.womenPct)
        html += subheading(tx("A balanced and experienced team.", input));
    const QString age =
        f.averageAge ? tx("%1 YEARS", input).arg(fmt.integer(std::llround(*f.averageAge))) : Dash;
    html += keyFigures({{tx("Women in the team", input), ratio(input, f.womenPct)},
                        {tx("AVERAGE AGE", input), age}});
    if (f.womenPctWithheld || f.averageAgeWithheld)
        html += paragraph(tx("— withheld: fewer than %1 people gave this information.", input)
                              .arg(Privacy::MinimumPeople));
    return ReportCharts::hasData(ChartKind::Experts, input) ? html + chart(ChartKind::Experts, 240)
                                                            : html;
}

QString businessDevelopment(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    QString html = heading(tx("Business development", input));
    html += paragraph(tx("Business development is essential to diversify our revenue and build a "
                         "critical mass of users. Among the many steps taken:",
                         input));
    html +=
        tableStart() + headerRow({tx("BUSINESS RELATIONS WITH", input),
                                  tx("EVENTS ATTENDED", input), tx("DEVELOPMENT MEETINGS", input)});
    const QList<QPair<Audience, const char*>> audiences = {
        {Audience::Networks, "Cooperative and mutual networks"},
        {Audience::NpoGroups, "Sectoral and regional groupings of non-profits"},
        {Audience::RelayPartners, "Relay partners"}};
    for (const auto& [audience, label] : audiences)
        html +=
            row({tx(label, input),
                 format(input).integer(f.activities.value({audience, ActivityType::Event}, 0)),
                 format(input).integer(f.activities.value({audience, ActivityType::Meeting}, 0))});
    html += QStringLiteral("</table>");
    if (f.agreements.isEmpty())
        return html;
    html += paragraph(tx("Besides service agreements, significant partnership agreements were "
                         "concluded during the year:",
                         input));
    QString items;
    for (const QString& agreement : f.agreements)
        items += QStringLiteral("<li>%1</li>").arg(agreement.toHtmlEscaped());
    return html + QStringLiteral("<ul>%1</ul>").arg(items);
}

} // namespace bilan::ReportSections
