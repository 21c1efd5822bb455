// Files as spreadsheets leave them (issue 9, findings 14-16): durations saved as times, empty
// rows, Excel's "sep=" line, a Ctrl-Z at the end, a doubled byte-order mark, and a folder
// given for a file.

#include "CsvExporter.h"
#include "CsvImportSupport.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

class CsvSpreadsheetFilesTest : public DatabaseTest
{
protected:
    QByteArray exportHours(Database& db)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        EXPECT_TRUE(buffer.open(QIODevice::WriteOnly));
        auto rows = CsvExporter(db).exportTo(CsvKind::Hours, buffer);
        EXPECT_TRUE(rows.ok()) << rows.message().toStdString();
        return bytes;
    }

    QList<int> storedMinutes(Database& db)
    {
        auto entries = ServiceEntryRepository(db).list({});
        EXPECT_TRUE(entries.ok()) << entries.message().toStdString();
        QList<int> all;
        for (const ServiceEntry& entry : entries ? *entries : QList<ServiceEntry>())
            all << entry.minutes;
        std::sort(all.begin(), all.end());
        return all;
    }

    void addEntries(Database& db, const QList<int>& minutes)
    {
        const qint64 organisation = addOrganisation(db, QStringLiteral("Coop du Rucher"));
        const qint64 expert = addExpert(db, QStringLiteral("Awa Diallo"));
        QDate day(2019, 5, 1);
        for (int m : minutes) {
            auto added = ServiceEntryRepository(db).add(
                {0, day, expert, organisation, m, {}, QStringLiteral("note"), {}, {}});
            EXPECT_TRUE(added.ok()) << added.message().toStdString();
            day = day.addDays(1);
        }
    }
};

const QList<int> Durations{1, 90, 120, 605, 810, 1439, 1440};

// What LibreOffice Calc or Excel write back for each export spelling, by locale.
QByteArray asSavedBySpreadsheet(QByteArray bytes, bool twelveHourClock)
{
    const QList<QPair<QByteArray, QByteArray>> times =
        twelveHourClock
            ? QList<QPair<QByteArray, QByteArray>>{{",0:01,", ",12:01:00 AM,"},
                                                   {",1:30,", ",01:30:00 AM,"},
                                                   {",2:00,", ",02:00:00 AM,"},
                                                   {",10:05,", ",10:05:00 AM,"},
                                                   {",13:30,", ",01:30:00 PM,"},
                                                   {",23:59,", ",11:59:00 PM,"},
                                                   {",24:00,", ",24:00:00,"}}
            : QList<QPair<QByteArray, QByteArray>>{
                  {",0:01,", ",00:01:00,"},  {",1:30,", ",1:30:00,"},   {",2:00,", ",2:00:00,"},
                  {",10:05,", ",10:05:00,"}, {",13:30,", ",13:30:00,"}, {",23:59,", ",23:59:00,"},
                  {",24:00,", ",24:00:00,"}};
    for (const auto& [from, to] : times) {
        EXPECT_TRUE(bytes.contains(from)) << from.toStdString();
        bytes.replace(from, to);
    }
    return bytes;
}

TEST_F(CsvSpreadsheetFilesTest, HoursSavedBySpreadsheetImportIntoAFreshDatabase)
{
    addEntries(db(), Durations);
    const QByteArray exported = exportHours(db());
    for (const bool twelveHourClock : {false, true}) {
        TestDatabase fresh;
        addOrganisation(fresh.db(), QStringLiteral("Coop du Rucher"));
        addExpert(fresh.db(), QStringLiteral("Awa Diallo"));
        const auto result =
            importCsv(fresh.db(), CsvKind::Hours, asSavedBySpreadsheet(exported, twelveHourClock));
        ASSERT_TRUE(result.ok()) << describeAll(result);
        EXPECT_EQ(storedMinutes(fresh.db()), Durations);
        EXPECT_EQ(exportHours(fresh.db()), exported);
    }
}

TEST_F(CsvSpreadsheetFilesTest, SkipsEmptyRowsAnywhereAndKeepsTheFilesLineNumbers)
{
    const auto result = importCsv(db(), CsvKind::Organisations,
                                  QStringLiteral(",,\n"
                                                 "name,kind,region\n"
                                                 ",,\n"
                                                 "Coop A,coop,\n"
                                                 " , \t, \n"
                                                 "\"\",\"\",\"\"\n"
                                                 "Coop B,bogus,\n"
                                                 ",,\n"
                                                 ",,\n"));
    EXPECT_EQ(where(result), (std::vector<std::pair<int, std::string>>{{7, "kind"}}))
        << describeAll(result);
    const auto fixed = importCsv(db(), CsvKind::Organisations,
                                 QStringLiteral("name,kind,region\r\n,,\r\nCoop A,coop,\r\n"
                                                ",,\r\n,,\r\n"));
    ASSERT_TRUE(fixed.ok()) << describeAll(fixed);
    EXPECT_EQ(fixed.rows, 1);
    EXPECT_EQ(rowCount(db(), "organisations"), 1);
}

