// A meeting's place, times and agenda (migration 5, issue 13): stored with the meeting, read back
// by get, find and list, refused with the column at fault, gone with the meeting.

#include "MeetingRepository.h"

#include "BoardTestRows.h"
#include "CsvImportSupport.h"
#include "Migrations.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

QList<AgendaItem> agenda(const QStringList& texts)
{
    QList<AgendaItem> items;
    for (const QString& text : texts)
        items << AgendaItem{0, text};
    return items;
}

QStringList textsOf(const QList<AgendaItem>& items)
{
    QStringList texts;
    for (const AgendaItem& item : items)
        texts << item.text;
    return texts;
}

QList<int> positionsOf(const QList<AgendaItem>& items)
{
    QList<int> positions;
    for (const AgendaItem& item : items)
        positions << item.position;
    return positions;
}

class MeetingMinutesTest : public TwoDirectorsTest
{
protected:
    static Meeting board(QDate date)
    {
        Meeting meeting;
        meeting.date = date;
        meeting.kind = MeetingKind::Board;
        meeting.place = QStringLiteral("Siège social, Lévis");
        meeting.startTime = QTime(19, 0);
        meeting.endTime = QTime(21, 15);
        meeting.agenda = agenda({QStringLiteral("Ouverture de la séance"),
                                 QStringLiteral("Adoption de l'ordre du jour"),
                                 QStringLiteral("Levée de la séance")});
        return meeting;
    }

    QString createdAtOf(qint64 meeting, int position)
    {
        auto query = sql::run(db(),
                              QStringLiteral("SELECT created_at FROM agenda_items "
                                             "WHERE meeting_id = ? AND position = ?"),
                              {meeting, position});
        return query && query->next() ? query->value(0).toString() : QString();
    }

    MeetingRepository repo{db()};
};

TEST_F(MeetingMinutesTest, PlaceTimesAndAgendaComeBackFromGetFindAndList)
{
    Meeting meeting = board(QDate(2019, 6, 12));
    meeting.place = QStringLiteral("  Siège social, Lévis ");
    // Positions given are ignored: the list's order is the agenda's.
    meeting.agenda[0].position = 7;
    const qint64 id = valueOf(repo.add(meeting));

    const Meeting got = valueOf(repo.get(id));
    EXPECT_EQ(got.place, QStringLiteral("Siège social, Lévis"));
    EXPECT_EQ(got.startTime, QTime(19, 0));
    EXPECT_EQ(got.endTime, QTime(21, 15));
    EXPECT_EQ(textsOf(got.agenda), textsOf(meeting.agenda));
    EXPECT_EQ(positionsOf(got.agenda), QList<int>({1, 2, 3}));

    const auto found = valueOf(repo.find(QDate(2019, 6, 12), MeetingKind::Board));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(textsOf(found->agenda), textsOf(meeting.agenda));
    EXPECT_EQ(found->endTime, QTime(21, 15));

    // A second meeting without any of it, on the last day of the range listed.
    Meeting bare;
    bare.date = QDate(2020, 3, 31);
    bare.kind = MeetingKind::Executive;
    const qint64 bareId = valueOf(repo.add(bare));
    const QList<Meeting> listed = valueOf(repo.list(QDate(2019, 6, 12), QDate(2020, 3, 31)));
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(textsOf(listed.at(0).agenda), textsOf(meeting.agenda));
    EXPECT_EQ(listed.at(1).id, bareId);
    EXPECT_TRUE(listed.at(1).agenda.isEmpty());
    EXPECT_TRUE(listed.at(1).place.isEmpty());
    EXPECT_FALSE(listed.at(1).startTime.isValid());
    EXPECT_FALSE(listed.at(1).endTime.isValid());
    // The day after the range leaves the second one out, agenda and all.
    EXPECT_EQ(valueOf(repo.list(QDate(2019, 6, 13), QDate(2020, 3, 30))).size(), 0);
}

TEST_F(MeetingMinutesTest, AnUpdateRewritesOnlyTheItemsThatChanged)
{
    const qint64 id = valueOf(repo.add(board(QDate(2019, 6, 12))));
    const QString firstCreated = createdAtOf(id, 1);
    ASSERT_FALSE(firstCreated.isEmpty());
    m_test.clock().set(m_test.clock().now().addSecs(3600));

    Meeting changed = valueOf(repo.get(id));
    changed.agenda = agenda({QStringLiteral("Ouverture de la séance"),
                             QStringLiteral("Nomination d'un secrétaire d'assemblée")});
    changed.startTime = QTime();
    changed.place.clear();
    ASSERT_OK(repo.update(changed));

    const Meeting stored = valueOf(repo.get(id));
    EXPECT_EQ(textsOf(stored.agenda), textsOf(changed.agenda));
    EXPECT_EQ(positionsOf(stored.agenda), QList<int>({1, 2}));
    EXPECT_FALSE(stored.startTime.isValid());
    EXPECT_EQ(stored.endTime, QTime(21, 15));
    EXPECT_TRUE(stored.place.isEmpty());
    // The first item did not change: it keeps its row; the second is new text at its position.
    EXPECT_EQ(createdAtOf(id, 1), firstCreated);
    EXPECT_EQ(rowCount(db(), "agenda_items"), 2);
}

