// The Board page's year list (issue 12, defect 13): a year offered only for its meetings
// leaves the list once its last meeting is deleted.

#include "BoardView.h"
#include "MeetingRepository.h"
#include "TestDatabase.h"

#include <QComboBox>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class BoardYearListTest : public test::DatabaseTest
{
protected:
    QStringList years(const BoardView& view)
    {
        auto* combo = view.findChild<QComboBox*>(QStringLiteral("yearCombo"));
        EXPECT_NE(combo, nullptr);
        QStringList names;
        for (int i = 0; combo && i < combo->count(); ++i)
            names << combo->itemText(i);
        return names;
    }
};

TEST_F(BoardYearListTest, AYearWithNoMeetingLeftLeavesTheList)
{
    // The test clock's year is 2026-2027; the list offers five years back without meetings.
    Meeting old;
    old.date = QDate(2005, 6, 10);
    old.title = QStringLiteral("Assemblée de fondation");
    auto id = MeetingRepository(db()).add(old);
    ASSERT_OK(id);
    BoardView view(db());
    ASSERT_TRUE(years(view).contains(QStringLiteral("2005-2006")));
    ASSERT_OK(view.setYear(FiscalYear(2005)));

    ASSERT_OK(view.deleteMeeting(*id));
    EXPECT_FALSE(years(view).contains(QStringLiteral("2005-2006")));
    EXPECT_TRUE(years(view).contains(QStringLiteral("2026-2027")));
    EXPECT_EQ(view.year().startYear(), 2026);
}

TEST_F(BoardYearListTest, AYearTheListAlwaysOffersStaysAfterItsLastMeeting)
{
    Meeting recent;
    recent.date = QDate(2024, 6, 10);
    auto id = MeetingRepository(db()).add(recent);
    ASSERT_OK(id);
    BoardView view(db());
    ASSERT_OK(view.setYear(FiscalYear(2024)));
    ASSERT_OK(view.deleteMeeting(*id));
    EXPECT_TRUE(years(view).contains(QStringLiteral("2024-2025")));
    EXPECT_EQ(view.year().startYear(), 2024);
}

} // namespace
