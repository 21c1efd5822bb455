// DatabaseCopy: a whole database into an empty one, file and server either way, every row with
// its id and timestamps, all or nothing.

#include "DatabaseCopy.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gmock/gmock.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

enum class Where
{
    File,
    Server
};

// Rows in every table: a network with a higher id than its member (the member refers to a row
// written after it), names with accents and quotes, nulls, and timestamps of their own.
const char* const Rows[] = {
    "INSERT INTO settings VALUES ('organisation_name', 'Coop « test »', "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z')",
    "INSERT INTO closed_years VALUES (2015, '2015-04-01', '2016-03-31', "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z')",
    "INSERT INTO organisations (id, name, name_key, kind, region, sector, network_id, "
    "created_at, updated_at, updated_by) VALUES (9, 'Réseau', 'réseau', 'network', 'Montréal', '', "
    "NULL, "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO organisations (id, name, name_key, kind, region, sector, network_id, "
    "created_at, updated_at, updated_by) VALUES (5, 'Coop « A »', 'coop « a »', 'coop', '', "
    "'santé', 9, "
    "'2019-01-02T03:04:05.006Z', '2022-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO organisations (id, name, name_key, kind, region, sector, network_id, "
    "created_at, updated_at, updated_by) VALUES (7, 'O''Brien', 'o''brien', 'npo', '', '', NULL, "
    "'2019-01-02T03:04:05.006Z', '2019-01-02T03:04:05.006Z', 'ana@desk-1')",
    "INSERT INTO memberships VALUES (3, 5, 'member', '2019-04-01', NULL, "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO memberships VALUES (4, 9, 'auxiliary', '2018-01-01', '2019-01-01', "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO fields VALUES (2, 'Droit', 'droit', '2020-01-02T03:04:05.006Z', "
    "'2021-02-03T04:05:06.007Z')",
    "INSERT INTO experts VALUES (11, 'Ève', 'ève', 'professional', 'Québec', 'F', 1980, "
    "'2015-01-01', NULL, '2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO experts VALUES (12, 'Marc', 'marc', 'trainer', '', NULL, NULL, '2016-01-01', "
    "'2020-12-31', '2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO expert_fields VALUES (11, 2, 0, '2020-01-02T03:04:05.006Z', "
    "'2021-02-03T04:05:06.007Z')",
    "INSERT INTO service_entries VALUES (100, '2019-05-02', 11, 5, 90, 2, 'Note, \"quoted\"', "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO service_entries VALUES (101, '2019-06-01', 12, 9, 60, NULL, '', "
    "'2020-01-02T03:04:05.006Z', '2020-01-02T03:04:05.006Z', 'ana@desk-1')",
    "INSERT INTO directors VALUES (1, 'Jeanne', 'jeanne', '2020-01-02T03:04:05.006Z', "
    "'2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO board_mandates VALUES (6, 1, 5, 'president', '2019-01-01', NULL, "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO meetings VALUES (8, '2019-06-10', 'board', 'CA', '', "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1', 'Lévis « siège »', "
    "'19:00', NULL)",
    "INSERT INTO attendance VALUES (8, 1, 'present', '2020-01-02T03:04:05.006Z', "
    "'2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO finance_lines VALUES (4, 2019, 'actual', 'revenue_members', '', 12345678, "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO surveys VALUES (2, 2019, 10, 9, '2020-01-02T03:04:05.006Z', "
    "'2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO activities VALUES (3, '2019-07-01', 'event', 'networks', 'Salon', "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO report_texts VALUES (2019, 'fr', 'Mot du président', '', 'Mission', '', "
    "'Objectifs', '2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO agenda_items VALUES (8, 1, 'Ouverture de la séance', "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO agenda_items VALUES (8, 2, 'Adoption de l''ordre du jour', "
    "'2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
    "INSERT INTO resolutions VALUES (30, 8, 'CA-2019-10', 'Résolu :\nadopter « le budget »', 1, "
    "NULL, 'adopted', 5, 0, 1, '2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', "
    "'ana@desk-1')",
    "INSERT INTO resolutions VALUES (29, 8, 'CA-2019-9', 'Reporter', NULL, NULL, 'deferred', "
    "NULL, NULL, NULL, '2020-01-02T03:04:05.006Z', '2021-02-03T04:05:06.007Z', 'ana@desk-1')",
};

// Every row of every table, as text, in a fixed order.
// Every row of every table but the history; or, with `history`, the history's rows alone.
QStringList contents(Database& db, bool history = false)
{
    QStringList all;
    for (const QString& table : DatabaseCopy::tables()) {
        // The history: checked apart, as a copy adds its own records to it.
        if ((table == QLatin1String("change_log")) != history)
            continue;
        auto rows = sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        if (!rows)
            return {rows.message()};
        auto read = sql::forEachRow(db, *rows, [&](const QSqlQuery& row) {
            QStringList values;
            for (int i = 0; i < row.record().count(); ++i)
                values << (row.isNull(i) ? QStringLiteral("NULL") : row.value(i).toString());
            all << table + QStringLiteral(": ") + values.join(u'|');
        });
        if (!read)
            return {read.message()};
    }
    return all;
}

unsigned modeOf(const QString& path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 0777) : 0;
}

qint64 rowsIn(Database& db)
{
    qint64 rows = 0;
    for (const QString& table : DatabaseCopy::tables()) {
        // The history records the copy itself: rows of its own, not data.
        if (table == QLatin1String("change_log"))
            continue;
        auto counted = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        rows += counted ? counted->toLongLong() : 1000000;
    }
    return rows;
}

class DatabaseCopyTest : public ::testing::Test
{
protected:
    // A new database's address: a file in the test's folder (not created), or an empty
    // database on the test server.
    QString place(Where where, const QString& name)
    {
        if (where == Where::File)
            return m_dir.filePath(name);
        m_servers.push_back(std::make_unique<ServerDatabase>());
        return m_servers.back()->address();
    }

    std::unique_ptr<Database> open(const QString& path,
                                   Database::Access access = Database::Access::ReadWrite)
    {
        Database::Options options;
        options.clock = &m_clock;
        options.access = access;
        auto opened = Database::open(path, options);
        EXPECT_TRUE(opened.ok()) << opened.message().toStdString();
        return opened ? std::move(*opened) : nullptr;
    }

    // A database at `where` holding every kind of row (who changed it last too: migration 3).
    QString filled(Where where, const QString& name)
    {
        const QString path = place(where, name);
        auto db = open(path);
        for (const char* row : Rows) {
            auto inserted = sql::run(*db, QString::fromUtf8(row));
            EXPECT_TRUE(inserted.ok()) << row << ": " << inserted.message().toStdString();
        }
        return path;
    }

    QStringList filesLeft() const { return QDir(m_dir.path()).entryList(QDir::Files); }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC)};
    std::vector<std::unique_ptr<ServerDatabase>> m_servers;
};

std::vector<std::pair<Where, Where>> directions()
{
    if (!onServer())
        return {{Where::File, Where::File}};
    return {{Where::File, Where::Server},
            {Where::Server, Where::File},
            {Where::Server, Where::Server},
            {Where::File, Where::File}};
}

TEST_F(DatabaseCopyTest, TheTablesAreEveryTableOfTheMigrationsInTheOrderTheyAreMade)
{
    EXPECT_EQ(DatabaseCopy::tables(),
              QStringList({"change_log", "settings", "closed_years", "organisations", "memberships",
                           "fields", "experts", "expert_fields", "service_entries", "directors",
                           "board_mandates", "meetings", "attendance", "finance_lines", "surveys",
                           "activities", "report_texts", "agenda_items", "resolutions"}));
}

TEST_F(DatabaseCopyTest, CopiesEveryRowWithItsIdAndTimestampsEitherWay)
{
    int n = 0;
    for (const auto& [from, to] : directions()) {
        SCOPED_TRACE(n);
        const QString source = filled(from, QStringLiteral("source%1.sqlite").arg(n));
        const QString target = place(to, QStringLiteral("target%1.sqlite").arg(n));
        ++n;
        QStringList tables;
        auto copied = DatabaseCopy::copy(source, target,
                                         {[&](const QString& table, qint64 done, qint64 total) {
                                              if (done == total)
                                                  tables << table;
                                          },
                                          {},
                                          {}});
        ASSERT_OK(copied);
        EXPECT_EQ(copied->rows() - copied->rowsOf(QStringLiteral("change_log")),
                  qint64(std::size(Rows)));
        EXPECT_GT(copied->rowsOf(QStringLiteral("change_log")), 0);
        EXPECT_EQ(copied->rowsOf(QStringLiteral("organisations")), 3);
        EXPECT_EQ(tables, DatabaseCopy::tables());
        if (to == Where::File) {
            EXPECT_EQ(modeOf(target), 0600u);
        }

        auto original = open(source, Database::Access::ReadOnly);
        auto copy = open(target);
        ASSERT_TRUE(original && copy);
        EXPECT_EQ(contents(*copy), contents(*original));
        // The source's history goes over as it was, the copy's own records after it.
        const QStringList history = contents(*original, true);
        EXPECT_EQ(contents(*copy, true).mid(0, history.size()), history);
        auto event = sql::scalar(*copy, QStringLiteral("SELECT count(*) FROM change_log WHERE "
                                                       "operation = 'copy'"));
        ASSERT_OK(event);
        EXPECT_EQ(event->toLongLong(), 1);
        EXPECT_THAT(contents(*copy).join(u'\n').toStdString(),
                    HasSubstr("organisations: 5|Coop « A »|coop « a »|coop||santé|9|"
                              "2019-01-02T03:04:05.006Z|2022-02-03T04:05:06.007Z"));

        // The next row gets the id after the highest copied (a server's identity sequence was
        // moved on).
        Organisation added;
        added.name = QStringLiteral("Nouvelle");
        added.kind = OrganisationKind::Coop;
        auto id = OrganisationRepository(*copy).add(added);
        ASSERT_OK(id);
        EXPECT_EQ(*id, 10);
        // So does a resolution's.
        Resolution resolution;
        resolution.meetingId = 8;
        resolution.number = QStringLiteral("CA-2019-11");
        resolution.text = QStringLiteral("Lever la séance");
        resolution.moverId = 1;
        auto resolutionId = MeetingRepository(*copy).addResolution(resolution);
        ASSERT_OK(resolutionId);
        EXPECT_EQ(*resolutionId, 31);
        const Meeting meeting = MeetingRepository(*copy).get(8).value();
        EXPECT_EQ(meeting.place, QStringLiteral("Lévis « siège »"));
        EXPECT_EQ(meeting.startTime, QTime(19, 0));
        EXPECT_EQ(meeting.agenda.size(), 2);
    }
}

TEST_F(DatabaseCopyTest, CopiesIntoAnEmptyDatabaseThatExists)
{
    const QString source = filled(Where::File, QStringLiteral("source.sqlite"));
    const QString target = place(onServer() ? Where::Server : Where::File, "empty.sqlite");
    open(target).reset(); // made, migrated, and left empty
    ASSERT_OK(DatabaseCopy::copy(source, target, {}));
    auto copy = open(target);
    EXPECT_EQ(rowsIn(*copy), qint64(std::size(Rows)));
}

TEST_F(DatabaseCopyTest, RefusesATargetThatHoldsDataAndLeavesItAsItWas)
{
    const QString source = filled(Where::File, QStringLiteral("source.sqlite"));
    const QString target = place(onServer() ? Where::Server : Where::File, "target.sqlite");
    {
        auto db = open(target);
        Organisation there;
        there.name = QStringLiteral("Déjà là");
        ASSERT_OK(OrganisationRepository(*db).add(there));
    }
    auto refused = DatabaseCopy::copy(source, target, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("already holds Bilan data"));
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("organisations: 1"));
    auto db = open(target);
    EXPECT_EQ(rowsIn(*db), 1);
}

TEST_F(DatabaseCopyTest, RefusesAFileThatIsNotADatabaseAndLeavesIt)
{
    const QString source = filled(Where::File, QStringLiteral("source.sqlite"));
    const QString target = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(target);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    auto refused = DatabaseCopy::copy(source, target, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("already exists"));
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("keep me\n"));
}

TEST_F(DatabaseCopyTest, RefusesToCopyADatabaseOntoItself)
{
    const Where where = onServer() ? Where::Server : Where::File;
    const QString source = filled(where, QStringLiteral("source.sqlite"));
    auto same = DatabaseCopy::copy(source, source, {});
    ASSERT_FALSE(same.ok());
    EXPECT_THAT(same.message().toStdString(), HasSubstr("onto itself"));

    // Also when two paths or two connections lead to it.
    auto reading = open(source, Database::Access::ReadOnly);
    auto writing = open(source);
    ASSERT_TRUE(reading && writing);
    auto onto = DatabaseCopy::copyInto(*reading, *writing);
    ASSERT_FALSE(onto.ok());
    EXPECT_THAT(onto.message().toStdString(), HasSubstr("onto itself"));
    if (where == Where::File) {
        const QString link = m_dir.filePath(QStringLiteral("link.sqlite"));
        ASSERT_TRUE(QFile::link(source, link));
        auto linked = DatabaseCopy::copy(link, source, {});
        ASSERT_FALSE(linked.ok());
        EXPECT_THAT(linked.message().toStdString(), HasSubstr("onto itself"));
    } else if (qgetenv("PGHOST") == "localhost") {
        const QString other = QStringLiteral("postgresql://localhost/") + m_servers.back()->name();
        auto spelled = DatabaseCopy::copy(source, other, {});
        ASSERT_FALSE(spelled.ok());
        EXPECT_THAT(spelled.message().toStdString(), HasSubstr("onto itself"));
    }
    EXPECT_EQ(rowsIn(*writing), qint64(std::size(Rows)));
}

TEST_F(DatabaseCopyTest, AFailureHalfWayWritesNothing)
{
    const QString source = filled(Where::File, QStringLiteral("source.sqlite"));
    const Where where = onServer() ? Where::Server : Where::File;
    const QString target = place(where, QStringLiteral("target.sqlite"));
    auto db = open(target);
    // The last tables but one refuses its rows: everything before it was written already.
    if (where == Where::Server) {
        m_servers.back()->administer(
            QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$BEGIN RAISE EXCEPTION 'refused by the test'; END$$"));
        m_servers.back()->administer(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON "
                                                    "activities FOR EACH ROW EXECUTE "
                                                    "FUNCTION refuse()"));
    } else {
        ASSERT_OK(sql::run(*db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON activities "
                                               "BEGIN SELECT RAISE(ABORT, 'refused by the "
                                               "test'); END")));
    }
    auto source_db = open(source, Database::Access::ReadOnly);
    auto failed = DatabaseCopy::copyInto(*source_db, *db);
    ASSERT_FALSE(failed.ok());
    EXPECT_THAT(failed.message().toStdString(), HasSubstr("activities"));
    EXPECT_THAT(failed.message().toStdString(), HasSubstr("nothing was written"));
    EXPECT_EQ(rowsIn(*db), 0);
}

TEST_F(DatabaseCopyTest, ANewFileThatRunsOutOfRoomLeavesNothingBehind)
{
    const QString source = filled(onServer() ? Where::Server : Where::File, "source.sqlite");
    const QString target = m_dir.filePath(QStringLiteral("full.sqlite"));
    auto db = open(source, Database::Access::ReadOnly);
    const QStringList before = filesLeft();
    Result<CopySummary> failed = CopySummary{};
    {
        // As a full disk: a file may not grow past 40 KiB.
        rlimit saved = {};
        getrlimit(RLIMIT_FSIZE, &saved);
        const auto handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 40 * 1024;
        setrlimit(RLIMIT_FSIZE, &limited);
        failed = DatabaseCopy::copyToNewFile(*db, target);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, handler);
    }
    ASSERT_FALSE(failed.ok());
    EXPECT_THAT(failed.message().toStdString(), HasSubstr("full.sqlite"));
    EXPECT_THAT(failed.message().toStdString(), Not(HasSubstr(".part")));
    EXPECT_EQ(filesLeft(), before);
    // With room, the same copy works.
    ASSERT_OK(DatabaseCopy::copyToNewFile(*db, target));
    auto again = DatabaseCopy::copyToNewFile(*db, target);
    ASSERT_FALSE(again.ok());
    EXPECT_THAT(again.message().toStdString(), HasSubstr("already exists"));
}

