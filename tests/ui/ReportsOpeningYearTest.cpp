// The Reports page (issue 12, defect 13) opens on the latest year with data, not on an empty
// year after it; a new cooperative's page follows its first hours.

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

// The test clock says 2026-11-24: the year under way is 2026-2027, the last finished 2025-2026.
class ReportsOpeningYearTest : public test::DatabaseTest
{
protected:
    // An hour entry of `minutes` on `day`, by one expert for one organisation made on first use.
    void addHours(QDate day, int minutes)
    {
        if (!m_expert) {
            Organisation organisation;
            organisation.name = QStringLiteral("Coop A");
            organisation.kind = OrganisationKind::Coop;
            auto org = OrganisationRepository(db()).add(organisation);
            ASSERT_OK(org);
            m_organisation = *org;
            Expert expert;
            expert.name = QStringLiteral("Alice Martin");
            expert.started = QDate(2010, 1, 1);
            auto alice = ExpertRepository(db()).add(expert);
            ASSERT_OK(alice);
            m_expert = *alice;
        }
        ServiceEntry entry;
        entry.date = day;
        entry.expertId = m_expert;
        entry.organisationId = m_organisation;
        entry.minutes = minutes;
        ASSERT_OK(ServiceEntryRepository(db()).add(entry));
    }

    static QString hoursShown(const ReportsView& view)
    {
        return view.cellText(ReportDashboardModel::Hours, ReportDashboardModel::CurrentColumn);
    }

    qint64 m_expert = 0;
    qint64 m_organisation = 0;
};

TEST_F(ReportsOpeningYearTest, OpensOnTheLatestYearWithData)
{
    addHours(QDate(2020, 2, 3), 600);
    // The last finished year, 2025-2026, is empty.
    ReportsView view(db());
    EXPECT_EQ(view.fiscalYear(), 2019);
}

// A cooperative that started this year has nothing in the last finished one.
TEST_F(ReportsOpeningYearTest, OpensOnTheYearUnderWayWhenAllTheDataIsInIt)
{
    addHours(QDate(2026, 4, 1), 90); // the first day of 2026-2027
    ReportsView view(db());
    EXPECT_EQ(view.fiscalYear(), 2026);

    // Once the year before holds data too (its last day), the last finished year again.
    addHours(QDate(2026, 3, 31), 90);
    ReportsView again(db());
    EXPECT_EQ(again.fiscalYear(), 2025);
}

// Hours entered on the Hours page while the Reports page is hidden are in its figures when it
// is shown again (a survey saved on the Development page stayed "—" until the window was
// rebuilt).
TEST_F(ReportsOpeningYearTest, ShownAgainItReadsTheFiguresAgain)
{
    ReportsView view(db());
    view.setFiscalYear(2019);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(hoursShown(view), QStringLiteral("—"));
    view.hide();
    addHours(QDate(2019, 6, 3), 600);
    view.show();
    EXPECT_EQ(hoursShown(view), QStringLiteral("10\u00a0h"));
}

// A window opened on an empty database, then its first hours typed on the Hours page: the
// Reports page, shown, moves to their year, until the user picks one.
TEST_F(ReportsOpeningYearTest, UntilAYearIsChosenShowingThePagePicksItAgain)
{
    ReportsView view(db());
    EXPECT_EQ(view.fiscalYear(), 2025);
    addHours(QDate(2026, 11, 20), 90);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(view.fiscalYear(), 2026);
    EXPECT_EQ(hoursShown(view), QStringLiteral("2\u00a0h"));

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
