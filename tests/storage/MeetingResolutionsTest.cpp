// The resolutions of a meeting (issue 13): saved with the meeting and its attendance in one
// transaction, moved and seconded by directors present, read in the order of their numbers.

#include "MeetingService.h"

#include "BoardTestRows.h"
#include "CsvImportSupport.h"
#include "MeetingRepository.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

// Jane sits on the board for fiscal year 2019-2020 only (2019-04-01 to 2020-03-31); Luc from
// 2018 on.
class MeetingResolutionsTest : public TwoDirectorsTest
{
protected:
    static Meeting meeting(QDate date, MeetingKind kind = MeetingKind::Board)
    {
        Meeting meeting;
        meeting.date = date;
        meeting.kind = kind;
        meeting.agenda = {AgendaItem{0, QStringLiteral("Ouverture de la séance")}};
        return meeting;
    }

    static Attendance row(qint64 director, AttendanceStatus status = AttendanceStatus::Present)
    {
        return Attendance{0, director, status, {}, {}};
    }

    static Resolution resolution(const QString& number, qint64 mover = 0, qint64 seconder = 0)
    {
        Resolution r;
        r.number = number;
        r.text = QStringLiteral("Il est résolu d'adopter la résolution %1.").arg(number);
        r.moverId = mover;
        r.seconderId = seconder;
        return r;
    }

    QStringList numbersOf(const QList<Resolution>& resolutions)
    {
        QStringList numbers;
        for (const Resolution& r : resolutions)
            numbers << r.number;
        return numbers;
    }

    QString storedColumn(const char* column, qint64 id)
    {
        auto query = sql::run(
            db(),
            QStringLiteral("SELECT %1 FROM resolutions WHERE id = ?").arg(QLatin1String(column)),
            {id});
        return query && query->next() ? query->value(0).toString() : QStringLiteral("<none>");
    }

    void expectNothingWritten()
    {
        EXPECT_EQ(rowCount(db(), "meetings"), 0);
        EXPECT_EQ(rowCount(db(), "attendance"), 0);
        EXPECT_EQ(rowCount(db(), "agenda_items"), 0);
        EXPECT_EQ(rowCount(db(), "resolutions"), 0);
    }

    MeetingRepository repo{db()};
    MeetingService service{db()};
};

TEST_F(MeetingResolutionsTest, TheMeetingItsAttendanceAndResolutionsComeBackAsSaved)
{
    Resolution counted = resolution(QStringLiteral("CA-2019-10"), jane, luc);
    counted.text = QStringLiteral("  ATTENDU QUE…\nIL EST RÉSOLU d'adopter le budget.  ");
    counted.outcome = ResolutionOutcome::Rejected;
    counted.votes = ResolutionVotes{2, 5, 1};
    Resolution deferred = resolution(QStringLiteral("CA-2019-9"), luc);
    deferred.outcome = ResolutionOutcome::Deferred;
    const QList<Resolution> given{counted, resolution(QStringLiteral("10")),
                                  resolution(QStringLiteral("2"), luc, jane), deferred};
    const qint64 id =
        valueOf(service.save(meeting(QDate(2019, 6, 12)), {row(jane), row(luc)}, given));
    ASSERT_GT(id, 0);

    const QList<Resolution> stored = valueOf(repo.resolutions(id));
    // Read as people read numbers, not as text ("10" < "2").
    EXPECT_EQ(numbersOf(stored), QStringList({"2", "10", "CA-2019-9", "CA-2019-10"}));
    const Resolution& back = stored.at(3);
    EXPECT_GT(back.id, 0);
    EXPECT_EQ(back.meetingId, id);
    EXPECT_EQ(back.text, QStringLiteral("ATTENDU QUE…\nIL EST RÉSOLU d'adopter le budget."));
    EXPECT_EQ(back.moverId, jane);
    EXPECT_EQ(back.seconderId, luc);
    EXPECT_EQ(back.outcome, ResolutionOutcome::Rejected);
    ASSERT_TRUE(back.votes.has_value());
    EXPECT_EQ(back.votes->inFavour, 2);
    EXPECT_EQ(back.votes->against, 5);
    EXPECT_EQ(back.votes->abstaining, 1);
    EXPECT_EQ(stored.at(2).outcome, ResolutionOutcome::Deferred);
    EXPECT_EQ(stored.at(2).seconderId, 0);
    EXPECT_FALSE(stored.at(2).votes.has_value());
    EXPECT_EQ(stored.at(1).moverId, 0);
    EXPECT_EQ(valueOf(repo.attendance(id)).size(), 2);
    EXPECT_EQ(valueOf(repo.get(id)).agenda.size(), 1);
}

