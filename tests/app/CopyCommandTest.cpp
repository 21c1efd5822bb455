// `bilan copy`: the demo copied onto the test's database (the server in the PostgreSQL run, a
// file otherwise) and back into a new file gives the same figures for every fiscal year; what
// it refuses, it refuses with exit status 1 and a reason, and nothing written.

#include "CommandTest.h"
#include "Database.h"
#include "DemoCommand.h"
#include "MainWindow.h"
#include "OrganisationRepository.h"
#include "PrivateSettings.h"
#include "WindowLauncher.h"

#include <QFileInfo>
#include <QStatusBar>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

namespace {

class CopyCommandTest : public CommandTest
{
protected:
    // A small source: one organisation, imported.
    QString source()
    {
        const QString db = path(QStringLiteral("source.sqlite"));
        const QString csv = write(QStringLiteral("orgs.csv"), "name,kind\nCoop du Rucher,coop\n");
        EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), db,
                       QStringLiteral("organisations"), csv}),
                  0)
            << err();
        return db;
    }

    // `bilan figures --json` of every fiscal year of the demo, and of the one on each side.
    QStringList everyYearsFigures(const QString& db)
    {
        QStringList all;
        for (int year = 2014; year <= 2025; ++year) {
            const QString named = QStringLiteral("%1-%2").arg(year).arg(year + 1);
            EXPECT_EQ(run({QStringLiteral("figures"), QStringLiteral("--db"), db,
                           QStringLiteral("--year"), named, QStringLiteral("--json")}),
                      0)
                << err();
            all << m_out;
        }
        return all;
    }
};

TEST_F(CopyCommandTest, TheDemoCopiedThereAndBackHasTheSameFiguresForEveryYear)
{
    const QString demo = path(QStringLiteral("demo.sqlite"));
    ASSERT_EQ(run({QStringLiteral("--db"), demo}, &DemoCommand::run), 0) << err();
    const QStringList before = everyYearsFigures(demo);
    ASSERT_EQ(before.size(), 12);
    EXPECT_THAT(before.at(5).toStdString(), HasSubstr("\"fiscal_year\": \"2019-2020\""));
    EXPECT_THAT(before.at(5).toStdString(), HasSubstr("\"minutes_rendered\": 4506000"));

    // A desk's file onto the server (onto another file in the file run)…
    ASSERT_EQ(run({QStringLiteral("copy"), QStringLiteral("--db"), demo, m_db}), 0) << err();
    EXPECT_THAT(out(), HasSubstr("copied into"));
    EXPECT_THAT(out(), HasSubstr("hour entries"));
    EXPECT_THAT(err(), IsEmpty());
    EXPECT_EQ(everyYearsFigures(m_db), before);

    // …and the server back into a new file.
    const QString back = path(QStringLiteral("back.sqlite"));
    ASSERT_EQ(run({QStringLiteral("copy"), QStringLiteral("--db"), m_db, back}), 0) << err();
    EXPECT_EQ(everyYearsFigures(back), before);
}

TEST_F(CopyCommandTest, ATargetThatHoldsDataIsRefusedAndLeftAsItWas)
{
    const QString from = source();
    const QString csv = write(QStringLiteral("orgs.csv"), "name,kind\nCoop des Champs,coop\n");
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), csv}),
              0)
        << err();
    EXPECT_EQ(run({QStringLiteral("copy"), QStringLiteral("--db"), from, m_db}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("already holds Bilan data (organisations: 1)"));
    EXPECT_THAT(out(), IsEmpty());
    // Still only the one organisation: the export lists it alone.
    const QString exported = path(QStringLiteral("out.csv"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), exported}),
              0)
        << err();
    EXPECT_THAT(out(), HasSubstr("1 row exported"));
}

TEST_F(CopyCommandTest, ADatabaseIsNotCopiedOntoItself)
{
    const QString from = source();
    EXPECT_EQ(run({QStringLiteral("copy"), QStringLiteral("--db"), from, from}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("cannot be copied onto itself"));
}

TEST_F(CopyCommandTest, CopyNeedsOneTarget)
{
    const QString from = source();
    EXPECT_EQ(run({QStringLiteral("copy"), QStringLiteral("--db"), from}), CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("copy needs exactly one TARGET"));
    EXPECT_EQ(run({QStringLiteral("copy"), QStringLiteral("--db"), from, path("a.sqlite"),
                   path("b.sqlite")}),
              CommandLine::UsageError);
    EXPECT_FALSE(QFileInfo::exists(path("a.sqlite")));
    EXPECT_THAT(CommandLine::usage().toStdString(), HasSubstr("bilan copy --db SOURCE TARGET"));
}

TEST_F(CopyCommandTest, APasswordInTheAddressIsNeverShown)
{
    if (!onServer())
        GTEST_SKIP() << "about a server's address";
    const QString from = source();
    const QString secret = QStringLiteral("Sekr1t-never-shown");
    const QString address =
        QStringLiteral("postgresql://bilan_nobody:%1@localhost/%2").arg(secret, m_server->name());
    EXPECT_EQ(run({QStringLiteral("copy"), QStringLiteral("--db"), from, address}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("bilan_nobody"));
    EXPECT_THAT(err(), Not(HasSubstr(secret.toStdString())));
    EXPECT_EQ(run({QStringLiteral("copy"), QStringLiteral("--db"), from, address,
                   QStringLiteral("extra")}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), Not(HasSubstr(secret.toStdString())));
}

// File ▸ Back Up: a server (the test's database in the PostgreSQL run) is copied into a new
// owner-only file, which is never replaced.
TEST_F(CopyCommandTest, TheWindowBacksTheDatabaseUpIntoANewFile)
{
    const PrivateSettings settings(QStringLiteral("copy-backup"));
    const QString csv = write(QStringLiteral("orgs.csv"), "name,kind\nCoop du Rucher,coop\n");
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), csv}),
              0)
        << err();
    const QString copy = path(QStringLiteral("backup.sqlite"));
    {
        WindowLauncher launcher;
        ASSERT_TRUE(launcher.open(m_db));
        const Status done = launcher.backUp(copy);
        ASSERT_TRUE(done.ok()) << done.message().toStdString();
        EXPECT_THAT(launcher.window()->statusBar()->currentMessage().toStdString(),
                    HasSubstr("backed up"));
        const Status again = launcher.backUp(copy);
        ASSERT_FALSE(again.ok());
        EXPECT_THAT(again.message().toStdString(), HasSubstr("already exists"));
        launcher.window()->close();
    }
    EXPECT_EQ(QFileInfo(copy).permissions() &
                  (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
              QFile::Permissions());
    auto reopened = Database::open(copy);
    ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();
    auto count = OrganisationRepository(**reopened).count();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 1);
}

} // namespace
