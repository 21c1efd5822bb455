// How `bilan WORD ...` finds its command: each word runs its own command, an unknown word is a
// usage error naming the commands, and every command takes --db the same way.

#include "CommandLine.h"
#include "CommandTest.h"

#include <QDir>
#include <QFile>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;

namespace {

class CommandDispatchTest : public test::CommandTest
{
protected:
    // The first line of the last command's standard error.
    std::string firstErrorLine() const { return err().substr(0, err().find('\n')); }
};

TEST_F(CommandDispatchTest, TheCommandsAreThoseOfTheUsage)
{
    EXPECT_EQ(CommandLine::commands(),
              QStringList({QStringLiteral("import"), QStringLiteral("export"),
                           QStringLiteral("figures"), QStringLiteral("report"),
                           QStringLiteral("demo"), QStringLiteral("copy"), QStringLiteral("server"),
                           QStringLiteral("engagement"), QStringLiteral("history")}));
    for (const QString& command : CommandLine::commands()) {
        // `server` has words of its own (init, grant) before --db.
        const std::string words =
            command == QLatin1String("server") ? "server init" : command.toStdString();
        EXPECT_THAT(CommandLine::usage().toStdString(), HasSubstr("bilan " + words + " --db"));
    }
}

// main() makes a QApplication only for the commands the table marks as drawing: the report.
TEST_F(CommandDispatchTest, OnlyTheReportDrawsCharts)
{
    for (const QString& command : CommandLine::commands())
        EXPECT_EQ(CommandLine::drawsCharts(command), command == QLatin1String("report"))
            << command.toStdString();
    EXPECT_FALSE(CommandLine::drawsCharts(QStringLiteral("unknown")));
}

TEST_F(CommandDispatchTest, AnUnknownCommandIsAUsageErrorListingTheCommands)
{
    const QList<QStringList> unknown{
        {QStringLiteral("hello")},
        {QStringLiteral("--db"), m_db, QStringLiteral("exports"), QStringLiteral("organisations"),
         path(QStringLiteral("out.csv"))},
        {QStringLiteral("Export"), QStringLiteral("organisations"),
         path(QStringLiteral("out.csv"))},
    };
    for (const QStringList& arguments : unknown) {
        const std::string shown = arguments.join(u' ').toStdString();
        EXPECT_EQ(run(arguments), CommandLine::UsageError) << shown;
        EXPECT_THAT(err(), StartsWith("bilan: unknown command \"" +
                                      CommandLine::firstWord(arguments)->toStdString() + "\""))
            << shown;
        EXPECT_THAT(
            err(),
            HasSubstr("import, export, figures, report, demo, copy, server, engagement, history"))
            << shown;
        EXPECT_THAT(err(), HasSubstr("Usage:")) << shown;
        EXPECT_THAT(out(), IsEmpty()) << shown;
    }
    // Nothing fell through to another command: no export, no database.
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("out.csv"))));
    EXPECT_FALSE(QFile::exists(m_db));
}

TEST_F(CommandDispatchTest, ADatabaseNamedLikeTheCommandStaysTheDatabase)
{
    const QString csv = write(QStringLiteral("orgs.csv"), "name,kind\nCoop du Rucher,coop\n");
    // `--db import --dry-run import …` in the test's folder: the database is the file "import",
    // which does not exist. Removing the first "import" instead would leave three words for
    // the import, and a usage error.
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(m_dir.path()));
    const int status =
        run({QStringLiteral("--db"), QStringLiteral("import"), QStringLiteral("--dry-run"),
             QStringLiteral("import"), QStringLiteral("organisations"), csv});
    QDir::setCurrent(before);
    EXPECT_EQ(status, CommandLine::UserError) << err();
    EXPECT_THAT(err(), HasSubstr("does not exist")) << err();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("import"))));
}

TEST_F(CommandDispatchTest, NoCommandIsAUsageError)
{
    EXPECT_EQ(run({QStringLiteral("--db"), m_db}), CommandLine::UsageError);
    EXPECT_THAT(err(), StartsWith("bilan: no command given"));
}

TEST_F(CommandDispatchTest, EachCommandRunsItself)
{
    // Given nothing else, each command says what it needs, by its own name.
    for (const QString& command : CommandLine::commands()) {
        const std::string name = command.toStdString();
        EXPECT_EQ(run({command}), CommandLine::UsageError) << name;
        EXPECT_THAT(err(), StartsWith("bilan: " + name + " needs")) << name << ": " << err();
    }
}

TEST_F(CommandDispatchTest, EveryCommandRefusesADatabaseOptionWithoutItsValueAlike)
{
    std::string first;
    for (const QString& command : CommandLine::commands()) {
        const std::string name = command.toStdString();
        EXPECT_EQ(run({command, QStringLiteral("--db")}), CommandLine::UsageError) << name;
        EXPECT_THAT(firstErrorLine(), HasSubstr("--db")) << name << ": " << err();
        if (first.empty())
            first = firstErrorLine();
        EXPECT_EQ(firstErrorLine(), first) << name;
        EXPECT_THAT(out(), IsEmpty()) << name;
    }
    EXPECT_FALSE(first.empty());
}

TEST_F(CommandDispatchTest, TheDemoNeverUsesTheDefaultDatabase)
{
    EXPECT_EQ(run({QStringLiteral("demo")}), CommandLine::UsageError);
    EXPECT_THAT(err(), StartsWith("bilan: demo needs --db FILE"));
}

} // namespace
