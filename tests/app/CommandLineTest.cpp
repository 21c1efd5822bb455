// `bilan import` and `bilan export` run in-process (CommandLine), on files in a temporary
// folder: exit codes, what goes to out and err, and what is (not) written.

#include "CommandLine.h"
#include "CommandTest.h"
#include "Database.h"
#include "OrganisationRepository.h"
#include "SqlSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

namespace {

class CommandLineTest : public test::CommandTest
{
protected:
    qint64 organisations()
    {
        auto database = Database::open(m_db);
        if (!database) {
            ADD_FAILURE() << database.message().toStdString();
            return -1;
        }
        auto count = OrganisationRepository(**database).count();
        EXPECT_TRUE(count.ok()) << count.message().toStdString();
        return count ? *count : -1;
    }
};

const QByteArray GoodOrganisations = "name,kind\r\nCoop du Rucher,coop\r\nRéseau Coop,network\r\n";

TEST_F(CommandLineTest, ImportWritesEveryRowAndSaysSo)
{
    const QString csv = write(QStringLiteral("orgs.csv"), GoodOrganisations);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), csv}),
              CommandLine::Success)
        << err();
    EXPECT_THAT(out(), HasSubstr("2 rows imported into"));
    EXPECT_THAT(err(), IsEmpty());
    EXPECT_EQ(organisations(), 2);
}

TEST_F(CommandLineTest, ImportWithBadRowsPrintsEachProblemAndWritesNothing)
{
    const QString csv = write(QStringLiteral("orgs.csv"),
                              "name,kind\nCoop du Rucher,coop\nClub,club\n\"Two\nlines\",coop\n"
                              "Mutuelle,mutual,extra\n");
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), csv}),
              CommandLine::UserError);
    const QStringList lines = m_err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << err();
    EXPECT_EQ(
        lines.at(0),
        csv + QStringLiteral(":3: kind: \"club\" is not one of coop, mutual, npo, network, other"));
    // A name is one line; the message shows the line break rather than breaking its own line.
    EXPECT_THAT(
        lines.at(1).toStdString(),
        StartsWith(
            (csv + QStringLiteral(":4: name: \"Two\\nlines\" holds a line break")).toStdString()));
    EXPECT_THAT(lines.at(2).toStdString(),
                StartsWith((csv + QStringLiteral(":6: ")).toStdString()));
    EXPECT_EQ(lines.at(3), QStringLiteral("bilan: 3 problems found; nothing was written"));
    EXPECT_THAT(out(), IsEmpty());
    EXPECT_EQ(organisations(), 0);
}

TEST_F(CommandLineTest, DryRunChecksWithoutWriting)
{
    ASSERT_EQ(organisations(), 0); // the database exists, empty
    const QString csv = write(QStringLiteral("orgs.csv"), GoodOrganisations);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), csv, QStringLiteral("--dry-run")}),
              CommandLine::Success)
        << err();
    EXPECT_THAT(out(), HasSubstr("2 rows checked, no problem found; nothing was written"));
    EXPECT_EQ(organisations(), 0);

    const QString bad = write(QStringLiteral("bad.csv"), "name,kind\nA,club\n");
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--db"),
                   m_db, QStringLiteral("organisations"), bad}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr((bad + QStringLiteral(":2: kind: ")).toStdString()));
    EXPECT_THAT(err(), HasSubstr("1 problem found; nothing was written"));
}

TEST_F(CommandLineTest, DryRunOnAMissingDatabaseCreatesNoFile)
{
    const QString csv = write(QStringLiteral("orgs.csv"), GoodOrganisations);
    const QString typo = path(QStringLiteral("typo.sqlite"));
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), typo,
                   QStringLiteral("organisations"), csv, QStringLiteral("--dry-run")}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("does not exist"));
    EXPECT_FALSE(QFileInfo::exists(typo));
}

TEST_F(CommandLineTest, ImportListsTheColumnsItIgnored)
{
    const QString csv = write(QStringLiteral("orgs.csv"), "name,kind,Colour\nA,coop,blue\n");
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), csv}),
              CommandLine::Success);
    EXPECT_THAT(err(), HasSubstr("\"Colour\""));
    EXPECT_EQ(organisations(), 1);
}

TEST_F(CommandLineTest, ExportWritesTheFile)
{
    const QString csv = write(QStringLiteral("orgs.csv"), GoodOrganisations);
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), csv}),
              CommandLine::Success);
    const QString exported = path(QStringLiteral("out.csv"));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                   QStringLiteral("Organisations"), exported}),
              CommandLine::Success)
        << err();
    EXPECT_THAT(out(), HasSubstr("2 rows exported"));
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().toStdString(),
              "\xEF\xBB\xBFname,kind,region,sector,network\r\nCoop du Rucher,coop,,,\r\n"
              "Réseau Coop,network,,,\r\n");
}