TEST_F(MeetingResolutionsTest, EachRefusalNamesItsColumnAndWritesNothing)
{
    struct Case
    {
        const char* what;
        QList<Attendance> attendance;
        Resolution resolution;
        const char* field;
        const char* message;
    };
    Resolution noNumber = resolution(QStringLiteral("  "), luc);
    Resolution noText = resolution(QStringLiteral("CA-1"), luc);
    noText.text = QStringLiteral(" \n ");
    Resolution negative = resolution(QStringLiteral("CA-1"), luc);
    negative.votes = ResolutionVotes{3, -1, 0};
    Resolution unknownOutcome = resolution(QStringLiteral("CA-1"), luc);
    unknownOutcome.outcome = static_cast<ResolutionOutcome>(7);
    const Case cases[] = {
        {"no number", {row(luc)}, noNumber, "number", "a resolution needs a number"},
        {"no text", {row(luc)}, noText, "text", "resolution CA-1 needs a text"},
        {"a mover excused",
         {row(jane), row(luc, AttendanceStatus::Excused)},
         resolution(QStringLiteral("CA-1"), luc, jane),
         "mover",
         "Luc Gagnon is not recorded as present at the meeting, so cannot move resolution CA-1"},
        {"a seconder not on the list",
         {row(jane)},
         resolution(QStringLiteral("CA-1"), jane, luc),
         "seconder",
         "Luc Gagnon is not recorded as present at the meeting, so cannot second"},
        {"a seconder absent",
         {row(jane), row(luc, AttendanceStatus::Absent)},
         resolution(QStringLiteral("CA-1"), jane, luc),
         "seconder",
         "cannot second"},
        {"one director moving and seconding",
         {row(luc)},
         resolution(QStringLiteral("CA-1"), luc, luc),
         "seconder",
         "moved and seconded by the same director"},
        {"an unknown director",
         {row(luc)},
         resolution(QStringLiteral("CA-1"), 999),
         "mover",
         "999"},
        {"negative votes", {row(luc)}, negative, "votes_against", "cannot be negative"},
        {"an unknown outcome",
         {row(luc)},
         unknownOutcome,
         "outcome",
         "adopted, rejected, deferred"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        auto refused = service.save(meeting(QDate(2019, 6, 12)), c.attendance,
                                    {resolution(QStringLiteral("CA-0"), 0), c.resolution});
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().field, QString::fromLatin1(c.field));
        EXPECT_THAT(refused.message().toStdString(), HasSubstr(c.message));
        expectNothingWritten();
    }
    // A number given twice in one list.
    auto twice =
        service.save(meeting(QDate(2019, 6, 12)), {row(luc)},
                     {resolution(QStringLiteral("CA-1")), resolution(QStringLiteral("CA-1 "))});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, QStringLiteral("number"));
    EXPECT_THAT(twice.message().toStdString(), HasSubstr("resolution CA-1 is listed twice"));
    expectNothingWritten();
}

TEST_F(MeetingResolutionsTest, ARefusedSaveLeavesTheStoredMeetingAsItWas)
{
    const qint64 id = valueOf(service.save(meeting(QDate(2019, 6, 12)), {row(jane), row(luc)},
                                           {resolution(QStringLiteral("CA-1"), jane, luc)}));
    Meeting changed = valueOf(repo.get(id));
    changed.title = QStringLiteral("Changed");
    changed.agenda.append(AgendaItem{0, QStringLiteral("Varia")});
    // Luc now excused, yet named as the seconder of the new list's resolution.
    auto refused = service.save(changed, {row(jane), row(luc, AttendanceStatus::Excused)},
                                {resolution(QStringLiteral("CA-2"), jane, luc)});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("seconder"));
    const Meeting stored = valueOf(repo.get(id));
    EXPECT_TRUE(stored.title.isEmpty());
    EXPECT_EQ(stored.agenda.size(), 1);
    EXPECT_EQ(numbersOf(valueOf(repo.resolutions(id))), QStringList({"CA-1"}));
    for (const Attendance& a : valueOf(repo.attendance(id)))
        EXPECT_EQ(a.status, AttendanceStatus::Present);
}

