#include "FinanceRepository.h"

#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

FinanceLine line(int year, Scenario scenario, FinanceKind kind, const QString& label, qint64 cents)
{
    FinanceLine l;
    l.fiscalYear = year;
    l.scenario = scenario;
    l.kind = kind;
    l.label = label;
    l.amountCents = cents;
    return l;
}

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

class FinanceRepositoryTest : public test::DatabaseTest
{
protected:
    FinanceRepository m_repo{db()};
    SettingsRepository m_settings{db()};

    qint64 add(const FinanceLine& l)
    {
        auto id = m_repo.add(l);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }
    void close(int year) { ASSERT_OK(m_settings.closeYear(FiscalYear(year))); }
    std::string message(const Status& s) { return s.message().toStdString(); }
};

TEST_F(FinanceRepositoryTest, AddsALineAndReadsItBack)
{
    const qint64 id =
        add(line(2019, Scenario::Budget, FinanceKind::RevenueMembers, "Cotisations", 123456));
    ASSERT_GT(id, 0);
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_EQ(got->id, id);
    EXPECT_EQ(got->fiscalYear, 2019);
    EXPECT_EQ(got->scenario, Scenario::Budget);
    EXPECT_EQ(got->kind, FinanceKind::RevenueMembers);
    EXPECT_EQ(got->label, "Cotisations");
    EXPECT_EQ(got->amountCents, 123456);
    EXPECT_EQ(got->createdAt, utc(2026, 11, 24));
    EXPECT_EQ(got->updatedAt, utc(2026, 11, 24));
}

TEST_F(FinanceRepositoryTest, StoresTheLabelWithSpacesCollapsed)
{
    const qint64 id =
        add(line(2019, Scenario::Actual, FinanceKind::Expense, "  Rent   and  heat ", 1));
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_EQ(got->label, "Rent and heat");
}

TEST_F(FinanceRepositoryTest, AcceptsAZeroAmountAndAnEmptyLabel)
{
    // A label never set is a null QString; it must be stored as the empty label.
    const qint64 id = add(line(2019, Scenario::Actual, FinanceKind::PublicFunding, QString(), 0));
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_EQ(got->label, "");
    EXPECT_EQ(got->amountCents, 0);
}

TEST_F(FinanceRepositoryTest, RefusesAMissingYear)
{
    auto r = m_repo.add(line(0, Scenario::Actual, FinanceKind::Expense, "Rent", 100));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "year");
    EXPECT_THAT(r.message().toStdString(), HasSubstr("fiscal year is required"));
    auto all = m_repo.all();
    ASSERT_OK(all);
    EXPECT_TRUE(all->isEmpty());
}

TEST_F(FinanceRepositoryTest, RefusesANegativeAmount)
{
    auto r = m_repo.add(line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", -1250));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "amount");
    EXPECT_THAT(r.message().toStdString(), HasSubstr("cannot be negative (-12.50)"));
}

TEST_F(FinanceRepositoryTest, RefusesASecondLineWithTheSameYearScenarioKindAndLabel)
{
    add(line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", 100));
    auto r = m_repo.add(line(2019, Scenario::Budget, FinanceKind::Expense, " Rent ", 200));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "label");
    EXPECT_THAT(
        r.message().toStdString(),
        HasSubstr("there is already a line for 2019-2020, budget, expense labelled \"Rent\""));
}

TEST_F(FinanceRepositoryTest, NamesAnEmptyLabelInTheDuplicateMessage)
{
    add(line(2019, Scenario::Actual, FinanceKind::RevenueOther, QString(), 100));
    auto r = m_repo.add(line(2019, Scenario::Actual, FinanceKind::RevenueOther, "", 5));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "label");
    EXPECT_THAT(
        r.message().toStdString(),
        HasSubstr("there is already a line for 2019-2020, actual, revenue_other without a label"));
}

