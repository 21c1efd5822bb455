#include "MeetingRepository.h"

#include "BoardTestRows.h"
#include "FiscalYear.h"
#include "Parsing.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

const QDateTime Later(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

// Jane sits on the board for fiscal year 2019-2020 only; Luc from 2018 on.
class MeetingRepositoryTest : public TwoDirectorsTest
{
protected:
    qint64 added(QDate date, MeetingKind kind = MeetingKind::Board)
    {
        Meeting meeting;
        meeting.date = date;
        meeting.kind = kind;
        auto id = repo.add(meeting);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    static Attendance row(qint64 meeting, qint64 director, AttendanceStatus status)
    {
        return Attendance{meeting, director, status, {}, {}};
    }

    int attendanceRows()
    {
        auto query = sql::run(db(), QStringLiteral("SELECT COUNT(*) FROM attendance"));
        return query && query->next() ? query->value(0).toInt() : -1;
    }

    MeetingRepository repo{db()};
};

TEST_F(MeetingRepositoryTest, AddStoresEveryColumnWithTimestamps)
{
    Meeting meeting{0,
                    QDate(2019, 6, 12),
                    MeetingKind::Agm,
                    QStringLiteral("  AGA 2019 "),
                    QStringLiteral("quorum atteint"),
                    {},
                    {}};
    auto id = repo.add(meeting);
    ASSERT_OK(id);
    auto stored = repo.get(*id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->date, QDate(2019, 6, 12));
    EXPECT_EQ(stored->kind, MeetingKind::Agm);
    EXPECT_EQ(stored->title, QStringLiteral("AGA 2019"));
    EXPECT_EQ(stored->notes, QStringLiteral("quorum atteint"));
    EXPECT_EQ(stored->createdAt, m_test.clock().now());
    EXPECT_EQ(stored->updatedAt, m_test.clock().now());

    auto unknown = repo.get(404);
    ASSERT_FALSE(unknown.ok());
    EXPECT_THAT(unknown.message().toStdString(), HasSubstr("no meeting with id 404"));
}

TEST_F(MeetingRepositoryTest, OneMeetingOfEachKindPerDay)
{
    added(QDate(2019, 6, 12));
    Meeting again;
    again.date = QDate(2019, 6, 12);
    auto refused = repo.add(again);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("a board meeting on 2019-06-12 already exists"));
    EXPECT_EQ(refused.error().field, QStringLiteral("date"));

    EXPECT_NE(added(QDate(2019, 6, 12), MeetingKind::Executive), 0);
    EXPECT_NE(added(QDate(2019, 6, 13)), 0);

    again.date = QDate();
    refused = repo.add(again);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("date"));
}

TEST_F(MeetingRepositoryTest, UpdateChangesTheMeetingAndBumpsUpdatedAt)
{
    const qint64 id = added(QDate(2019, 6, 12));
    added(QDate(2019, 6, 20), MeetingKind::Executive);
    m_test.clock().set(Later);

    Meeting changed = valueOf(repo.get(id));
    changed.kind = MeetingKind::Agm;
    changed.title = QStringLiteral("Assemblée");
    changed.notes = QStringLiteral("notes");
    ASSERT_OK(repo.update(changed));
    auto stored = repo.get(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->kind, MeetingKind::Agm);
    EXPECT_EQ(stored->title, QStringLiteral("Assemblée"));
    EXPECT_EQ(stored->notes, QStringLiteral("notes"));
    EXPECT_EQ(stored->updatedAt, Later);
    EXPECT_NE(stored->createdAt, Later);

    // The form shows the version it saved (RowVersion).
    changed.updatedAt = stored->updatedAt;
    changed.date = QDate(2019, 6, 20);
    changed.kind = MeetingKind::Executive;
    auto taken = repo.update(changed);
    ASSERT_FALSE(taken.ok());
    EXPECT_THAT(taken.message().toStdString(),
                HasSubstr("an executive meeting on 2019-06-20 already exists"));
    EXPECT_EQ(taken.error().field, QStringLiteral("date"));

    changed.id = 404;
    EXPECT_FALSE(repo.update(changed).ok());
}