TEST_F(MeetingResolutionsTest, ASaveKeepsTheIdsAndCreationTimesOfTheResolutionsKept)
{
    const qint64 id = valueOf(
        service.save(meeting(QDate(2019, 6, 12)), {row(jane), row(luc)},
                     {resolution(QStringLiteral("1"), jane), resolution(QStringLiteral("2"), luc),
                      resolution(QStringLiteral("3"))}));
    const QList<Resolution> first = valueOf(repo.resolutions(id));
    ASSERT_EQ(first.size(), 3);
    const QString created = storedColumn("created_at", first.at(0).id);
    m_test.clock().set(m_test.clock().now().addSecs(600));

    // 1 unchanged, 2 renumbered 3 and 3 renumbered 2 (a swap the unique numbers must allow),
    // a new 4; the former 3's text changes.
    Resolution one = first.at(0);
    Resolution two = first.at(1);
    two.number = QStringLiteral("3");
    Resolution three = first.at(2);
    three.number = QStringLiteral("2");
    Meeting again = valueOf(repo.get(id));
    ASSERT_OK(service.save(again, {row(jane), row(luc)},
                           {one, two, three, resolution(QStringLiteral("4"), luc)}));
    const QList<Resolution> second = valueOf(repo.resolutions(id));
    ASSERT_EQ(numbersOf(second), QStringList({"1", "2", "3", "4"}));
    EXPECT_EQ(second.at(0).id, one.id);
    EXPECT_EQ(second.at(1).id, three.id);
    EXPECT_EQ(second.at(2).id, two.id);
    EXPECT_EQ(second.at(2).moverId, luc);
    EXPECT_NE(second.at(3).id, 0);
    EXPECT_EQ(storedColumn("created_at", one.id), created);
    EXPECT_EQ(storedColumn("updated_at", one.id), created); // unchanged
    EXPECT_NE(storedColumn("updated_at", two.id), created); // renumbered
    EXPECT_EQ(storedColumn("created_at", two.id), created);

    // An empty list removes them all.
    ASSERT_OK(service.save(valueOf(repo.get(id)), {row(jane), row(luc)}, {}));
    EXPECT_EQ(rowCount(db(), "resolutions"), 0);
}

TEST_F(MeetingResolutionsTest, TheTwoArgumentSaveKeepsTheResolutionsAndTheirMoversPresent)
{
    const qint64 id = valueOf(service.save(meeting(QDate(2019, 6, 12)), {row(jane), row(luc)},
                                           {resolution(QStringLiteral("CA-1"), jane, luc)}));
    const qint64 resolutionId = valueOf(repo.resolutions(id)).constFirst().id;
    Meeting changed = valueOf(repo.get(id));
    changed.title = QStringLiteral("Juin");
    ASSERT_OK(service.save(changed, {row(luc), row(jane)}));
    const QList<Resolution> kept = valueOf(repo.resolutions(id));
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().id, resolutionId);
    EXPECT_EQ(valueOf(repo.get(id)).title, QStringLiteral("Juin"));

    // The mover excused, or left off the list: refused in the list's terms.
    changed = valueOf(repo.get(id));
    auto excused = service.save(changed, {row(jane, AttendanceStatus::Excused), row(luc)});
    ASSERT_FALSE(excused.ok());
    EXPECT_EQ(excused.error().field, QStringLiteral("status"));
    EXPECT_THAT(excused.message().toStdString(),
                HasSubstr("Jane Doe moved or seconded resolution CA-1 of this meeting"));
    auto dropped = service.save(changed, {row(jane)});
    ASSERT_FALSE(dropped.ok());
    EXPECT_EQ(dropped.error().field, QStringLiteral("director"));
    // Moving the meeting to a day Jane is out of office drops her: refused the same way.
    changed.date = QDate(2021, 6, 9);
    auto moved = service.save(changed, {row(luc)});
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().field, QStringLiteral("director"));
    EXPECT_EQ(valueOf(repo.get(id)).date, QDate(2019, 6, 12));
    EXPECT_EQ(valueOf(repo.attendance(id)).size(), 2);

    // With the three-argument save the move goes through, Luc alone moving.
    ASSERT_OK(service.save(changed, {row(luc)}, {resolution(QStringLiteral("CA-1"), luc)}));
    EXPECT_EQ(valueOf(repo.get(id)).date, QDate(2021, 6, 9));
    EXPECT_EQ(valueOf(repo.resolutions(id)).constFirst().moverId, luc);
}

