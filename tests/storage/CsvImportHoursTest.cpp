// The hours import (HoursImporter.cpp): durations, names, the 24 h day across the file and the
// database, closed years, all-or-nothing on a large file, and a timing of a year's worth of rows.

#include "CsvExporter.h"
#include "CsvImportSupport.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QElapsedTimer>

#include <gmock/gmock.h>

#include <iostream>

using namespace bilan;
using namespace bilan::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

namespace {

const QString Header = QStringLiteral("date,expert,organisation,duration,field,note\n");

class CsvImportHoursTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        m_awa = addExpert(db(), QStringLiteral("Awa Diallo"));
        m_li = addExpert(db(), QStringLiteral("李伟"));
        m_rucher = addOrganisation(db(), QStringLiteral("Coop du Rucher"));
        m_network = addOrganisation(db(), QStringLiteral("Réseau Coop"), OrganisationKind::Network);
    }

    QList<ServiceEntry> entries()
    {
        auto all = ServiceEntryRepository(db()).list({});
        EXPECT_TRUE(all.ok()) << all.message().toStdString();
        return all ? *all : QList<ServiceEntry>();
    }

    // `count` rows, one hour each, spread so that no expert's day goes past 24 h.
    static QByteArray generated(int count, int experts, int organisations,
                                const QHash<int, QByteArray>& replaced = {})
    {
        QByteArray bytes = "date,expert,organisation,duration,note\n";
        bytes.reserve(count * 60);
        const QDate first(2019, 4, 1);
        for (int i = 0; i < count; ++i) {
            const int line = i + 2;
            if (replaced.contains(line)) {
                bytes += replaced.value(line) + '\n';
                continue;
            }
            bytes += first.addDays(i / experts).toString(Qt::ISODate).toLatin1() + ",Expert " +
                     QByteArray::number(i % experts) + ",Organisation " +
                     QByteArray::number(i % organisations) + ",1h30,row " +
                     QByteArray::number(line) + '\n';
        }
        return bytes;
    }

    void addNamedPeople(int experts, int organisations)
    {
        for (int i = 0; i < experts; ++i)
            addExpert(db(), QStringLiteral("Expert %1").arg(i));
        for (int i = 0; i < organisations; ++i)
            addOrganisation(db(), QStringLiteral("Organisation %1").arg(i));
    }

    qint64 m_awa = 0;
    qint64 m_li = 0;
    qint64 m_rucher = 0;
    qint64 m_network = 0;
};

TEST_F(CsvImportHoursTest, ReadsEveryDurationSpelling)
{
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-05-01,Awa Diallo,Coop du Rucher,1.5,,\n"
                                          "2019-05-02,Awa Diallo,Coop du Rucher,\"1,5\",,\n"
                                          "2019-05-03,Awa Diallo,Coop du Rucher,1:30,,\n"
                                          "2019-05-04,Awa Diallo,Coop du Rucher,1h30,,\n"
                                          "2019-05-05,Awa Diallo,Coop du Rucher,90min,,\n"
                                          "2019-05-06,Awa Diallo,Coop du Rucher,2,,\n"
                                          "2019-05-07,Awa Diallo,Coop du Rucher,0.25,,\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    QList<int> minutes;
    for (const ServiceEntry& entry : entries())
        minutes << entry.minutes;
    EXPECT_EQ(minutes, (QList<int>{90, 90, 90, 90, 90, 120, 15}));
    auto total = ServiceEntryRepository(db()).totalMinutes({});
    ASSERT_OK(total);
    EXPECT_EQ(*total, 585);
}

