// The one guard and the one way of writing files (issue 9, findings 1, 3, 4 and 7): never over
// the database whatever path leads there, all or nothing, owner-only, and a failure that says
// why. A full disk is played by RLIMIT_FSIZE: past the limit, a write fails with EFBIG.

#include "OutputFile.h"
#include "CsvExporter.h"
#include "ExpertRepository.h"
#include "Migrations.h"
#include "OutputTarget.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

// While it lives, no file of this process may grow past `bytes`, as on a disk that is full.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved = {};
    void (*m_handler)(int) = SIG_DFL;
};

class OutputFileTest : public DatabaseTest
{
protected:
    QString path(const QString& name) const { return QDir(m_test.folder()).filePath(name); }

    static QByteArray bytesOf(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static int modeOf(const QString& file)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(file).constData(), &info) == 0
                   ? static_cast<int>(info.st_mode & 0777)
                   : -1;
    }
    static Status writeThrough(const QString& target, const QString& database,
                               const QByteArray& bytes)
    {
        OutputFile file(target, database);
        if (auto begun = file.begin(); !begun)
            return begun;
        file.write(bytes);
        return file.commit();
    }
    QStringList leftovers() const
    {
        return QDir(m_test.folder())
            .entryList({QStringLiteral("*.part"), QStringLiteral("*.creating*")},
                       QDir::Files | QDir::Hidden);
    }
};

TEST_F(OutputFileTest, TheGuardRefusesTheDatabaseAndItsFilesWhateverPathLeadsThere)
{
    const QString database = m_test.path();
    ASSERT_TRUE(QFile::link(database, path(QStringLiteral("x.pdf"))));
    ASSERT_TRUE(QFile::link(database + QStringLiteral("-wal"), path(QStringLiteral("log.csv"))));
    ASSERT_TRUE(QFile::link(path(QStringLiteral("x.pdf")), path(QStringLiteral("y.pdf"))));
    ASSERT_EQ(::link(QFile::encodeName(database).constData(),
                     QFile::encodeName(path(QStringLiteral("hard.pdf"))).constData()),
              0);
    QStringList targets{database,
                        m_test.folder() + QStringLiteral("/./test.sqlite"),
                        m_test.folder() + QStringLiteral("/../") +
                            QFileInfo(m_test.folder()).fileName() + QStringLiteral("/test.sqlite"),
                        path(QStringLiteral("x.pdf")),
                        path(QStringLiteral("y.pdf")),
                        path(QStringLiteral("hard.pdf")),
                        path(QStringLiteral("log.csv"))};
    for (const QString& suffix : OutputTarget::companionSuffixes())
        targets << database + suffix;
    const QByteArray before = bytesOf(database);
    for (const QString& target : targets) {
        const Status refused = OutputTarget::check(target, database);
        ASSERT_FALSE(refused.ok()) << target.toStdString();
        EXPECT_THAT(refused.message().toStdString(), HasSubstr("database"));
        EXPECT_EQ(refused.error().field, QStringLiteral("file"));
        EXPECT_FALSE(writeThrough(target, database, "%PDF-1.4 not a database").ok())
            << target.toStdString();
        // With no database named, the file is still known for one.
        EXPECT_FALSE(OutputTarget::check(target, {}).ok()) << target.toStdString();
    }
    EXPECT_EQ(bytesOf(database), before);
    EXPECT_TRUE(QFileInfo(path(QStringLiteral("x.pdf"))).isSymLink());
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();

    EXPECT_OK(OutputTarget::check(path(QStringLiteral("report.pdf")), database));
    writeFile(path(QStringLiteral("notes.txt")), "text");
    EXPECT_OK(OutputTarget::check(path(QStringLiteral("notes.txt")), database));
    EXPECT_FALSE(OutputTarget::checkNewDatabase(database + QStringLiteral("-wal")).ok());
    EXPECT_FALSE(OutputTarget::checkNewDatabase(path(QStringLiteral("log.csv"))).ok());
    EXPECT_OK(OutputTarget::checkNewDatabase(path(QStringLiteral("other.sqlite"))));
}

