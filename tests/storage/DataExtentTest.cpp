// How far the recorded activity reaches: what the Reports page opens on.

#include "DataExtent.h"

#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class DataExtentTest : public test::DatabaseTest
{
protected:
    std::optional<int> latest()
    {
        auto year = DataExtent(db()).latestFiscalYear();
        EXPECT_TRUE(year.ok()) << year.message().toStdString();
        return year.ok() ? *year : std::nullopt;
    }
    std::optional<int> earliest()
    {
        auto year = DataExtent(db()).earliestFiscalYear();
        EXPECT_TRUE(year.ok()) << year.message().toStdString();
        return year.ok() ? *year : std::nullopt;
    }
};

TEST_F(DataExtentTest, TheLatestYearOfHoursMeetingsAndActualFinances)
{
    EXPECT_FALSE(latest().has_value());
    EXPECT_FALSE(earliest().has_value());

    Organisation organisation;
    organisation.name = QStringLiteral("Coop A");
    organisation.kind = OrganisationKind::Coop;
    auto org = OrganisationRepository(db()).add(organisation);
    ASSERT_OK(org);
    Expert expert;
    expert.name = QStringLiteral("Alice Martin");
    expert.started = QDate(2010, 1, 1);
    auto alice = ExpertRepository(db()).add(expert);
    ASSERT_OK(alice);
    ServiceEntry entry;
    entry.date = QDate(2019, 3, 31); // the last day of 2018-2019
    entry.expertId = *alice;
    entry.organisationId = *org;
    entry.minutes = 60;
    ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    EXPECT_EQ(latest(), 2018);

    Meeting meeting;
    meeting.date = QDate(2019, 4, 1);
    ASSERT_OK(MeetingRepository(db()).add(meeting));
    EXPECT_EQ(latest(), 2019);

    // A budget is written ahead: it says nothing of the year's work.
    FinanceLine budget;
    budget.fiscalYear = 2023;
    budget.scenario = Scenario::Budget;
    budget.kind = FinanceKind::Expense;
    budget.amountCents = 100;
    ASSERT_OK(FinanceRepository(db()).add(budget));
    EXPECT_EQ(latest(), 2019);
    FinanceLine actual = budget;
    actual.fiscalYear = 2021;
    actual.scenario = Scenario::Actual;
    ASSERT_OK(FinanceRepository(db()).add(actual));
    EXPECT_EQ(latest(), 2021);
    EXPECT_EQ(earliest(), 2018);

    // An actual line of a year before every entry and meeting is the earliest.
    actual.fiscalYear = 2016;
    ASSERT_OK(FinanceRepository(db()).add(actual));
    EXPECT_EQ(earliest(), 2016);
    EXPECT_EQ(latest(), 2021);
}

} // namespace