TEST_F(MeetingMinutesTest, EachMistakeIsRefusedUnderItsColumnAndNothingIsWritten)
{
    struct Case
    {
        const char* what;
        std::function<void(Meeting&)> spoil;
        const char* field;
        const char* message;
    };
    const Case cases[] = {
        {"end before start", [](Meeting& m) { m.endTime = QTime(18, 59); }, "end_time",
         "the meeting must end after it starts (19:00); it ends at 18:59"},
        {"end at the start", [](Meeting& m) { m.endTime = QTime(19, 0); }, "end_time",
         "must end after it starts"},
        {"an empty item", [](Meeting& m) { m.agenda[1].text = QStringLiteral("  "); }, "agenda",
         "agenda item 2 is empty"},
        {"a line break in an item",
         [](Meeting& m) { m.agenda[2].text = QStringLiteral("Levée\nde la séance"); }, "agenda",
         ""},
        {"a line break in the place", [](Meeting& m) { m.place = QStringLiteral("Lévis\n"); },
         "place", ""},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        Meeting meeting = board(QDate(2019, 6, 12));
        c.spoil(meeting);
        auto refused = repo.add(meeting);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().field, QString::fromLatin1(c.field));
        EXPECT_THAT(refused.message().toStdString(), HasSubstr(c.message));
        EXPECT_EQ(rowCount(db(), "meetings"), 0);
        EXPECT_EQ(rowCount(db(), "agenda_items"), 0);
    }
    // The same refusals on an update leave the stored meeting as it was.
    const qint64 id = valueOf(repo.add(board(QDate(2019, 6, 12))));
    Meeting changed = valueOf(repo.get(id));
    changed.agenda.append(AgendaItem{0, QString()});
    changed.place = QStringLiteral("Québec");
    auto refused = repo.update(changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("agenda"));
    const Meeting stored = valueOf(repo.get(id));
    EXPECT_EQ(stored.place, QStringLiteral("Siège social, Lévis"));
    EXPECT_EQ(stored.agenda.size(), 3);
    // Only one time known is fine either way.
    Meeting startOnly = board(QDate(2019, 7, 3));
    startOnly.endTime = QTime();
    EXPECT_OK(repo.add(startOnly));
    Meeting endOnly = board(QDate(2019, 7, 10));
    endOnly.startTime = QTime();
    EXPECT_OK(repo.add(endOnly));
}

TEST_F(MeetingMinutesTest, RemovingAMeetingRemovesItsAgendaAndResolutions)
{
    const qint64 id = valueOf(repo.add(board(QDate(2019, 6, 12))));
    const qint64 other = valueOf(repo.add(board(QDate(2019, 7, 10))));
    ASSERT_OK(repo.setAttendance(Attendance{id, luc, AttendanceStatus::Present, {}, {}}));
    Resolution resolution;
    resolution.meetingId = id;
    resolution.number = QStringLiteral("CA-2019-01");
    resolution.text = QStringLiteral("Adopter le budget.");
    resolution.moverId = luc;
    ASSERT_OK(repo.addResolution(resolution));
    ASSERT_OK(repo.remove(id));
    EXPECT_EQ(rowCount(db(), "agenda_items"), 3); // the other meeting's
    EXPECT_EQ(rowCount(db(), "resolutions"), 0);
    EXPECT_EQ(valueOf(repo.get(other)).agenda.size(), 3);
}

TEST_F(MeetingMinutesTest, TheSchemaRefusesHalfCountedVotesAndAnEmptyItem)
{
    const qint64 id = valueOf(repo.add(board(QDate(2019, 6, 12))));
    const QString now = QStringLiteral("2026-11-24T12:00:00.000Z");
    auto partial = sql::run(db(),
                            QStringLiteral("INSERT INTO resolutions (meeting_id, number, text, "
                                           "outcome, votes_for, created_at, updated_at) "
                                           "VALUES (?, '1', 'x', 'adopted', 3, ?, ?)"),
                            {id, now, now});
    EXPECT_FALSE(partial.ok());
    auto outcome = sql::run(db(),
                            QStringLiteral("INSERT INTO resolutions (meeting_id, number, text, "
                                           "outcome, created_at, updated_at) "
                                           "VALUES (?, '1', 'x', 'carried', ?, ?)"),
                            {id, now, now});
    EXPECT_FALSE(outcome.ok());
    auto empty = sql::run(db(),
                          QStringLiteral("INSERT INTO agenda_items (meeting_id, position, text, "
                                         "created_at, updated_at) VALUES (?, 9, '', ?, ?)"),
                          {id, now, now});
    EXPECT_FALSE(empty.ok());
    EXPECT_EQ(rowCount(db(), "resolutions"), 0);
}

// A file of version 4 gains the columns and tables, its meetings without place, times or agenda.
TEST(MeetingMinutesMigrationTest, AnOlderFilesMeetingsReadBackWithoutMinutes)
{
    BILAN_FILE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    const std::vector<Migration> four(migrations().begin(), migrations().begin() + 4);
    Database::Options old;
    old.migrations = &four;
    {
        auto db = Database::open(path, old);
        ASSERT_OK(db);
        ASSERT_EQ((*db)->schemaVersion(), 4);
        ASSERT_OK(
            sql::run(**db, QStringLiteral("INSERT INTO meetings (meeting_date, kind, title, notes, "
                                          "created_at, updated_at) VALUES ('2019-06-12', 'board', "
                                          "'Juin', '', 'x', 'x')")));
    }
    auto db = Database::open(path);
    ASSERT_OK(db);
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 5);
    const QList<Meeting> meetings = valueOf(MeetingRepository(**db).list({}, {}));
    ASSERT_EQ(meetings.size(), 1);
    EXPECT_EQ(meetings.first().title, QStringLiteral("Juin"));
    EXPECT_TRUE(meetings.first().place.isEmpty());
    EXPECT_FALSE(meetings.first().startTime.isValid());
    EXPECT_TRUE(meetings.first().agenda.isEmpty());
    EXPECT_TRUE(valueOf(MeetingRepository(**db).resolutions(meetings.first().id)).isEmpty());
}

} // namespace