TEST_F(OutputFileTest, WritesOwnerOnlyFilesThroughATemporaryFileAndLinks)
{
    const mode_t saved = ::umask(022);
    const QString fresh = path(QStringLiteral("fresh.csv"));
    EXPECT_OK(writeThrough(fresh, m_test.path(), "new\n"));
    EXPECT_EQ(bytesOf(fresh), QByteArray("new\n"));
    EXPECT_EQ(modeOf(fresh), 0600);

    const QString older = path(QStringLiteral("older.csv"));
    writeFile(older, "older\n");
    ASSERT_EQ(::chmod(QFile::encodeName(older).constData(), 0644), 0);
    const QString link = path(QStringLiteral("link.csv"));
    ASSERT_TRUE(QFile::link(older, link));
    EXPECT_OK(writeThrough(link, m_test.path(), "replaced\n"));
    EXPECT_EQ(bytesOf(older), QByteArray("replaced\n"));
    EXPECT_EQ(modeOf(older), 0600);
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    ::umask(saved);
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();
}

TEST_F(OutputFileTest, AFailedWriteLeavesTheOlderFileAndSaysWhy)
{
    const QString older = path(QStringLiteral("report.pdf"));
    const QByteArray olderBytes(10'000, 'o');
    writeFile(older, olderBytes);
    {
        const FileSizeLimit full(4096);
        const Status failed = writeThrough(older, m_test.path(), QByteArray(200'000, 'n'));
        ASSERT_FALSE(failed.ok());
        EXPECT_THAT(failed.message().toStdString(), HasSubstr("disk is full"));
        EXPECT_THAT(failed.message().toStdString(), HasSubstr("left as it was"));
    }
    EXPECT_EQ(bytesOf(older), olderBytes);
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();

    // A device cannot be renamed onto: it is written directly, and its failure said.
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        const Status full = writeThrough(QStringLiteral("/dev/full"), m_test.path(), "bytes");
        ASSERT_FALSE(full.ok());
        EXPECT_THAT(full.message().toStdString(), HasSubstr("disk is full"));
    }
    const Status missing =
        writeThrough(path(QStringLiteral("no/such/folder/out.csv")), m_test.path(), "x");
    ASSERT_FALSE(missing.ok());
    EXPECT_THAT(missing.message().toStdString(), HasSubstr("does not exist"));

    // A loop of links is refused, not replaced by a file.
    ASSERT_TRUE(QFile::link(path(QStringLiteral("loop-a")), path(QStringLiteral("loop-b"))));
    ASSERT_TRUE(QFile::link(path(QStringLiteral("loop-b")), path(QStringLiteral("loop-a"))));
    EXPECT_FALSE(writeThrough(path(QStringLiteral("loop-a")), m_test.path(), "x").ok());
    EXPECT_TRUE(QFileInfo(path(QStringLiteral("loop-a"))).isSymLink());
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();
}

TEST_F(OutputFileTest, ABackupIsOwnerOnlyNeverOverTheDatabaseAndNeverHalfMade)
{
    const mode_t saved = ::umask(022);
    const QString copy = path(QStringLiteral("copy.sqlite"));
    ASSERT_OK(db().backupTo(copy));
    EXPECT_EQ(modeOf(copy), 0600);
    ::umask(saved);
    EXPECT_TRUE(OutputTarget::isSqliteFile(copy));

    ASSERT_TRUE(QFile::link(m_test.path(), path(QStringLiteral("link.sqlite"))));
    ASSERT_TRUE(
        QFile::link(m_test.path() + QStringLiteral("-wal"), path(QStringLiteral("wal.sqlite"))));
    for (const QString& target :
         {m_test.path(), path(QStringLiteral("link.sqlite")),
          m_test.path() + QStringLiteral("-wal"), m_test.path() + QStringLiteral("-journal"),
          path(QStringLiteral("wal.sqlite"))}) {
        const Status refused = db().backupTo(target);
        ASSERT_FALSE(refused.ok()) << target.toStdString();
    }

    const QString tooBig = path(QStringLiteral("too-big.sqlite"));
    {
        const FileSizeLimit full(8192);
        const Status failed = db().backupTo(tooBig);
        ASSERT_FALSE(failed.ok());
        EXPECT_THAT(failed.message().toStdString(), HasSubstr("disk is full"));
    }
    EXPECT_FALSE(QFileInfo::exists(tooBig));
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();
    m_test.reopen();
}

TEST_F(OutputFileTest, ACreationWithoutRoomLeavesNothingAndTheNextTryWorks)
{
    const QString created = path(QStringLiteral("new.sqlite"));
    for (rlim_t limit : {rlim_t(1024), rlim_t(16 * 1024), rlim_t(100 * 1024), rlim_t(170 * 1024)}) {
        {
            const FileSizeLimit full(limit);
            auto refused = Database::open(created);
            ASSERT_FALSE(refused.ok()) << limit;
            EXPECT_THAT(refused.message().toStdString(), HasSubstr("disk"));
            EXPECT_THAT(refused.message().toStdString(), HasSubstr("full"));
            EXPECT_THAT(refused.message().toStdString(), ::testing::Not(HasSubstr(".creating")));
        }
        for (const QString& file : OutputTarget::databaseFiles(created))
            EXPECT_FALSE(QFileInfo::exists(file)) << limit << ": " << file.toStdString();
    }
    auto database = Database::open(created);
    ASSERT_TRUE(database.ok()) << database.message().toStdString();
    EXPECT_EQ(modeOf(created), 0600);
}

TEST_F(OutputFileTest, EveryExportIsOwnerOnly)
{
    Expert expert;
    expert.name = QStringLiteral("Ann Roy");
    expert.role = ExpertRole::Professional;
    expert.gender = Gender::F;
    expert.birthYear = 1966;
    expert.started = QDate(2019, 4, 1);
    ASSERT_OK(ExpertRepository(db()).add(expert));
    const mode_t saved = ::umask(022);
    for (CsvKind kind : CsvFormat::kinds()) {
        const QString file = path(CsvFormat::key(kind) + QStringLiteral(".csv"));
        ASSERT_OK(CsvExporter(db()).exportFile(kind, file));
        EXPECT_EQ(modeOf(file), 0600) << CsvFormat::key(kind).toStdString();
    }
    ::umask(saved);
    EXPECT_TRUE(bytesOf(path(QStringLiteral("experts.csv"))).contains("1966"));
    const auto refused = CsvExporter(db()).exportFile(CsvKind::Experts, m_test.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("database's own file"));
}

TEST_F(OutputFileTest, TheCopyTakenBeforeAMigrationIsOwnerOnly)
{
    const QString file = path(QStringLiteral("older.sqlite"));
    const std::vector<Migration> first{migrations().front()};
    Database::Options older;
    older.migrations = &first;
    ASSERT_OK(Database::open(file, older));
    std::vector<Migration> later = first;
    later.push_back({2, "test step", {QStringLiteral("CREATE TABLE extra (x INTEGER)")}});
    Database::Options newer;
    newer.migrations = &later;
    const mode_t saved = ::umask(022);
    auto upgraded = Database::open(file, newer);
    ::umask(saved);
    ASSERT_OK(upgraded);
    const QString backup = (*upgraded)->migrationBackupPath();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_EQ(modeOf(backup), 0600);
    EXPECT_TRUE(OutputTarget::isSqliteFile(backup));
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();
}

TEST_F(OutputFileTest, ALogLeftByADeletedDatabaseIsNotReplayedIntoANewOne)
{
    // Another database's log, holding its latest pages, under the name of the one to create.
    ASSERT_OK(SettingsRepository(db()).setValue(QStringLiteral("marker"), QStringLiteral("other")));
    const QString wal = m_test.path() + QStringLiteral("-wal");
    ASSERT_GT(QFileInfo(wal).size(), 0);
    const QString created = path(QStringLiteral("new.sqlite"));
    ASSERT_TRUE(QFile::copy(wal, created + QStringLiteral("-wal")));

    auto database = Database::open(created);
    ASSERT_OK(database);
    auto marker = SettingsRepository(**database).value(QStringLiteral("marker"));
    ASSERT_OK(marker);
    EXPECT_EQ(*marker, QString());
}

TEST_F(OutputFileTest, ALeftoverLogThatCannotBeRemovedIsSaidAndNothingIsCreated)
{
    // A folder under the log's name: removing it as a file fails, even for root.
    const QString created = path(QStringLiteral("new.sqlite"));
    ASSERT_TRUE(QDir().mkdir(created + QStringLiteral("-wal")));

    auto database = Database::open(created);
    ASSERT_FALSE(database.ok());
    EXPECT_THAT(database.message().toStdString(), HasSubstr("cannot be removed"));
    EXPECT_THAT(database.message().toStdString(), HasSubstr("new.sqlite-wal"));
    EXPECT_FALSE(QFileInfo::exists(created));
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();
}

} // namespace
