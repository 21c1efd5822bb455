// Opening, creating and upgrading database files, and refusing the files Bilan must not touch.

#include "Database.h"
#include "Migrations.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

QByteArray digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A plain connection of the test's own, for preparing files behind Bilan's back.
class RawConnection
{
public:
    explicit RawConnection(const QString& path, const QString& options = {})
    {
        static int counter = 0;
        m_name = QStringLiteral("raw-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(statement);
    }
    QVariant scalar(const QString& statement)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

class DatabaseFileTest : public ::testing::Test
{
protected:
    QString path(const QString& name = QStringLiteral("bilan.sqlite")) const
    {
        return m_dir.filePath(name);
    }
    Database::Options options(int busyMs = 200) const
    {
        Database::Options o;
        o.busyTimeoutMs = busyMs;
        o.clock = &m_clock;
        return o;
    }
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
};

} // namespace

TEST_F(DatabaseFileTest, CreatesANewFileReadableByItsOwnerOnlyAtTheLatestVersion)
{
    auto db = Database::open(path(), options());
    ASSERT_OK(db);
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE((*db)->migrationBackupPath().isEmpty());
    const auto permissions = QFileInfo(path()).permissions();
    EXPECT_TRUE(permissions & QFile::ReadOwner);
    EXPECT_TRUE(permissions & QFile::WriteOwner);
    EXPECT_FALSE(permissions &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral(".creating")));