TEST_F(CsvImportHoursTest, ResolvesNamesIgnoringCaseAndSpacesAndKeepsFieldAndNote)
{
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  QStringLiteral("note;field;duration;organisation;expert;date\r\n"
                                 "\"  Plan, \"\"phase 1\"\"\r\n  suite  \";Ressources humaines;2h;"
                                 "  coop DU   rucher ;AWA diallo;2019-05-01\r\n"
                                 ";;1:00;réseau coop;李伟;2019-05-01\r\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    const auto all = entries();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).expertId, m_awa);
    EXPECT_EQ(all.at(0).organisationId, m_rucher);
    EXPECT_EQ(all.at(0).minutes, 120);
    EXPECT_EQ(all.at(0).field, QStringLiteral("Ressources humaines"));
    EXPECT_EQ(all.at(0).note, QStringLiteral("  Plan, \"phase 1\"\r\n  suite  "));
    EXPECT_EQ(all.at(1).expertId, m_li);
    EXPECT_EQ(all.at(1).organisationId, m_network);
    EXPECT_TRUE(all.at(1).field.isEmpty());
    EXPECT_TRUE(all.at(1).note.isEmpty());
}

TEST_F(CsvImportHoursTest, ReportsUnknownNamesAndBadValuesWithTheirLineAndColumn)
{
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-05-01,Awa Diallo,Coop du Rucher,1h,,\"a note\n" // 2
                                          "on two lines\"\n"                                    // 3
                                          "2019-05-01,Nobody,Coop du Rucher,1h,,\n"             // 4
                                          "2019-05-01,Awa Diallo,Coop Inconnue,1h,,\n"          // 5
                                          "2019-02-30,Awa Diallo,Coop du Rucher,1h,,\n"         // 6
                                          "2019-05-01,Awa Diallo,Coop du Rucher,0,,\n"          // 7
                                          "2019-05-01,Awa Diallo,Coop du Rucher,soon,,\n"       // 8
                                          "2019-05-01,Awa Diallo,Coop du Rucher,25h,,\n"        // 9
                                          "2019-05-01,Awa Diallo,Coop du Rucher,1h75,,\n" // 10
                                          "2019-05-01,,,,,\n"));                          // 11
    EXPECT_THAT(where(result),
                ElementsAre(Pair(4, "expert"), Pair(5, "organisation"), Pair(6, "date"),
                            Pair(7, "duration"), Pair(8, "duration"), Pair(9, "duration"),
                            Pair(10, "duration"), Pair(11, "expert"), Pair(11, "organisation"),
                            Pair(11, "duration")));
    const std::string all = describeAll(result);
    EXPECT_THAT(all, HasSubstr("f:4: expert: no expert named \"Nobody\""));
    EXPECT_THAT(all, HasSubstr("f:5: organisation: no organisation named \"Coop Inconnue\""));
    EXPECT_THAT(all, HasSubstr("f:6: date: 2019-02-30 does not exist in the calendar"));
    EXPECT_THAT(all, HasSubstr("f:7: duration: the duration must be more than zero"));
    EXPECT_THAT(all, HasSubstr("more than the 24 h of a day"));
    EXPECT_EQ(rowCount(db(), "service_entries"), 0);
}

TEST_F(CsvImportHoursTest, AnExpertsDayStaysWithin24HoursAcrossTheFile)
{
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-06-04,李伟,Coop du Rucher,10h,,\n"
                                          "2019-06-04,Awa Diallo,Coop du Rucher,10h,,\n"
                                          "2019-06-04,李伟,Réseau Coop,10h,,\n"
                                          "2019-06-05,李伟,Réseau Coop,10h,,\n"
                                          "2019-06-04,李伟,Coop du Rucher,4:01,,\n"
                                          "2019-06-06,Awa Diallo,Coop du Rucher,24:00,,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(6, "duration")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("2019-06-04 to 24:01 h"));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("already logged: 20:00 h"));
    EXPECT_EQ(rowCount(db(), "service_entries"), 0);
}

// The day totals are checked once the whole file is read, yet a reader wants the problems in the
// order of the file.
TEST_F(CsvImportHoursTest, ProblemsFoundAtTheEndAreReportedInTheOrderOfTheFile)
{
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-06-04,李伟,Coop du Rucher,20h,,\n"
                                          "2019-06-04,李伟,Coop du Rucher,5h,,\n"
                                          "2019-06-05,Nobody,Coop du Rucher,1h,,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(3, "duration"), Pair(4, "expert")))
        << describeAll(result);
}

TEST_F(CsvImportHoursTest, EveryProblemOfARowIsReportedNotOnlyTheFirst)
{
    const auto result = importCsv(
        db(), CsvKind::Hours, Header + QStringLiteral("2019-06-04,Nobody,Coop du Rucher,0,,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "expert"), Pair(2, "duration")))
        << describeAll(result);
}

TEST_F(CsvImportHoursTest, AFieldNameCannotHoldTheExpertsFieldSeparator)
{
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-06-04,李伟,Coop du Rucher,1h,RH|Paie,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "field")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("cannot contain \"|\""));
    EXPECT_EQ(rowCount(db(), "service_entries"), 0);
}

TEST_F(CsvImportHoursTest, AnExpertsDayCountsTheHoursAlreadyInTheDatabase)
{
    ServiceEntry existing;
    existing.date = QDate(2019, 6, 3);
    existing.expertId = m_awa;
    existing.organisationId = m_rucher;
    existing.minutes = 20 * 60;
    ASSERT_OK(ServiceEntryRepository(db()).add(existing));

    const QString exactly24 = Header + QStringLiteral("2019-06-03,Awa Diallo,Réseau Coop,4h,,\n");
    const auto fits = importCsv(db(), CsvKind::Hours, exactly24, true);
    EXPECT_TRUE(fits.ok()) << describeAll(fits);

    const auto result =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-06-02,Awa Diallo,Réseau Coop,23h,,\n"
                                          "2019-06-03,Awa Diallo,Réseau Coop,3h,,\n"
                                          "2019-06-03,Awa Diallo,Coop du Rucher,1h01,,\n"
                                          "2019-06-03,李伟,Coop du Rucher,20h,,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(4, "duration")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("already logged: 23:00 h"));
    EXPECT_EQ(rowCount(db(), "service_entries"), 1);
}