TEST_F(MeetingRepositoryTest, UpdateRefusesADateOnWhichAnAttendeeIsOutOfOffice)
{
    const qint64 id = added(QDate(2019, 6, 12));
    ASSERT_OK(repo.setAttendance(row(id, jane, AttendanceStatus::Present)));
    Meeting moved = valueOf(repo.get(id));

    moved.date = QDate(2020, 4, 1);
    auto refused = repo.update(moved);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("Jane Doe is not a director in office on 2020-04-01"));
    EXPECT_EQ(refused.error().field, QStringLiteral("date"));
    EXPECT_EQ(valueOf(repo.get(id)).date, QDate(2019, 6, 12));

    moved.date = QDate(2020, 3, 31);
    EXPECT_OK(repo.update(moved));
}

TEST_F(MeetingRepositoryTest, RemoveDeletesTheMeetingAndItsAttendance)
{
    const qint64 id = added(QDate(2019, 6, 12));
    const qint64 other = added(QDate(2019, 9, 12));
    ASSERT_OK(repo.setAttendance(row(id, jane, AttendanceStatus::Present)));
    ASSERT_OK(repo.setAttendance(row(other, luc, AttendanceStatus::Absent)));

    ASSERT_OK(repo.remove(id));
    EXPECT_FALSE(repo.get(id).ok());
    EXPECT_EQ(attendanceRows(), 1);

    auto unknown = repo.remove(id);
    ASSERT_FALSE(unknown.ok());
    EXPECT_THAT(unknown.message().toStdString(), HasSubstr("no meeting with id"));
}

TEST_F(MeetingRepositoryTest, FindAndListByDateThenKindWithInclusiveBounds)
{
    const qint64 board = added(QDate(2019, 4, 1));
    const qint64 agm = added(QDate(2019, 4, 1), MeetingKind::Agm);
    const qint64 last = added(QDate(2020, 3, 31), MeetingKind::Executive);
    added(QDate(2020, 4, 1));
    added(QDate(2019, 3, 31));

    auto found = repo.find(QDate(2019, 4, 1), MeetingKind::Agm);
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, agm);
    EXPECT_FALSE(valueOf(repo.find(QDate(2019, 4, 1), MeetingKind::Executive)).has_value());

    const FiscalYear year(2019);
    auto listed = repo.list(year.firstDay(), year.lastDay());
    ASSERT_OK(listed);
    QList<qint64> ids;
    for (const Meeting& m : *listed)
        ids << m.id;
    EXPECT_EQ(ids, (QList<qint64>{agm, board, last}));
    EXPECT_EQ(valueOf(repo.list({}, {})).size(), 5);
}

TEST_F(MeetingRepositoryTest, SetAttendanceChecksTheMeetingTheDirectorAndTheMandate)
{
    const qint64 id = added(QDate(2019, 3, 31));

    auto refused = repo.setAttendance(row(404, luc, AttendanceStatus::Present));
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("no meeting with id 404"));

    refused = repo.setAttendance(row(id, 99, AttendanceStatus::Present));
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("no director with id 99"));
    EXPECT_EQ(refused.error().field, QStringLiteral("director"));

    // The day before Jane's mandate starts.
    refused = repo.setAttendance(row(id, jane, AttendanceStatus::Present));
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("Jane Doe is not a director in office on 2019-03-31"));
    EXPECT_EQ(refused.error().field, QStringLiteral("director"));
    EXPECT_EQ(attendanceRows(), 0);
}

TEST_F(MeetingRepositoryTest, SetAttendanceOnTheMandatesFirstAndLastDaysNotTheDayAfter)
{
    const qint64 first = added(QDate(2019, 4, 1));
    const qint64 last = added(QDate(2020, 3, 31));
    const qint64 after = added(QDate(2020, 4, 1));
    EXPECT_OK(repo.setAttendance(row(first, jane, AttendanceStatus::Present)));
    EXPECT_OK(repo.setAttendance(row(last, jane, AttendanceStatus::Excused)));
    EXPECT_FALSE(repo.setAttendance(row(after, jane, AttendanceStatus::Present)).ok());
    EXPECT_OK(repo.setAttendance(row(after, luc, AttendanceStatus::Present)));
}

