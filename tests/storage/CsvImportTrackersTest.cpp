// Time trackers' exports read as hours (TimeTrackerFormats.cpp): a Kimai timesheet export (in
// English and in the French of older versions), a Clockify detailed report and a Toggl Track
// detailed report, each written here from the headers their sources and help pages document
// (docs/import.md, "Time trackers"), with their extra columns, quoting and byte-order mark.

#include "CsvImportSupport.h"
#include "FieldRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::Pair;

namespace {

// Kimai 2's default CSV template (DefaultTemplate.php), as its English labels head it.
const QString KimaiHeader = QStringLiteral(
    "Date,From,To,Duration,Currency,Price,Internal price,Hourly price,Fixed price,Name,User,"
    "E-mail,Account number,Customer,Project,Activity,Description,Billable,Tags,Type,Category,"
    "Customer number,Project number,VAT-ID,Order number\n");

// Clockify's detailed report (CSV), every value quoted.
const QByteArray ClockifyHeader =
    "\"Project\",\"Client\",\"Description\",\"Task\",\"User\",\"Group\",\"Email\","
    "\"Tags\",\"Billable\",\"Start Date\",\"Start Time\",\"End Date\",\"End Time\","
    "\"Duration (h)\",\"Duration (decimal)\",\"Billable Rate (USD)\",\"Billable Amount (USD)\"\n";

// Toggl Track's detailed report (CSV), which starts with a UTF-8 byte-order mark.
const QString TogglHeader =
    QChar(0xFEFF) +
    QStringLiteral(
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End "
        "time,Duration,Tags,Amount (USD)\n");

QString kimaiRow(const QString& date, const QString& duration, const QString& name,
                 const QString& user, const QString& customer, const QString& activity,
                 const QString& description)
{
    return QStringLiteral("%1,09:00,10:30,%2,CAD,120.00,90.00,80.00,,%3,%4,%4@exemple.ca,,%5,"
                          "Accompagnement 2024,%6,%7,1,,timesheet,work,C-12,P-7,,\n")
        .arg(date, duration, name, user, customer, activity, description);
}

QString togglRow(const QString& user, const QString& client, const QString& project,
                 const QString& task, const QString& description, const QString& date,
                 const QString& duration)
{
    return QStringLiteral("%1,%1@exemple.ca,%2,%3,%4,%5,Yes,%6,09:00:00,%6,10:30:00,%7,,90.00\n")
        .arg(user, client, project, task, description, date, duration);
}

class CsvImportTrackersTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        m_marie = addExpert(db(), QStringLiteral("Marie Roy"));
        m_jean = addExpert(db(), QStringLiteral("Jean Tremblay"));
        m_rucher = addOrganisation(db(), QStringLiteral("Coop du Rucher"));
        m_velo = addOrganisation(db(), QStringLiteral("Vélo Solidaire"));
    }

    QList<ServiceEntry> entries()
    {
        auto all = ServiceEntryRepository(db()).list({});
        EXPECT_TRUE(all.ok()) << all.message().toStdString();
        return all ? *all : QList<ServiceEntry>();
    }

    QList<int> minutes()
    {
        QList<int> all;
        for (const ServiceEntry& entry : entries())
            all << entry.minutes;
        return all;
    }

    qint64 m_marie = 0;
    qint64 m_jean = 0;
    qint64 m_rucher = 0;
    qint64 m_velo = 0;
};

