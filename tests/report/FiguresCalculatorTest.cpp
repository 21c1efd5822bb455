// The yearly figures of DESIGN.md's table on small hand-built databases: hours, membership,
// finances, a year without data, a January fiscal start, zero denominators.

#include "FiguresTestFixture.h"

#include <gmock/gmock.h>

using namespace bilan;
using bilan::test::FiguresTest;
using ::testing::ElementsAre;

namespace {

const QDate Day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// 2019-2020 runs from 2019-04-01 to 2020-03-31.
TEST_F(FiguresTest, HoursCountEntriesOfTheFirstAndLastDayInTheirYear)
{
    const qint64 e = expert(QStringLiteral("Ève"));
    const qint64 a = organisation(QStringLiteral("Coop A"));
    const qint64 b = organisation(QStringLiteral("Coop B"));
    const qint64 c = organisation(QStringLiteral("Coop C"));
    hours(Day(2018, 6, 1), e, a, 60);
    hours(Day(2019, 3, 31), e, a, 60); // last day of 2018-2019
    hours(Day(2019, 4, 1), e, a, 90);  // first day of 2019-2020
    hours(Day(2019, 10, 10), e, a, 60);
    hours(Day(2020, 3, 31), e, b, 30); // last day of 2019-2020
    hours(Day(2020, 4, 1), e, c, 45);  // the day after

    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.year.name(), QStringLiteral("2019-2020"));
    EXPECT_EQ(f.minutesRendered, 180);
    EXPECT_EQ(f.previousMinutesRendered, 120);
    ASSERT_TRUE(f.hoursGrowthPct);
    EXPECT_DOUBLE_EQ(*f.hoursGrowthPct, 50.0); // (180 − 120) ÷ 120
    EXPECT_EQ(f.enterprisesServed, 2);         // A and B; C is served the year after

    const YearlyFigures next = compute(2020);
    EXPECT_EQ(next.minutesRendered, 45);
    EXPECT_DOUBLE_EQ(next.hoursGrowthPct.value_or(0), -75.0); // (45 − 180) ÷ 180
    EXPECT_EQ(next.enterprisesServed, 1);
}

// Members at the end of 2018-2019 (2019-03-31): A, B, E, F, H.
// At the end of 2019-2020 (2020-03-31): A, F, I (member), B, H (auxiliary), C (supporting).
TEST_F(FiguresTest, MembershipCountsArrivalsDeparturesAndARejoin)
{
    const auto org = [&](const char* name) { return organisation(QString::fromUtf8(name)); };
    const qint64 a = org("Coop A"), b = org("Coop B"), c = org("Coop C"), d = org("Coop D"),
                 e = org("Coop E"), f = org("Coop F"), g = org("Coop G"), h = org("Coop H"),
                 i = org("Coop I");
    using C = MembershipCategory;
    period(a, Day(2015, 1, 1));
    period(b, Day(2016, 1, 1), Day(2019, 6, 1));             // leaves…
    period(b, Day(2019, 9, 1), {}, C::Auxiliary);            // …and rejoins: new again
    period(c, Day(2019, 4, 1), {}, C::Supporting);           // first day: new
    period(d, Day(2020, 4, 1));                              // the day after: next year
    period(e, Day(2017, 1, 1), Day(2020, 3, 31));            // not a member on the last day
    period(f, Day(2018, 1, 1), Day(2020, 4, 1));             // leaves the year after
    period(g, Day(2019, 5, 1), Day(2019, 8, 1), C::Managed); // in and out within the year
    period(h, Day(2014, 1, 1), Day(2019, 7, 1));             // a change of category…
    period(h, Day(2019, 7, 1), {}, C::Auxiliary);            // …is neither arrival nor departure
    period(i, Day(2019, 12, 1));

    const YearlyFigures fig = compute(2019);
    EXPECT_EQ(fig.previousMembersEnd, 5);
    EXPECT_EQ(fig.membersEnd, 6);
    EXPECT_EQ(fig.membersNew, 4);                                // B, C, G, I
    EXPECT_EQ(fig.membersLeft, 3);                               // B, E, G
    EXPECT_DOUBLE_EQ(fig.membershipGrowthPct.value_or(0), 20.0); // (6 − 5) ÷ 5
    EXPECT_THAT(fig.newMemberNames,
                ElementsAre(QStringLiteral("Coop B"), QStringLiteral("Coop C"),
                            QStringLiteral("Coop G"), QStringLiteral("Coop I")));
    EXPECT_EQ(fig.membersByCategory.value(C::Member), 3);
    EXPECT_EQ(fig.membersByCategory.value(C::Auxiliary), 2);
    EXPECT_EQ(fig.membersByCategory.value(C::Supporting), 1);
    ASSERT_TRUE(fig.membersByCategory.contains(C::Managed));
    EXPECT_EQ(fig.membersByCategory.value(C::Managed), 0);

    const YearlyFigures next = compute(2020);
    EXPECT_EQ(next.membersNew, 1);  // D
    EXPECT_EQ(next.membersLeft, 1); // F
    EXPECT_EQ(next.membersEnd, 6);
    EXPECT_THAT(next.newMemberNames, ElementsAre(QStringLiteral("Coop D")));
}

