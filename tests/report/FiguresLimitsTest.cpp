// Figures a hostile-input trial broke (issue 9): personal aggregates over fewer than five people
// (finding 8) and finance totals at the largest amounts (finding 10).

#include "FiguresJson.h"
#include "FiguresTestFixture.h"
#include "FiguresText.h"
#include "Privacy.h"
#include "ReportDocument.h"
#include "ReportFixture.h"
#include "SqlSupport.h"

#include <QTextDocument>

#include <gmock/gmock.h>

using namespace bilan;
using bilan::test::FiguresTest;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

const QDate Start(2010, 1, 1);

QString reportText(const ReportInput& input)
{
    const auto document = ReportDocument::build(input);
    return ReportDocument::text(*document, input.language);
}

// One expert who gave both: "average age 59, women 100 %" would be her own data.
TEST_F(FiguresTest, OnePersonsAgeAndGenderAreWithheldEverywhere)
{
    expert(QStringLiteral("Ann"), ExpertRole::Professional, Start, {}, Gender::F, 1961);
    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.expertsByRole.value(ExpertRole::Professional), 1);
    EXPECT_FALSE(f.averageAge);
    EXPECT_FALSE(f.womenPct);
    EXPECT_TRUE(f.averageAgeWithheld);
    EXPECT_TRUE(f.womenPctWithheld);

    const QJsonObject json = toJson(f);
    EXPECT_TRUE(json.value(QStringLiteral("average_age")).isNull());
    EXPECT_TRUE(json.value(QStringLiteral("women_pct")).isNull());

    const QString english = FiguresText::render(f, Formatting(QLocale(QLocale::English)));
    EXPECT_THAT(english.toStdString(), HasSubstr("withheld: fewer than 5 people"));
    EXPECT_THAT(english.toStdString(), Not(HasSubstr("59")));
    EXPECT_THAT(english.toStdString(), Not(HasSubstr("100")));
}

TEST_F(FiguresTest, EachPersonalFigureCountsThoseWhoGaveItsOwnDatum)
{
    // Five gave a birth year, four a gender: the age is shown, the gender split withheld.
    expert(QStringLiteral("A"), ExpertRole::Professional, Start, {}, Gender::F, 1970);
    expert(QStringLiteral("B"), ExpertRole::Professional, Start, {}, Gender::M, 1980);
    expert(QStringLiteral("C"), ExpertRole::Trainer, Start, {}, Gender::F, 1990);
    expert(QStringLiteral("D"), ExpertRole::Director, Start, {}, Gender::X, 1960);
    expert(QStringLiteral("E"), ExpertRole::Professional, Start, {}, {}, 1975);
    YearlyFigures f = compute(2019);
    EXPECT_NEAR(f.averageAge.value_or(0), 45.0, 1e-9);
    EXPECT_FALSE(f.averageAgeWithheld);
    EXPECT_FALSE(f.womenPct);
    EXPECT_TRUE(f.womenPctWithheld);

    // A fifth gender given: now both are shown.
    expert(QStringLiteral("F"), ExpertRole::Professional, Start, {}, Gender::F);
    f = compute(2019);
    EXPECT_NEAR(f.womenPct.value_or(0), 60.0, 1e-9);
    EXPECT_FALSE(f.womenPctWithheld);
    EXPECT_EQ(Privacy::MinimumPeople, 5);
}