TEST_F(CsvImportTrackersTest, ReadsKimaisEnglishExport)
{
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  KimaiHeader +
                      kimaiRow(QStringLiteral("2024-03-04"), QStringLiteral("1.5"),
                               QStringLiteral("Marie Roy"), QStringLiteral("mroy"),
                               QStringLiteral("Coop du Rucher"), QStringLiteral("Gouvernance"),
                               QStringLiteral("\"Plan d'affaires, \"\"phase 2\"\"\nsuite\"")) +
                      // No display name: the user name is the expert's.
                      kimaiRow(QStringLiteral("2024-03-05"), QStringLiteral("0.75"), QString(),
                               QStringLiteral("Jean Tremblay"), QStringLiteral("vélo solidaire"),
                               QStringLiteral("Finances"), QString()));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_TRUE(result.written);
    EXPECT_EQ(result.rows, 2);
    EXPECT_EQ(result.sourceFormat, QStringLiteral("a Kimai timesheet export"));
    EXPECT_THAT(result.ignoredColumns, IsEmpty());
    const auto all = entries();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).date, QDate(2024, 3, 4));
    EXPECT_EQ(all.at(0).expertId, m_marie);
    EXPECT_EQ(all.at(0).organisationId, m_rucher);
    EXPECT_EQ(all.at(0).minutes, 90);
    EXPECT_EQ(all.at(0).field, QStringLiteral("Gouvernance"));
    EXPECT_EQ(all.at(0).note, QStringLiteral("Plan d'affaires, \"phase 2\"\nsuite"));
    EXPECT_EQ(all.at(1).expertId, m_jean);
    EXPECT_EQ(all.at(1).organisationId, m_velo);
    EXPECT_EQ(all.at(1).minutes, 45);
    // A field Bilan did not know is created with the rows, as from Bilan's own format.
    EXPECT_EQ(all.at(1).field, QStringLiteral("Finances"));
    auto fields = FieldRepository(db()).idsByKey();
    ASSERT_OK(fields);
    EXPECT_TRUE(fields->contains(QStringLiteral("finances")));
}

TEST_F(CsvImportTrackersTest, ReadsKimaisSemicolonExportWithClockDurations)
{
    // Kimai's CSV template with ";" writes durations h:mm (DurationPlainFormatter), or
    // h:mm:ss, and a decimal comma when a spreadsheet saved it again.
    QString text = KimaiHeader;
    text.replace(u',', u';');
    for (const auto& [day, duration] :
         {std::pair{4, "1:30"}, std::pair{5, "0:45:29"}, std::pair{6, "0:45:30"},
          std::pair{7, "\"1,5\""}, std::pair{8, "10:05"}}) {
        text += QStringLiteral("2024-03-%1;09:00;10:30;%2;CAD;;;;;Marie Roy;mroy;;;Coop du "
                               "Rucher;Projet;Animation;;1;;;;;;;\n")
                    .arg(day, 2, 10, QLatin1Char('0'))
                    .arg(QLatin1String(duration));
    }
    const auto result = importCsv(db(), CsvKind::Hours, text);
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(minutes(), (QList<int>{90, 45, 46, 90, 605}));
}

TEST_F(CsvImportTrackersTest, ReadsKimaisFrenchExportOfOlderVersions)
{
    // Kimai 1.x's spreadsheet export in French (messages.fr.xliff): Date, De, À, Durée, Tarif,
    // Usager, Client, Projet, Activité, Description, Exporté, Étiquettes, …
    const QString text = QStringLiteral(
        "Date ,De,À,Durée,Tarif,Usager,Client,Projet,Activité,Description,Exporté,Étiquettes,"
        "Tarif horaire,Tarif fixe\n"
        "2019-06-03,09:00,11:15,02:15,180.00 $,Marie Roy,Coop du Rucher,Démarrage,Formation,"
        "Atelier CA,Non,,80.00 $,\n"
        "2019-06-04,13:00,13:40,00:40,,Jean Tremblay,Vélo Solidaire,Démarrage,Formation,,Oui,"
        "\"a,b\",,\n");
    const auto result = importCsv(db(), CsvKind::Hours, text);
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.sourceFormat, QStringLiteral("a Kimai timesheet export"));
    const auto all = entries();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).minutes, 135);
    EXPECT_EQ(all.at(0).expertId, m_marie);
    EXPECT_EQ(all.at(0).field, QStringLiteral("Formation"));
    EXPECT_EQ(all.at(0).note, QStringLiteral("Atelier CA"));
    EXPECT_EQ(all.at(1).minutes, 40);
    EXPECT_EQ(all.at(1).organisationId, m_velo);
}

