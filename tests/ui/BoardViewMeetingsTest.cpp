#include "BoardView.h"

#include "AttendanceModel.h"
#include "MeetingEditor.h"
#include "MeetingListModel.h"

#include "BoardRepository.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

const QDate MeetingDay(2025, 6, 10);

// Deleting meetings, saving by keyboard and following the quorum rule of the preferences.
class BoardViewMeetingsTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Organisation coop;
        coop.name = QStringLiteral("Coop Le Rucher");
        coop.kind = OrganisationKind::Coop;
        auto rucher = OrganisationRepository(db()).add(coop);
        ASSERT_OK(rucher);
        BoardRepository board(db());
        // Six directors: more than half is four, "at_least:2" is two.
        for (int i = 1; i <= 6; ++i) {
            auto id = board.addDirector(QStringLiteral("Director %1").arg(i));
            ASSERT_OK(id);
            BoardMandate mandate;
            mandate.directorId = *id;
            mandate.organisationId = *rucher;
            mandate.role = BoardRole::Director;
            mandate.started = QDate(2024, 6, 1);
            ASSERT_OK(board.addMandate(mandate));
        }
    }

    qint64 addMeeting(QDate day, const QString& title)
    {
        Meeting meeting;
        meeting.date = day;
        meeting.kind = MeetingKind::Board;
        meeting.title = title;
        auto id = MeetingRepository(db()).add(meeting);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id ? *id : 0;
    }

    int meetingCount()
    {
        auto listed = MeetingRepository(db()).list(QDate(2000, 1, 1), QDate(2100, 1, 1));
        EXPECT_TRUE(listed.ok());
        return listed ? static_cast<int>(listed->size()) : -1;
    }
};

TEST_F(BoardViewMeetingsTest, DeletingAMeetingRemovesItAndItsAttendanceFromTheList)
{
    const qint64 june = addMeeting(MeetingDay, QStringLiteral("June meeting"));
    const qint64 september = addMeeting(QDate(2025, 9, 9), QStringLiteral("September meeting"));
    Attendance present;
    present.meetingId = june;
    present.directorId = 1;
    present.status = AttendanceStatus::Present;
    ASSERT_OK(MeetingRepository(db()).setAttendance(present));

    BoardView view(db());
    ASSERT_OK(view.setYear(FiscalYear(2025)));
    ASSERT_EQ(view.meetingModel()->rowCount(), 2);
    auto* button = view.findChild<QPushButton*>(QStringLiteral("deleteMeetingButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled()); // nothing selected yet
    ASSERT_OK(view.openMeeting(june));
    auto* list = view.findChild<QTableView*>(QStringLiteral("meetingsView"));
    list->selectRow(view.meetingModel()->rowOf(june));
    EXPECT_TRUE(button->isEnabled());
    EXPECT_EQ(view.selectedMeetingId(), june);
    // The question names the meeting.
    const QString name = view.meetingDescription(june);
    EXPECT_TRUE(name.contains(QStringLiteral("June meeting"))) << name.toStdString();
    EXPECT_TRUE(name.contains(QStringLiteral("2025"))) << name.toStdString();

    ASSERT_OK(view.deleteMeeting(june));
    EXPECT_EQ(view.meetingModel()->rowCount(), 1);
    EXPECT_EQ(view.meetingModel()->rowOf(june), -1);
    EXPECT_EQ(view.meetingModel()->rowOf(september), 0);
    EXPECT_FALSE(MeetingRepository(db()).get(june).ok());
    auto attendance = MeetingRepository(db()).attendance(june);
    ASSERT_OK(attendance);
    EXPECT_TRUE(attendance->isEmpty());
    EXPECT_EQ(meetingCount(), 1);
    EXPECT_TRUE(view.errorText().isEmpty()) << view.errorText().toStdString();
    EXPECT_FALSE(button->isEnabled());
}

TEST_F(BoardViewMeetingsTest, DeletingAMissingMeetingIsShownAndKeepsTheList)
{
    addMeeting(MeetingDay, QStringLiteral("June meeting"));
    BoardView view(db());
    ASSERT_OK(view.setYear(FiscalYear(2025)));
    EXPECT_FALSE(view.deleteMeeting(9999).ok());
    EXPECT_FALSE(view.errorText().isEmpty());
    EXPECT_EQ(view.meetingModel()->rowCount(), 1);
    EXPECT_EQ(meetingCount(), 1);
}

TEST_F(BoardViewMeetingsTest, CtrlSSavesTheMeeting)
{
    BoardView view(db());
    ASSERT_OK(view.setYear(FiscalYear(2025)));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_OK(view.startNewMeeting());
    MeetingEditor& editor = *view.editor();
    auto* title = editor.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Annual planning"));
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    ASSERT_NE(editor.meetingId(), 0);
    auto saved = MeetingRepository(db()).get(editor.meetingId());
    ASSERT_OK(saved);
    EXPECT_EQ(saved->title, QStringLiteral("Annual planning"));
    EXPECT_EQ(view.meetingModel()->rowCount(), 1);
}

TEST_F(BoardViewMeetingsTest, AQuorumRuleChangedInThePreferencesAppliesWhenThePageIsShown)
{
    const qint64 june = addMeeting(MeetingDay, QStringLiteral("June meeting"));
    BoardView view(db());
    ASSERT_OK(view.openMeeting(june));
    MeetingEditor& editor = *view.editor();
    for (int row = 0; row < 2; ++row)
        ASSERT_TRUE(editor.attendanceModel()->setStatus(row, AttendanceStatus::Present));
    EXPECT_FALSE(editor.quorumReached());
    EXPECT_EQ(editor.quorumText(), QStringLiteral("No quorum: 2 present, 4 required"));

    // The preferences write the rule while the page is hidden.
    ASSERT_OK(SettingsRepository(db()).setValue(QStringLiteral("quorum_rule"),
                                                QStringLiteral("at_least:2")));
    view.show();
    EXPECT_TRUE(editor.quorumReached());
    EXPECT_EQ(editor.quorumText(), QStringLiteral("Quorum reached: 2 present of 6, 2 required"));
    // The ticks were kept.
    EXPECT_EQ(editor.attendanceModel()->presentCount(), 2);
}

} // namespace
