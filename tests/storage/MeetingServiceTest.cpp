#include "MeetingService.h"

#include "BoardTestRows.h"
#include "MeetingRepository.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

// Jane sits on the board for fiscal year 2019-2020 only; Luc from 2018 on.
class MeetingServiceTest : public TwoDirectorsTest
{
protected:
    static Meeting meeting(QDate date, const QString& title = {})
    {
        Meeting meeting;
        meeting.date = date;
        meeting.kind = MeetingKind::Board;
        meeting.title = title;
        return meeting;
    }

    static Attendance row(qint64 director, AttendanceStatus status)
    {
        Attendance attendance;
        attendance.directorId = director;
        attendance.status = status;
        return attendance;
    }

    QList<Meeting> meetings()
    {
        return valueOf(MeetingRepository(db()).list(QDate(1900, 1, 1), QDate(2999, 12, 31)));
    }

    QList<Attendance> attendanceOf(qint64 meetingId)
    {
        return valueOf(MeetingRepository(db()).attendance(meetingId));
    }

    MeetingService service{db()};
};

TEST_F(MeetingServiceTest, AddsTheMeetingWithItsAttendance)
{
    auto id =
        service.save(meeting(QDate(2019, 6, 10), QStringLiteral("June board")),
                     {row(jane, AttendanceStatus::Present), row(luc, AttendanceStatus::Excused)});
    ASSERT_OK(id);
    ASSERT_EQ(meetings().size(), 1);
    EXPECT_EQ(meetings().first().id, *id);
    EXPECT_EQ(meetings().first().title, QStringLiteral("June board"));
    const QList<Attendance> attendance = attendanceOf(*id);
    ASSERT_EQ(attendance.size(), 2);
    for (const Attendance& attendee : attendance) {
        EXPECT_EQ(attendee.meetingId, *id);
        EXPECT_EQ(attendee.status, attendee.directorId == jane ? AttendanceStatus::Present
                                                               : AttendanceStatus::Excused);
    }
}

TEST_F(MeetingServiceTest, AnAttendanceRowRefusedLeavesTheMeetingUnsaved)
{
    // Jane is out of office in June 2021: her row is refused, and the meeting with it.
    auto refused =
        service.save(meeting(QDate(2021, 6, 10)),
                     {row(luc, AttendanceStatus::Present), row(jane, AttendanceStatus::Present)});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("director"));
    EXPECT_TRUE(meetings().isEmpty());

    // The same director twice is refused the same way.
    auto twice = service.save(meeting(QDate(2019, 6, 10)), {row(luc, AttendanceStatus::Present),
                                                            row(luc, AttendanceStatus::Absent)});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, QStringLiteral("director"));
    EXPECT_TRUE(meetings().isEmpty());
}

TEST_F(MeetingServiceTest, ARefusedMeetingWritesNoAttendance)
{
    const qint64 first = valueOf(service.save(meeting(QDate(2019, 6, 10)), {}));
    // A second board meeting on the same day is refused before its list is written.
    auto duplicate =
        service.save(meeting(QDate(2019, 6, 10)), {row(luc, AttendanceStatus::Present)});
    ASSERT_FALSE(duplicate.ok());
    ASSERT_EQ(meetings().size(), 1);
    EXPECT_TRUE(attendanceOf(first).isEmpty());
}

TEST_F(MeetingServiceTest, MovingAMeetingWritesTheNewDaysList)
{
    Meeting june = meeting(QDate(2019, 6, 10));
    june.id = valueOf(service.save(
        june, {row(jane, AttendanceStatus::Present), row(luc, AttendanceStatus::Present)}));
    ASSERT_GT(june.id, 0);

    // In 2021 only Luc is in office: the meeting moves and Jane's row goes.
    Meeting moved = june;
    moved.date = QDate(2021, 6, 10);
    auto saved = service.save(moved, {row(luc, AttendanceStatus::Absent)});
    ASSERT_OK(saved);
    EXPECT_EQ(*saved, june.id);
    ASSERT_EQ(meetings().size(), 1);
    EXPECT_EQ(meetings().first().date, QDate(2021, 6, 10));
    const QList<Attendance> attendance = attendanceOf(june.id);
    ASSERT_EQ(attendance.size(), 1);
    EXPECT_EQ(attendance.first().directorId, luc);
    EXPECT_EQ(attendance.first().status, AttendanceStatus::Absent);
}

TEST_F(MeetingServiceTest, ARefusedMoveKeepsTheMeetingAndItsFormerList)
{
    Meeting june = meeting(QDate(2019, 6, 10), QStringLiteral("June board"));
    june.id = valueOf(service.save(
        june, {row(jane, AttendanceStatus::Present), row(luc, AttendanceStatus::Excused)}));
    ASSERT_GT(june.id, 0);

    // The move clears the list first; Jane's row on the new day is then refused, and the
    // clearing, the new date and the new title all roll back with it.
    Meeting moved = june;
    moved.date = QDate(2021, 6, 10);
    moved.title = QStringLiteral("Moved");
    auto refused = service.save(
        moved, {row(jane, AttendanceStatus::Present), row(luc, AttendanceStatus::Present)});
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(meetings().size(), 1);
    EXPECT_EQ(meetings().first().date, QDate(2019, 6, 10));
    EXPECT_EQ(meetings().first().title, QStringLiteral("June board"));
    const QList<Attendance> attendance = attendanceOf(june.id);
    ASSERT_EQ(attendance.size(), 2);
    for (const Attendance& attendee : attendance)
        EXPECT_EQ(attendee.status, attendee.directorId == jane ? AttendanceStatus::Present
                                                               : AttendanceStatus::Excused);
}

TEST_F(MeetingServiceTest, AnUnknownMeetingIsRefused)
{
    Meeting ghost = meeting(QDate(2019, 6, 10));
    ghost.id = 4242;
    EXPECT_FALSE(service.save(ghost, {row(luc, AttendanceStatus::Present)}).ok());
    EXPECT_TRUE(meetings().isEmpty());
}

} // namespace