TEST_F(CsvImportTrackersTest, ReadsClockifysDetailedReport)
{
    const QByteArray bytes =
        ClockifyHeader +
        "\"Gouvernance\",\"Coop du Rucher\",\"Plan stratégique\",\"Atelier 1\",\"Marie Roy\","
        "\"Équipe Est\",\"marie@exemple.ca\",\"\",\"Yes\",\"12/31/2024\",\"09:00:00 AM\","
        "\"12/31/2024\",\"10:30:00 AM\",\"01:30:00\",\"1.50\",\"80.00\",\"120.00\"\n"
        "\"Finances\",\"Vélo Solidaire\",\"\",\"Budget\",\"Jean Tremblay\",\"\","
        "\"jean@exemple.ca\",\"a, b\",\"No\",\"01/02/2025\",\"01:00:00 PM\",\"01/02/2025\","
        "\"01:20:40 PM\",\"00:20:40\",\"0.34\",\"0.00\",\"0.00\"\n"
        "\"Finances\",\"Vélo Solidaire\",\"Suivi\",\"\",\"Jean Tremblay\",\"\","
        "\"jean@exemple.ca\",\"\",\"No\",\"01/03/2025\",\"01:00:00 PM\",\"01/03/2025\","
        "\"02:00:00 PM\",\"01:00:00\",\"1.00\",\"0.00\",\"0.00\"\n";
    const auto result = importCsv(db(), CsvKind::Hours, bytes);
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.sourceFormat, QStringLiteral("a Clockify detailed report"));
    const auto all = entries();
    ASSERT_EQ(all.size(), 3);
    // 12/31 tells the file writes its month first: 01/02/2025 is January 2nd.
    EXPECT_EQ(all.at(0).date, QDate(2024, 12, 31));
    EXPECT_EQ(all.at(1).date, QDate(2025, 1, 2));
    EXPECT_EQ(all.at(2).date, QDate(2025, 1, 3));
    EXPECT_EQ(all.at(0).minutes, 90);
    EXPECT_EQ(all.at(1).minutes, 21); // 20 min 40 s from Duration (h), not 0.34 h
    EXPECT_EQ(all.at(0).field, QStringLiteral("Gouvernance"));
    // The task leads the note; a task alone is the note.
    EXPECT_EQ(all.at(0).note, QStringLiteral("Atelier 1 — Plan stratégique"));
    EXPECT_EQ(all.at(1).note, QStringLiteral("Budget"));
    EXPECT_EQ(all.at(2).note, QStringLiteral("Suivi"));
    EXPECT_EQ(all.at(1).expertId, m_jean);
    EXPECT_EQ(all.at(1).organisationId, m_velo);
}

TEST_F(CsvImportTrackersTest, ReadsClockifysDecimalDurationWhenAlone)
{
    const QByteArray bytes =
        "Project,Client,Description,Task,User,Email,Start Date,Start Time,Duration (decimal)\n"
        "Gouvernance,Coop du Rucher,,,Marie Roy,m@exemple.ca,2024-05-02,09:00,1.25\n"
        "Gouvernance,Coop du Rucher,,,Marie Roy,m@exemple.ca,2024-05-03,09:00,\"0,5\"\n";
    const auto result = importCsv(db(), CsvKind::Hours, bytes);
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.sourceFormat, QStringLiteral("a Clockify detailed report"));
    EXPECT_EQ(minutes(), (QList<int>{75, 30}));
}

