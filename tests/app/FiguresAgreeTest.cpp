// The same year read three ways — the Finances page, the Reports page's dashboard and
// `bilan figures --json` run through the real command line — shows the same numbers. The years
// are chosen for the edges where copies of a formula used to disagree: a year whose previous
// year has no revenue and no member (a zero base), and a year whose previous year ran a deficit
// (a negative base).

#include "CommandTest.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "FinanceYearModel.h"
#include "FinancesView.h"
#include "Formatting.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ReportDocument.h"
#include "ReportInputLoader.h"
#include "ReportsView.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>

#include <gtest/gtest.h>

using namespace bilan;
using Row = ReportDashboardModel::Row;
using Column = ReportDashboardModel::Column;

namespace {

QString yearName(int startYear)
{
    return QStringLiteral("%1-%2").arg(startYear).arg(startYear + 1);
}

std::optional<qint64> cents(const QJsonObject& json, const char* key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toInteger());
}

std::optional<double> percent(const QJsonObject& json, const char* key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

class FiguresAgreeTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        CommandTest::SetUp();
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        ASSERT_NO_FATAL_FAILURE(fill());
    }
    void TearDown() override { QLocale::setDefault(m_savedLocale); }

    Database& db() { return m_test.db(); }

    void addLine(int year, Scenario scenario, FinanceKind kind, qint64 amountCents)
    {
        FinanceLine line;
        line.fiscalYear = year;
        line.scenario = scenario;
        line.kind = kind;
        line.amountCents = amountCents;
        ASSERT_OK(FinanceRepository(db()).add(line));
    }

    // 2017-2018: no revenue (one line of 0 $), 100 $ of expenses: a deficit; no member, no hour.
    // 2018-2019: revenue 6 000 $ (1 000 $ public), surplus 1 500 $, a budget; one member joins.
    // 2019-2020: revenue 3 000 $, expenses 5 000 $: a deficit of 2 000 $; a second member.
    // 2020-2021: revenue 5 000 $, surplus 500 $, after the deficit.
    void fill()
    {
        using enum FinanceKind;
        addLine(2017, Scenario::Actual, RevenueMembers, 0);
        addLine(2017, Scenario::Actual, Expense, 10'000);
        addLine(2018, Scenario::Actual, RevenueMembers, 500'000);
        addLine(2018, Scenario::Actual, PublicFunding, 100'000);
        addLine(2018, Scenario::Actual, Expense, 450'000);
        addLine(2018, Scenario::Budget, RevenueMembers, 400'000);
        addLine(2018, Scenario::Budget, Expense, 400'000);
        addLine(2019, Scenario::Actual, RevenueMembers, 300'000);
        addLine(2019, Scenario::Actual, Expense, 500'000);
        addLine(2020, Scenario::Actual, RevenueMembers, 400'000);
        addLine(2020, Scenario::Actual, RevenueOther, 100'000);
        addLine(2020, Scenario::Actual, Expense, 450'000);

        Expert expert;
        expert.name = QStringLiteral("Ève");
        expert.started = QDate(2010, 1, 1);
        auto expertId = ExpertRepository(db()).add(expert);
        ASSERT_OK(expertId);
        QList<qint64> organisations;
        for (const QString& name : {QStringLiteral("Coop A"), QStringLiteral("Coop B")}) {
            Organisation organisation;
            organisation.name = name;
            auto id = OrganisationRepository(db()).add(organisation);
            ASSERT_OK(id);
            organisations << *id;
        }
        for (const auto& [organisation, joined] :
             {std::pair{organisations.at(0), QDate(2018, 6, 1)},
              std::pair{organisations.at(1), QDate(2019, 5, 1)}}) {
            Membership membership;
            membership.organisationId = organisation;
            membership.joined = joined;
            ASSERT_OK(MembershipRepository(db()).add(membership));
        }
        for (const auto& [date, minutes] :
             {std::pair{QDate(2018, 5, 1), 120}, std::pair{QDate(2019, 5, 1), 180},
              std::pair{QDate(2020, 6, 1), 90}}) {
            ServiceEntry entry;
            entry.date = date;
            entry.expertId = *expertId;
            entry.organisationId = organisations.at(0);
            entry.minutes = minutes;
            ASSERT_OK(ServiceEntryRepository(db()).add(entry));
        }
    }

    // `bilan figures --db … --year … --json`, through the command line's own dispatch.
    QJsonObject figuresJson(int startYear)
    {
        const int code =
            run({QStringLiteral("figures"), QStringLiteral("--db"), m_test.path(),
                 QStringLiteral("--year"), yearName(startYear), QStringLiteral("--json")});
        EXPECT_EQ(code, 0) << err();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << out();
        return document.object();
    }

    // The dashboard of `startYear` against the JSON of that year and the one before.
    void expectDashboardAgrees(int startYear, const QJsonObject& current,
                               const QJsonObject& previous)
    {
        ReportsView view(db());
        view.setFiscalYear(startYear);
        ASSERT_TRUE(view.lastError().isEmpty()) << view.lastError().toStdString();
        const Formatting format{QLocale()};
        const auto dollars = [&](std::optional<qint64> value) {
            return value ? format.dollars(*value) : QStringLiteral("—");
        };
        const auto hours = [&](std::optional<qint64> value) {
            return value ? format.hours(*value) : QStringLiteral("—");
        };
        const auto integer = [&](std::optional<qint64> value) {
            return value ? format.integer(*value) : QStringLiteral("—");
        };
        const auto cell = [&](Row row, Column column) {
            return view.cellText(row, column).toStdString();
        };
        const auto expectRow = [&](Row row, const QString& before, const QString& now,
                                   const QString& change) {
            SCOPED_TRACE(view.cellText(row, Column::FigureColumn).toStdString());
            EXPECT_EQ(cell(row, Column::PreviousColumn), before.toStdString());
            EXPECT_EQ(cell(row, Column::CurrentColumn), now.toStdString());
            EXPECT_EQ(cell(row, Column::ChangeColumn), change.toStdString());
        };

        expectRow(Row::Hours, hours(cents(previous, "minutes_rendered")),
                  hours(cents(current, "minutes_rendered")),
                  format.percent(percent(current, "hours_growth_pct"), 1, true));
        expectRow(Row::MembersAtYearEnd, integer(cents(previous, "members_end")),
                  integer(cents(current, "members_end")),
                  format.percent(percent(current, "membership_growth_pct"), 1, true));
        expectRow(Row::Revenue, dollars(cents(previous, "revenue_cents")),
                  dollars(cents(current, "revenue_cents")),
                  format.percent(percent(current, "revenue_growth_pct"), 1, true));
        EXPECT_EQ(cell(Row::Expenses, Column::CurrentColumn),
                  dollars(cents(current, "expenses_cents")).toStdString());
        EXPECT_EQ(cell(Row::NewMembers, Column::CurrentColumn),
                  integer(cents(current, "members_new")).toStdString());
        EXPECT_EQ(cell(Row::Surplus, Column::PreviousColumn),
                  dollars(cents(previous, "surplus_cents")).toStdString());
        EXPECT_EQ(cell(Row::Surplus, Column::CurrentColumn),
                  dollars(cents(current, "surplus_cents")).toStdString());
        EXPECT_EQ(cell(Row::SelfFinancing, Column::CurrentColumn),
                  format.percent(percent(current, "self_financing_pct"), 1).toStdString());
    }

    // The Finances page of `startYear`: its model's totals and the labels it shows.
    void expectFinancesPageAgrees(int startYear, const QJsonObject& json)
    {
        FinancesView view(db(), nullptr, &m_test.clock());
        ASSERT_OK(view.setFiscalYear(startYear));
        const FinanceTotals actual = view.model()->totals(Scenario::Actual);
        const FinanceTotals budget = view.model()->totals(Scenario::Budget);
        EXPECT_EQ(actual.revenue(), cents(json, "revenue_cents"));
        EXPECT_EQ(actual.expenses(), cents(json, "expenses_cents"));
        EXPECT_EQ(actual.surplus(), cents(json, "surplus_cents"));
        EXPECT_EQ(budget.revenue(), cents(json, "budget_revenue_cents"));
        EXPECT_EQ(budget.expenses(), cents(json, "budget_expenses_cents"));
        EXPECT_EQ(budget.surplus(), cents(json, "budget_surplus_cents"));

        const Formatting format{QLocale()};
        const auto label = [&](const char* name) {
            auto* found = view.findChild<QLabel*>(QString::fromLatin1(name));
            EXPECT_NE(found, nullptr) << name;
            return found ? found->text().toStdString() : std::string();
        };
        const auto money = [&](std::optional<qint64> value) {
            return (value ? format.money(*value) : format.percent(std::nullopt)).toStdString();
        };
        EXPECT_EQ(label("actualRevenueLabel"), money(cents(json, "revenue_cents")));
        EXPECT_EQ(label("actualExpensesLabel"), money(cents(json, "expenses_cents")));
        EXPECT_EQ(label("actualSurplusLabel"), money(cents(json, "surplus_cents")));
        EXPECT_EQ(label("actualSelfFinancingLabel"),
                  format.percent(percent(json, "self_financing_pct"), 1).toStdString());
        EXPECT_EQ(label("budgetSurplusLabel"), money(cents(json, "budget_surplus_cents")));
    }

    void expectAllAgree(int startYear)
    {
        SCOPED_TRACE(yearName(startYear).toStdString());
        const QJsonObject previous = figuresJson(startYear - 1);
        const QJsonObject current = figuresJson(startYear);
        ASSERT_EQ(current.value("fiscal_year").toString(), yearName(startYear));
        ASSERT_NO_FATAL_FAILURE(expectDashboardAgrees(startYear, current, previous));
        ASSERT_NO_FATAL_FAILURE(expectFinancesPageAgrees(startYear, current));
    }

    test::TestDatabase m_test;
    QLocale m_savedLocale;
};

TEST_F(FiguresAgreeTest, AfterAYearWithNoRevenueAndNoMemberTheGrowthsAreEmptyEverywhere)
{
    ASSERT_NO_FATAL_FAILURE(expectAllAgree(2018));
    // The zero bases themselves, so that the agreement above is not two empty pages agreeing.
    const QJsonObject before = figuresJson(2017);
    EXPECT_EQ(cents(before, "revenue_cents"), 0);
    EXPECT_EQ(cents(before, "members_end"), 0);
    const QJsonObject json = figuresJson(2018);
    EXPECT_EQ(cents(json, "revenue_cents"), 600'000);
    EXPECT_EQ(cents(json, "surplus_cents"), 150'000);
    EXPECT_EQ(cents(json, "members_end"), 1);
    EXPECT_TRUE(json.value("revenue_growth_pct").isNull());
    EXPECT_TRUE(json.value("membership_growth_pct").isNull());
    ReportsView view(db());
    view.setFiscalYear(2018);
    EXPECT_EQ(view.cellText(Row::Revenue, Column::ChangeColumn), QStringLiteral("—"));
    EXPECT_EQ(view.cellText(Row::MembersAtYearEnd, Column::ChangeColumn), QStringLiteral("—"));
    // From a deficit of 100 $ to a surplus of 1 500 $: a change in dollars, not a ratio.
    EXPECT_EQ(view.cellText(Row::Surplus, Column::ChangeColumn),
              QStringLiteral("+") + Formatting(QLocale()).dollars(160'000));
}

TEST_F(FiguresAgreeTest, AYearThatRunsADeficitAgreesEverywhere)
{
    ASSERT_NO_FATAL_FAILURE(expectAllAgree(2019));
    const QJsonObject json = figuresJson(2019);
    EXPECT_EQ(cents(json, "surplus_cents"), -200'000);
    EXPECT_DOUBLE_EQ(percent(json, "revenue_growth_pct").value_or(0), -50.0);
    EXPECT_DOUBLE_EQ(percent(json, "membership_growth_pct").value_or(0), 100.0);
}

TEST_F(FiguresAgreeTest, AfterADeficitTheFiguresAgreeEverywhere)
{
    ASSERT_NO_FATAL_FAILURE(expectAllAgree(2020));
    const QJsonObject json = figuresJson(2020);
    EXPECT_EQ(cents(json, "surplus_cents"), 50'000);
    EXPECT_DOUBLE_EQ(percent(json, "revenue_growth_pct").value_or(0), 66.7);
    ReportsView view(db());
    view.setFiscalYear(2020);
    EXPECT_EQ(view.cellText(Row::Surplus, Column::PreviousColumn),
              Formatting(QLocale()).dollars(-200'000));
    EXPECT_EQ(view.cellText(Row::Surplus, Column::ChangeColumn),
              QStringLiteral("+") + Formatting(QLocale()).dollars(250'000));
}

// The share of operations with members (Article 17): the JSON and the report's sentence say the
// same. 2018-2019's only entry (2018-05-01) comes before its organisation joined (2018-06-01).
TEST_F(FiguresAgreeTest, TheShareOfOperationsWithMembersAgreesInTheJsonAndTheReport)
{
    EXPECT_DOUBLE_EQ(percent(figuresJson(2018), "operations_with_members_pct").value_or(-1), 0.0);
    EXPECT_DOUBLE_EQ(percent(figuresJson(2019), "operations_with_members_pct").value_or(-1), 100.0);
    EXPECT_TRUE(figuresJson(2016).value("operations_with_members_pct").isNull()); // no hours
    for (const auto& [year, share] : {std::pair{2018, "0%"}, std::pair{2019, "100%"}}) {
        auto input = ReportInputLoader::load(db(), year, ReportLanguage::English);
        ASSERT_OK(input);
        const auto document = ReportDocument::build(*input);
        const QString text = ReportDocument::text(*document, ReportLanguage::English);
        EXPECT_TRUE(text.contains(QStringLiteral("the Cooperative carried out %1 of its operations")
                                      .arg(QLatin1String(share))))
            << text.toStdString();
    }
}

} // namespace
