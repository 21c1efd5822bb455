#include "ReportSections.h"

#include "Formatting.h"
#include "Privacy.h"
#include "ReportCharts.h"
#include "ReportStatements.h"
#include "ReportText.h"

#include <algorithm>
#include <cmath>

namespace bilan::ReportSections {

namespace {

const QString Accent = QStringLiteral("#1f5f7a");
const QString Dash = QStringLiteral("—");

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
    return format(input).ratio(value);
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
// The cells after the first are aligned as the figures under them (`align`).
QString headerRow(const QStringList& cells, const QList<int>& widths = {},
                  const QString& align = QStringLiteral("right"))
{
    QString row = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        row += QStringLiteral("<th bgcolor=\"%1\" align=\"%2\"%3><span style=\"color:#ffffff; "
                              "font-size:8pt\">%4</span></th>")
                   .arg(Accent, i == 0 ? QStringLiteral("left") : align,
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

// Names printed in capitals, as the seed report prints the kinds of meeting and the roles.
QString capitals(const ReportInput& input, const QString& text)
{
    return input.locale().toUpper(text);
}

QString meetingCaption(const ReportInput& input, MeetingKind kind, int number)
{
    // French makes 0 and 1 singular, English only 1.
    const bool singular = input.language == ReportLanguage::French ? number <= 1 : number == 1;
    return capitals(input,
                    ReportText::name(kind, input.language,
                                     singular ? GrammaticalNumber::One : GrammaticalNumber::Many));
}

// The members chart's companion: the share of the previous year's members still members, year by
// year, which bars cannot show.
QString retention(const ReportInput& input)
{
    QStringList header = {ReportText::tr("FISCAL YEAR", input)};
    QStringList values = {ReportText::tr("Retention rate", input)};
    for (qsizetype i = 0; i < input.series.years.size(); ++i) {
        header << input.series.years.at(i).name();
        values << ratio(input, input.series.retentionPct.value(i));
    }
    return tableStart() + headerRow(header) + row(values) + QStringLiteral("</table>");
}

// A list of names in columns, read down each column then across, without rules: a tidy list
// rather than a paragraph of names run together.
QString nameColumns(const QStringList& names)
{
    constexpr int Columns = 3;
    const qsizetype rows = (names.size() + Columns - 1) / Columns;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                                  "border=\"0\" style=\"margin-bottom:10px\">");
    for (qsizetype row = 0; row < rows; ++row) {
        html += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < Columns; ++column) {
            const qsizetype index = column * rows + row;
            html +=
                QStringLiteral("<td width=\"33%\"><span style=\"font-size:8.5pt\">%1</span></td>")
                    .arg(index < names.size() ? names.at(index).toHtmlEscaped() : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// A business-development cell: the count, then the year's first activities by title in small
// type, as the seed lists a few beside each count ("we can mention…", four to seven, five
// mostly); beyond five the cell says how many more, so that the table stays a table.
QString activityCell(const ReportInput& input, Audience audience, ActivityType type)
{
    constexpr qsizetype MostTitles = 5;
    const int number = input.figures.activities.value({audience, type}, 0);
    QString html = QStringLiteral("<td><b>%1</b>").arg(format(input).integer(number));
    const QStringList titles = input.figures.activityTitles.value({audience, type});
    if (titles.isEmpty())
        return html + QStringLiteral("</td>");
    QStringList shown;
    for (const QString& title : titles.first(std::min(MostTitles, titles.size())))
        shown << title.toHtmlEscaped();
    if (const qsizetype more = titles.size() - shown.size(); more == 1)
        shown << ReportText::tr("and 1 more", input).toHtmlEscaped();
    else if (more > 1)
        shown << ReportText::tr("and %1 more", input)
                     .arg(format(input).integer(more))
                     .toHtmlEscaped();
    return html +
           QStringLiteral("<br/><span style=\"font-size:7.5pt; color:#444444\">%1</span></td>")
               .arg(shown.join(QStringLiteral(" · ")));
}

// How the members' categories share the hours rendered to members: the sentence that says which
// way the fully managed members' share went, the five years' chart, the footnote naming them.
QString categoryShares(const ReportInput& input)
{
    QString html;
    if (const QString sentence = ReportStatements::managedShareSentence(input); !sentence.isEmpty())
        html += paragraph(sentence);
    // The chart and the footnote share one table row, so the footnote cannot open the next page
    // away from the asterisk it explains (rows are never cut across pages), and one paragraph,
    // as Qt's OpenDocument writer makes a cell of each paragraph in a table cell.
    QStringList parts;
    if (ReportCharts::hasData(ChartKind::Categories, input))
        parts << QStringLiteral("<img src=\"%1:%2\" width=\"600\" height=\"240\"/>")
                     .arg(QString::fromLatin1(ReportCharts::UrlScheme),
                          ReportCharts::key(ChartKind::Categories));
    if (const QString footnote = ReportStatements::managedFootnote(input); !footnote.isEmpty())
        parts << QStringLiteral("<span style=\"font-size:8pt; color:#555555\">%1</span>")
                     .arg(footnote.toHtmlEscaped());
    if (parts.isEmpty())
        return html;
    return html +
           QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "border=\"0\"><tr><td><p align=\"center\" style=\"margin-top:10px; "
                          "margin-bottom:8px\">%1</p></td></tr></table>")
               .arg(parts.join(QStringLiteral("<br/>")));
}

} // namespace

QString newMembersAppendix(const ReportInput& input)
{
    const QStringList& names = input.figures.newMemberNames;
    if (names.size() <= NewMembersInPlace)
        return {};
    // An appendix opens a page of its own.
    QString title = heading(
        ReportText::tr("Appendix — Our new members in %1", input).arg(input.figures.year.name()));
    title.replace(QStringLiteral("<h2 style=\""),
                  QStringLiteral("<h2 style=\"page-break-before:always; "));
    return title + nameColumns(names);
}

QString heading(const QString& title)
{
    return QStringLiteral("<h2 style=\"color:%1; font-size:16pt; margin-top:22px; "
                          "margin-bottom:8px\">%2</h2>")
        .arg(Accent, title.toHtmlEscaped());
}

QString coverFigures(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    // Captions of big figures in capitals, as every other (the seed's "ASSEMBLÉE GÉNÉRALE").
    return bigFigures(
        {{hours(input, f.minutesRendered),
          capitals(input, ReportText::tr("Hours of service rendered", input))},
         {count(input, f.membersEnd),
          capitals(input, ReportText::tr("Member organisations at year end", input))},
         {dollars(input, f.revenueCents), capitals(input, ReportText::tr("Revenue", input))}});
}

QString associativeLife(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    QString html = heading(ReportText::tr("Associative life", input));
    QList<QPair<QString, QString>> meetings;
    for (MeetingKind kind : allValues<MeetingKind>()) {
        const int number = f.meetingsByKind.value(kind, 0);
        meetings.append({format(input).integer(number), meetingCaption(input, kind, number)});
    }
    html += bigFigures(meetings);
    html += paragraph(
        ReportText::tr("Attendance at meetings: %1", input).arg(ratio(input, f.attendancePct)));
    html += subheading(ReportText::tr("Composition of the board", input));
    if (f.board.isEmpty())
        return html + paragraph(ReportText::tr(
                          "No board member recorded in office at the end of the year.", input));
    html += tableStart();
    for (const BoardSeat& seat : f.board)
        html += QStringLiteral("<tr><td width=\"48%\"><b>%1</b>, %2</td><td>%3</td></tr>")
                    .arg(seat.director.toHtmlEscaped(),
                         ReportText::name(seat.role, input.language).toHtmlEscaped(),
                         seat.organisation.isEmpty()
                             ? ReportText::tr("Supporting member", input).toHtmlEscaped()
                             : seat.organisation.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString membership(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    QString html = heading(ReportText::tr("Membership", input));
    // Said only when organisations joined; the growth's wording follows its sign, as the
    // hours' does ("a growth of -10 %" reads as a slip).
    if (f.membersNew && *f.membersNew > 0 && f.membershipGrowthPct) {
        const bool grew = *f.membershipGrowthPct >= 0;
        const QString change = format(input).percent(std::abs(*f.membershipGrowthPct));
        const QString number = format(input).integer(*f.membersNew);
        if (*f.membersNew == 1)
            html += paragraph(
                (grew ? ReportText::tr("1 new organisation joined the shared-services centre, "
                                       "a membership growth of %1.",
                                       input)
                      : ReportText::tr("1 new organisation joined the shared-services centre; "
                                       "membership still fell by %1.",
                                       input))
                    .arg(change));
        else
            html +=
                paragraph((grew ? ReportText::tr("%1 new organisations joined the shared-services "
                                                 "centre, a membership growth of %2.",
                                                 input)
                                : ReportText::tr("%1 new organisations joined the shared-services "
                                                 "centre; membership still fell by %2.",
                                                 input))
                              .arg(number, change));
    }
    html += keyFigures(
        {{ReportText::tr("Member organisations at year end", input), count(input, f.membersEnd)},
         {ReportText::tr("New member organisations", input), count(input, f.membersNew)},
         {ReportText::tr("Organisations that left", input), count(input, f.membersLeft)},
         {ReportText::tr("Membership growth", input),
          format(input).percent(f.membershipGrowthPct, 0, true)}});
    html += subheading(ReportText::tr("Members by category", input));
    html += tableStart() +
            headerRow({ReportText::tr("CATEGORY", input), ReportText::tr("ORGANISATIONS", input)});
    for (MembershipCategory category : allValues<MembershipCategory>())
        html += row({ReportText::name(category, input.language, GrammaticalNumber::Many),
                     format(input).integer(f.membersByCategory.value(category, 0))});
    html += QStringLiteral("</table>");
    if (!f.newMemberNames.isEmpty()) {
        if (f.newMemberNames.size() > NewMembersInPlace)
            html +=
                paragraph(ReportText::tr("The %1 new members are listed in the appendix.", input)
                              .arg(format(input).integer(f.newMemberNames.size())));
        else
            html += paragraph(ReportText::tr("Our new members:", input)) +
                    nameColumns(f.newMemberNames);
    }
    if (!ReportCharts::hasData(ChartKind::Members, input))
        return html;
    return html + chart(ChartKind::Members) + retention(input);
}

QString services(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    QString html = heading(ReportText::tr("Services to members", input));
    if (f.hoursGrowthPct) {
        const QString change = format(input).percent(std::abs(*f.hoursGrowthPct));
        html += paragraph(
            (*f.hoursGrowthPct >= 0
                 ? ReportText::tr("The number of hours of service rendered rose by %1.", input)
                 : ReportText::tr("The number of hours of service rendered fell by %1.", input))
                .arg(change));
    }
    html += keyFigures(
        {{ReportText::tr("Hours of service rendered", input), hours(input, f.minutesRendered)},
         {ReportText::tr("Change from the previous year", input),
          format(input).percent(f.hoursGrowthPct, 0, true)},
         {ReportText::tr("Enterprises served", input), count(input, f.enterprisesServed)}});
    // Without a survey there is no answer to report: the question is left out with it.
    if (f.satisfactionPct) {
        html += subheading(
            ReportText::tr("“Our organisation will be happy to recommend our services”", input));
        QString answer = ReportText::tr("%1 of respondents said YES", input)
                             .arg(ratio(input, f.satisfactionPct));
        if (f.surveyRespondents)
            answer += u' ' + ReportText::tr("(%1 respondents)", input)
                                 .arg(format(input).integer(*f.surveyRespondents));
        html += paragraph(answer);
    }
    return ReportCharts::hasData(ChartKind::Hours, input) ? html + chart(ChartKind::Hours) : html;
}

QString finances(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    const Formatting fmt = format(input);
    QString html = heading(ReportText::tr("Financial affairs", input));
    if (f.revenueGrowthPct)
        html += paragraph((*f.revenueGrowthPct >= 0
                               ? ReportText::tr("Our business volume grew by %1.", input)
                               : ReportText::tr("Our business volume fell by %1.", input))
                              .arg(fmt.percent(std::abs(*f.revenueGrowthPct))));
    const FiscalYear& year = f.year;
    html +=
        tableStart() + headerRow({ReportText::tr("DESCRIPTION", input),
                                  ReportText::tr("%1 ACTUAL", input).arg(year.previous().name()),
                                  ReportText::tr("%1 ACTUAL", input).arg(year.name()),
                                  ReportText::tr("%1 BUDGET", input).arg(year.name()),
                                  ReportText::tr("VAR", input),
                                  ReportText::tr("%1 BUDGET", input).arg(year.next().name())},
                                 {25, 16, 16, 16, 9, 18});
    html +=
        row({ReportText::tr("Revenue", input), dollars(input, f.previousRevenueCents),
             dollars(input, f.revenueCents), dollars(input, f.budgetRevenueCents),
             fmt.percent(f.revenueVsBudgetPct, 0, true), dollars(input, f.nextBudgetRevenueCents)});
    html += row({ReportText::tr("Operating expenses", input),
                 dollars(input, f.previousExpensesCents), dollars(input, f.expensesCents),
                 dollars(input, f.budgetExpensesCents), fmt.percent(f.expensesVsBudgetPct, 0, true),
                 dollars(input, f.nextBudgetExpensesCents)});
    // The seed report leaves the surplus's variance empty: a ratio of two small differences.
    html +=
        row({ReportText::tr("Surplus for the year", input), dollars(input, f.previousSurplusCents),
             dollars(input, f.surplusCents), dollars(input, f.budgetSurplusCents), QString(),
             dollars(input, f.nextBudgetSurplusCents)},
            true);
    html += QStringLiteral("</table>");
    if (const QString article17 = ReportStatements::article17(input); !article17.isEmpty())
        html += paragraph(article17);
    if (f.revenueMembersGrowthPct || f.revenueAuxiliaryGrowthPct)
        html += paragraph(
            ReportText::tr("Revenue from members and from auxiliary members changed by %1 and "
                           "%2 respectively, compared with the previous year.",
                           input)
                .arg(fmt.percent(f.revenueMembersGrowthPct),
                     fmt.percent(f.revenueAuxiliaryGrowthPct)));
    if (f.selfFinancingPct)
        html +=
            paragraph(ReportText::tr("Self-financing ratio: %1 of revenue comes from services, not "
                                     "public funding.",
                                     input)
                          .arg(ratio(input, f.selfFinancingPct)));
    if (ReportCharts::hasData(ChartKind::Revenue, input))
        html += chart(ChartKind::Revenue, 220);
    return html + categoryShares(input);
}

QString humanCapital(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    const Formatting fmt = format(input);
    QString html = heading(ReportText::tr("Human capital", input));
    html += bigFigures({{fmt.integer(f.expertsByRole.value(ExpertRole::Professional, 0)),
                         capitals(input, ReportText::name(ExpertRole::Professional, input.language,
                                                          GrammaticalNumber::Many))},
                        {fmt.integer(f.expertsByRole.value(ExpertRole::Trainer, 0)),
                         capitals(input, ReportText::name(ExpertRole::Trainer, input.language,
                                                          GrammaticalNumber::Many))},
                        {fmt.integer(f.expertsByRole.value(ExpertRole::Director, 0)),
                         capitals(input, ReportText::name(ExpertRole::Director, input.language,
                                                          GrammaticalNumber::Many))}});
    // The seed's heading speaks of a balanced team: a claim about gender that only a shown
    // figure can back.
    if (f.womenPct)
        html += subheading(ReportText::tr("A balanced and experienced team", input));
    const QString age =
        f.averageAge
            ? ReportText::tr("%1 years", input).arg(fmt.integer(std::llround(*f.averageAge)))
            : Dash;
    html += keyFigures({{ReportText::tr("Women in the team", input), ratio(input, f.womenPct)},
                        {ReportText::tr("Average age", input), age}});
    // The seed's "■ % Men ■ % Women", left out with the figure when it is withheld.
    if (ReportCharts::hasData(ChartKind::Gender, input))
        html += chart(ChartKind::Gender, 190);
    if (f.womenPctWithheld || f.averageAgeWithheld)
        html += paragraph(
            ReportText::tr("— withheld: fewer than %1 people gave this information.", input)
                .arg(Privacy::MinimumPeople));
    return ReportCharts::hasData(ChartKind::Experts, input) ? html + chart(ChartKind::Experts, 200)
                                                            : html;
}

QString businessDevelopment(const ReportInput& input)
{
    const YearlyFigures& f = input.figures;
    QString html = heading(ReportText::tr("Business development", input));
    html += paragraph(
        ReportText::tr("Business development is essential to diversify our revenue and build a "
                       "critical mass of users. Among the many steps taken:",
                       input));
    html += tableStart() + headerRow({ReportText::tr("BUSINESS RELATIONS WITH", input),
                                      ReportText::tr("EVENTS ATTENDED", input),
                                      ReportText::tr("DEVELOPMENT MEETINGS", input)},
                                     {28, 36, 36}, QStringLiteral("left"));
    for (Audience audience : allValues<Audience>())
        html += QStringLiteral("<tr><td>%1</td>%2%3</tr>")
                    .arg(ReportText::name(audience, input.language).toHtmlEscaped(),
                         activityCell(input, audience, ActivityType::Event),
                         activityCell(input, audience, ActivityType::Meeting));
    html += QStringLiteral("</table>");
    if (f.agreements.isEmpty())
        return html;
    html += paragraph(
        ReportText::tr("Besides service agreements, significant partnership agreements were "
                       "concluded during the year:",
                       input));
    QString items;
    for (const QString& agreement : f.agreements)
        items += QStringLiteral("<li>%1</li>").arg(agreement.toHtmlEscaped());
    return html + QStringLiteral("<ul>%1</ul>").arg(items);
}

} // namespace bilan::ReportSections
