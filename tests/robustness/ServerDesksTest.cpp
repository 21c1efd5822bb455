// Several desks on a PostgreSQL server, with real processes: two writers saving 1 000 entries
// each, and an import whose connection the server cuts half-way. Server run only (the file's
// equivalents are TwoWritersTest and CrashSafetyTest).

#include "Database.h"
#include "OrganisationRepository.h"
#include "RobustnessSupport.h"
#include "ServerDatabase.h"
#include "SqlSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

qint64 countOf(Database& database, const QString& statement)
{
    auto value = sql::scalar(database, statement);
    return value ? value->toLongLong() : -1;
}

#define BILAN_SERVER_ONLY()                                                                        \
    do {                                                                                           \
        if (!::bilan::test::onServer())                                                            \
            GTEST_SKIP() << "about a server; the file's own test is TwoWritersTest";               \
    } while (0)

} // namespace

TEST(ServerDesksTest, TwoProcessesEachAddAThousandEntriesOnAServer)
{
    BILAN_SERVER_ONLY();
    constexpr int PerWriter = 1000;
    ServerDatabase server;
    QString why;
    ASSERT_TRUE(prepareStressDatabase(server.address(), &why)) << why.toStdString();

    QElapsedTimer timer;
    timer.start();
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(BILAN_STRESS_WRITER),
            {server.address(), QStringLiteral("single"), QString::number(PerWriter),
             QStringLiteral("A"), QStringLiteral("2001-01-01")});
    b.start(QStringLiteral(BILAN_STRESS_WRITER),
            {server.address(), QStringLiteral("single"), QString::number(PerWriter),
             QStringLiteral("B"), QStringLiteral("2010-01-01")});
    ASSERT_TRUE(a.waitForStarted(5000));
    ASSERT_TRUE(b.waitForStarted(5000));
    ASSERT_TRUE(a.waitForFinished(120'000));
    ASSERT_TRUE(b.waitForFinished(120'000));
    const qint64 elapsed = timer.elapsed();
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();

    auto database = Database::open(server.address());
    ASSERT_TRUE(database.ok()) << database.message().toStdString();
    EXPECT_EQ(countOf(**database, QStringLiteral("SELECT COUNT(*) FROM service_entries")),
              2 * PerWriter);
    EXPECT_EQ(countOf(**database, QStringLiteral("SELECT COUNT(*) FROM service_entries "
                                                 "WHERE note LIKE 'A #%'")),
              PerWriter);
    std::printf("[ measured ] 2 x %d entries, one transaction each, on the server: %lld ms\n",
                PerWriter, static_cast<long long>(elapsed));
}

// The server cuts the import's connection while its write transaction is open (the way a
// restart or a network cut would): nothing of the file is written, the program says the
// connection was lost, and the next desk to open the database, or a desk whose idle
// connection was cut, carries on.
TEST(ServerDesksTest, AnImportCutOffHalfWayWritesNothingAndTheDesksCarryOn)
{
    BILAN_SERVER_ONLY();
    ServerDatabase server;
    QString why;
    ASSERT_TRUE(prepareStressDatabase(server.address(), &why)) << why.toStdString();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("hours.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QTextStream out(&file);
        out << "date,expert,organisation,duration,note\n";
        // Ten quarter hours a day over 27 years: 100 000 rows within the day limit.
        const QDate first(2000, 1, 1);
        for (int i = 0; i < 100'000; ++i)
            out << first.addDays(i / 10).toString(Qt::ISODate) << ',' << StressExpert << ','
                << StressOrganisation << ",15min,row " << i << '\n';
    }

    // The administrator's view of the server, and an idle desk.
    auto watch = Database::open(server.address());
    ASSERT_TRUE(watch.ok()) << watch.message().toStdString();
    auto desk = Database::open(server.address());
    ASSERT_TRUE(desk.ok()) << desk.message().toStdString();
    const qint64 deskPid = countOf(**desk, QStringLiteral("SELECT pg_backend_pid()"));

    // pg_locks shows the whole cluster, where other tests write at the same time: the writer is
    // the one holding Bilan's lock in this database.
    // Another desk holds the organisation's row (FOR UPDATE) in an open transaction: the
    // import takes Bilan's write lock, reads and checks the file, and its first insert then
    // waits on that row inside its own transaction, where it is cut. Waiting on a lock makes
    // the moment certain, however fast the machine.
    auto blocker = Database::open(server.address());
    ASSERT_TRUE(blocker.ok()) << blocker.message().toStdString();
    QSqlQuery hold((*blocker)->connection());
    ASSERT_TRUE(hold.exec(QStringLiteral("BEGIN")));
    ASSERT_TRUE(hold.exec(QStringLiteral("SELECT id FROM organisations FOR UPDATE")));

    QProcess import;
    import.start(QStringLiteral(BILAN_EXECUTABLE),
                 {QStringLiteral("import"), QStringLiteral("--db"), server.address(),
                  QStringLiteral("hours"), csv});
    ASSERT_TRUE(import.waitForStarted(5000));
    qint64 writer = 0;
    QElapsedTimer timer;
    timer.start();
    while (writer <= 0 && timer.elapsed() < 60'000 && import.state() == QProcess::Running) {
        writer = countOf(**watch, QStringLiteral("SELECT COALESCE(MAX(w.pid), 0) FROM pg_locks w "
                                                 "JOIN pg_locks a ON a.pid = w.pid AND "
                                                 "a.locktype = 'advisory' AND a.granted AND "
                                                 "a.database = (SELECT oid FROM pg_database "
                                                 "WHERE datname = current_database()) "
                                                 "WHERE NOT w.granted"));
        if (writer <= 0)
            QThread::msleep(10);
    }
    ASSERT_GT(writer, 0) << "the import was never seen writing: "
                         << import.readAllStandardError().toStdString();
    auto cut = sql::run(**watch, QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                                "pg_stat_activity WHERE datname = "
                                                "current_database() AND pid <> pg_backend_pid()"));
    ASSERT_TRUE(cut.ok()) << cut.message().toStdString();
    ASSERT_TRUE(import.waitForFinished(60'000));
    const QString errors = QString::fromUtf8(import.readAllStandardError());
    EXPECT_EQ(import.exitCode(), 1) << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("was lost; nothing was changed")))
        << errors.toStdString();
    EXPECT_FALSE(errors.contains(QStringLiteral("FATAL"))) << errors.toStdString();
    EXPECT_EQ(countOf(**watch, QStringLiteral("SELECT COUNT(*) FROM service_entries")), 0);

    // A new desk opens the database; the desk whose connection was cut while idle reconnects
    // by itself on its next read.
    auto again = Database::open(server.address());
    ASSERT_TRUE(again.ok()) << again.message().toStdString();
    EXPECT_EQ(countOf(**again, QStringLiteral("SELECT COUNT(*) FROM service_entries")), 0);
    auto organisations = OrganisationRepository(**desk).all();
    ASSERT_TRUE(organisations.ok()) << organisations.message().toStdString();
    EXPECT_EQ(organisations->size(), 1);
    EXPECT_NE(countOf(**desk, QStringLiteral("SELECT pg_backend_pid()")), deskPid);
}