TEST_F(CsvImportTrackersTest, ReadsTogglsDetailedReportInEveryDurationFormat)
{
    const QString text =
        TogglHeader +
        // Improved (h:mm:ss), classic (mm:ss min under an hour) and decimal durations.
        togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                 QStringLiteral("Gouvernance"), QString(), QStringLiteral("\"Suivi, CA\""),
                 QStringLiteral("2024-09-02"), QStringLiteral("01:30:00")) +
        togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                 QStringLiteral("Gouvernance"), QStringLiteral("Rapport"), QString(),
                 QStringLiteral("2024-09-03"), QStringLiteral("47:06 min")) +
        togglRow(QStringLiteral("Jean Tremblay"), QStringLiteral("Vélo Solidaire"),
                 QStringLiteral("Finances"), QString(), QString(), QStringLiteral("2024-09-04"),
                 QStringLiteral("0.79 h")) +
        togglRow(QStringLiteral("Jean Tremblay"), QStringLiteral("Vélo Solidaire"),
                 QStringLiteral("Finances"), QString(), QString(), QStringLiteral("2024-09-05"),
                 QStringLiteral("00:00:31"));
    const auto result = importCsv(db(), CsvKind::Hours, text);
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.sourceFormat, QStringLiteral("a Toggl Track detailed report"));
    // 47:06 min is 47 min 6 s; 0.79 h is 47.4 min; 31 s rounds up to a minute.
    EXPECT_EQ(minutes(), (QList<int>{90, 47, 47, 1}));
    const auto all = entries();
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all.at(0).note, QStringLiteral("Suivi, CA"));
    EXPECT_EQ(all.at(1).note, QStringLiteral("Rapport"));
    EXPECT_EQ(all.at(0).field, QStringLiteral("Gouvernance"));
    EXPECT_EQ(all.at(2).expertId, m_jean);
}

TEST_F(CsvImportTrackersTest, ReportsUnknownPeopleAndCustomersUnderTheTrackersColumns)
{
    const auto result = importCsv(
        db(), CsvKind::Hours,
        KimaiHeader +
            kimaiRow(QStringLiteral("2024-03-04"), QStringLiteral("1.5"),
                     QStringLiteral("Marie Roi"), QStringLiteral("mroy"),
                     QStringLiteral("Coop du Rucher"), QStringLiteral("Gouvernance"), QString()) +
            kimaiRow(QStringLiteral("2024-03-05"), QStringLiteral("1.5"), QString(),
                     QStringLiteral("jtremblay"), QStringLiteral("Coop du Rucher"),
                     QStringLiteral("Gouvernance"), QString()) +
            kimaiRow(QStringLiteral("2024-03-06"), QStringLiteral("1.5"),
                     QStringLiteral("Marie Roy"), QStringLiteral("mroy"),
                     QStringLiteral("Coop des Ruches"), QStringLiteral("Gouvernance"), QString()) +
            kimaiRow(QStringLiteral("2024-03-07"), QStringLiteral("1.5"),
                     QStringLiteral("Marie Roy"), QStringLiteral("mroy"),
                     QStringLiteral("Coop du Rucher"), QStringLiteral("Gouvernance"), QString()));
    EXPECT_FALSE(result.written);
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "Name"), Pair(3, "User"), Pair(4, "Customer")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("no expert named \"Marie Roi\""));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("import the experts first or add the expert on "
                                                "the Experts page"));
    EXPECT_THAT(messageAt(result, 1), HasSubstr("\"jtremblay\""));
    EXPECT_THAT(messageAt(result, 2), HasSubstr("no organisation named \"Coop des Ruches\""));
    EXPECT_THAT(messageAt(result, 2), HasSubstr("on the Members page"));
    EXPECT_THAT(entries(), IsEmpty());

    const auto toggl = importCsv(
        db(), CsvKind::Hours,
        TogglHeader + togglRow(QStringLiteral("Paul"), QString(), QStringLiteral("P"), QString(),
                               QString(), QStringLiteral("2024-09-02"), QStringLiteral("1:00:00")));
    EXPECT_THAT(where(toggl), ElementsAre(Pair(2, "User"), Pair(2, "Client")));
    EXPECT_THAT(messageAt(toggl, 1), HasSubstr("an organisation is required; this entry has no "
                                               "client in the tracker: give it one there, or "
                                               "delete the row from the file"));
    // Bilan's own format keeps its short message: it has no tracker to go back to.
    const auto own = importCsv(db(), CsvKind::Hours,
                               QStringLiteral("date,expert,organisation,duration\n"
                                              "2024-09-02,Marie Roy,,1:00\n"));
    EXPECT_THAT(where(own), ElementsAre(Pair(2, "organisation")));
    EXPECT_THAT(messageAt(own, 0), Not(HasSubstr("tracker")));
}

