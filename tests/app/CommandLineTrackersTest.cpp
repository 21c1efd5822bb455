// `bilan import hours` of a time tracker's export: the output says which tracker's format the
// file was read as, beside its rows or its problems, and problems name the tracker's columns
// with a hint to import or add the names it does not know. Runs on a file and on PostgreSQL.

#include "CommandLine.h"
#include "CommandTest.h"

#include <QFile>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

class CommandLineTrackersTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        test::CommandTest::SetUp();
        ASSERT_EQ(import(QStringLiteral("organisations"),
                         write(QStringLiteral("o.csv"),
                               "name,kind\nCoop du Rucher,coop\nVélo Solidaire,coop\n")),
                  CommandLine::Success)
            << err();
        ASSERT_EQ(import(QStringLiteral("experts"),
                         write(QStringLiteral("e.csv"), "name,role,started\nMarie Roy,"
                                                        "professional,2020-01-01\nJean Tremblay,"
                                                        "trainer,2020-01-01\n")),
                  CommandLine::Success)
            << err();
    }

    int import(const QString& kind, const QString& file, bool dryRun = false)
    {
        QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), m_db};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        return run(arguments << kind << file);
    }
};

TEST_F(CommandLineTrackersTest, SaysWhichTrackersExportItRead)
{
    const QString kimai = write(
        QStringLiteral("kimai.csv"),
        "Date,From,To,Duration,Currency,Price,Internal price,Hourly price,Fixed price,Name,User,"
        "E-mail,Customer,Project,Activity,Description,Exported,Billable,Tags\n"
        "2024-03-04,09:00,10:30,1.50,CAD,120.00,,80.00,,Marie Roy,mroy,m@x,Coop du Rucher,"
        "Accompagnement,Gouvernance,\"Atelier, CA\",0,1,\n"
        "2024-03-05,13:00,13:45,0.75,CAD,60.00,,80.00,,,Jean Tremblay,j@x,Vélo Solidaire,"
        "Accompagnement,Finances,,0,1,\n");
    EXPECT_EQ(import(QStringLiteral("hours"), kimai, /*dryRun=*/true), CommandLine::Success)
        << err();
    EXPECT_THAT(out(), HasSubstr("kimai.csv: read as a Kimai timesheet export\n"));
    EXPECT_THAT(out(), HasSubstr("2 rows checked, no problem found; nothing was written"));

    EXPECT_EQ(import(QStringLiteral("hours"), kimai), CommandLine::Success) << err();
    EXPECT_THAT(out(), HasSubstr("read as a Kimai timesheet export"));
    EXPECT_THAT(out(), HasSubstr("2 rows imported into"));
    // The rows as Bilan exports them again.
    const QString exported = path(QStringLiteral("hours.csv"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("hours"),
                   exported}),
              CommandLine::Success)
        << err();
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_THAT(text.toStdString(),
                HasSubstr("2024-03-04,Marie Roy,Coop du Rucher,1:30,Gouvernance,\"Atelier, CA\""));
    EXPECT_THAT(text.toStdString(),
                HasSubstr("2024-03-05,Jean Tremblay,Vélo Solidaire,0:45,Finances,"));

    // Bilan's own format says nothing of a tracker.
    const QString own = write(QStringLiteral("own.csv"), "date,expert,organisation,duration\n"
                                                         "2024-03-06,Marie Roy,Coop du Rucher,1\n");
    EXPECT_EQ(import(QStringLiteral("hours"), own), CommandLine::Success) << err();
    EXPECT_THAT(out(), Not(HasSubstr("read as")));
}