    QSqlQuery query((*db)->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT version, applied_at FROM schema_migrations")) &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    EXPECT_EQ(query.value(1).toString(), QStringLiteral("2026-11-24T09:30:00.000Z"));
}

TEST_F(DatabaseFileTest, ReopeningIsANoOp)
{
    ASSERT_OK(Database::open(path(), options()));
    auto again = Database::open(path(), options());
    ASSERT_OK(again);
    EXPECT_EQ((*again)->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE((*again)->migrationBackupPath().isEmpty());
    QSqlQuery query((*again)->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), static_cast<int>(migrations().size()));
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.bak")}).size(), 0);
}

TEST_F(DatabaseFileTest, UpgradingAnOlderFileCopiesItFirst)
{
    const std::vector<Migration> first{migrations().front()};
    auto options1 = options();
    options1.migrations = &first;
    {
        auto db = Database::open(path(), options1);
        ASSERT_OK(db);
        ASSERT_OK(SettingsRepository(**db).setValue(QStringLiteral("k"), QStringLiteral("v1")));
    }
    std::vector<Migration> later = first;
    later.push_back({2, "test step", {QStringLiteral("CREATE TABLE extra (x INTEGER)")}});
    auto options2 = options();
    options2.migrations = &later;
    auto upgraded = Database::open(path(), options2);
    ASSERT_OK(upgraded);
    EXPECT_EQ((*upgraded)->schemaVersion(), 2);
    const QString backup = (*upgraded)->migrationBackupPath();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_THAT(backup.toStdString(), HasSubstr(".v1-20261124-093000.bak"));
    RawConnection copy(backup);
    EXPECT_EQ(copy.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(), 1);
    EXPECT_EQ(copy.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")).toString(),
              QStringLiteral("v1"));
}

TEST_F(DatabaseFileTest, AFailedUpgradeStepLeavesTheFileAtItsVersion)
{
    const std::vector<Migration> first{migrations().front()};
    auto options1 = options();
    options1.migrations = &first;
    ASSERT_OK(Database::open(path(), options1));
    std::vector<Migration> broken = first;
    broken.push_back(
        {2,
         "broken step",
         {QStringLiteral("CREATE TABLE extra (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
    auto options2 = options();
    options2.migrations = &broken;
    auto failed = Database::open(path(), options2);
    ASSERT_FALSE(failed.ok());
    auto reopened = Database::open(path(), options1);
    ASSERT_OK(reopened);
    EXPECT_EQ((*reopened)->schemaVersion(), 1);
    QSqlQuery query((*reopened)->connection());
    EXPECT_FALSE(query.exec(QStringLiteral("SELECT * FROM extra")));
}

TEST_F(DatabaseFileTest, RefusesAFileWrittenByANewerBilanAndLeavesItUnchanged)
{
    {
        auto db = Database::open(path(), options());
        ASSERT_OK(db);
        QSqlQuery query((*db)->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES "
                                              "(999, 'future', '2030-01-01')")));
    }
    const QByteArray before = digest(path());
    auto db = Database::open(path(), options());
    ASSERT_FALSE(db.ok());
    EXPECT_THAT(db.message().toStdString(), HasSubstr("newer version of Bilan"));
    EXPECT_THAT(db.message().toStdString(), HasSubstr("999"));
    EXPECT_EQ(digest(path()), before);
}

TEST_F(DatabaseFileTest, RefusesAFileThatIsNotADatabase)
{
    writeFile(path(), "name,kind\nCoop,coop\n");
    const QByteArray before = digest(path());
    auto db = Database::open(path(), options());
    ASSERT_FALSE(db.ok());
    EXPECT_THAT(db.message().toStdString(), HasSubstr("not a Bilan database"));
    EXPECT_EQ(digest(path()), before);
}

TEST_F(DatabaseFileTest, RefusesAnotherProgramsSqliteDatabase)
{
    {
        RawConnection other(path());
        ASSERT_TRUE(other.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
    }
    const QByteArray before = digest(path());
    auto db = Database::open(path(), options());
    ASSERT_FALSE(db.ok());
    EXPECT_THAT(db.message().toStdString(), HasSubstr("not a Bilan database"));
    EXPECT_EQ(digest(path()), before);
}

TEST_F(DatabaseFileTest, RefusesAnEmptyFile)
{
    writeFile(path(), {});
    auto db = Database::open(path(), options());
    ASSERT_FALSE(db.ok());
    EXPECT_THAT(db.message().toStdString(), HasSubstr("empty file"));
    EXPECT_EQ(QFileInfo(path()).size(), 0);
}

TEST_F(DatabaseFileTest, RefusesADamagedFile)
{
    QByteArray bytes("SQLite format 3", 16);
    bytes.append(QByteArray(4080, '\xAB'));
    writeFile(path(), bytes);
    auto db = Database::open(path(), options());
    ASSERT_FALSE(db.ok());
    EXPECT_THAT(db.message().toStdString(), HasSubstr("damaged"));
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), bytes);
}

TEST_F(DatabaseFileTest, RefusesToWriteAReadOnlyFileButReadsIt)
{
    ASSERT_OK(Database::open(path(), options()));
    ASSERT_TRUE(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadUser));
    const QByteArray before = digest(path());

    auto writing = Database::open(path(), options());
    ASSERT_FALSE(writing.ok());
    EXPECT_THAT(writing.message().toStdString(), HasSubstr("read-only"));

    auto readOptions = options();
    readOptions.access = Database::Access::ReadOnly;
    auto reading = Database::open(path(), readOptions);
    ASSERT_OK(reading);
    EXPECT_TRUE((*reading)->isReadOnly());
    auto written = SettingsRepository(**reading).setValue(QStringLiteral("k"), QStringLiteral("v"));
    ASSERT_FALSE(written.ok());
    EXPECT_THAT(written.message().toStdString(), HasSubstr("read-only"));
    EXPECT_TRUE(written.error().storage);
    reading.value().reset();
    EXPECT_EQ(digest(path()), before);
}

TEST_F(DatabaseFileTest, AMissingFileIsNotCreatedForReading)
{
    auto readOptions = options();
    readOptions.access = Database::Access::ReadOnly;
    auto db = Database::open(path(), readOptions);
    ASSERT_FALSE(db.ok());
    EXPECT_THAT(db.message().toStdString(), HasSubstr("does not exist"));
    EXPECT_FALSE(QFileInfo::exists(path()));
}

TEST_F(DatabaseFileTest, AFolderIsNotADatabase)
{
    auto db = Database::open(m_dir.path(), options());
    ASSERT_FALSE(db.ok());
    EXPECT_THAT(db.message().toStdString(), HasSubstr("folder"));
}

TEST_F(DatabaseFileTest, GivesUpOnAFileLockedByAnotherProgramAfterTheTimeout)
{
    auto db = Database::open(path(), options(300));
    ASSERT_OK(db);
    RawConnection other(path());
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QElapsedTimer timer;
    timer.start();
    auto written = SettingsRepository(**db).setValue(QStringLiteral("k"), QStringLiteral("v"));
    ASSERT_FALSE(written.ok());
    EXPECT_GE(timer.elapsed(), 250);
    EXPECT_THAT(written.message().toStdString(), HasSubstr("in use by another program"));
    EXPECT_TRUE(written.error().storage);
    ASSERT_TRUE(other.exec(QStringLiteral("ROLLBACK")));
    EXPECT_OK(SettingsRepository(**db).setValue(QStringLiteral("k"), QStringLiteral("v")));
}

TEST_F(DatabaseFileTest, AnotherProcessHoldingTheWriteLockMakesAWriteGiveUpCleanly)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        GTEST_SKIP() << "the sqlite3 command line is not installed";
    auto db = Database::open(path(), options(300));
    ASSERT_OK(db);
    ASSERT_OK(SettingsRepository(**db).setValue(QStringLiteral("k"), QStringLiteral("before")));

