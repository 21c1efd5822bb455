// The real program writing its files where they can hurt: over the database through any path
// or link, to a full device, out of room half-way, and creating a database on a full disk.
// Nothing is lost, nothing half-made stays, and the message says why (issue 9, findings 1, 3, 4
// and 7).

#include "Database.h"
#include "RobustnessSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <utility>

#include <sys/stat.h>
#include <unistd.h>

using namespace bilan;
using namespace bilan::test;

namespace {

struct Outcome
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    std::string what;
};

class OutputFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("bilan.sqlite"));
        QString why;
        ASSERT_TRUE(prepareStressDatabase(m_db, &why)) << why.toStdString();
        m_csv = m_dir.filePath(QStringLiteral("organisations.csv"));
        QFile csv(m_csv);
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("name,kind\nCoop du Rucher,coop\n");
    }

    // Runs bilan through bash, after `prelude` (limits, umask).
    Outcome run(const QStringList& arguments, const QString& prelude = QStringLiteral("umask 022"))
    {
        QProcess bilan;
        bilan.setWorkingDirectory(m_dir.path());
        bilan.start(QStringLiteral("/bin/bash"),
                    QStringList{QStringLiteral("-c"),
                                prelude + QStringLiteral("; exec \"$0\" \"$@\""),
                                QStringLiteral(BILAN_EXECUTABLE)} +
                        arguments);
        Outcome outcome;
        outcome.what = arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(bilan.waitForFinished(60'000)) << outcome.what;
        outcome.crashed = bilan.exitStatus() != QProcess::NormalExit;
        outcome.exitCode = bilan.exitCode();
        outcome.out = QString::fromUtf8(bilan.readAllStandardOutput());
        outcome.err = QString::fromUtf8(bilan.readAllStandardError());
        return outcome;
    }

    // As if the disk had `kib` KiB left for each file: writes past it fail with EFBIG.
    Outcome runOutOfRoom(const QStringList& arguments, int kib)
    {
        return run(arguments, QStringLiteral("umask 022; trap '' XFSZ; ulimit -f %1").arg(kib));
    }

    QStringList report(const QString& pdf)
    {
        return {
            QStringLiteral("report"),    QStringLiteral("--db"),  m_db, QStringLiteral("--year"),
            QStringLiteral("2019-2020"), QStringLiteral("--pdf"), pdf};
    }
    QStringList exportTo(const QString& csv, const QString& kind = QStringLiteral("organisations"))
    {
        return {QStringLiteral("export"), QStringLiteral("--db"), m_db, kind, csv};
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QByteArray hashOf(const QString& path)
    {
        return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256).toHex();
    }
    static int modeOf(const QString& path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0
                   ? static_cast<int>(info.st_mode & 0777)
                   : -1;
    }
    QStringList leftovers() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("*.part"), QStringLiteral("*.creating*")},
                       QDir::Files | QDir::Hidden);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_csv;
};

TEST_F(OutputFilesTest, NoCommandWritesOverTheDatabaseWhateverPathLeadsThere)
{
    const QString link = m_dir.filePath(QStringLiteral("x.pdf"));
    ASSERT_TRUE(QFile::link(m_db, link));
    const QString walLink = m_dir.filePath(QStringLiteral("log.csv"));
    ASSERT_TRUE(QFile::link(m_db + QStringLiteral("-wal"), walLink));
    const QString hardLink = m_dir.filePath(QStringLiteral("hard.pdf"));
    ASSERT_EQ(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(hardLink).constData()),
              0);
    const QStringList targets{m_db,
                              m_dir.path() + QStringLiteral("/./bilan.sqlite"),
                              link,
                              hardLink,
                              m_db + QStringLiteral("-wal"),
                              m_db + QStringLiteral("-shm"),
                              m_db + QStringLiteral("-journal"),
                              walLink};
    const QByteArray before = hashOf(m_db);
    for (const QString& target : targets) {
        for (const QStringList& arguments : {report(target), exportTo(target)}) {
            const Outcome outcome = run(arguments);
            EXPECT_FALSE(outcome.crashed) << outcome.what;
            EXPECT_EQ(outcome.exitCode, 1) << outcome.what << ": " << outcome.out.toStdString();
            EXPECT_TRUE(outcome.err.contains(QStringLiteral("database")))
                << outcome.err.toStdString();
            EXPECT_EQ(hashOf(m_db), before) << outcome.what << " changed the database";
            EXPECT_FALSE(bytesOf(target).startsWith("%PDF")) << outcome.what;
        }
    }
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();

    // The demo writes a database: never into this one, nor where SQLite keeps its log.
    for (const QString& target : {link, m_db + QStringLiteral("-wal"), walLink}) {
        const Outcome outcome = run({QStringLiteral("demo"), QStringLiteral("--db"), target});
        EXPECT_EQ(outcome.exitCode, 1) << outcome.what << ": " << outcome.out.toStdString();
        EXPECT_EQ(hashOf(m_db), before) << outcome.what << " changed the database";
        if (target != link) {
            EXPECT_FALSE(OutputFilesTest::bytesOf(target).startsWith("SQLite format 3"))
                << outcome.what;
        }
    }
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();
    auto database = Database::open(m_db);
    ASSERT_TRUE(database.ok()) << database.message().toStdString();
    EXPECT_EQ(checkIntegrity(**database), QStringLiteral("ok"));
}