TEST_F(MeetingResolutionsTest, TheRepositoryKeepsMoversAndSecondersPresent)
{
    const qint64 id = valueOf(service.save(meeting(QDate(2019, 6, 12)), {row(jane), row(luc)},
                                           {resolution(QStringLiteral("CA-7"), jane, luc)}));
    auto excused = repo.setAttendance(Attendance{id, luc, AttendanceStatus::Excused, {}, {}});
    ASSERT_FALSE(excused.ok());
    EXPECT_EQ(excused.error().field, QStringLiteral("status"));
    EXPECT_THAT(excused.message().toStdString(),
                HasSubstr("Luc Gagnon moved or seconded resolution CA-7 of this meeting"));
    auto removed = repo.removeAttendance(id, jane);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().field, QStringLiteral("director"));
    auto replaced = repo.replaceAttendance(id, {row(luc)});
    ASSERT_FALSE(replaced.ok());
    EXPECT_EQ(valueOf(repo.attendance(id)).size(), 2);
    // Present again (no change) is fine.
    EXPECT_OK(repo.setAttendance(Attendance{id, luc, AttendanceStatus::Present, {}, {}}));
}

TEST_F(MeetingResolutionsTest, AddingOneResolutionChecksItsMeeting)
{
    const qint64 id = valueOf(service.save(meeting(QDate(2019, 6, 12)),
                                           {row(jane), row(luc, AttendanceStatus::Absent)}, {}));
    Resolution first = resolution(QStringLiteral("AGA-2019-01"), jane);
    first.meetingId = id;
    const qint64 added = valueOf(repo.addResolution(first));
    EXPECT_GT(added, 0);

    Resolution again = first;
    again.number = QStringLiteral(" AGA-2019-01");
    auto duplicate = repo.addResolution(again);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().field, QStringLiteral("number"));
    EXPECT_THAT(duplicate.message().toStdString(),
                HasSubstr("resolution AGA-2019-01 is already recorded at the meeting of "
                          "2019-06-12"));
    Resolution absent = resolution(QStringLiteral("AGA-2019-02"), jane, luc);
    absent.meetingId = id;
    auto refused = repo.addResolution(absent);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("seconder"));
    Resolution nowhere = resolution(QStringLiteral("1"));
    nowhere.meetingId = 404;
    auto noMeeting = repo.addResolution(nowhere);
    ASSERT_FALSE(noMeeting.ok());
    EXPECT_EQ(noMeeting.error().field, QStringLiteral("date"));
    EXPECT_EQ(rowCount(db(), "resolutions"), 1);
}

TEST_F(MeetingResolutionsTest, TheRegisterTakesTheMeetingsOfTheRangeInOrder)
{
    // Jane's first and last days in office, and the day after (Luc alone).
    const qint64 first = valueOf(service.save(
        meeting(QDate(2019, 4, 1)), {row(jane)},
        {resolution(QStringLiteral("CA-2019-10"), jane), resolution(QStringLiteral("CA-2019-2"))}));
    const qint64 board = valueOf(service.save(meeting(QDate(2020, 3, 31)), {row(jane), row(luc)},
                                              {resolution(QStringLiteral("CA-2020-1"), luc)}));
    const qint64 agm =
        valueOf(service.save(meeting(QDate(2020, 3, 31), MeetingKind::Agm), {row(luc)},
                             {resolution(QStringLiteral("AGA-2020-1"), luc)}));
    const qint64 after = valueOf(service.save(meeting(QDate(2020, 4, 1)), {row(luc)},
                                              {resolution(QStringLiteral("CA-2020-2"), luc)}));

    const QList<Resolution> year =
        valueOf(repo.resolutionsBetween(QDate(2019, 4, 1), QDate(2020, 3, 31)));
    EXPECT_EQ(numbersOf(year), QStringList({"CA-2019-2", "CA-2019-10", "AGA-2020-1", "CA-2020-1"}));
    QList<qint64> meetings;
    for (const Resolution& r : year)
        meetings << r.meetingId;
    EXPECT_EQ(meetings, QList<qint64>({first, first, agm, board}));
    EXPECT_EQ(numbersOf(valueOf(repo.resolutionsBetween(QDate(2020, 4, 1), QDate(2021, 3, 31)))),
              QStringList({"CA-2020-2"}));
    EXPECT_TRUE(valueOf(repo.resolutionsBetween(QDate(2019, 4, 2), QDate(2020, 3, 30))).isEmpty());
    EXPECT_EQ(valueOf(repo.resolutionsBetween({}, {})).size(), 5);
    EXPECT_EQ(valueOf(repo.resolutions(after)).size(), 1);
}

} // namespace
