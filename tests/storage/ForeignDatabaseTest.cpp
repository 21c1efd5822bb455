// Other programs' SQLite files that happen to hold a schema_migrations table (Rails,
// golang-migrate, any program with its own migrations) are refused as not Bilan's, before
// anything is written: the file stays byte for byte as it was and gets no journal beside it.
// A file of Bilan's own shape with a higher version is still a newer Bilan's.

#include "Database.h"
#include "ForeignFiles.h"
#include "Migrations.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

struct Foreign
{
    const char* name;
    QStringList statements;
};

void PrintTo(const Foreign& foreign, std::ostream* os)
{
    *os << foreign.name;
}

const QString BilanVersionTable =
    QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description "
                   "TEXT NOT NULL, applied_at TEXT NOT NULL)");

class ForeignDatabaseTest : public ::testing::TestWithParam<Foreign>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("other.sqlite"));
    }

    // Writes the file through a plain connection of the test's own (rollback journal, as
    // most programs leave their files).
    void build(const QStringList& statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("foreign-builder"));
            db.setDatabaseName(m_path);
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            for (const QString& statement : statements)
                ASSERT_TRUE(query.exec(statement))
                    << statement.toStdString() << ": " << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign-builder"));
    }

    QByteArray bytes() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void expectNoSideFiles() const
    {
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            EXPECT_FALSE(QFile::exists(m_path + QLatin1String(suffix))) << suffix;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_P(ForeignDatabaseTest, IsRefusedAsAnotherProgramsAndLeftUntouched)
{
    build(GetParam().statements);
    const QByteArray before = bytes();
    ASSERT_FALSE(before.isEmpty());
    expectNoSideFiles();
    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database::Options options;
        options.access = access;
        auto opened = Database::open(m_path, options);
        ASSERT_FALSE(opened.ok()) << "opened as a Bilan database";
        const std::string message = opened.message().toStdString();
        EXPECT_THAT(message, HasSubstr("is a SQLite database of another program, not a Bilan "
                                       "database"));
        EXPECT_THAT(message, HasSubstr(m_path.toStdString()));
        EXPECT_THAT(message, Not(HasSubstr("newer version")));
        EXPECT_EQ(bytes(), before) << "the file was changed";
        expectNoSideFiles();
    }
}

INSTANTIATE_TEST_SUITE_P(
    , ForeignDatabaseTest,
    ::testing::Values(
        Foreign{"Rails",
                {QStringLiteral("CREATE TABLE schema_migrations (version varchar NOT NULL "
                                "PRIMARY KEY)"),
                 QStringLiteral("CREATE TABLE ar_internal_metadata (key varchar NOT NULL "
                                "PRIMARY KEY, value varchar, created_at datetime(6) NOT NULL, "
                                "updated_at datetime(6) NOT NULL)"),
                 QStringLiteral("CREATE TABLE users (id integer PRIMARY KEY, email varchar)"),
                 QStringLiteral("INSERT INTO schema_migrations VALUES ('20190101000000'), "
                                "('20190215120000')")}},
        Foreign{"GolangMigrateTimestamps",
                {QStringLiteral("CREATE TABLE schema_migrations (version uint64, dirty bool)"),
                 QStringLiteral("CREATE UNIQUE INDEX version_unique ON schema_migrations "
                                "(version)"),
                 QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)"),
                 QStringLiteral("INSERT INTO schema_migrations VALUES (20190101000000, 0)")}},
        // Sequential golang-migrate numbers are Bilan's own version 1: only the shape tells.
        Foreign{"GolangMigrateSequential",
                {QStringLiteral("CREATE TABLE schema_migrations (version uint64, dirty bool)"),
                 QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)"),
                 QStringLiteral("INSERT INTO schema_migrations VALUES (1, 0)")}},
        Foreign{"OneVersionColumn",
                {QStringLiteral("CREATE TABLE schema_migrations (version INTEGER)"),
                 QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                 QStringLiteral("INSERT INTO schema_migrations VALUES (1)")}},
        Foreign{"EmptyVersionTable",
                {QStringLiteral("CREATE TABLE schema_migrations (version INTEGER)"),
                 QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")}},
        // Bilan's exact shape, but steps that are not Bilan's.
        Foreign{"SameShapeOtherSteps",
                {BilanVersionTable, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY)"),
                 QStringLiteral("INSERT INTO schema_migrations VALUES (1, 'create users', "
                                "'2024-01-01')")}},
        // Bilan's shape and first step recorded, but none of the tables that step makes.
        Foreign{"SameShapeWithoutBilansTables",
                {BilanVersionTable, QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY)"),
                 QStringLiteral("INSERT INTO schema_migrations VALUES (1, 'initial schema', "
                                "'2024-01-01')")}},
        // Bilan's shape with a timestamp for a version: not "a newer Bilan".
        Foreign{"SameShapeTimestampVersion",
                {BilanVersionTable,
                 QStringLiteral("INSERT INTO schema_migrations VALUES ('20190101000000', "
                                "'initial schema', '2024-01-01')")}}),
    [](const ::testing::TestParamInfo<Foreign>& info) { return std::string(info.param.name); });