bool isCharacterDevice(const char* path)
{
    struct stat info = {};
    return ::stat(path, &info) == 0 && S_ISCHR(info.st_mode);
}

TEST_F(OutputFilesTest, AFullDeviceIsAFailureThatSaysSo)
{
    if (!isCharacterDevice("/dev/full"))
        GTEST_SKIP() << "no /dev/full device here";
    for (const QStringList& arguments :
         {report(QStringLiteral("/dev/full")), exportTo(QStringLiteral("/dev/full"))}) {
        const Outcome outcome = run(arguments);
        EXPECT_FALSE(outcome.crashed) << outcome.what;
        EXPECT_EQ(outcome.exitCode, 1) << outcome.what << ": " << outcome.out.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("disk is full")))
            << outcome.err.toStdString();
        EXPECT_TRUE(outcome.out.isEmpty()) << outcome.out.toStdString();
        // Run as root, a rename "into place" would have replaced the device with a file.
        ASSERT_TRUE(isCharacterDevice("/dev/full")) << outcome.what << " replaced /dev/full";
    }
}

TEST_F(OutputFilesTest, APipeIsWrittenThroughAndStaysAPipe)
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.pdf"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    ASSERT_TRUE(reader.waitForStarted());
    // The guard must not open the pipe to read it: that would wait for a writer forever.
    const Outcome outcome = run(report(fifo));
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    ASSERT_TRUE(reader.waitForFinished(60'000));
    EXPECT_TRUE(reader.readAllStandardOutput().startsWith("%PDF"));
    struct stat info = {};
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
}

TEST_F(OutputFilesTest, AWriteThatRunsOutOfRoomLeavesTheOlderFileAsItWas)
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_EQ(run(report(pdf)).exitCode, 0);
    const QByteArray olderReport = bytesOf(pdf);
    ASSERT_TRUE(olderReport.startsWith("%PDF"));
    const QString csv = m_dir.filePath(QStringLiteral("organisations-out.csv"));
    QFile older(csv);
    ASSERT_TRUE(older.open(QIODevice::WriteOnly));
    older.write("an older export\n");
    older.close();

    // Held open here, the database keeps its shared-memory file: the child needs no room for
    // it, and the only file that grows is the one written.
    auto database = Database::open(m_db);
    ASSERT_TRUE(database.ok()) << database.message().toStdString();
    // A report stops after its first 4 KiB; this small export at its first byte.
    for (const auto& [arguments, kib] : {std::pair{report(pdf), 4}, std::pair{exportTo(csv), 0}}) {
        const Outcome outcome = runOutOfRoom(arguments, kib);
        EXPECT_FALSE(outcome.crashed) << outcome.what;
        EXPECT_EQ(outcome.exitCode, 1) << outcome.what << ": " << outcome.out.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("disk is full")))
            << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("left as it was")))
            << outcome.err.toStdString();
    }
    EXPECT_EQ(bytesOf(pdf), olderReport);
    EXPECT_EQ(bytesOf(csv), QByteArray("an older export\n"));
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();

    // With room again, both are replaced.
    EXPECT_EQ(run(exportTo(csv)).exitCode, 0);
    EXPECT_TRUE(bytesOf(csv).contains("Rucher"));
}

TEST_F(OutputFilesTest, FilesThatNamePeopleAreOwnerOnlyFromTheStart)
{
    const QString experts = m_dir.filePath(QStringLiteral("experts.csv"));
    const Outcome exported = run(exportTo(experts, QStringLiteral("experts")));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(bytesOf(experts).contains(StressExpert.toUtf8()));
    EXPECT_EQ(modeOf(experts), 0600);

    // An older world-readable file is replaced by an owner-only one.
    const QString hours = m_dir.filePath(QStringLiteral("hours.csv"));
    QFile older(hours);
    ASSERT_TRUE(older.open(QIODevice::WriteOnly));
    older.close();
    ASSERT_EQ(::chmod(QFile::encodeName(hours).constData(), 0644), 0);
    ASSERT_EQ(run(exportTo(hours, QStringLiteral("hours"))).exitCode, 0);
    EXPECT_EQ(modeOf(hours), 0600);

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_EQ(run(report(pdf)).exitCode, 0);
    EXPECT_EQ(modeOf(pdf), 0600);
}