TEST_F(CommandLineTest, UsageErrorsExitWithTwo)
{
    const QString csv = write(QStringLiteral("orgs.csv"), GoodOrganisations);
    const QList<QStringList> wrong{
        {},
        {QStringLiteral("--db"), m_db},
        {QStringLiteral("import")},
        {QStringLiteral("import"), QStringLiteral("--db"), m_db},
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, csv},
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("widgets"), csv},
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--fast"),
         QStringLiteral("organisations"), csv},
        {QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("organisations"),
         csv, QStringLiteral("extra")},
        {QStringLiteral("export"), QStringLiteral("--db"), m_db},
        {QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("widgets"), csv},
        {QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--dry-run"),
         QStringLiteral("organisations"), csv},
    };
    for (const QStringList& arguments : wrong) {
        const std::string shown = arguments.join(u' ').toStdString();
        EXPECT_EQ(run(arguments), CommandLine::UsageError) << shown;
        EXPECT_THAT(err(), StartsWith("bilan: ")) << shown;
        EXPECT_THAT(err(), HasSubstr("Usage:")) << shown;
        EXPECT_THAT(out(), IsEmpty()) << shown;
    }
    run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("widgets"), csv});
    EXPECT_THAT(err(), HasSubstr("unknown kind \"widgets\""));
    run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--fast"),
         QStringLiteral("organisations"), csv});
    EXPECT_THAT(err(), HasSubstr("fast"));
    EXPECT_FALSE(QFile::exists(m_db));
}

TEST_F(CommandLineTest, TheDatabaseOptionMayComeBeforeTheCommand)
{
    EXPECT_EQ(CommandLine::commandOf({QStringLiteral("--db"), m_db, QStringLiteral("import")}),
              QStringLiteral("import"));
    EXPECT_EQ(CommandLine::commandOf({QStringLiteral("--db=x.sqlite"), QStringLiteral("export")}),
              QStringLiteral("export"));
    EXPECT_EQ(CommandLine::commandOf({QStringLiteral("--db"), m_db}), std::nullopt);
    EXPECT_EQ(CommandLine::commandOf({QStringLiteral("hello"), QStringLiteral("import")}),
              std::nullopt);

    const QString csv = write(QStringLiteral("orgs.csv"), GoodOrganisations);
    EXPECT_EQ(run({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                   QStringLiteral("organisations"), csv}),
              CommandLine::Success)
        << err();
    EXPECT_EQ(organisations(), 2);
}

TEST_F(CommandLineTest, AMissingCsvFileIsAUserError)
{
    const QString missing = path(QStringLiteral("missing.csv"));
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), missing}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr(missing.toStdString()));
    EXPECT_THAT(err(), HasSubstr("no such file"));
    EXPECT_FALSE(QFile::exists(m_db));
}

TEST_F(CommandLineTest, AFileThatIsNotADatabaseIsAUserErrorAndStaysAsItWas)
{
    const QByteArray text = "these are my notes, not a database\n";
    const QString notes = write(QStringLiteral("notes.sqlite"), text);
    const QString csv = write(QStringLiteral("orgs.csv"), GoodOrganisations);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), notes,
                   QStringLiteral("organisations"), csv}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("not a Bilan database"));
    EXPECT_THAT(out(), IsEmpty());

    const QString exported = path(QStringLiteral("out.csv"));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), notes,
                   QStringLiteral("organisations"), exported}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("not a Bilan database"));
    EXPECT_FALSE(QFile::exists(exported));

    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), text);
}

TEST_F(CommandLineTest, ExportFromAMissingDatabaseCreatesNeitherFile)
{
    const QString exported = path(QStringLiteral("out.csv"));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("hours"),
                   exported}),
              CommandLine::UserError);
    // An empty server database is the server's "missing file".
    EXPECT_THAT(err(), HasSubstr(test::onServer() ? "no Bilan data yet" : "does not exist"));
    EXPECT_THAT(err(), Not(HasSubstr("Usage:")));
    EXPECT_FALSE(QFile::exists(exported));
    EXPECT_FALSE(QFile::exists(m_db));
}

TEST_F(CommandLineTest, ExportNeverWritesOverTheDatabase)
{
    BILAN_FILE_ONLY();
    const QString csv = write(QStringLiteral("orgs.csv"), GoodOrganisations);
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), csv}),
              CommandLine::Success);
    const QString sameFile = m_dir.path() + QStringLiteral("/./bilan.sqlite");
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), sameFile}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("database"));
    EXPECT_EQ(organisations(), 2);
}

TEST_F(CommandLineTest, ExportIntoAMissingFolderIsAUserError)
{
    const QString csv = write(QStringLiteral("orgs.csv"), GoodOrganisations);
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), csv}),
              CommandLine::Success);
    const QString exported = path(QStringLiteral("no/folder/out.csv"));
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), exported}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("cannot write"));
    EXPECT_FALSE(QFile::exists(exported));
}

} // namespace
