#include "FiguresWorkbook.h"

#include "EnumNames.h"
#include "Privacy.h"
#include "ReportText.h"

#include <optional>

namespace bilan {

namespace {

using Type = TableColumn::Type;

template <typename T> QVariant value(const std::optional<T>& figure)
{
    return figure ? QVariant::fromValue(*figure) : QVariant();
}

QVariant value(const std::optional<int>& figure)
{
    return figure ? QVariant(qint64(*figure)) : QVariant();
}

QVariant value(int figure)
{
    return qint64(figure);
}

// One sheet: a figure a row, the year's value and the year before's typed alike.
class Sheet
{
public:
    Sheet(const QString& name, const YearlyFigures& year, ReportLanguage language)
    {
        m_table.sheetName = name;
        m_table.columns = {{ReportText::tr("Figure", language), Type::Text},
                           {year.year.name(), Type::Text},
                           {year.year.previous().name(), Type::Text},
                           {ReportText::tr("Change", language), Type::Percent}};
    }

    void add(const QString& label, const QVariant& value, const QVariant& previous, Type type,
             const std::optional<double>& change = std::nullopt)
    {
        m_table.rows.append({label, QVariant::fromValue(TableCell{value, type}),
                             QVariant::fromValue(TableCell{previous, type}),
                             change ? QVariant(*change) : QVariant()});
    }

    // A remark under the figures (a figure withheld), in the label's column.
    void note(const QString& text) { m_table.rows.append({text}); }

    TableData table() const { return m_table; }

private:
    TableData m_table;
};

class Builder
{
public:
    Builder(const YearlyFigures& year, const YearlyFigures& previous, ReportLanguage language)
        : y(year), p(previous), m_language(language)
    {}

    QString tr(const char* english) const { return ReportText::tr(english, m_language); }
    template <typename E> QString many(E value) const
    {
        return ReportText::name(value, m_language, GrammaticalNumber::Many);
    }
    Sheet sheet(const char* title) const { return Sheet(tr(title), y, m_language); }

    TableData associativeLife() const
    {
        Sheet s = sheet("Associative life");
        for (MeetingKind kind : allValues<MeetingKind>())
            s.add(many(kind), value(y.meetingsByKind.value(kind, 0)),
                  value(p.meetingsByKind.value(kind, 0)), Type::Integer);
        s.add(tr("Attendance at meetings"), value(y.attendancePct), value(p.attendancePct),
              Type::Percent);
        s.add(tr("Directors in office at year end"), value(int(y.board.size())),
              value(int(p.board.size())), Type::Integer);
        return s.table();
    }

    TableData membership() const
    {
        Sheet s = sheet("Membership");
        s.add(tr("Member organisations at year end"), value(y.membersEnd), value(p.membersEnd),
              Type::Integer, y.membershipGrowthPct);
        s.add(tr("New member organisations"), value(y.membersNew), value(p.membersNew),
              Type::Integer);
        s.add(tr("Organisations that left"), value(y.membersLeft), value(p.membersLeft),
              Type::Integer);
        for (MembershipCategory category : allValues<MembershipCategory>())
            s.add(many(category), value(y.membersByCategory.value(category, 0)),
                  value(p.membersByCategory.value(category, 0)), Type::Integer);
        return s.table();
    }

    TableData services() const
    {
        Sheet s = sheet("Services to members");
        s.add(tr("Hours of service rendered"), value(y.minutesRendered), value(p.minutesRendered),
              Type::Minutes, y.hoursGrowthPct);
        s.add(tr("Enterprises served"), value(y.enterprisesServed), value(p.enterprisesServed),
              Type::Integer);
        s.add(tr("Operations with members (Article 17)"), value(y.operationsWithMembersPct),
              value(p.operationsWithMembersPct), Type::Percent);
        s.add(tr("Would recommend"), value(y.satisfactionPct), value(p.satisfactionPct),
              Type::Percent);
        s.add(tr("Survey respondents"), value(y.surveyRespondents), value(p.surveyRespondents),
              Type::Integer);
        return s.table();
    }