TEST_F(CsvImportHoursTest, AClosedFiscalYearRefusesHoursFromItsFirstToItsLastDay)
{
    ASSERT_OK(SettingsRepository(db()).closeYear(FiscalYear(2019)));
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-03-31,Awa Diallo,Coop du Rucher,1h,,\n"
                                          "2019-04-01,Awa Diallo,Coop du Rucher,1h,,\n"
                                          "2019-10-15,Awa Diallo,Coop du Rucher,1h,,\n"
                                          "2020-03-31,Awa Diallo,Coop du Rucher,1h,,\n"
                                          "2020-04-01,Awa Diallo,Coop du Rucher,1h,,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(3, "date"), Pair(4, "date"), Pair(5, "date")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("fiscal year 2019-2020 is closed"));
    EXPECT_EQ(rowCount(db(), "service_entries"), 0);

    const auto open =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-03-31,Awa Diallo,Coop du Rucher,1h,,\n"
                                          "2020-04-01,Awa Diallo,Coop du Rucher,1h,,\n"));
    EXPECT_TRUE(open.ok()) << describeAll(open);
    EXPECT_EQ(rowCount(db(), "service_entries"), 2);
}

TEST_F(CsvImportHoursTest, CreatesAFieldNamedForTheFirstTimeOnceIgnoringCase)
{
    const auto result =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-05-01,Awa Diallo,Coop du Rucher,1h,Web,\n"
                                          "2019-05-02,Awa Diallo,Coop du Rucher,1h,  WEB ,\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(rowCount(db(), "fields"), 1);
    const auto all = entries();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(1).field, QStringLiteral("Web"));
}

TEST_F(CsvImportHoursTest, DryRunChecksTheWholeFileAndWritesNothing)
{
    const QString text = Header + QStringLiteral("2019-05-01,Awa Diallo,Coop du Rucher,1h,,\n"
                                                 "2019-05-01,Nobody,Coop du Rucher,1h,,\n");
    const auto dry = importCsv(db(), CsvKind::Hours, text, true);
    const auto real = importCsv(db(), CsvKind::Hours, text);
    EXPECT_THAT(where(dry), ElementsAre(Pair(3, "expert")));
    EXPECT_EQ(describeAll(dry), describeAll(real));
    const auto good =
        importCsv(db(), CsvKind::Hours,
                  Header + QStringLiteral("2019-05-01,Awa Diallo,Coop du Rucher,1h,,\n"), true);
    EXPECT_TRUE(good.ok()) << describeAll(good);
    EXPECT_FALSE(good.written);
    EXPECT_EQ(rowCount(db(), "service_entries"), 0);
}

TEST_F(CsvImportHoursTest, TenThousandRowsWithThreeBadOnesWriteNothingAndReportExactlyThose)
{
    addNamedPeople(10, 7);
    const QByteArray bytes =
        generated(10000, 10, 7,
                  {{1235, "2019-08-01,Expert 99,Organisation 1,1h,unknown expert"},
                   {5001, "2019-08-01,Expert 1,Organisation 1,0,zero"},
                   {9999, "2019-02-30,Expert 2,Organisation 2,1h,bad date"}});
    const auto result = importCsv(db(), CsvKind::Hours, bytes);
    EXPECT_EQ(result.rows, 10000);
    EXPECT_FALSE(result.written);
    EXPECT_THAT(where(result),
                ElementsAre(Pair(1235, "expert"), Pair(5001, "duration"), Pair(9999, "date")))
        << describeAll(result);
    EXPECT_EQ(rowCount(db(), "service_entries"), 0);

    QHash<int, QByteArray> none;
    const auto fixed = importCsv(db(), CsvKind::Hours, generated(10000, 10, 7, none));
    EXPECT_TRUE(fixed.ok()) << describeAll(fixed);
    EXPECT_EQ(rowCount(db(), "service_entries"), 10000);
}

TEST_F(CsvImportHoursTest, FortyThousandRowsPerformance)
{
    addNamedPeople(25, 300);
    const QByteArray bytes = generated(40000, 25, 300);
    QElapsedTimer timer;
    timer.start();
    const auto result = importCsv(db(), CsvKind::Hours, bytes);
    const qint64 elapsed = timer.elapsed();
    std::cout << "[ perf ] 40000 hours rows in " << elapsed << " ms" << std::endl;
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(rowCount(db(), "service_entries"), 40000);
    auto total = ServiceEntryRepository(db()).totalMinutes({});
    ASSERT_OK(total);
    EXPECT_EQ(*total, 40000 * 90);

    QByteArray exported;
    QBuffer buffer(&exported);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    timer.restart();
    auto rows = CsvExporter(db()).exportTo(CsvKind::Hours, buffer);
    std::cout << "[ perf ] 40000 hours rows exported in " << timer.elapsed() << " ms" << std::endl;
    ASSERT_OK(rows);
    EXPECT_EQ(*rows, 40000);
}

} // namespace
