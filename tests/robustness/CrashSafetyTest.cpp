// Children importing or saving entries are killed with SIGKILL at random moments; after each
// kill the file must pass SQLite's integrity check, an import must be wholly present or wholly
// absent, and the entries saved one by one must be whole and in order.

#include "Database.h"
#include "RobustnessSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <gtest/gtest.h>

#include <cstdio>

using namespace bilan;
using namespace bilan::test;

namespace {

constexpr int Rounds = 200;
constexpr int RowsPerImport = 400;
constexpr int EntriesSavedOneByOne = 150;

enum class Victim
{
    CommandLineImport, // `bilan import hours FILE`: one transaction for the file
    BatchWriter,       // one transaction of RowsPerImport entries through the repository
    SingleSaves        // one transaction per entry, as the Hours page saves
};

// Each round writes to days of its own slot, so that no expert's day passes 24 h however many
// rounds complete: 40 slots of RowsPerImport days, each day reused by at most 5 rounds.
QDate firstDayOf(int round)
{
    return QDate(2001, 1, 1).addDays((round % 40) * RowsPerImport);
}

QString tagOf(int round)
{
    return QStringLiteral("round %1").arg(round);
}

bool writeImportFile(const QString& path, int round)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    out << "date,expert,organisation,duration,note\n";
    for (int i = 0; i < RowsPerImport; ++i)
        out << firstDayOf(round).addDays(i).toString(Qt::ISODate) << ',' << StressExpert << ','
            << StressOrganisation << ",0:30," << tagOf(round) << " #" << i << '\n';
    return true;
}

class CrashSafetyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QString why;
        ASSERT_TRUE(prepareStressDatabase(databasePath(), &why)) << why.toStdString();
    }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("crash.sqlite")); }

    // Starts the victim of `round`, kills it after `killAfterMs` (unless it ended), and says
    // whether it had finished on its own.
    bool runAndKill(Victim victim, int round, int killAfterMs)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        const QString count =
            QString::number(victim == Victim::SingleSaves ? EntriesSavedOneByOne : RowsPerImport);
        if (victim == Victim::CommandLineImport) {
            const QString file = m_dir.filePath(QStringLiteral("round.csv"));
            EXPECT_TRUE(writeImportFile(file, round));
            child.start(QStringLiteral(BILAN_EXECUTABLE),
                        {QStringLiteral("import"), QStringLiteral("hours"), file,
                         QStringLiteral("--db"), databasePath()});
        } else {
            child.start(
                QStringLiteral(BILAN_STRESS_WRITER),
                {databasePath(),
                 victim == Victim::BatchWriter ? QStringLiteral("batch") : QStringLiteral("single"),
                 count, tagOf(round), firstDayOf(round).toString(Qt::ISODate)});
        }
        EXPECT_TRUE(child.waitForStarted(5000));
        if (child.waitForFinished(killAfterMs)) {
            EXPECT_EQ(child.exitCode(), 0) << child.readAll().toStdString();
            return true;
        }
        child.kill(); // SIGKILL: no destructor, no rollback, no flush
        child.waitForFinished(5000);
        return false;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CrashSafetyTest, KilledWritersLeaveAWholeDatabaseAndWholeImports)
{
    // How long an undisturbed import takes, so that the kills land anywhere from the start of
    // the process to just after its commit.
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(runAndKill(Victim::CommandLineImport, 0, 60'000));
    const int importMs = std::max<int>(20, static_cast<int>(timer.elapsed()));
    timer.restart();
    ASSERT_TRUE(runAndKill(Victim::SingleSaves, 1, 60'000));
    const int savesMs = std::max<int>(20, static_cast<int>(timer.elapsed()));

    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE("seed " + std::to_string(seed));
    QRandomGenerator random(seed);
    int killed = 0;
    int importsWhole = 0;
    int importsAbsent = 0;
    int partialSaves = 0;
    for (int round = 2; round < Rounds + 2; ++round) {
        const auto victim = static_cast<Victim>(random.bounded(3));
        const int span = victim == Victim::SingleSaves ? savesMs : importMs;
        const int killAfter = static_cast<int>(random.bounded(span + span / 5 + 1));
        const bool finished = runAndKill(victim, round, killAfter);
        killed += finished ? 0 : 1;

        auto reopened = Database::open(databasePath());
        ASSERT_TRUE(reopened.ok()) << "round " << round << ": " << reopened.message().toStdString();
        ASSERT_EQ(checkIntegrity(**reopened).toStdString(), "ok") << "round " << round;
        QStringList broken;
        const QList<int> present =
            entriesTagged(**reopened, tagOf(round), firstDayOf(round), &broken);
        ASSERT_TRUE(broken.isEmpty())
            << "round " << round << ": " << broken.join(", ").toStdString();
        if (victim == Victim::SingleSaves) {
            // Saved one by one, in order: what is there is the first N, each whole.
            for (int i = 0; i < present.size(); ++i)
                ASSERT_EQ(present.at(i), i) << "round " << round;
            partialSaves += present.size() > 0 && present.size() < EntriesSavedOneByOne ? 1 : 0;
            if (finished) {
                ASSERT_EQ(present.size(), EntriesSavedOneByOne) << "round " << round;
            }
        } else {
            ASSERT_TRUE(present.isEmpty() || present.size() == RowsPerImport)
                << "round " << round << ": " << present.size() << " of " << RowsPerImport
                << " rows of one import are present";
            (present.isEmpty() ? importsAbsent : importsWhole) += 1;
            if (finished) {
                ASSERT_EQ(present.size(), RowsPerImport) << "round " << round;
            }
        }
    }
    // The kills must really have interrupted work, not only found finished children.
    EXPECT_GT(killed, Rounds / 3);
    std::printf("%d of %d children killed; imports found whole %d times, absent %d times; "
                "saves stopped part-way %d times\n",
                killed, Rounds, importsWhole, importsAbsent, partialSaves);
}