TEST_F(CsvImportTrackersTest, LeavesOutEntriesThatRoundToNoMinute)
{
    // Timers started by accident: 20 seconds and none at all in Toggl, 0.00 h in Kimai.
    const auto toggl =
        importCsv(db(), CsvKind::Hours,
                  TogglHeader +
                      togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                               QStringLiteral("P"), QString(), QString(),
                               QStringLiteral("2024-09-02"), QStringLiteral("00:00:20")) +
                      togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                               QStringLiteral("P"), QString(), QString(),
                               QStringLiteral("2024-09-02"), QStringLiteral("01:30:00")) +
                      // Left out even with a client Bilan does not know: the row holds no work.
                      togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Inconnue"),
                               QStringLiteral("P"), QString(), QString(),
                               QStringLiteral("2024-09-03"), QStringLiteral("0:00:00")) +
                      // 30 seconds round to a minute, and are kept.
                      togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                               QStringLiteral("P"), QString(), QString(),
                               QStringLiteral("2024-09-03"), QStringLiteral("00:00:30")));
    ASSERT_TRUE(toggl.ok()) << describeAll(toggl);
    EXPECT_TRUE(toggl.written);
    EXPECT_EQ(toggl.rows, 2);
    EXPECT_EQ(toggl.skippedRows, 2);
    EXPECT_EQ(CsvImporter::describeSkipped(toggl),
              QStringLiteral("2 entries rounding to 0 minutes left out"));
    EXPECT_THAT(minutes(), ElementsAre(90, 1));

    const auto kimai =
        importCsv(db(), CsvKind::Hours,
                  KimaiHeader + kimaiRow(QStringLiteral("2024-03-04"), QStringLiteral("0.00"),
                                         QStringLiteral("Marie Roy"), QStringLiteral("mroy"),
                                         QStringLiteral("Coop du Rucher"),
                                         QStringLiteral("Gouvernance"), QString()));
    ASSERT_TRUE(kimai.ok()) << describeAll(kimai);
    EXPECT_EQ(kimai.rows, 0);
    EXPECT_EQ(kimai.skippedRows, 1);
    EXPECT_EQ(CsvImporter::describeSkipped(kimai),
              QStringLiteral("1 entry rounding to 0 minutes left out"));
    EXPECT_EQ(minutes().size(), 2);

    // A negative or unreadable duration is still a bad row.
    const auto bad = importCsv(
        db(), CsvKind::Hours,
        KimaiHeader +
            kimaiRow(QStringLiteral("2024-03-05"), QStringLiteral("-0.50"),
                     QStringLiteral("Marie Roy"), QStringLiteral("mroy"),
                     QStringLiteral("Coop du Rucher"), QStringLiteral("Gouvernance"), QString()) +
            kimaiRow(QStringLiteral("2024-03-06"), QStringLiteral("zéro"),
                     QStringLiteral("Marie Roy"), QStringLiteral("mroy"),
                     QStringLiteral("Coop du Rucher"), QStringLiteral("Gouvernance"), QString()));
    EXPECT_THAT(where(bad), ElementsAre(Pair(2, "Duration"), Pair(3, "Duration")));
    EXPECT_EQ(bad.skippedRows, 0);

    // Bilan's own format keeps refusing a duration of no minute.
    const auto own = importCsv(db(), CsvKind::Hours,
                               QStringLiteral("date,expert,organisation,duration\n"
                                              "2024-09-04,Marie Roy,Coop du Rucher,0:00\n"));
    EXPECT_THAT(where(own), ElementsAre(Pair(2, "duration")));
    EXPECT_THAT(messageAt(own, 0), HasSubstr("more than zero"));
    EXPECT_EQ(own.skippedRows, 0);
    EXPECT_EQ(minutes().size(), 2);
}