TEST_F(CommandLineTrackersTest, UnknownNamesAreBadRowsUnderTheTrackersColumns)
{
    const QString clockify = write(
        QStringLiteral("clockify.csv"),
        "\"Project\",\"Client\",\"Description\",\"Task\",\"User\",\"Group\","
        "\"Email\",\"Tags\",\"Billable\",\"Start Date\",\"Start Time\",\"End Date\",\"End "
        "Time\",\"Duration (h)\",\"Duration (decimal)\",\"Billable Rate (USD)\",\"Billable "
        "Amount (USD)\"\n"
        "\"Gouvernance\",\"Coop du Rucher\",\"\",\"\",\"Marie Roi\",\"\",\"m@x\",\"\",\"Yes\","
        "\"03/14/2024\",\"09:00:00 AM\",\"03/14/2024\",\"10:00:00 AM\",\"01:00:00\",\"1.00\","
        "\"0.00\",\"0.00\"\n"
        "\"Gouvernance\",\"Coop des Ruches\",\"\",\"\",\"Marie Roy\",\"\",\"m@x\",\"\",\"Yes\","
        "\"03/15/2024\",\"09:00:00 AM\",\"03/15/2024\",\"10:00:00 AM\",\"01:00:00\",\"1.00\","
        "\"0.00\",\"0.00\"\n");
    EXPECT_EQ(import(QStringLiteral("hours"), clockify), CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("clockify.csv: read as a Clockify detailed report\n"));
    EXPECT_THAT(err(), HasSubstr("clockify.csv:2: User: no expert named \"Marie Roi\"; import "
                                 "the experts first or add the expert on the Experts page"));
    EXPECT_THAT(err(), HasSubstr("clockify.csv:3: Client: no organisation named \"Coop des "
                                 "Ruches\"; import the organisations first or add it on the "
                                 "Members page"));
    EXPECT_THAT(err(), HasSubstr("2 problems found; nothing was written"));
}

TEST_F(CommandLineTrackersTest, SaysHowManyEntriesOfNoMinuteWereLeftOut)
{
    const QString kimai = write(
        QStringLiteral("kimai.csv"),
        "Date,From,To,Duration,Currency,Price,Internal price,Hourly price,Fixed price,Name,User,"
        "E-mail,Customer,Project,Activity,Description,Exported,Billable,Tags\n"
        "2024-03-04,09:00,09:00,0.00,CAD,0.00,,80.00,,Marie Roy,mroy,m@x,Coop du Rucher,"
        "Accompagnement,Gouvernance,,0,1,\n"
        "2024-03-04,09:00,10:30,1.50,CAD,120.00,,80.00,,Marie Roy,mroy,m@x,Coop du Rucher,"
        "Accompagnement,Gouvernance,,0,1,\n"
        "2024-03-05,13:00,13:00,0.00,CAD,0.00,,80.00,,Jean Tremblay,jt,j@x,Vélo Solidaire,"
        "Accompagnement,Finances,,0,1,\n");
    EXPECT_EQ(import(QStringLiteral("hours"), kimai), CommandLine::Success) << err();
    EXPECT_THAT(out(), HasSubstr("kimai.csv: read as a Kimai timesheet export\n"));
    EXPECT_THAT(out(), HasSubstr("kimai.csv: 2 entries rounding to 0 minutes left out\n"));
    EXPECT_THAT(out(), HasSubstr("kimai.csv: 1 row imported into"));

    // Beside the problems too, when the file has some; a client left empty is told where to
    // give it one.
    const QString toggl = write(
        QStringLiteral("toggl.csv"),
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End "
        "time,Duration,Tags,Amount (USD)\n"
        "Marie Roy,m@x,Coop du Rucher,P,,,Yes,2024-09-02,09:00:00,2024-09-02,09:00:20,00:00:20,,"
        "0\n"
        "Marie Roy,m@x,,Interne,,,No,2024-09-02,10:00:00,2024-09-02,11:00:00,01:00:00,,0\n");
    EXPECT_EQ(import(QStringLiteral("hours"), toggl), CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("toggl.csv: 1 entry rounding to 0 minutes left out\n"));
    EXPECT_THAT(err(), HasSubstr("toggl.csv:3: Client: an organisation is required; this entry "
                                 "has no client in the tracker"));

    // Bilan's own format refuses a duration of no minute, and says nothing of rows left out.
    const QString own = write(QStringLiteral("own.csv"), "date,expert,organisation,duration\n"
                                                         "2024-03-06,Marie Roy,Coop du Rucher,0\n");
    EXPECT_EQ(import(QStringLiteral("hours"), own), CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("more than zero"));
    EXPECT_THAT(err(), Not(HasSubstr("left out")));
}

} // namespace