// In dollars: 2018 actual 100 000 + 20 000 revenue, 110 000 expenses; 2019 actual 122 000 +
// 28 800 + 5 000 + 4 200 public = 160 000 revenue, 150 000 expenses; 2019 budget 128 000 /
// 125 000; 2020 budget 50 000 + 10 000 public / 58 000.
TEST_F(FiguresTest, FinancesFollowTheFiveColumnTable)
{
    using K = FinanceKind;
    finance(2018, Scenario::Actual, K::RevenueMembers, 10'000'000);
    finance(2018, Scenario::Actual, K::RevenueAuxiliary, 2'000'000);
    finance(2018, Scenario::Actual, K::Expense, 11'000'000);
    finance(2019, Scenario::Actual, K::RevenueMembers, 12'200'000);
    finance(2019, Scenario::Actual, K::RevenueAuxiliary, 2'880'000);
    finance(2019, Scenario::Actual, K::RevenueOther, 500'000);
    finance(2019, Scenario::Actual, K::PublicFunding, 420'000);
    finance(2019, Scenario::Actual, K::Expense, 15'000'000);
    finance(2019, Scenario::Budget, K::RevenueMembers, 12'800'000);
    finance(2019, Scenario::Budget, K::Expense, 12'500'000);
    finance(2020, Scenario::Budget, K::RevenueOther, 5'000'000);
    finance(2020, Scenario::Budget, K::PublicFunding, 1'000'000);
    finance(2020, Scenario::Budget, K::Expense, 5'800'000);

    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.previousRevenueCents, 12'000'000);
    EXPECT_EQ(f.previousExpensesCents, 11'000'000);
    EXPECT_EQ(f.previousSurplusCents, 1'000'000);
    EXPECT_EQ(f.revenueCents, 16'000'000);
    EXPECT_EQ(f.expensesCents, 15'000'000);
    EXPECT_EQ(f.surplusCents, 1'000'000);
    EXPECT_EQ(f.budgetRevenueCents, 12'800'000);
    EXPECT_EQ(f.budgetExpensesCents, 12'500'000);
    EXPECT_EQ(f.budgetSurplusCents, 300'000);
    EXPECT_DOUBLE_EQ(f.revenueVsBudgetPct.value_or(0), 25.0);   // 160 ÷ 128 − 1
    EXPECT_NEAR(f.expensesVsBudgetPct.value_or(0), 20.0, 1e-9); // 150 ÷ 125 − 1
    EXPECT_EQ(f.nextBudgetRevenueCents, 6'000'000);
    EXPECT_EQ(f.nextBudgetExpensesCents, 5'800'000);
    EXPECT_EQ(f.nextBudgetSurplusCents, 200'000);
    EXPECT_NEAR(f.revenueGrowthPct.value_or(0), 33.3333, 1e-3); // 160 ÷ 120 − 1
    EXPECT_NEAR(f.revenueMembersGrowthPct.value_or(0), 22.0, 1e-9);
    EXPECT_NEAR(f.revenueAuxiliaryGrowthPct.value_or(0), 44.0, 1e-9);
    EXPECT_NEAR(f.selfFinancingPct.value_or(0), 97.375, 1e-9); // (160 000 − 4 200) ÷ 160 000
    EXPECT_EQ(f.actualByKind.value(K::PublicFunding), 420'000);
    EXPECT_EQ(f.actualByKind.value(K::RevenueOther), 500'000);

    // 2018 has actual lines but no budget; its next budget is 2019's.
    const YearlyFigures before = compute(2018);
    EXPECT_EQ(before.revenueCents, 12'000'000);
    EXPECT_FALSE(before.budgetRevenueCents);
    EXPECT_FALSE(before.revenueVsBudgetPct);
    EXPECT_FALSE(before.previousRevenueCents);
    EXPECT_FALSE(before.revenueGrowthPct);
    EXPECT_EQ(before.nextBudgetRevenueCents, 12'800'000);
    EXPECT_DOUBLE_EQ(before.selfFinancingPct.value_or(0), 100.0);
}

TEST_F(FiguresTest, AYearWithoutDataHasNoFigureAndNoCrash)
{
    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.year, FiscalYear(2019));
    EXPECT_FALSE(f.minutesRendered);
    EXPECT_FALSE(f.previousMinutesRendered);
    EXPECT_FALSE(f.hoursGrowthPct);
    EXPECT_FALSE(f.enterprisesServed);
    EXPECT_FALSE(f.membersEnd);
    EXPECT_FALSE(f.previousMembersEnd);
    EXPECT_FALSE(f.membersNew);
    EXPECT_FALSE(f.membersLeft);
    EXPECT_FALSE(f.membershipGrowthPct);
    EXPECT_FALSE(f.revenueCents);
    EXPECT_FALSE(f.expensesCents);
    EXPECT_FALSE(f.surplusCents);
    EXPECT_FALSE(f.budgetRevenueCents);
    EXPECT_FALSE(f.budgetSurplusCents);
    EXPECT_FALSE(f.nextBudgetRevenueCents);
    EXPECT_FALSE(f.nextBudgetSurplusCents);
    EXPECT_FALSE(f.previousSurplusCents);
    EXPECT_FALSE(f.revenueVsBudgetPct);
    EXPECT_FALSE(f.expensesVsBudgetPct);
    EXPECT_FALSE(f.revenueGrowthPct);
    EXPECT_FALSE(f.revenueMembersGrowthPct);
    EXPECT_FALSE(f.revenueAuxiliaryGrowthPct);
    EXPECT_FALSE(f.selfFinancingPct);
    EXPECT_FALSE(f.surveyRespondents);
    EXPECT_FALSE(f.satisfactionPct);
    EXPECT_FALSE(f.averageAge);
    EXPECT_FALSE(f.womenPct);
    EXPECT_FALSE(f.attendancePct);
    EXPECT_TRUE(f.actualByKind.isEmpty());
    EXPECT_TRUE(f.board.isEmpty());
    EXPECT_TRUE(f.agreements.isEmpty());
    EXPECT_TRUE(f.newMemberNames.isEmpty());
    // The maps still hold every key, at zero, so a table prints without special cases.
    EXPECT_EQ(f.membersByCategory.size(), 4);
    EXPECT_EQ(f.expertsByRole.size(), 3);
    EXPECT_EQ(f.meetingsByKind.size(), 3);
    EXPECT_EQ(f.activities.size(), 9);
    for (int n : f.activities)
        EXPECT_EQ(n, 0);
}

TEST_F(FiguresTest, AJanuaryFiscalStartMakesTheCalendarYear)
{
    ASSERT_OK(SettingsRepository(db()).setFiscalStartMonth(1));
    const qint64 e = expert(QStringLiteral("Ève"));
    const qint64 a = organisation(QStringLiteral("Coop A"));
    const qint64 b = organisation(QStringLiteral("Coop B"));
    hours(Day(2018, 12, 31), e, a, 10);
    hours(Day(2019, 1, 1), e, a, 20);
    hours(Day(2019, 3, 31), e, a, 40); // outside an April year, inside this one
    hours(Day(2019, 12, 31), e, b, 30);
    hours(Day(2020, 1, 1), e, b, 50);
    period(a, Day(2018, 6, 1), Day(2019, 1, 1)); // leaves on the first day
    period(b, Day(2019, 1, 1));                  // joins on the first day
    finance(2019, Scenario::Actual, FinanceKind::RevenueMembers, 100);

    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.year.name(), QStringLiteral("2019"));
    EXPECT_EQ(f.year.firstDay(), Day(2019, 1, 1));
    EXPECT_EQ(f.year.lastDay(), Day(2019, 12, 31));
    EXPECT_EQ(f.minutesRendered, 90);
    EXPECT_EQ(f.previousMinutesRendered, 10);
    EXPECT_DOUBLE_EQ(f.hoursGrowthPct.value_or(0), 800.0);
    EXPECT_EQ(f.enterprisesServed, 2);
    EXPECT_EQ(f.previousMembersEnd, 1); // A on 2018-12-31
    EXPECT_EQ(f.membersEnd, 1);         // B
    EXPECT_EQ(f.membersNew, 1);
    EXPECT_EQ(f.membersLeft, 1);
    EXPECT_DOUBLE_EQ(f.membershipGrowthPct.value_or(-1), 0.0);
    EXPECT_EQ(f.revenueCents, 100);
}

TEST_F(FiguresTest, ZeroDenominatorsGiveNoFigure)
{
    const qint64 e = expert(QStringLiteral("Ève"));
    const qint64 a = organisation(QStringLiteral("Coop A"));
    hours(Day(2019, 5, 1), e, a, 60); // nothing the year before
    period(a, Day(2019, 5, 1));       // no member at the end of the year before
    // The year before has actual lines, but no revenue at all; the budget has no revenue.
    finance(2018, Scenario::Actual, FinanceKind::Expense, 5'000);
    finance(2019, Scenario::Actual, FinanceKind::Expense, 7'000);
    finance(2019, Scenario::Budget, FinanceKind::Expense, 0);
    survey(2019, 0, 0);

    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.minutesRendered, 60);
    EXPECT_FALSE(f.previousMinutesRendered);
    EXPECT_FALSE(f.hoursGrowthPct);
    EXPECT_EQ(f.membersEnd, 1);
    EXPECT_EQ(f.previousMembersEnd, 0);
    EXPECT_FALSE(f.membershipGrowthPct);
    EXPECT_EQ(f.revenueCents, 0);
    EXPECT_EQ(f.previousRevenueCents, 0);
    EXPECT_EQ(f.surplusCents, -7'000);
    EXPECT_FALSE(f.revenueGrowthPct);
    EXPECT_FALSE(f.revenueMembersGrowthPct);
    EXPECT_FALSE(f.selfFinancingPct);
    EXPECT_EQ(f.budgetRevenueCents, 0);
    EXPECT_EQ(f.budgetExpensesCents, 0);
    EXPECT_FALSE(f.revenueVsBudgetPct);
    EXPECT_FALSE(f.expensesVsBudgetPct);
    EXPECT_EQ(f.surveyRespondents, 0);
    EXPECT_FALSE(f.satisfactionPct);
    EXPECT_FALSE(f.attendancePct);
}

} // namespace