TEST_F(OutputFilesTest, ACreationThatRunsOutOfRoomLeavesNothingAndSaysTheDiskIsFull)
{
    const QString created = m_dir.filePath(QStringLiteral("new.sqlite"));
    const QStringList import{QStringLiteral("import"), QStringLiteral("--db"), created,
                             QStringLiteral("organisations"), m_csv};
    // From a file that cannot take a page to one that holds the schema but not its log.
    for (int kib : {1, 16, 64, 128, 160, 176}) {
        const Outcome outcome = runOutOfRoom(import, kib);
        EXPECT_FALSE(outcome.crashed) << kib << " KiB";
        if (outcome.exitCode == 0)
            continue; // enough room after all: nothing to check
        EXPECT_EQ(outcome.exitCode, 1) << kib << " KiB";
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("disk"))) << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(QStringLiteral("full"))) << outcome.err.toStdString();
        EXPECT_FALSE(outcome.err.contains(QStringLiteral(".creating")))
            << outcome.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(created)) << kib << " KiB";
        EXPECT_TRUE(leftovers().isEmpty())
            << kib << " KiB: " << leftovers().join(u' ').toStdString();
        for (const QString& suffix :
             {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            EXPECT_FALSE(QFileInfo::exists(created + suffix))
                << kib << " KiB " << suffix.toStdString();
    }
    const Outcome again = run(import);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    auto database = Database::open(created);
    ASSERT_TRUE(database.ok()) << database.message().toStdString();
    EXPECT_EQ(checkIntegrity(**database), QStringLiteral("ok"));
}

// A real full file system, as the trial met it: the log fits, the file it is copied into on
// closing does not. Needs a private mount namespace (unshare), else skipped.
TEST_F(OutputFilesTest, ACreationOnAFullFileSystemLeavesNothingAndTheNextTryWorks)
{
    const QString mount = m_dir.filePath(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(mount));
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=1m tmpfs \"$1\" 2>/dev/null || exit 77\n"
        "cd \"$1\"\n"
        "for left in 40 120 200 300 360; do\n"
        "  rm -f ./* ./.[!.]*\n"
        "  head -c $((1024 - left))k /dev/zero > filler\n"
        "  \"$2\" import --db new.sqlite organisations \"$3\" >/dev/null 2>err\n"
        "  echo \"left=$left exit=$? files=$(ls -A | grep -v -x -e filler -e err | tr '\\n' ' "
        "')\"\n"
        "  grep -q 'disk' err && grep -q 'full' err && echo \"left=$left said full\"\n"
        "  rm -f filler\n"
        "  \"$2\" import --db new.sqlite organisations \"$3\" >/dev/null 2>&1\n"
        "  echo \"left=$left retry=$?\"\n"
        "done\n");
    QProcess shell;
    shell.start(QStringLiteral("unshare"),
                {QStringLiteral("-rm"), QStringLiteral("/bin/bash"), QStringLiteral("-c"), script,
                 QStringLiteral("bash"), mount, QStringLiteral(BILAN_EXECUTABLE), m_csv});
    ASSERT_TRUE(shell.waitForFinished(120'000));
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() == 77 ||
        shell.error() == QProcess::FailedToStart)
        GTEST_SKIP() << "no private tmpfs mount here: "
                     << shell.readAllStandardError().toStdString();
    const QStringList lines = QString::fromUtf8(shell.readAllStandardOutput()).split(u'\n');
    int failures = 0;
    for (const QString& line : lines) {
        if (!line.contains(QStringLiteral(" exit=")) || line.contains(QStringLiteral(" exit=0")))
            continue;
        ++failures;
        const QString left = line.section(u' ', 0, 0);
        EXPECT_TRUE(line.endsWith(QStringLiteral("files=")))
            << "left behind: " << line.toStdString();
        EXPECT_TRUE(lines.contains(left + QStringLiteral(" said full"))) << line.toStdString();
    }
    EXPECT_GT(failures, 0) << "no creation ran out of room: " << lines.join(u'\n').toStdString();
    for (const QString& line : lines) {
        if (line.contains(QStringLiteral(" retry="))) {
            EXPECT_TRUE(line.endsWith(QStringLiteral("retry=0"))) << line.toStdString();
        }
    }
}

} // namespace
