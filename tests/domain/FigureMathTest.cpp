// The formulas every yearly figure shares, at their edges: zero and negative bases, empty sides.

#include "FigureMath.h"
#include "FinanceTotals.h"

#include <gtest/gtest.h>

using namespace bilan;

namespace {

TEST(FigureMathTest, GrowthNeedsAPositiveBase)
{
    EXPECT_DOUBLE_EQ(*FigureMath::growthPct(std::optional<qint64>(180), {120}), 50.0);
    EXPECT_DOUBLE_EQ(*FigureMath::growthPct(std::optional<qint64>(45), {180}), -75.0);
    EXPECT_FALSE(FigureMath::growthPct(std::optional<qint64>(100), {0}));
    // A deficit turned into a surplus is not "−150 %".
    EXPECT_FALSE(FigureMath::growthPct(std::optional<qint64>(50), {-100}));
    EXPECT_FALSE(FigureMath::growthPct(std::optional<qint64>(), {100}));
    EXPECT_FALSE(FigureMath::growthPct(std::optional<qint64>(100), {}));
    EXPECT_DOUBLE_EQ(*FigureMath::growthPct(std::optional<int>(6), std::optional<int>(5)), 20.0);
    EXPECT_FALSE(FigureMath::growthPct(std::optional<int>(6), std::optional<int>(0)));
}

TEST(FigureMathTest, SharesVariancesAndDifferences)
{
    EXPECT_DOUBLE_EQ(*FigureMath::sharePct(1, 4), 25.0);
    EXPECT_FALSE(FigureMath::sharePct(0, 0));
    EXPECT_DOUBLE_EQ(*FigureMath::variancePct(108, 100), 8.0);
    EXPECT_FALSE(FigureMath::variancePct(108, 0));
    EXPECT_FALSE(FigureMath::variancePct(108, std::nullopt));
    EXPECT_EQ(FigureMath::difference(-100, 50), 150);
    EXPECT_FALSE(FigureMath::difference(std::nullopt, 50));
    EXPECT_DOUBLE_EQ(*FigureMath::pointsChange(97.5, 100.0), 2.5);
    EXPECT_FALSE(FigureMath::pointsChange(97.5, std::nullopt));
}

TEST(FigureMathTest, AttendanceRateIsPresentOverEveryRow)
{
    QList<Attendance> rows(4);
    rows[1].status = AttendanceStatus::Absent;
    rows[2].status = AttendanceStatus::Excused;
    EXPECT_EQ(FigureMath::presentCount(rows), 2);
    EXPECT_DOUBLE_EQ(*FigureMath::attendanceRatePct(rows), 50.0);
    EXPECT_FALSE(FigureMath::attendanceRatePct({}));
}

FinanceLine line(Scenario scenario, FinanceKind kind, qint64 cents)
{
    FinanceLine result;
    result.scenario = scenario;
    result.kind = kind;
    result.amountCents = cents;
    return result;
}

TEST(FinanceTotalsTest, AddsOneScenarioAndDerivesSurplusAndSelfFinancing)
{
    const QList<FinanceLine> lines{line(Scenario::Actual, FinanceKind::RevenueMembers, 700),
                                   line(Scenario::Actual, FinanceKind::PublicFunding, 300),
                                   line(Scenario::Actual, FinanceKind::Expense, 1'200),
                                   line(Scenario::Budget, FinanceKind::Expense, 5)};
    auto actual = FinanceTotals::of(lines, Scenario::Actual, QStringLiteral("2019-2020"));
    ASSERT_TRUE(actual.ok());
    EXPECT_EQ(actual->revenue(), 1'000);
    EXPECT_EQ(actual->expenses(), 1'200);
    EXPECT_EQ(actual->surplus(), -200);
    EXPECT_DOUBLE_EQ(*actual->selfFinancingPct(), 70.0);
    EXPECT_EQ(actual->kind(FinanceKind::RevenueOther), 0);

    auto budget = FinanceTotals::of(lines, Scenario::Budget, QStringLiteral("2019-2020"));
    ASSERT_TRUE(budget.ok());
    EXPECT_EQ(budget->revenue(), 0);
    EXPECT_FALSE(budget->selfFinancingPct()); // no revenue to share

    auto none = FinanceTotals::of({}, Scenario::Actual, QStringLiteral("2019-2020"));
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
    EXPECT_FALSE(none->surplus());
    EXPECT_FALSE(none->kind(FinanceKind::Expense));
}

TEST(FinanceTotalsTest, RefusesLinesBeyondTheBoundNamingTheYear)
{
    const QList<FinanceLine> lines{
        line(Scenario::Actual, FinanceKind::Expense, FinanceLine::MaxTotalCents),
        line(Scenario::Actual, FinanceKind::Expense, 1)};
    auto totals = FinanceTotals::of(lines, Scenario::Actual, QStringLiteral("2019-2020"));
    ASSERT_FALSE(totals.ok());
    EXPECT_TRUE(totals.message().contains(QStringLiteral("2019-2020")));
}

} // namespace