TEST_F(MeetingRepositoryTest, SetAttendanceChangesTheStatusInPlace)
{
    const qint64 id = added(QDate(2019, 6, 12));
    ASSERT_OK(repo.setAttendance(row(id, jane, AttendanceStatus::Absent)));
    m_test.clock().set(Later);
    ASSERT_OK(repo.setAttendance(row(id, jane, AttendanceStatus::Present)));

    auto rows = repo.attendance(id);
    ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).meetingId, id);
    EXPECT_EQ(rows->at(0).directorId, jane);
    EXPECT_EQ(rows->at(0).status, AttendanceStatus::Present);
    EXPECT_NE(rows->at(0).createdAt, Later);
    EXPECT_EQ(rows->at(0).updatedAt, Later);
}

TEST_F(MeetingRepositoryTest, ReplaceAttendanceReplacesTheWholeList)
{
    const qint64 id = added(QDate(2019, 6, 12));
    ASSERT_OK(repo.setAttendance(row(id, jane, AttendanceStatus::Present)));

    // The meeting id of each row is the one given to the call.
    ASSERT_OK(repo.replaceAttendance(id, {row(0, luc, AttendanceStatus::Excused)}));
    auto rows = repo.attendance(id);
    ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).directorId, luc);
    EXPECT_EQ(rows->at(0).status, AttendanceStatus::Excused);

    ASSERT_OK(repo.replaceAttendance(id, {}));
    EXPECT_EQ(attendanceRows(), 0);
    EXPECT_FALSE(repo.replaceAttendance(404, {}).ok());
}

TEST_F(MeetingRepositoryTest, ReplaceAttendanceIsAllOrNothing)
{
    const qint64 id = added(QDate(2020, 4, 1));
    ASSERT_OK(repo.setAttendance(row(id, luc, AttendanceStatus::Absent)));

    auto refused = repo.replaceAttendance(
        id, {row(id, luc, AttendanceStatus::Present), row(id, jane, AttendanceStatus::Present)});
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("Jane Doe is not a director in office"));
    auto rows = repo.attendance(id);
    ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).status, AttendanceStatus::Absent);

    refused = repo.replaceAttendance(
        id, {row(id, luc, AttendanceStatus::Present), row(id, luc, AttendanceStatus::Excused)});
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("Luc Gagnon is listed twice"));
    EXPECT_EQ(refused.error().field, QStringLiteral("director"));
    EXPECT_EQ(valueOf(repo.attendance(id)).at(0).status, AttendanceStatus::Absent);
}

TEST_F(MeetingRepositoryTest, RemoveAttendanceRemovesOneRow)
{
    const qint64 id = added(QDate(2019, 6, 12));
    ASSERT_OK(repo.setAttendance(row(id, jane, AttendanceStatus::Present)));
    ASSERT_OK(repo.setAttendance(row(id, luc, AttendanceStatus::Present)));
    ASSERT_OK(repo.removeAttendance(id, jane));
    auto rows = repo.attendance(id);
    ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).directorId, luc);
    EXPECT_FALSE(repo.removeAttendance(id, jane).ok());
}

TEST_F(MeetingRepositoryTest, AttendanceBetweenAndCountByKindCoverTheFiscalYearsDays)
{
    const qint64 before = added(QDate(2019, 3, 31));
    const qint64 first = added(QDate(2019, 4, 1), MeetingKind::Agm);
    const qint64 last = added(QDate(2020, 3, 31));
    const qint64 after = added(QDate(2020, 4, 1));
    added(QDate(2019, 9, 1));
    for (qint64 meeting : {before, first, last, after})
        ASSERT_OK(repo.setAttendance(row(meeting, luc, AttendanceStatus::Present)));
    ASSERT_OK(repo.setAttendance(row(first, jane, AttendanceStatus::Absent)));

    const FiscalYear year(2019);
    auto rows = repo.attendanceBetween(year.firstDay(), year.lastDay());
    ASSERT_OK(rows);
    QList<QPair<qint64, qint64>> seen;
    for (const Attendance& a : *rows)
        seen.append({a.meetingId, a.directorId});
    EXPECT_EQ(seen, (QList<QPair<qint64, qint64>>{{first, jane}, {first, luc}, {last, luc}}));

    auto counts = repo.countByKind(year.firstDay(), year.lastDay());
    ASSERT_OK(counts);
    const QMap<MeetingKind, int> expected{
        {MeetingKind::Agm, 1}, {MeetingKind::Board, 2}, {MeetingKind::Executive, 0}};
    EXPECT_EQ(*counts, expected);
}

} // namespace
