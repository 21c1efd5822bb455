#include "FiguresText.h"

#include "EnumNames.h"
#include "Privacy.h"

#include <QList>

#include <algorithm>

namespace bilan {

namespace {

struct Line
{
    QString label;
    QString value; // a section heading has none
    bool heading = false;
    bool note = false; // a remark under the figures, printed as it is
};

// Turns optional figures into text, an absent one into a dash like Formatting::percent.
class Values
{
public:
    explicit Values(const Formatting& formatting) : m_f(formatting) {}

    QString hours(const std::optional<qint64>& minutes) const
    {
        return minutes ? m_f.hours(*minutes) : dash();
    }
    QString dollars(const std::optional<qint64>& cents) const
    {
        return cents ? m_f.dollars(*cents) : dash();
    }
    QString count(const std::optional<int>& value) const
    {
        return value ? m_f.integer(*value) : dash();
    }
    QString count(int value) const { return m_f.integer(value); }
    QString change(const std::optional<double>& pct) const { return m_f.percent(pct, 1, true); }
    QString share(const std::optional<double>& pct) const { return m_f.percent(pct, 1); }
    QString years(const std::optional<double>& age) const
    {
        return age ? FiguresText::tr("%1 years").arg(m_f.locale().toString(*age, 'f', 1)) : dash();
    }

private:
    static QString dash() { return QStringLiteral("—"); }
    const Formatting& m_f;
};

QList<Line> linesOf(const YearlyFigures& f, const Values& v)
{
    QList<Line> lines;
    const auto heading = [&](const QString& title) { lines << Line{title, {}, true}; };
    const auto row = [&](const QString& label, const QString& value) {
        lines << Line{label, value};
    };

    heading(FiguresText::tr("Services to members"));
    row(FiguresText::tr("Hours rendered"), v.hours(f.minutesRendered));
    row(FiguresText::tr("Hours the year before"), v.hours(f.previousMinutesRendered));
    row(FiguresText::tr("Hours growth"), v.change(f.hoursGrowthPct));
    row(FiguresText::tr("Enterprises served"), v.count(f.enterprisesServed));
    row(FiguresText::tr("Operations with members (Article 17)"),
        v.share(f.operationsWithMembersPct));
    row(FiguresText::tr("Would recommend"), v.share(f.satisfactionPct));
    row(FiguresText::tr("Survey respondents"), v.count(f.surveyRespondents));

    heading(FiguresText::tr("Membership"));
    row(FiguresText::tr("Members at year end"), v.count(f.membersEnd));
    row(FiguresText::tr("Members a year before"), v.count(f.previousMembersEnd));
    row(FiguresText::tr("New members"), v.count(f.membersNew));
    row(FiguresText::tr("Members who left"), v.count(f.membersLeft));
    row(FiguresText::tr("Membership growth"), v.change(f.membershipGrowthPct));
    for (auto it = f.membersByCategory.cbegin(); it != f.membersByCategory.cend(); ++it)
        row(displayName(it.key(), GrammaticalNumber::Many), v.count(it.value()));

    heading(FiguresText::tr("Finances"));
    row(FiguresText::tr("Revenue, the year before"), v.dollars(f.previousRevenueCents));
    row(FiguresText::tr("Revenue"), v.dollars(f.revenueCents));
    row(FiguresText::tr("Revenue budgeted"), v.dollars(f.budgetRevenueCents));
    row(FiguresText::tr("Revenue to budget"), v.change(f.revenueVsBudgetPct));
    row(FiguresText::tr("Revenue budgeted next year"), v.dollars(f.nextBudgetRevenueCents));
    row(FiguresText::tr("Expenses, the year before"), v.dollars(f.previousExpensesCents));
    row(FiguresText::tr("Expenses"), v.dollars(f.expensesCents));
    row(FiguresText::tr("Expenses budgeted"), v.dollars(f.budgetExpensesCents));
    row(FiguresText::tr("Expenses to budget"), v.change(f.expensesVsBudgetPct));
    row(FiguresText::tr("Expenses budgeted next year"), v.dollars(f.nextBudgetExpensesCents));
    row(FiguresText::tr("Surplus, the year before"), v.dollars(f.previousSurplusCents));
    row(FiguresText::tr("Surplus"), v.dollars(f.surplusCents));
    row(FiguresText::tr("Surplus budgeted"), v.dollars(f.budgetSurplusCents));
    row(FiguresText::tr("Surplus budgeted next year"), v.dollars(f.nextBudgetSurplusCents));
    row(FiguresText::tr("Revenue growth"), v.change(f.revenueGrowthPct));
    row(FiguresText::tr("Growth of members' revenue"), v.change(f.revenueMembersGrowthPct));
    row(FiguresText::tr("Growth of auxiliary members' revenue"),
        v.change(f.revenueAuxiliaryGrowthPct));
    row(FiguresText::tr("Self-financing"), v.share(f.selfFinancingPct));

    heading(FiguresText::tr("Human capital"));
    for (auto it = f.expertsByRole.cbegin(); it != f.expertsByRole.cend(); ++it)
        row(displayName(it.key(), GrammaticalNumber::Many), v.count(it.value()));
    row(FiguresText::tr("Average age"), v.years(f.averageAge));
    row(FiguresText::tr("Women"), v.share(f.womenPct));
    if (f.averageAgeWithheld || f.womenPctWithheld)
        lines << Line{FiguresText::tr("— withheld: fewer than %1 people gave this information")
                          .arg(Privacy::MinimumPeople),
                      {},
                      false,
                      true};

    heading(FiguresText::tr("Associative life"));
    for (auto it = f.meetingsByKind.cbegin(); it != f.meetingsByKind.cend(); ++it)
        row(displayName(it.key(), GrammaticalNumber::Many), v.count(it.value()));
    row(FiguresText::tr("Attendance"), v.share(f.attendancePct));
    row(FiguresText::tr("Directors in office at year end"),
        v.count(static_cast<int>(f.board.size())));

    heading(FiguresText::tr("Business development"));
    for (Audience audience : allValues<Audience>()) {
        for (ActivityType type : allValues<ActivityType>())
            row(FiguresText::tr("%1: %2").arg(displayName(audience),
                                              displayName(type, GrammaticalNumber::Many).toLower()),
                v.count(f.activities.value({audience, type}, 0)));
    }
    return lines;
}

} // namespace

QString FiguresText::render(const YearlyFigures& figures, const Formatting& formatting)
{
    const QList<Line> lines = linesOf(figures, Values(formatting));
    // Values are right-aligned so that the digits of the figures line up.
    qsizetype width = 0;
    qsizetype valueWidth = 0;
    for (const Line& line : lines) {
        if (!line.heading && !line.note) {
            width = std::max(width, line.label.size());
            valueWidth = std::max(valueWidth, line.value.size());
        }
    }
    QString text = tr("Figures of the fiscal year %1 (%2 to %3)")
                       .arg(figures.year.name(), figures.year.firstDay().toString(Qt::ISODate),
                            figures.year.lastDay().toString(Qt::ISODate)) +
                   u'\n';
    for (const Line& line : lines) {
        if (line.heading)
            text += u'\n' + line.label + u'\n';
        else if (line.note)
            text += QStringLiteral("  ") + line.label + u'\n';
        else
            text += QStringLiteral("  ") + line.label.leftJustified(width + 2, u' ') +
                    line.value.rightJustified(valueWidth, u' ') + u'\n';
    }
    return text;
}

} // namespace bilan
