// The Reports page (issue 12, defect 13) opens on the latest year with data, not on an empty
// year after it.

#include "ReportsView.h"

#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "ReportDashboardModel.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class ReportsOpeningYearTest : public test::DatabaseTest
{};

TEST_F(ReportsOpeningYearTest, OpensOnTheLatestYearWithData)
{
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
    entry.date = QDate(2020, 2, 3);
    entry.expertId = *alice;
    entry.organisationId = *org;
    entry.minutes = 600;
    ASSERT_OK(ServiceEntryRepository(db()).add(entry));

    // The test clock says 2026-11-24: the last finished year is 2025-2026, which is empty.
    ReportsView view(db());
    EXPECT_EQ(view.fiscalYear(), 2019);
}

// A cooperative that started this year has nothing in the last finished one.
TEST_F(ReportsOpeningYearTest, OpensOnTheYearUnderWayWhenAllTheDataIsInIt)
{
    Organisation organisation;
    organisation.name = QStringLiteral("Coop A");
    organisation.kind = OrganisationKind::Coop;
    auto org = OrganisationRepository(db()).add(organisation);
    ASSERT_OK(org);
    Expert expert;
    expert.name = QStringLiteral("Alice Martin");
    expert.started = QDate(2026, 4, 1);
    auto alice = ExpertRepository(db()).add(expert);
    ASSERT_OK(alice);
    ServiceEntry entry;
    entry.date = QDate(2026, 4, 1); // the first day of 2026-2027, the year under way
    entry.expertId = *alice;
    entry.organisationId = *org;
    entry.minutes = 90;
    ASSERT_OK(ServiceEntryRepository(db()).add(entry));

    ReportsView view(db());
    EXPECT_EQ(view.fiscalYear(), 2026);

    // Once the year before holds data too (its last day), the last finished year again.
    entry.date = QDate(2026, 3, 31);
    ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    ReportsView again(db());
    EXPECT_EQ(again.fiscalYear(), 2025);
}

// Hours entered on the Hours page while the Reports page is hidden are in its figures when it
// is shown again (a survey saved on the Development page stayed "—" until the window was
// rebuilt).
TEST_F(ReportsOpeningYearTest, ShownAgainItReadsTheFiguresAgain)
{
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
    ReportsView view(db());
    view.setFiscalYear(2019);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(view.cellText(ReportDashboardModel::Hours, ReportDashboardModel::CurrentColumn),
              QStringLiteral("—"));
    view.hide();
    ServiceEntry entry;
    entry.date = QDate(2019, 6, 3);
    entry.expertId = *alice;
    entry.organisationId = *org;
    entry.minutes = 600;
    ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    view.show();
    EXPECT_NE(view.cellText(ReportDashboardModel::Hours, ReportDashboardModel::CurrentColumn),
              QStringLiteral("—"));
}

// A window opened on an empty database, then its first hours typed on the Hours page: the
// Reports page, shown, moves to their year, until the user picks one.
TEST_F(ReportsOpeningYearTest, UntilAYearIsChosenShowingThePagePicksItAgain)
{
    ReportsView view(db());
    EXPECT_EQ(view.fiscalYear(), 2025);
    Organisation organisation;
    organisation.name = QStringLiteral("Coop A");
    organisation.kind = OrganisationKind::Coop;
    auto org = OrganisationRepository(db()).add(organisation);
    ASSERT_OK(org);
    Expert expert;
    expert.name = QStringLiteral("Alice Martin");
    expert.started = QDate(2026, 4, 1);
    auto alice = ExpertRepository(db()).add(expert);
    ASSERT_OK(alice);
    ServiceEntry entry;
    entry.date = QDate(2026, 11, 20);
    entry.expertId = *alice;
    entry.organisationId = *org;
    entry.minutes = 90;
    ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(view.fiscalYear(), 2026);
    EXPECT_EQ(view.cellText(ReportDashboardModel::Hours, ReportDashboardModel::CurrentColumn),
              QStringLiteral("2\u00a0h"));

    // A year chosen stays chosen.
    view.hide();
    view.setFiscalYear(2024);
    view.show();
    EXPECT_EQ(view.fiscalYear(), 2024);
}

TEST_F(ReportsOpeningYearTest, OpensOnTheLastFinishedYearWhenDataGoesOn)
{
    ReportsView empty(db());
    EXPECT_EQ(empty.fiscalYear(), 2025);
}

} // namespace