namespace {

class BilanVersionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("bilan.sqlite"));
        auto created = Database::open(m_path);
        ASSERT_TRUE(created.ok()) << created.message().toStdString();
    }

    void exec(const QStringList& statements)
    {
        auto opened = Database::open(m_path);
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        QSqlQuery query((*opened)->connection());
        for (const QString& statement : statements)
            ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(BilanVersionTest, ANewerBilansFileIsStillCalledOne)
{
    const int later = latestSchemaVersion() + 1;
    exec({QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'a later step', "
                         "'2030-01-01'), (%2, 'and another', '2030-02-01')")
              .arg(later)
              .arg(later + 1)});
    auto opened = Database::open(m_path);
    ASSERT_FALSE(opened.ok());
    EXPECT_THAT(opened.message().toStdString(), HasSubstr("newer version of Bilan"));
    EXPECT_THAT(opened.message().toStdString(),
                HasSubstr(QStringLiteral("database version %1").arg(later + 1).toStdString()));
}

TEST_F(BilanVersionTest, BilansOwnFileOpens)
{
    auto opened = Database::open(m_path);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    EXPECT_EQ((*opened)->schemaVersion(), latestSchemaVersion());
}

TEST_F(BilanVersionTest, AFileMissingOneOfBilansStepsIsNotBilans)
{
    exec({QStringLiteral("DELETE FROM schema_migrations WHERE version = 1"),
          QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'a later step', "
                         "'2030-01-01')")
              .arg(latestSchemaVersion() + 1)});
    auto opened = Database::open(m_path);
    ASSERT_FALSE(opened.ok());
    EXPECT_THAT(opened.message().toStdString(), HasSubstr("another program"));
}

namespace {

// Every file in `dir`, by name, with its bytes.
QMap<QString, QByteArray> filesIn(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(info.absoluteFilePath());
        files.insert(info.fileName(), file.open(QIODevice::ReadOnly) ? file.readAll() : "?");
    }
    return files;
}

// A foreign file whose newest state is in a side file: opening it for real, even read-only,
// would checkpoint the log or roll back the journal, so the decision is made before.
class ForeignSideFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("development.sqlite3"));
    }

    void expectRefusedUntouched(const char* sideFile)
    {
        const auto before = filesIn(m_dir.path());
        ASSERT_TRUE(
            before.contains(QStringLiteral("development.sqlite3") + QLatin1String(sideFile)));
        for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
            Database::Options options;
            options.access = access;
            auto opened = Database::open(m_path, options);
            ASSERT_FALSE(opened.ok()) << "opened as a Bilan database";
            EXPECT_THAT(opened.message().toStdString(),
                        HasSubstr("is a SQLite database of another program, not a Bilan "
                                  "database"));
            // Same names, same bytes: nothing checkpointed, rolled back or created.
            EXPECT_EQ(filesIn(m_dir.path()), before)
                << (access == Database::Access::ReadOnly ? "read-only" : "read-write");
        }
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(ForeignSideFilesTest, ALogWithChangesNotYetInTheFileIsLeftAsItIs)
{
    QString why;
    ASSERT_TRUE(buildForeignWithPendingLog(m_path, 1000, &why)) << why.toStdString();
    expectRefusedUntouched("-wal");
}

TEST_F(ForeignSideFilesTest, AnInterruptedTransactionIsNotRolledBack)
{
    QString why;
    ASSERT_TRUE(buildForeignWithHotJournal(m_path, 1000, &why)) << why.toStdString();
    expectRefusedUntouched("-journal");
}

namespace {

// Bilan's own files whose newest state is only in their log still open, read and write.
class BilanPendingLogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("bilan.sqlite"));
        m_copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    }

    // Runs `statements` on the Bilan file with checkpoints off, and copies the file with its
    // log while the connection is open, so that the copy's log holds them.
    void copyWithPendingLog(const QStringList& statements)
    {
        auto opened = Database::open(m_path);
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        QSqlQuery query((*opened)->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        for (const QString& statement : statements)
            ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
        ASSERT_GT(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
        for (const char* suffix : {"", "-wal"})
            ASSERT_TRUE(
                QFile::copy(m_path + QLatin1String(suffix), m_copy + QLatin1String(suffix)));
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_copy;
};

} // namespace

TEST_F(BilanPendingLogTest, ChangesInTheLogAreRead)
{
    ASSERT_TRUE(Database::open(m_path).ok());
    copyWithPendingLog({QStringLiteral("INSERT INTO organisations (name, name_key, kind, "
                                       "created_at, updated_at) VALUES ('Coop du log', 'coop du "
                                       "log', 'coop', '2020-01-01', '2020-01-01')")});
    for (const auto access : {Database::Access::ReadOnly, Database::Access::ReadWrite}) {
        Database::Options options;
        options.access = access;
        auto opened = Database::open(m_copy, options);
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        QSqlQuery query((*opened)->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM organisations WHERE name = "
                                              "'Coop du log'")));
        ASSERT_TRUE(query.first());
        EXPECT_EQ(query.value(0).toInt(), 1);
    }
}

TEST_F(BilanPendingLogTest, AFileCreatedInItsLogOnlyOpens)
{
    // A new file's tables all in its log: the main file alone shows no table at all.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bilan-in-log"));
        db.setDatabaseName(m_path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bilan-in-log"));
    const qint64 headerOnly = QFileInfo(m_path).size();
    copyWithPendingLog({});
    ASSERT_EQ(QFileInfo(m_copy).size(), headerOnly) << "Bilan's tables reached the main file";
    auto opened = Database::open(m_copy);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    EXPECT_EQ((*opened)->schemaVersion(), latestSchemaVersion());
}