TEST_F(FinanceRepositoryTest, NamesTheYearWithTheConfiguredStartMonth)
{
    ASSERT_OK(m_settings.setFiscalStartMonth(1));
    add(line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", 100));
    auto r = m_repo.add(line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", 100));
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(r.message().toStdString(), HasSubstr("line for 2019, budget, expense labelled"));
    EXPECT_THAT(r.message().toStdString(), ::testing::Not(HasSubstr("2019-2020")));
}

TEST_F(FinanceRepositoryTest, AllowsTheSameLabelInAnotherYearScenarioOrKind)
{
    add(line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", 100));
    add(line(2020, Scenario::Budget, FinanceKind::Expense, "Rent", 100));
    add(line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", 100));
    add(line(2019, Scenario::Budget, FinanceKind::RevenueOther, "Rent", 100));
    add(line(2019, Scenario::Budget, FinanceKind::Expense, "Rent 2", 100));
    auto all = m_repo.all();
    ASSERT_OK(all);
    EXPECT_EQ(all->size(), 5);
}

TEST_F(FinanceRepositoryTest, RefusesToAddToAClosedYear)
{
    close(2019);
    auto r = m_repo.add(line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", 100));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "year");
    EXPECT_THAT(r.message().toStdString(), HasSubstr("fiscal year 2019-2020 is closed"));
    auto lines = m_repo.forYear(2019);
    ASSERT_OK(lines);
    EXPECT_TRUE(lines->isEmpty());
}

TEST_F(FinanceRepositoryTest, AddsToTheYearsAroundAClosedOne)
{
    close(2019);
    EXPECT_OK(m_repo.add(line(2018, Scenario::Actual, FinanceKind::Expense, "Rent", 100)));
    EXPECT_OK(m_repo.add(line(2020, Scenario::Actual, FinanceKind::Expense, "Rent", 100)));
}

TEST_F(FinanceRepositoryTest, AddsAgainOnceTheYearIsReopened)
{
    close(2019);
    ASSERT_OK(m_settings.reopenYear(2019));
    EXPECT_OK(m_repo.add(line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", 100)));
}

TEST_F(FinanceRepositoryTest, UpdatesEveryFieldAndBumpsUpdatedAt)
{
    const qint64 id = add(line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", 100));
    m_test.clock().set(utc(2026, 12, 1, 9));
    FinanceLine changed =
        line(2020, Scenario::Actual, FinanceKind::RevenueAuxiliary, " Services  aux ", 4200);
    changed.id = id;
    ASSERT_OK(m_repo.update(changed));
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_EQ(got->fiscalYear, 2020);
    EXPECT_EQ(got->scenario, Scenario::Actual);
    EXPECT_EQ(got->kind, FinanceKind::RevenueAuxiliary);
    EXPECT_EQ(got->label, "Services aux");
    EXPECT_EQ(got->amountCents, 4200);
    EXPECT_EQ(got->createdAt, utc(2026, 11, 24));
    EXPECT_EQ(got->updatedAt, utc(2026, 12, 1, 9));
}

TEST_F(FinanceRepositoryTest, UpdateKeepsItsOwnLabelButRefusesAnotherLinesOne)
{
    const qint64 rent = add(line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", 100));
    add(line(2019, Scenario::Budget, FinanceKind::Expense, "Salaries", 900));
    FinanceLine same = line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", 150);
    same.id = rent;
    EXPECT_OK(m_repo.update(same));

    FinanceLine clash = line(2019, Scenario::Budget, FinanceKind::Expense, "Salaries", 150);
    clash.id = rent;
    auto r = m_repo.update(clash);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "label");
    EXPECT_THAT(message(r), HasSubstr("2019-2020, budget, expense labelled \"Salaries\""));
    auto got = m_repo.get(rent);
    ASSERT_OK(got);
    EXPECT_EQ(got->label, "Rent");
    EXPECT_EQ(got->amountCents, 150);
}

TEST_F(FinanceRepositoryTest, UpdateValidatesTheLine)
{
    const qint64 id = add(line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", 100));
    FinanceLine bad = line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", -5);
    bad.id = id;
    auto r = m_repo.update(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "amount");
}

TEST_F(FinanceRepositoryTest, UpdateRefusesAnUnknownId)
{
    FinanceLine ghost = line(2019, Scenario::Budget, FinanceKind::Expense, "Rent", 100);
    ghost.id = 77;
    auto r = m_repo.update(ghost);
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(message(r), HasSubstr("no finance line with id 77"));
}

TEST_F(FinanceRepositoryTest, UpdateRefusesALineOfAClosedYear)
{
    const qint64 id = add(line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", 100));
    close(2019);
    FinanceLine moved = line(2020, Scenario::Actual, FinanceKind::Expense, "Rent", 100);
    moved.id = id;
    auto r = m_repo.update(moved);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "year");
    EXPECT_THAT(message(r), HasSubstr("fiscal year 2019-2020 is closed"));
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_EQ(got->fiscalYear, 2019);
}

TEST_F(FinanceRepositoryTest, UpdateRefusesToMoveALineIntoAClosedYear)
{
    const qint64 id = add(line(2020, Scenario::Actual, FinanceKind::Expense, "Rent", 100));
    close(2019);
    FinanceLine moved = line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", 100);
    moved.id = id;
    auto r = m_repo.update(moved);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "year");
    EXPECT_THAT(message(r), HasSubstr("fiscal year 2019-2020 is closed"));
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_EQ(got->fiscalYear, 2020);
}

TEST_F(FinanceRepositoryTest, RemovesALine)
{
    const qint64 id = add(line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", 100));
    ASSERT_OK(m_repo.remove(id));
    auto got = m_repo.get(id);
    ASSERT_FALSE(got.ok());
    EXPECT_THAT(got.message().toStdString(), HasSubstr("no finance line with id"));
}

TEST_F(FinanceRepositoryTest, RemoveRefusesAnUnknownId)
{
    auto r = m_repo.remove(12);
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(message(r), HasSubstr("no finance line with id 12"));
}

TEST_F(FinanceRepositoryTest, RemoveRefusesALineOfAClosedYear)
{
    const qint64 id = add(line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", 100));
    close(2019);
    auto r = m_repo.remove(id);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "year");
    EXPECT_THAT(message(r), HasSubstr("fiscal year 2019-2020 is closed"));
    EXPECT_OK(m_repo.get(id));
}

TEST_F(FinanceRepositoryTest, GetRefusesAnUnknownId)
{
    auto got = m_repo.get(3);
    ASSERT_FALSE(got.ok());
    EXPECT_THAT(got.message().toStdString(), HasSubstr("no finance line with id 3"));
}

TEST_F(FinanceRepositoryTest, ListsAYearByScenarioKindInDeclarationOrderThenLabel)
{
    add(line(2019, Scenario::Budget, FinanceKind::Expense, "B", 1));
    add(line(2019, Scenario::Actual, FinanceKind::Expense, "Salaries", 1));
    add(line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", 1));
    add(line(2019, Scenario::Actual, FinanceKind::RevenueMembers, "Z", 1));
    add(line(2019, Scenario::Actual, FinanceKind::PublicFunding, "A", 1));
    add(line(2020, Scenario::Actual, FinanceKind::RevenueMembers, "Next", 1));

    auto lines = m_repo.forYear(2019);
    ASSERT_OK(lines);
    std::vector<std::string> labels;
    for (const FinanceLine& l : *lines)
        labels.push_back(l.label.toStdString());
    EXPECT_EQ(labels, (std::vector<std::string>{"Z", "A", "Rent", "Salaries", "B"}));
}

TEST_F(FinanceRepositoryTest, ListsEveryLineByYearFirst)
{
    add(line(2020, Scenario::Actual, FinanceKind::RevenueMembers, "C", 1));
    add(line(2018, Scenario::Budget, FinanceKind::Expense, "B", 1));
    add(line(2019, Scenario::Actual, FinanceKind::Expense, "A", 1));
    auto all = m_repo.all();
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).fiscalYear, 2018);
    EXPECT_EQ(all->at(1).fiscalYear, 2019);
    EXPECT_EQ(all->at(2).fiscalYear, 2020);
}

TEST_F(FinanceRepositoryTest, TotalsSumPerKindForOneYearAndScenario)
{
    add(line(2019, Scenario::Actual, FinanceKind::RevenueMembers, "A", 100000));
    add(line(2019, Scenario::Actual, FinanceKind::RevenueMembers, "B", 25050));
    add(line(2019, Scenario::Actual, FinanceKind::Expense, "Rent", 7));
    add(line(2019, Scenario::Budget, FinanceKind::RevenueMembers, "A", 999));
    add(line(2020, Scenario::Actual, FinanceKind::RevenueMembers, "A", 888));

    auto totals = m_repo.totals(2019, Scenario::Actual);
    ASSERT_OK(totals);
    EXPECT_EQ(totals->size(), 2);
    EXPECT_EQ(totals->value(FinanceKind::RevenueMembers), 125050);
    EXPECT_EQ(totals->value(FinanceKind::Expense), 7);
    EXPECT_FALSE(totals->contains(FinanceKind::PublicFunding));

    auto budget = m_repo.totals(2019, Scenario::Budget);
    ASSERT_OK(budget);
    EXPECT_EQ(budget->size(), 1);
    EXPECT_EQ(budget->value(FinanceKind::RevenueMembers), 999);
}

TEST_F(FinanceRepositoryTest, TotalsOfAYearWithoutLinesAreEmpty)
{
    auto totals = m_repo.totals(2019, Scenario::Actual);
    ASSERT_OK(totals);
    EXPECT_TRUE(totals->isEmpty());
}

TEST_F(FinanceRepositoryTest, TotalsHoldAmountsBeyond32Bits)
{
    add(line(2019, Scenario::Actual, FinanceKind::Expense, "A", 3'000'000'000LL));
    add(line(2019, Scenario::Actual, FinanceKind::Expense, "B", 3'000'000'000LL));
    auto totals = m_repo.totals(2019, Scenario::Actual);
    ASSERT_OK(totals);
    EXPECT_EQ(totals->value(FinanceKind::Expense), 6'000'000'000LL);
}

} // namespace
