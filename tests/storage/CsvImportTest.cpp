// The CSV import's handling of the file itself (DESIGN.md "CSV import formats"): header,
// delimiter, encoding, quoting, line endings, problems and their physical line numbers.

#include "ActivityRepository.h"
#include "CsvImportSupport.h"
#include "CsvImporter.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

namespace {

class CsvImportTest : public DatabaseTest
{
protected:
    QList<Organisation> organisations()
    {
        auto all = OrganisationRepository(db()).all();
        EXPECT_TRUE(all.ok()) << all.message().toStdString();
        return all ? *all : QList<Organisation>();
    }
};

TEST_F(CsvImportTest, ReadsHeaderNamedColumnsInAnyOrderAndLetterCase)
{
    const auto result = importCsv(db(), CsvKind::Activities,
                                  QStringLiteral(" Title ,AUDIENCE,type,Date\n"
                                                 "Salon des coops,networks,event,2019-05-02\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_TRUE(result.written);
    EXPECT_EQ(result.rows, 1);
    auto all = ActivityRepository(db()).all();
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().title, QStringLiteral("Salon des coops"));
    EXPECT_EQ(all->first().audience, Audience::Networks);
    EXPECT_EQ(all->first().type, ActivityType::Event);
    EXPECT_EQ(all->first().date, QDate(2019, 5, 2));
}

TEST_F(CsvImportTest, DetectsSemicolonsSoThatCommasNeedNoQuotes)
{
    const auto result =
        importCsv(db(), CsvKind::Organisations,
                  QStringLiteral("name;kind;region\nCoop, Le Rucher;coop;Estrie, Québec\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    const auto all = organisations();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().name, QStringLiteral("Coop, Le Rucher"));
    EXPECT_EQ(all.first().region, QStringLiteral("Estrie, Québec"));
}

TEST_F(CsvImportTest, ReadsUtf8WithOrWithoutByteOrderMark)
{
    const QByteArray body = QStringLiteral("name,kind\nتعاونية النحل,coop\n").toUtf8();
    ASSERT_TRUE(importCsv(db(), CsvKind::Organisations, body).ok());
    const auto withBom = importCsv(db(), CsvKind::Organisations,
                                   QByteArray("\xEF\xBB\xBF") +
                                       QStringLiteral("name,kind\n東京合作社,mutual\n").toUtf8());
    // A BOM left in the first column name would make "name" unknown and missing.
    ASSERT_TRUE(withBom.ok()) << describeAll(withBom);
    EXPECT_TRUE(withBom.ignoredColumns.isEmpty());
    const auto all = organisations();
    ASSERT_EQ(all.size(), 2);
    QStringList names{all.at(0).name, all.at(1).name};
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("تعاونية النحل"), QStringLiteral("東京合作社")}));
}

// Text that is not UTF-8 is Windows-1252 (CsvExcelFilesTest has Excel's files); one of the
// bytes Windows-1252 leaves undefined is refused with its line.
TEST_F(CsvImportTest, RefusesTextThatIsNotUtf8)
{
    const auto result = importCsv(db(), CsvKind::Organisations,
                                  QByteArray("name,kind\nCaf\xE9 coop,coop\nCaf\x81,coop\n"));
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(where(result), (std::vector<std::pair<int, std::string>>{{3, ""}}));
    EXPECT_EQ(result.encoding, QStringLiteral("Windows-1252"));
    EXPECT_FALSE(result.written);
    EXPECT_EQ(rowCount(db(), "organisations"), 0);
}

TEST_F(CsvImportTest, UnquotesCommasQuotesAndLineBreaks)
{
    const auto result =
        importCsv(db(), CsvKind::Organisations,
                  QStringLiteral("name,kind,sector\n"
                                 "\"Coop \"\"Le Rucher\"\", Sherbrooke\",coop,\"agri, food\"\n"
                                 "Mutuelle,mutual,insurance\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.rows, 2);
    const auto all = organisations();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).name, QStringLiteral("Coop \"Le Rucher\", Sherbrooke"));
    EXPECT_EQ(all.at(0).sector, QStringLiteral("agri, food"));
    EXPECT_EQ(all.at(1).name, QStringLiteral("Mutuelle"));

    // Line breaks belong in notes; a name or a sector is one line.
    const auto notes = importCsv(db(), CsvKind::Meetings,
                                 QStringLiteral("date,kind,notes\n"
                                                "2019-05-01,board,\"agri,\r\nfood\"\n"));
    ASSERT_TRUE(notes.ok()) << describeAll(notes);
    auto meeting = MeetingRepository(db()).find(QDate(2019, 5, 1), MeetingKind::Board);
    ASSERT_OK(meeting);
    ASSERT_TRUE(meeting->has_value());
    EXPECT_EQ((*meeting)->notes, QStringLiteral("agri,\r\nfood"));
}

TEST_F(CsvImportTest, AcceptsCrlfOrLfAndSkipsBlankLines)
{
    const auto result = importCsv(db(), CsvKind::Organisations,
                                  QStringLiteral("\r\nname,kind\r\nA,coop\r\n\r\n   \nB,npo\nC,"
                                                 "network\r\n\r\n\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.rows, 3);
    EXPECT_EQ(rowCount(db(), "organisations"), 3);
}

TEST_F(CsvImportTest, AMissingRequiredColumnIsReportedOnLineOneAndNothingIsWritten)
{
    const auto result =
        importCsv(db(), CsvKind::Memberships, QStringLiteral("organisation,left\nA,2020-01-01\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(1, "category"), Pair(1, "joined")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("required column is missing"));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("organisation, category, joined, left"));
    EXPECT_EQ(result.rows, 0);
    EXPECT_FALSE(result.written);
    EXPECT_EQ(rowCount(db(), "memberships"), 0);
}

TEST_F(CsvImportTest, HeaderProblemsNameTheHeadersOwnLine)
{
    const auto result =
        importCsv(db(), CsvKind::Organisations, QStringLiteral("\n\nname\nCoop C\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(3, "kind")));
}

TEST_F(CsvImportTest, AColumnNamedTwiceIsReported)
{
    const auto result =
        importCsv(db(), CsvKind::Organisations, QStringLiteral("name,kind,Name\nA,coop,B\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(1, "name")));
    EXPECT_EQ(rowCount(db(), "organisations"), 0);
}

TEST_F(CsvImportTest, IgnoresAndListsUnknownColumns)
{
    const auto result =
        importCsv(db(), CsvKind::Organisations,
                  QStringLiteral("name,Colour,kind,comment\nA,blue,coop,first\nB,red,npo,\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.ignoredColumns,
              (QStringList{QStringLiteral("Colour"), QStringLiteral("comment")}));
    EXPECT_EQ(rowCount(db(), "organisations"), 2);
}

TEST_F(CsvImportTest, ReportsARowWithMoreValuesThanTheHeader)
{
    const auto result =
        importCsv(db(), CsvKind::Organisations,
                  QStringLiteral("name,kind\nA,coop\nCoop, Le Rucher,coop\nB,npo\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(3, "")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("3 values"));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("2 columns"));
    EXPECT_FALSE(result.written);
    EXPECT_EQ(rowCount(db(), "organisations"), 0);
}

TEST_F(CsvImportTest, ARowWithFewerValuesMissesItsRequiredOnes)
{
    const auto result = importCsv(db(), CsvKind::Activities,
                                  QStringLiteral("date,type,audience\n2019-05-02,event\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "audience")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("a value is required"));
}

TEST_F(CsvImportTest, ReportsEveryBadRowNotJustTheFirstAndWritesNone)
{
    const auto result = importCsv(db(), CsvKind::Activities,
                                  QStringLiteral("date,type,audience,title\n"
                                                 "2019-05-02,event,networks,ok\n"
                                                 "2019-02-30,event,networks,bad date\n"
                                                 "2019-05-03,party,networks,bad type\n"
                                                 "2019-05-04,meeting,networks,ok\n"
                                                 "2019-5-4,meeting,everyone,two bad\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(3, "date"), Pair(4, "type"), Pair(6, "date"),
                                           Pair(6, "audience")));
    EXPECT_EQ(messageAt(result, 0), "2019-02-30 does not exist in the calendar");
    EXPECT_THAT(messageAt(result, 1),
                HasSubstr("\"party\" is not one of event, meeting, agreement"));
    EXPECT_THAT(messageAt(result, 2), HasSubstr("YYYY-MM-DD"));
    EXPECT_EQ(result.rows, 5);
    EXPECT_FALSE(result.written);
    EXPECT_EQ(rowCount(db(), "activities"), 0);
}

TEST_F(CsvImportTest, ProblemLinesArePhysicalLinesAfterQuotedLineBreaksAndBlankLines)
{
    const auto result = importCsv(db(), CsvKind::Activities,
                                  QStringLiteral("date,type,audience,title\n"        // 1
                                                 "2019-05-02,event,networks,\"one\n" // 2
                                                 "two\r\n"                           // 3
                                                 "three\"\n"                         // 4
                                                 "\n"                                // 5
                                                 "2019-13-01,event,networks,x\n"     // 6
                                                 "2019-05-03,event,\"nobody\n"       // 7
                                                 "\",x\n"                            // 8
                                                 "2019-05-04,oops,networks,x\n"));   // 9
    // A title is one line: the line breaks of line 2 are refused, and still counted.
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "title"), Pair(6, "date"), Pair(7, "audience"),
                                           Pair(9, "type")));
}

TEST_F(CsvImportTest, DryRunWritesNothingButReportsTheSameProblems)
{
    const QString good = QStringLiteral("name,kind\nA,coop\nB,network\n");
    const auto checked = importCsv(db(), CsvKind::Organisations, good, true);
    EXPECT_TRUE(checked.ok()) << describeAll(checked);
    EXPECT_EQ(checked.rows, 2);
    EXPECT_FALSE(checked.written);
    EXPECT_EQ(rowCount(db(), "organisations"), 0);

    const QString bad = QStringLiteral("name,kind\nA,coop\nB,club\n,npo\na,coop\n");
    const auto dry = importCsv(db(), CsvKind::Organisations, bad, true);
    const auto real = importCsv(db(), CsvKind::Organisations, bad, false);
    EXPECT_THAT(where(dry), ElementsAre(Pair(3, "kind"), Pair(4, "name"), Pair(5, "name")));
    EXPECT_EQ(where(dry), where(real));
    EXPECT_EQ(describeAll(dry), describeAll(real));
    EXPECT_THAT(messageAt(dry, 2), HasSubstr("already exists"));
    EXPECT_EQ(rowCount(db(), "organisations"), 0);

    // The dry run left nothing behind that would make the real import fail.
    const auto imported = importCsv(db(), CsvKind::Organisations, good);
    EXPECT_TRUE(imported.ok()) << describeAll(imported);
    EXPECT_EQ(rowCount(db(), "organisations"), 2);
}

TEST_F(CsvImportTest, AnEmptyFileIsAProblem)
{
    for (const QByteArray& bytes :
         {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\r\n  \n")}) {
        const auto result = importCsv(db(), CsvKind::Organisations, bytes);
        EXPECT_FALSE(result.ok());
        EXPECT_EQ(result.rows, 0);
    }
}

TEST_F(CsvImportTest, AHeaderWithoutRowsImportsNothingSuccessfully)
{
    const auto result = importCsv(db(), CsvKind::Organisations, QStringLiteral("name,kind\r\n"));
    EXPECT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.rows, 0);
}

TEST_F(CsvImportTest, DescribeGivesFileLineColumnMessage)
{
    EXPECT_EQ(
        CsvImporter::describe(QStringLiteral("orgs.csv"),
                              {3, QStringLiteral("kind"), QStringLiteral("\"club\" is wrong")}),
        QStringLiteral("orgs.csv:3: kind: \"club\" is wrong"));
    EXPECT_EQ(CsvImporter::describe(QStringLiteral("orgs.csv"),
                                    {7, QString(), QStringLiteral("too many values")}),
              QStringLiteral("orgs.csv:7: too many values"));
    EXPECT_EQ(CsvImporter::describe(QStringLiteral("/tmp/orgs.csv"),
                                    {0, QString(), QStringLiteral("cannot read")}),
              QStringLiteral("/tmp/orgs.csv: cannot read"));

    const auto result =
        importCsv(db(), CsvKind::Organisations, QStringLiteral("name,kind\nA,coop\nB,club\n"));
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_EQ(CsvImporter::describe(QStringLiteral("orgs.csv"), result.problems.first()),
              QStringLiteral("orgs.csv:3: kind: \"club\" is not one of coop, mutual, npo, network, "
                             "other"));
}

TEST_F(CsvImportTest, ImportsAFileAndReportsProgressAgainstItsSize)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orgs.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray bytes = "name;kind\r\n";
    for (int i = 0; i < 5000; ++i)
        bytes += "Organisation " + QByteArray::number(i) + ";npo\r\n";
    file.write(bytes);
    file.close();

    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    int calls = 0;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        EXPECT_GE(done, lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
    };
    const auto result = CsvImporter(db()).importFile(CsvKind::Organisations, path, options);
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.rows, 5000);
    EXPECT_EQ(rowCount(db(), "organisations"), 5000);
    EXPECT_GE(calls, 2);
    EXPECT_EQ(lastTotal, bytes.size());
    EXPECT_EQ(lastDone, bytes.size());
}

TEST_F(CsvImportTest, AFileThatCannotBeReadIsReportedWithoutALine)
{
    QTemporaryDir dir;
    const auto result = CsvImporter(db()).importFile(CsvKind::Organisations,
                                                     dir.filePath(QStringLiteral("missing.csv")));
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_EQ(result.problems.first().line, 0);
    EXPECT_THAT(messageAt(result, 0), HasSubstr("cannot read the file"));
}

TEST_F(CsvImportTest, AReadOnlyDatabaseIsReportedOnceNotOnEveryRow)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto readOnly = Database::open(m_test.path(), options);
    ASSERT_OK(readOnly);
    QByteArray bytes = "name,kind\n";
    for (int i = 0; i < 100; ++i)
        bytes += "Organisation " + QByteArray::number(i) + ",coop\n";
    const auto result = importCsv(**readOnly, CsvKind::Organisations, bytes);
    ASSERT_EQ(result.problems.size(), 1) << describeAll(result);
    EXPECT_EQ(result.problems.first().line, 0);
    EXPECT_FALSE(result.written);
    EXPECT_EQ(rowCount(db(), "organisations"), 0);
}

TEST_F(CsvImportTest, AnUnterminatedQuoteIsReportedWhereItStarts)
{
    const auto result = importCsv(db(), CsvKind::Organisations,
                                  QStringLiteral("name,kind\nA,coop\n\"B,npo\nC,coop\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problems.last().line, 3) << describeAll(result);
    EXPECT_EQ(rowCount(db(), "organisations"), 0);
}

} // namespace
