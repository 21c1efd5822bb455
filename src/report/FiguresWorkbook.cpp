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

    template <typename E> QString many(E value) const
    {
        return ReportText::name(value, m_language, GrammaticalNumber::Many);
    }
    Sheet sheet(const QString& title) const { return Sheet(title, y, m_language); }

    TableData associativeLife() const
    {
        Sheet s = sheet(ReportText::tr("Associative life", m_language));
        for (MeetingKind kind : allValues<MeetingKind>())
            s.add(many(kind), value(y.meetingsByKind.value(kind, 0)),
                  value(p.meetingsByKind.value(kind, 0)), Type::Integer);
        s.add(ReportText::tr("Attendance at meetings", m_language), value(y.attendancePct),
              value(p.attendancePct), Type::Percent);
        s.add(ReportText::tr("Directors in office at year end", m_language),
              value(int(y.board.size())), value(int(p.board.size())), Type::Integer);
        return s.table();
    }

    TableData membership() const
    {
        Sheet s = sheet(ReportText::tr("Membership", m_language));
        s.add(ReportText::tr("Member organisations at year end", m_language), value(y.membersEnd),
              value(p.membersEnd), Type::Integer, y.membershipGrowthPct);
        s.add(ReportText::tr("New member organisations", m_language), value(y.membersNew),
              value(p.membersNew), Type::Integer);
        s.add(ReportText::tr("Organisations that left", m_language), value(y.membersLeft),
              value(p.membersLeft), Type::Integer);
        for (MembershipCategory category : allValues<MembershipCategory>())
            s.add(many(category), value(y.membersByCategory.value(category, 0)),
                  value(p.membersByCategory.value(category, 0)), Type::Integer);
        return s.table();
    }

    TableData services() const
    {
        Sheet s = sheet(ReportText::tr("Services to members", m_language));
        s.add(ReportText::tr("Hours of service rendered", m_language), value(y.minutesRendered),
              value(p.minutesRendered), Type::Minutes, y.hoursGrowthPct);
        s.add(ReportText::tr("Enterprises served", m_language), value(y.enterprisesServed),
              value(p.enterprisesServed), Type::Integer);
        s.add(ReportText::tr("Operations with members (Article 17)", m_language),
              value(y.operationsWithMembersPct), value(p.operationsWithMembersPct), Type::Percent);
        s.add(ReportText::tr("Would recommend", m_language), value(y.satisfactionPct),
              value(p.satisfactionPct), Type::Percent);
        s.add(ReportText::tr("Survey respondents", m_language), value(y.surveyRespondents),
              value(p.surveyRespondents), Type::Integer);
        return s.table();
    }

    TableData finances() const
    {
        Sheet s = sheet(ReportText::tr("Financial affairs", m_language));
        // The year before's actual figures are the year's own "previous" ones, read alike.
        s.add(ReportText::tr("Revenue", m_language), value(y.revenueCents), value(p.revenueCents),
              Type::Cents, y.revenueGrowthPct);
        s.add(ReportText::tr("Operating expenses", m_language), value(y.expensesCents),
              value(p.expensesCents), Type::Cents);
        s.add(ReportText::tr("Surplus for the year", m_language), value(y.surplusCents),
              value(p.surplusCents), Type::Cents);
        s.add(ReportText::tr("Revenue budgeted", m_language), value(y.budgetRevenueCents),
              value(p.budgetRevenueCents), Type::Cents);
        s.add(ReportText::tr("Expenses budgeted", m_language), value(y.budgetExpensesCents),
              value(p.budgetExpensesCents), Type::Cents);
        s.add(ReportText::tr("Surplus budgeted", m_language), value(y.budgetSurplusCents),
              value(p.budgetSurplusCents), Type::Cents);
        s.add(ReportText::tr("Revenue to budget", m_language), value(y.revenueVsBudgetPct),
              value(p.revenueVsBudgetPct), Type::Percent);
        s.add(ReportText::tr("Expenses to budget", m_language), value(y.expensesVsBudgetPct),
              value(p.expensesVsBudgetPct), Type::Percent);
        s.add(ReportText::tr("Revenue budgeted next year", m_language),
              value(y.nextBudgetRevenueCents), value(p.nextBudgetRevenueCents), Type::Cents);
        s.add(ReportText::tr("Expenses budgeted next year", m_language),
              value(y.nextBudgetExpensesCents), value(p.nextBudgetExpensesCents), Type::Cents);
        s.add(ReportText::tr("Surplus budgeted next year", m_language),
              value(y.nextBudgetSurplusCents), value(p.nextBudgetSurplusCents), Type::Cents);
        s.add(ReportText::tr("Growth of members' revenue", m_language),
              value(y.revenueMembersGrowthPct), value(p.revenueMembersGrowthPct), Type::Percent);
        s.add(ReportText::tr("Growth of auxiliary members' revenue", m_language),
              value(y.revenueAuxiliaryGrowthPct), value(p.revenueAuxiliaryGrowthPct),
              Type::Percent);
        s.add(ReportText::tr("Self-financing ratio", m_language), value(y.selfFinancingPct),
              value(p.selfFinancingPct), Type::Percent);
        return s.table();
    }

    TableData humanCapital() const
    {
        Sheet s = sheet(ReportText::tr("Human capital", m_language));
        for (ExpertRole role : allValues<ExpertRole>())
            s.add(many(role), value(y.expertsByRole.value(role, 0)),
                  value(p.expertsByRole.value(role, 0)), Type::Integer);
        s.add(ReportText::tr("Women in the team", m_language), value(y.womenPct), value(p.womenPct),
              Type::Percent);
        s.add(ReportText::tr("Average age", m_language), value(y.averageAge), value(p.averageAge),
              Type::Number);
        if (y.averageAgeWithheld || y.womenPctWithheld || p.averageAgeWithheld ||
            p.womenPctWithheld)
            s.note(ReportText::tr("— withheld: fewer than %1 people gave this information.",
                                  m_language)
                       .arg(Privacy::MinimumPeople));
        return s.table();
    }

    TableData businessDevelopment() const
    {
        Sheet s = sheet(ReportText::tr("Business development", m_language));
        for (Audience audience : allValues<Audience>()) {
            for (ActivityType type : allValues<ActivityType>())
                s.add(ReportText::tr("%1: %2", m_language)
                          .arg(ReportText::name(audience, m_language), many(type).toLower()),
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