TEST(FiguresLimits, TheReportShowsADashAndSaysWhyInBothLanguages)
{
    for (ReportLanguage language : {ReportLanguage::English, ReportLanguage::French}) {
        ReportInput input = test::seedReportInput(language);
        input.figures.averageAge.reset();
        input.figures.womenPct.reset();
        input.figures.averageAgeWithheld = true;
        input.figures.womenPctWithheld = true;
        const std::string text = reportText(input).toStdString();
        EXPECT_THAT(text, Not(HasSubstr("45 YEARS")));
        EXPECT_THAT(text, Not(HasSubstr("45 ANS")));
        EXPECT_THAT(text, Not(HasSubstr("52.5")));
        EXPECT_THAT(text, Not(HasSubstr("52,5")));
        // Nor does the heading claim a balanced team.
        EXPECT_THAT(text, Not(HasSubstr("balanced")));
        EXPECT_THAT(text, Not(HasSubstr("paritaire")));
        if (language == ReportLanguage::English) {
            EXPECT_THAT(text, HasSubstr("| Women in the team | — |"));
            EXPECT_THAT(text, HasSubstr("— withheld: fewer than 5 people gave this information."));
        } else {
            EXPECT_THAT(text, HasSubstr("| Femmes dans l'équipe | — |"));
            EXPECT_THAT(text, HasSubstr("— non publié : moins de 5 personnes"));
        }
    }
    // Figures shown normally carry no such note.
    EXPECT_THAT(reportText(test::seedReportInput(ReportLanguage::English)).toStdString(),
                Not(HasSubstr("withheld")));
}

// A hundred lines at the largest amount, in every year and scenario a year's figures read: the
// figures come out exact instead of failing with "integer overflow".
TEST_F(FiguresTest, TheLargestAmountsAddUpWithoutOverflow)
{
    const qint64 max = FinanceLine::MaxAmountCents;
    FinanceRepository finances(db());
    const struct
    {
        int year;
        Scenario scenario;
        FinanceKind kind;
    } blocks[] = {{2018, Scenario::Actual, FinanceKind::RevenueMembers},
                  {2019, Scenario::Actual, FinanceKind::RevenueMembers},
                  {2019, Scenario::Actual, FinanceKind::Expense},
                  {2019, Scenario::Budget, FinanceKind::RevenueOther},
                  {2020, Scenario::Budget, FinanceKind::PublicFunding}};
    for (const auto& block : blocks) {
        for (int i = 0; i < 50; ++i) {
            FinanceLine line;
            line.fiscalYear = block.year;
            line.scenario = block.scenario;
            line.kind = block.kind;
            line.label = QStringLiteral("line %1").arg(i);
            line.amountCents = max;
            ASSERT_OK(finances.add(line));
        }
    }
    auto figures = FiguresCalculator(db()).compute(2019);
    ASSERT_OK(figures);
    EXPECT_EQ(figures->revenueCents, 50 * max);
    EXPECT_EQ(figures->expensesCents, 50 * max);
    EXPECT_EQ(figures->surplusCents, 0);
    EXPECT_EQ(figures->previousRevenueCents, 50 * max);
    EXPECT_EQ(figures->budgetRevenueCents, 50 * max);
    EXPECT_EQ(figures->nextBudgetRevenueCents, 50 * max);
    EXPECT_NEAR(figures->revenueGrowthPct.value_or(-1), 0.0, 1e-9);
    EXPECT_NEAR(figures->selfFinancingPct.value_or(-1), 100.0, 1e-9);
    const QJsonObject json = toJson(*figures);
    EXPECT_EQ(json.value(QStringLiteral("revenue_cents")).toInteger(), 50 * max);
}

// A database written before amounts were bounded may hold lines whose sum overflows: the figures
// say so plainly instead of failing with SQL's "integer overflow".
TEST_F(FiguresTest, TotalsWrittenBeforeTheBoundAreRefusedWithAClearMessage)
{
    for (int i = 0; i < 10; ++i)
        ASSERT_OK(sql::run(db(),
                           QStringLiteral("INSERT INTO finance_lines (fiscal_year, scenario, kind, "
                                          "label, amount_cents, created_at, updated_at) VALUES "
                                          "(2019, 'actual', 'expense', ?, ?, '', '')"),
                           {QStringLiteral("old %1").arg(i), qint64(1'000'000'000'000'000'000)}));
    auto figures = FiguresCalculator(db()).compute(2019);
    ASSERT_FALSE(figures.ok());
    EXPECT_THAT(figures.message().toStdString(),
                HasSubstr("the finance lines of 2019-2020 (Actual) add up to more than"));
    EXPECT_THAT(figures.message().toStdString(), Not(HasSubstr("overflow")));
}

} // namespace