TEST_F(DatabaseCopyTest, AServerIsBackedUpIntoANewOwnerOnlyFile)
{
    const QString source = filled(onServer() ? Where::Server : Where::File, "source.sqlite");
    auto db = open(source);
    const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
    ASSERT_OK(db->backupTo(backup));
    EXPECT_EQ(modeOf(backup), 0600u);
    auto copy = open(backup, Database::Access::ReadOnly);
    ASSERT_TRUE(copy);
    EXPECT_EQ(contents(*copy), contents(*db));
    auto again = db->backupTo(backup);
    ASSERT_FALSE(again.ok());
    EXPECT_THAT(again.message().toStdString(), HasSubstr("already exists"));
}

TEST_F(DatabaseCopyTest, TheProgressOfABackupRisesToEachTablesTotal)
{
    const QString source = filled(onServer() ? Where::Server : Where::File, "source.sqlite");
    auto db = open(source);
    struct Call
    {
        QString table;
        qint64 done;
        qint64 total;
    };
    QList<Call> calls;
    auto copied = DatabaseCopy::copyToNewFile(*db, m_dir.filePath(QStringLiteral("backup.sqlite")),
                                              [&](const QString& table, qint64 done, qint64 total) {
                                                  calls.append({table, done, total});
                                              });
    ASSERT_OK(copied);
    ASSERT_FALSE(calls.isEmpty());
    qint64 totals = 0;
    for (const CopySummary::Table& table : copied->tables) {
        QList<Call> own;
        for (const Call& call : std::as_const(calls))
            if (call.table == table.name)
                own.append(call);
        if (table.rows == 0)
            continue;
        ASSERT_FALSE(own.isEmpty()) << table.name.toStdString();
        for (int i = 1; i < own.size(); ++i)
            EXPECT_GE(own[i].done, own[i - 1].done) << table.name.toStdString();
        // It ends at the table's total, which is what was written.
        EXPECT_EQ(own.last().done, own.last().total) << table.name.toStdString();
        EXPECT_EQ(own.last().total, table.rows) << table.name.toStdString();
        totals += own.last().total;
    }
    EXPECT_EQ(totals, copied->rows());
}

} // namespace
