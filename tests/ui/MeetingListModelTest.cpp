#include "MeetingListModel.h"

#include "BoardRepository.h"
#include "EnumNames.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class MeetingListModelTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Organisation coop;
        coop.name = QStringLiteral("Coop Le Rucher");
        coop.kind = OrganisationKind::Coop;
        auto organisation = OrganisationRepository(db()).add(coop);
        ASSERT_OK(organisation);
        BoardRepository board(db());
        for (int i = 1; i <= 3; ++i) {
            auto id = board.addDirector(QStringLiteral("Director %1").arg(i));
            ASSERT_OK(id);
            BoardMandate mandate;
            mandate.directorId = *id;
            mandate.organisationId = *organisation;
            mandate.started = QDate(2020, 1, 1);
            ASSERT_OK(board.addMandate(mandate));
            m_directors << *id;
        }
    }

    qint64 addMeeting(QDate day, MeetingKind kind, const QString& title)
    {
        Meeting meeting;
        meeting.date = day;
        meeting.kind = kind;
        meeting.title = title;
        auto id = MeetingRepository(db()).add(meeting);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    QList<qint64> m_directors;
};

} // namespace

TEST_F(MeetingListModelTest, ListsTheMeetingsOfTheFiscalYear)
{
    const qint64 june = addMeeting(QDate(2025, 6, 10), MeetingKind::Board, QStringLiteral("June"));
    addMeeting(QDate(2025, 6, 10), MeetingKind::Agm, QStringLiteral("Assembly"));
    addMeeting(QDate(2026, 3, 31), MeetingKind::Executive, QStringLiteral("Last day"));
    addMeeting(QDate(2025, 3, 31), MeetingKind::Board, QStringLiteral("Previous year"));
    addMeeting(QDate(2026, 4, 1), MeetingKind::Board, QStringLiteral("Next year"));
    ASSERT_OK(MeetingRepository(db()).replaceAttendance(
        june, {{june, m_directors.at(0), AttendanceStatus::Present, {}, {}},
               {june, m_directors.at(1), AttendanceStatus::Present, {}, {}},
               {june, m_directors.at(2), AttendanceStatus::Excused, {}, {}}}));

    MeetingListModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.setYear(FiscalYear(2025)));
    ASSERT_EQ(model.rowCount(), 3);
    // Ordered by date, then kind: the assembly before the board on the same day.
    EXPECT_EQ(model.index(0, MeetingListModel::Title).data().toString(),
              QStringLiteral("Assembly"));
    EXPECT_EQ(model.index(0, MeetingListModel::Kind).data().toString(),
              displayName(MeetingKind::Agm));
    EXPECT_EQ(model.index(1, MeetingListModel::Date).data().toString(),
              QStringLiteral("2025-06-10"));
    EXPECT_EQ(model.index(1, MeetingListModel::Attendance).data().toString(),
              QStringLiteral("2/3"));
    EXPECT_EQ(model.index(1, 0).data(MeetingListModel::PresentRole), 2);
    EXPECT_EQ(model.index(1, 0).data(MeetingListModel::RecordedRole), 3);
    EXPECT_EQ(model.index(1, 0).data(MeetingListModel::MeetingIdRole), june);
    // No attendance recorded yet: nothing to show rather than 0/0.
    EXPECT_TRUE(model.index(0, MeetingListModel::Attendance).data().toString().isEmpty());
    EXPECT_EQ(model.index(2, MeetingListModel::Title).data().toString(),
              QStringLiteral("Last day"));

    EXPECT_EQ(model.rowOf(june), 1);
    EXPECT_EQ(model.meetingAt(1).id, june);
    EXPECT_EQ(model.rowOf(9999), -1);
    EXPECT_EQ(model.meetingAt(7).id, 0);
}

TEST_F(MeetingListModelTest, ReloadSeesNewMeetingsAndAttendance)
{
    MeetingListModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.setYear(FiscalYear(2025)));
    EXPECT_EQ(model.rowCount(), 0);

    const qint64 id = addMeeting(QDate(2025, 9, 1), MeetingKind::Board, QStringLiteral("Sept"));
    ASSERT_OK(MeetingRepository(db()).setAttendance(
        {id, m_directors.at(0), AttendanceStatus::Present, {}, {}}));
    ASSERT_OK(model.reload());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, MeetingListModel::Attendance).data().toString(),
              QStringLiteral("1/1"));

    ASSERT_OK(model.setYear(FiscalYear(2024)));
    EXPECT_EQ(model.rowCount(), 0);
}