    QProcess other;
    other.start(sqlite3, {path()});
    ASSERT_TRUE(other.waitForStarted());
    other.write("BEGIN EXCLUSIVE;\nUPDATE settings SET value = 'other' WHERE key = 'k';\n"
                "SELECT 'locked';\n");
    QByteArray said;
    while (!said.contains("locked") && other.waitForReadyRead(5000))
        said += other.readAllStandardOutput();
    ASSERT_TRUE(said.contains("locked")) << other.readAllStandardError().toStdString();

    auto written = SettingsRepository(**db).setValue(QStringLiteral("k"), QStringLiteral("mine"));
    ASSERT_FALSE(written.ok());
    EXPECT_THAT(written.message().toStdString(), HasSubstr("in use by another program"));
    // Readers are not blocked by the other program's write (WAL): they see the last commit.
    auto value = SettingsRepository(**db).value(QStringLiteral("k"));
    ASSERT_OK(value);
    EXPECT_EQ(*value, QStringLiteral("before"));

    other.write("ROLLBACK;\n.quit\n");
    other.closeWriteChannel();
    ASSERT_TRUE(other.waitForFinished(5000));
    EXPECT_OK(SettingsRepository(**db).setValue(QStringLiteral("k"), QStringLiteral("mine")));
}

TEST_F(DatabaseFileTest, AFileLockedWhileItNeedsMigratingIsLeftUntouched)
{
    // An empty SQLite file (a header, no tables) in rollback-journal mode, locked exclusively.
    {
        RawConnection other(path());
        ASSERT_TRUE(other.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        ASSERT_TRUE(other.exec(QStringLiteral("DROP TABLE t")));
    }
    const QByteArray before = digest(path());
    RawConnection locker(path());
    ASSERT_TRUE(locker.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    ASSERT_TRUE(locker.exec(QStringLiteral("CREATE TABLE held (x INTEGER)")));
    auto db = Database::open(path(), options(200));
    ASSERT_FALSE(db.ok());
    EXPECT_THAT(db.message().toStdString(), HasSubstr("in use by another program"));
    ASSERT_TRUE(locker.exec(QStringLiteral("ROLLBACK")));
    EXPECT_EQ(digest(path()), before);
}

TEST_F(DatabaseFileTest, BacksUpToANewFileOnly)
{
    auto db = Database::open(path(), options());
    ASSERT_OK(db);
    ASSERT_OK(SettingsRepository(**db).setValue(QStringLiteral("k"), QStringLiteral("kept")));
    const QString copy = path(QStringLiteral("copy.sqlite"));
    ASSERT_OK((*db)->backupTo(copy));
    auto refused = (*db)->backupTo(copy);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("already exists"));
    auto reopened = Database::open(copy, options());
    ASSERT_OK(reopened);
    auto value = SettingsRepository(**reopened).value(QStringLiteral("k"));
    ASSERT_OK(value);
    EXPECT_EQ(*value, QStringLiteral("kept"));
}

TEST_F(DatabaseFileTest, NestedTransactionsRollBackToTheirSavepoint)
{
    auto db = Database::open(path(), options());
    ASSERT_OK(db);
    SettingsRepository settings(**db);
    {
        Transaction outer(**db);
        ASSERT_OK(outer.begun());
        ASSERT_OK(settings.setValue(QStringLiteral("outer"), QStringLiteral("1")));
        {
            Transaction inner(**db);
            ASSERT_OK(inner.begun());
            ASSERT_OK(settings.setValue(QStringLiteral("inner"), QStringLiteral("1")));
        } // not committed: rolled back to the savepoint
        {
            Transaction kept(**db);
            ASSERT_OK(settings.setValue(QStringLiteral("kept"), QStringLiteral("1")));
            ASSERT_OK(kept.commit());
        }
        ASSERT_OK(outer.commit());
    }
    EXPECT_EQ(*settings.value(QStringLiteral("outer")), QStringLiteral("1"));
    EXPECT_EQ(*settings.value(QStringLiteral("inner"), QStringLiteral("none")),
              QStringLiteral("none"));
    EXPECT_EQ(*settings.value(QStringLiteral("kept")), QStringLiteral("1"));
    {
        Transaction dropped(**db);
        ASSERT_OK(settings.setValue(QStringLiteral("dropped"), QStringLiteral("1")));
    }
    EXPECT_EQ(*settings.value(QStringLiteral("dropped"), QStringLiteral("none")),
              QStringLiteral("none"));
}