    TableData finances() const
    {
        Sheet s = sheet("Financial affairs");
        // The year before's actual figures are the year's own "previous" ones, read alike.
        s.add(tr("Revenue"), value(y.revenueCents), value(p.revenueCents), Type::Cents,
              y.revenueGrowthPct);
        s.add(tr("Operating expenses"), value(y.expensesCents), value(p.expensesCents),
              Type::Cents);
        s.add(tr("Surplus for the year"), value(y.surplusCents), value(p.surplusCents),
              Type::Cents);
        s.add(tr("Revenue budgeted"), value(y.budgetRevenueCents), value(p.budgetRevenueCents),
              Type::Cents);
        s.add(tr("Expenses budgeted"), value(y.budgetExpensesCents), value(p.budgetExpensesCents),
              Type::Cents);
        s.add(tr("Surplus budgeted"), value(y.budgetSurplusCents), value(p.budgetSurplusCents),
              Type::Cents);
        s.add(tr("Revenue to budget"), value(y.revenueVsBudgetPct), value(p.revenueVsBudgetPct),
              Type::Percent);
        s.add(tr("Expenses to budget"), value(y.expensesVsBudgetPct), value(p.expensesVsBudgetPct),
              Type::Percent);
        s.add(tr("Revenue budgeted next year"), value(y.nextBudgetRevenueCents),
              value(p.nextBudgetRevenueCents), Type::Cents);
        s.add(tr("Expenses budgeted next year"), value(y.nextBudgetExpensesCents),
              value(p.nextBudgetExpensesCents), Type::Cents);
        s.add(tr("Surplus budgeted next year"), value(y.nextBudgetSurplusCents),
              value(p.nextBudgetSurplusCents), Type::Cents);
        s.add(tr("Growth of members' revenue"), value(y.revenueMembersGrowthPct),
              value(p.revenueMembersGrowthPct), Type::Percent);
        s.add(tr("Growth of auxiliary members' revenue"), value(y.revenueAuxiliaryGrowthPct),
              value(p.revenueAuxiliaryGrowthPct), Type::Percent);
        s.add(tr("Self-financing ratio"), value(y.selfFinancingPct), value(p.selfFinancingPct),
              Type::Percent);
        return s.table();
    }

    TableData humanCapital() const
    {
        Sheet s = sheet("Human capital");
        for (ExpertRole role : allValues<ExpertRole>())
            s.add(many(role), value(y.expertsByRole.value(role, 0)),
                  value(p.expertsByRole.value(role, 0)), Type::Integer);
        s.add(tr("Women in the team"), value(y.womenPct), value(p.womenPct), Type::Percent);
        s.add(tr("Average age"), value(y.averageAge), value(p.averageAge), Type::Number);
        if (y.averageAgeWithheld || y.womenPctWithheld || p.averageAgeWithheld ||
            p.womenPctWithheld)
            s.note(tr("— withheld: fewer than %1 people gave this information.")
                       .arg(Privacy::MinimumPeople));
        return s.table();
    }

    TableData businessDevelopment() const
    {
        Sheet s = sheet("Business development");
        for (Audience audience : allValues<Audience>()) {
            for (ActivityType type : allValues<ActivityType>())
                s.add(
                    tr("%1: %2").arg(ReportText::name(audience, m_language), many(type).toLower()),
                    value(y.activities.value({audience, type}, 0)),
                    value(p.activities.value({audience, type}, 0)), Type::Integer);
        }
        return s.table();
    }

private:
    const YearlyFigures& y;
    const YearlyFigures& p;
    ReportLanguage m_language;
};

} // namespace

QList<TableData> FiguresWorkbook::sheets(const YearlyFigures& year, const YearlyFigures& previous,
                                         ReportLanguage language)
{
    const Builder b(year, previous, language);
    return {b.associativeLife(), b.membership(),   b.services(),
            b.finances(),        b.humanCapital(), b.businessDevelopment()};
}

} // namespace bilan