TEST_F(CsvImportTrackersTest, AKimaiLikeHeaderWithoutAPersonIsNotKimais)
{
    // Kimai's columns but no Name, Alias or User: not read as Kimai's, so Bilan's own
    // columns are asked for.
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  QStringLiteral("Date,From,To,Duration,Customer,Project,Activity,Description\n"
                                 "2024-03-04,09:00,10:30,1.5,Coop du Rucher,P,Gouvernance,\n"));
    EXPECT_TRUE(result.sourceFormat.isEmpty());
    EXPECT_FALSE(result.ok());
    EXPECT_THAT(where(result), ElementsAre(Pair(1, "expert"), Pair(1, "organisation")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("the required column is missing"));

    // With only the user name, it is (the display name may be left out of a template).
    const auto user = importCsv(
        db(), CsvKind::Hours,
        QStringLiteral("Date,From,To,Duration,User,Customer,Project,Activity,Description\n"
                       "2024-03-04,09:00,10:30,1.5,Marie Roy,Coop du Rucher,P,Gouvernance,\n"));
    ASSERT_TRUE(user.ok()) << describeAll(user);
    EXPECT_EQ(user.sourceFormat, QStringLiteral("a Kimai timesheet export"));
    EXPECT_THAT(minutes(), ElementsAre(90));
}

TEST_F(CsvImportTrackersTest, NamesTheTrackersColumnsOfBadDatesAndDurations)
{
    const auto result = importCsv(
        db(), CsvKind::Hours,
        TogglHeader +
            togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                     QStringLiteral("P"), QString(), QString(), QStringLiteral("2024-02-30"),
                     QStringLiteral("1:00:00")) +
            togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                     QStringLiteral("P"), QString(), QString(), QStringLiteral("2024-02-01"),
                     QStringLiteral("une heure")) +
            togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                     QStringLiteral("P"), QString(), QString(), QStringLiteral("2024-02-02"),
                     QStringLiteral("-00:30:00")) +
            // 13 h and 12 h on one day: past 24 h, told on the second row.
            togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                     QStringLiteral("P"), QString(), QString(), QStringLiteral("2024-02-03"),
                     QStringLiteral("13:00:00")) +
            togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                     QStringLiteral("P"), QString(), QString(), QStringLiteral("2024-02-03"),
                     QStringLiteral("12:00:00")) +
            QStringLiteral("Marie Roy,m@x,Coop du Rucher,P,,,Yes,2024-02-04,09:00:00,2024-02-04,"
                           "10:00:00,1:00:00,,0,extra\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "Start date"), Pair(3, "Duration"),
                                           Pair(4, "Duration"), Pair(6, "Duration"), Pair(7, "")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("does not exist"));
    EXPECT_THAT(messageAt(result, 4), HasSubstr("15 values but the header names 14 columns"));
    EXPECT_THAT(entries(), IsEmpty());
}