TEST_F(CsvSpreadsheetFilesTest, HonoursExcelsSeparatorLine)
{
    for (const QString& file :
         {QStringLiteral("sep=,\nname,kind,region\nCoop A,coop,\"Estrie; Québec\"\n"),
          QStringLiteral("\uFEFFsep=;\r\nname;kind;region\r\nCoop A;coop;Estrie, Québec\r\n"),
          QStringLiteral("\"sep=;\"\nname;kind\nCoop A;coop\n"),
          QStringLiteral("SEP=|\nname|kind\nCoop A|coop\n"),
          QStringLiteral("sep=\t\nname\tkind\tregion\tsector\nCoop A\tcoop\t\tagri\n")}) {
        TestDatabase fresh;
        const auto result = importCsv(fresh.db(), CsvKind::Organisations, file);
        ASSERT_TRUE(result.ok()) << file.toStdString() << "\n" << describeAll(result);
        EXPECT_EQ(result.rows, 1);
        EXPECT_TRUE(result.ignoredColumns.isEmpty());
    }
    // Line numbers count the separator line.
    const auto bad =
        importCsv(db(), CsvKind::Organisations, QStringLiteral("sep=,\nname,kind\nCoop A,bogus\n"));
    EXPECT_EQ(where(bad), (std::vector<std::pair<int, std::string>>{{3, "kind"}}));
    const auto unknown =
        importCsv(db(), CsvKind::Organisations, QStringLiteral("sep=#\nname#kind\nA#coop\n"));
    ASSERT_EQ(unknown.problems.size(), 1);
    EXPECT_EQ(unknown.problems.first().line, 1);
    EXPECT_THAT(messageAt(unknown, 0), HasSubstr("names a delimiter Bilan does not read"));
}

TEST_F(CsvSpreadsheetFilesTest, ATrailingCtrlZIsTheEndOfTheFile)
{
    for (const QByteArray& end : {QByteArray("\x1a"), QByteArray("\r\n\x1a"),
                                  QByteArray("\r\n\x1a\x1a\r\n"), QByteArray("\x1a\n")}) {
        TestDatabase fresh;
        const auto result =
            importCsv(fresh.db(), CsvKind::Organisations, "name,kind\r\nCoop A,coop" + end);
        ASSERT_TRUE(result.ok()) << describeAll(result);
        EXPECT_EQ(result.rows, 1);
    }
    // Elsewhere it is text, and the message shows it.
    const auto inside =
        importCsv(db(), CsvKind::Organisations, QByteArray("name,kind\nCoop A,coop\x1a\nB,coop\n"));
    ASSERT_EQ(inside.problems.size(), 1) << describeAll(inside);
    EXPECT_THAT(describeAll(inside), HasSubstr("coop\\x1a"));
}

TEST_F(CsvSpreadsheetFilesTest, ADoubledByteOrderMarkIsShownNotBlamedOnAColumn)
{
    const auto result = importCsv(db(), CsvKind::Organisations,
                                  QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFname,kind\nCoop A,coop\n"));
    ASSERT_EQ(result.problems.size(), 1) << describeAll(result);
    const std::string line = describeAll(result);
    EXPECT_THAT(line, HasSubstr("<U+FEFF>name"));
    EXPECT_THAT(line, HasSubstr("invisible character"));
    EXPECT_THAT(line, Not(HasSubstr("missing")));
    EXPECT_THAT(line, Not(HasSubstr("\xEF\xBB\xBF")));
    // A zero-width space anywhere in a column name is found the same way.
    const auto zeroWidth =
        importCsv(db(), CsvKind::Organisations, QStringLiteral("name,ki\u200Bnd\nCoop A,coop\n"));
    EXPECT_THAT(describeAll(zeroWidth), HasSubstr("ki<U+200B>nd"));
}

TEST_F(CsvSpreadsheetFilesTest, AFolderIsSaidToBeAFolder)
{
    QTemporaryDir folder;
    const auto result = CsvImporter(db()).importFile(CsvKind::Organisations, folder.path());
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_THAT(messageAt(result, 0), HasSubstr("is a folder, not a CSV file"));
}

} // namespace
