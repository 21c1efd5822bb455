// Issue 9, findings 6 and 16 (re-trial): every text cell holding a character it cannot hold is
// reported, on its own, whatever else is wrong with the row, and the character is named
// escaped; a cell is never reported twice. Before, the check ran only once the row's choices
// and dates had read, so a bad kind hid an ESC in the name.

#include "CsvImportSupport.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

namespace {

class CsvEveryCellTest : public DatabaseTest
{};

// The problems as describe() prints them, joined.
std::string printed(const ImportResult& result)
{
    return describeAll(result);
}

TEST_F(CsvEveryCellTest, ABadTextCellIsReportedBesideTheRowsOtherProblems)
{
    auto organisations =
        importCsv(db(), CsvKind::Organisations, QByteArray("name,kind\nB\x1bX,zzz\n"));
    EXPECT_THAT(where(organisations), ElementsAre(Pair(2, "name"), Pair(2, "kind")));
    EXPECT_THAT(printed(organisations), HasSubstr("B\\x1bX"));

    auto experts = importCsv(db(), CsvKind::Experts,
                             QByteArray("name,role,started\nE\x1a,badrole,2015-01-01\n"));
    EXPECT_THAT(where(experts), ElementsAre(Pair(2, "name"), Pair(2, "role")));
    EXPECT_THAT(printed(experts), HasSubstr("\\x1a (U+001A)"));

    addOrganisation(db(), QStringLiteral("Base"));
    auto board = importCsv(db(), CsvKind::Board,
                           QByteArray("name,organisation,role,started\n"
                                      "D\x1bx,Base,badrole,2015-01-01\n"));
    EXPECT_THAT(where(board), ElementsAre(Pair(2, "name"), Pair(2, "role")));

    auto activities = importCsv(db(), CsvKind::Activities,
                                QByteArray("date,type,audience,title\n"
                                           "2020-01-01,bad,networks,T\x1bx\n"));
    EXPECT_THAT(where(activities), ElementsAre(Pair(2, "title"), Pair(2, "type")));

    auto finances = importCsv(db(), CsvKind::Finances,
                              QByteArray("year,scenario,kind,label,amount\n"
                                         "2020,actual,expense,L\x1b,\n"));
    EXPECT_THAT(where(finances), ElementsAre(Pair(2, "label"), Pair(2, "amount")));

    auto hours = importCsv(db(), CsvKind::Hours,
                           QByteArray("date,expert,organisation,duration,note\n"
                                      "2020-01-01,Nobody\x1b,Base,zz,a\x01note\n"));
    EXPECT_THAT(where(hours), ElementsAre(Pair(2, "expert"), Pair(2, "note"), Pair(2, "duration")))
        << printed(hours);
    EXPECT_FALSE(printed(hours).find('\x1b') != std::string::npos);
}

TEST_F(CsvEveryCellTest, ACellTheRowsOwnChecksRefuseTooIsReportedOnce)
{
    auto result = importCsv(db(), CsvKind::Organisations,
                            QByteArray("name,kind,region,network\n"
                                       "Good\x1b,coop,R\x1b,Net\x1b\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "name"), Pair(2, "region"), Pair(2, "network")))
        << printed(result);
    EXPECT_EQ(rowCount(db(), "organisations"), 0);
}

// Files pasted together keep a DOS end-of-file mark between them; a line of nothing but an
// invisible character reads as a blank name.
TEST_F(CsvEveryCellTest, AControlOrInvisibleCharacterOnALineOfItsOwnIsNamed)
{
    auto pasted = importCsv(db(), CsvKind::Organisations,
                            QByteArray("name,kind\nA,coop\n\x1aname,kind\nB,coop\n\x1a"));
    EXPECT_THAT(where(pasted), ElementsAre(Pair(3, "name"), Pair(3, "kind")));
    EXPECT_THAT(messageAt(pasted, 0), HasSubstr("U+001A"));

    for (const QByteArray& alone : {QByteArray("\x1a"), QByteArray("\x1a,"), QByteArray(1, '\0'),
                                    QByteArray("\x1b"), QByteArray("\xe2\x80\x8b")}) {
        auto result = importCsv(db(), CsvKind::Organisations,
                                QByteArray("name,kind\nA,coop\n") + alone + "\nB,coop\n");
        ASSERT_FALSE(result.problems.isEmpty()) << alone.toHex().toStdString();
        EXPECT_EQ(result.problems.first().line, 3);
        EXPECT_EQ(result.problems.first().column, QStringLiteral("name"));
        EXPECT_THAT(messageAt(result, 0), HasSubstr("character")) << alone.toHex().toStdString();
    }
    auto trailing =
        importCsv(db(), CsvKind::Organisations, QByteArray("name,kind\nA,coop\n\x1a\0\0\0", 21));
    ASSERT_FALSE(trailing.problems.isEmpty());
    EXPECT_EQ(trailing.problems.first().column, QStringLiteral("name"));
    EXPECT_THAT(messageAt(trailing, 0), HasSubstr("U+001A"));
    EXPECT_EQ(rowCount(db(), "organisations"), 0);
}

// Finding 4: the value was trimmed before its check, so a leading line break vanished.
TEST_F(CsvEveryCellTest, ALeadingOrTrailingLineBreakIsRefusedLikeOneInTheMiddle)
{
    auto result =
        importCsv(db(), CsvKind::Organisations,
                  QByteArray("name,kind\n\"\n=nl\",coop\n\"\rCR\",coop\n\"End\n\",coop\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "name"), Pair(4, "name"), Pair(6, "name")))
        << printed(result);
    EXPECT_THAT(messageAt(result, 0), HasSubstr("line break"));
    EXPECT_EQ(rowCount(db(), "organisations"), 0);

    // Notes may hold line breaks anywhere.
    auto meetings = importCsv(db(), CsvKind::Meetings,
                              QByteArray("date,kind,notes\n2020-01-01,board,\"\nfirst\n\"\n"));
    EXPECT_TRUE(meetings.problems.isEmpty()) << printed(meetings);
}

// Finding 2, through the import: names that look alike are refused.
TEST_F(CsvEveryCellTest, NamesThatOnlyLookAlikeAreRefused)
{
    auto result = importCsv(db(), CsvKind::Organisations,
                            QByteArray("name,kind\nCoop,coop\nCo\xe2\x80\x8bop,coop\n"
                                       "Co\xe2\x80\xaeop,coop\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(3, "name"), Pair(4, "name")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("Co<U+200B>op"));
    EXPECT_THAT(messageAt(result, 1), HasSubstr("<U+202E> (U+202E)"));
}

// A choice, date or amount holding such a character names it escaped in its own message.
TEST_F(CsvEveryCellTest, ANonTextCellShowsItsCharacterEscaped)
{
    auto result = importCsv(db(), CsvKind::Activities,
                            QByteArray("date,type,audience\n2020-01-0\x1b,tr\x1a,\xe2\x80\x8b\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "date"), Pair(2, "type"), Pair(2, "audience")));
    const std::string text = printed(result);
    EXPECT_THAT(text, HasSubstr("2020-01-0\\x1b"));
    EXPECT_THAT(text, HasSubstr("tr\\x1a"));
    EXPECT_THAT(text, HasSubstr("<U+200B>"));
}

} // namespace