TEST_F(CsvImportTrackersTest, ReadsDayFirstDatesWhenTheFileShowsThem)
{
    const QByteArray bytes =
        "Project,Client,Description,Task,User,Email,Start Date,Start Time,Duration (h)\n"
        "P,Coop du Rucher,,,Marie Roy,m@x,03/04/2024,09:00,1:00:00\n"
        "P,Coop du Rucher,,,Marie Roy,m@x,13/04/2024,09:00,1:00:00\n"
        "P,Coop du Rucher,,,Marie Roy,m@x,14.04.2024,09:00,1:00:00\n";
    const auto result = importCsv(db(), CsvKind::Hours, bytes);
    ASSERT_TRUE(result.ok()) << describeAll(result);
    const auto all = entries();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).date, QDate(2024, 4, 3));
    EXPECT_EQ(all.at(1).date, QDate(2024, 4, 13));
    EXPECT_EQ(all.at(2).date, QDate(2024, 4, 14));
}

TEST_F(CsvImportTrackersTest, RefusesDatesThatCouldBeReadEitherWay)
{
    const QByteArray header =
        "Project,Client,Description,Task,User,Email,Start Date,Start Time,Duration (h)\n";
    const auto ambiguous =
        importCsv(db(), CsvKind::Hours,
                  header + "P,Coop du Rucher,,,Marie Roy,m@x,03/04/2024,09:00,1:00:00\n"
                           "P,Coop du Rucher,,,Marie Roy,m@x,05/04/2024,09:00,1:00:00\n");
    EXPECT_THAT(where(ambiguous), ElementsAre(Pair(0, "Start Date")));
    EXPECT_THAT(messageAt(ambiguous, 0), HasSubstr("03/04/2024 (line 2)"));
    EXPECT_THAT(messageAt(ambiguous, 0), HasSubstr("YYYY-MM-DD"));
    EXPECT_EQ(ambiguous.rows, 2);

    const auto mixed =
        importCsv(db(), CsvKind::Hours,
                  header + "P,Coop du Rucher,,,Marie Roy,m@x,13/04/2024,09:00,1:00:00\n"
                           "P,Coop du Rucher,,,Marie Roy,m@x,04/14/2024,09:00,1:00:00\n");
    EXPECT_THAT(where(mixed), ElementsAre(Pair(0, "Start Date")));
    EXPECT_THAT(messageAt(mixed, 0), HasSubstr("13/04/2024 on line 2"));
    EXPECT_THAT(messageAt(mixed, 0), HasSubstr("04/14/2024 on line 3"));
    EXPECT_THAT(entries(), IsEmpty());
}

TEST_F(CsvImportTrackersTest, DryRunChecksATrackerFileAndWritesNothing)
{
    const QString text =
        TogglHeader + togglRow(QStringLiteral("Marie Roy"), QStringLiteral("Coop du Rucher"),
                               QStringLiteral("P"), QString(), QString(),
                               QStringLiteral("2024-09-02"), QStringLiteral("01:30:00"));
    const auto result = importCsv(db(), CsvKind::Hours, text, /*dryRun=*/true);
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_FALSE(result.written);
    EXPECT_EQ(result.rows, 1);
    EXPECT_EQ(result.sourceFormat, QStringLiteral("a Toggl Track detailed report"));
    EXPECT_THAT(entries(), IsEmpty());
}

TEST_F(CsvImportTrackersTest, LeavesBilansOwnFormatAndOtherKindsAsTheyWere)
{
    const auto result = importCsv(db(), CsvKind::Hours,
                                  QStringLiteral("date,expert,organisation,duration,field,note\n"
                                                 "2024-03-04,Marie Roy,Coop du Rucher,1:30,,\n"
                                                 "2024-03-05,Marie Roi,Coop du Rucher,1:30,,\n"));
    EXPECT_TRUE(result.sourceFormat.isEmpty());
    EXPECT_THAT(where(result), ElementsAre(Pair(3, "expert")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("add the expert or import the experts first"));

    // A tracker's header in another kind's file is that kind's problem, not a tracker's.
    const auto experts = importCsv(db(), CsvKind::Experts, TogglHeader);
    EXPECT_TRUE(experts.sourceFormat.isEmpty());
    EXPECT_FALSE(experts.ok());
}

} // namespace
