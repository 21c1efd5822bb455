#include "CsvReader.h"

#include <QBuffer>
#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using bilan::CsvReader;

namespace {

using Strings = std::vector<std::string>;

Strings strings(const QStringList& list)
{
    Strings out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

// Everything a reader produced from one input, in a form GoogleTest prints readably.
struct Parsed
{
    bool headerOk = false;
    Strings header;
    char delimiter = 0;
    std::vector<Strings> rows;
    std::vector<int> lines;
    std::string error;
    int errorLine = 0;
    qint64 bytesRead = 0;
};

Parsed parse(const QByteArray& bytes, int chunkSize = CsvReader::DefaultChunkSize)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunkSize);
    Parsed parsed;
    parsed.headerOk = reader.readHeader();
    parsed.header = strings(reader.header());
    parsed.delimiter = reader.delimiter().toLatin1();
    CsvReader::Record record;
    while (reader.next(record)) {
        parsed.rows.push_back(strings(record.fields));
        parsed.lines.push_back(record.line);
    }
    parsed.error = reader.error().toStdString();
    parsed.errorLine = reader.errorLine();
    parsed.bytesRead = reader.bytesRead();
    return parsed;
}

} // namespace

TEST(CsvReader, ReadsHeaderAndRecords)
{
    const Parsed p = parse("name,kind,region\nLe Rucher,coop,Estrie\nAtelier,osbl,\n");
    ASSERT_TRUE(p.headerOk) << p.error;
    EXPECT_EQ(p.delimiter, ',');
    EXPECT_EQ(p.header, (Strings{"name", "kind", "region"}));
    EXPECT_EQ(p.rows,
              (std::vector<Strings>{{"Le Rucher", "coop", "Estrie"}, {"Atelier", "osbl", ""}}));
    EXPECT_EQ(p.lines, (std::vector<int>{2, 3}));
    EXPECT_EQ(p.error, "");
}

TEST(CsvReader, DetectsSemicolon)
{
    const Parsed p = parse("date;expert;duration\n2024-01-05;Ana;1,5\n");
    ASSERT_TRUE(p.headerOk) << p.error;
    EXPECT_EQ(p.delimiter, ';');
    EXPECT_EQ(p.header, (Strings{"date", "expert", "duration"}));
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"2024-01-05", "Ana", "1,5"}}));
}

TEST(CsvReader, CountsDelimitersOutsideQuotesOnly)
{
    const Parsed p = parse("\"a,b,c\";d;e\n1;2;3\n");
    EXPECT_EQ(p.delimiter, ';');
    EXPECT_EQ(p.header, (Strings{"a,b,c", "d", "e"}));

    const Parsed q = parse("\"x;y;z\",w\n1,2\n");
    EXPECT_EQ(q.delimiter, ',');
    EXPECT_EQ(q.header, (Strings{"x;y;z", "w"}));
}

TEST(CsvReader, PrefersCommaOnTie)
{
    EXPECT_EQ(parse("a;b,c\n").delimiter, ',');
    EXPECT_EQ(parse("single\nvalue\n").delimiter, ',');
}

TEST(CsvReader, DetectsDelimiterInHeaderAfterBlankLines)
{
    const Parsed p = parse("\n  \r\n\"multi\nline\";b;c\n1;2;3\n");
    EXPECT_EQ(p.delimiter, ';');
    EXPECT_EQ(p.header, (Strings{"multi\nline", "b", "c"}));
    EXPECT_EQ(p.lines, (std::vector<int>{5}));
}

TEST(CsvReader, StripsBom)
{
    const Parsed with = parse("\xEF\xBB\xBFname;kind\nA;B\n");
    EXPECT_TRUE(with.headerOk);
    EXPECT_EQ(with.header, (Strings{"name", "kind"}));
    EXPECT_EQ(with.delimiter, ';');
    EXPECT_EQ(with.lines, (std::vector<int>{2}));

    const Parsed without = parse("name;kind\nA;B\n");
    EXPECT_EQ(without.header, with.header);
    EXPECT_EQ(without.rows, with.rows);
}

TEST(CsvReader, KeepsAByteOrderMarkThatIsNotAtTheStart)
{
    const Parsed p = parse("h\n\xEF\xBB\xBFx\n");
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"\xEF\xBB\xBFx"}}));
}

TEST(CsvReader, TrimsHeaderNamesButNotValues)
{
    const Parsed p = parse(" Name , Kind\t\n  spaced  , x \n");
    EXPECT_EQ(p.header, (Strings{"Name", "Kind"}));
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"  spaced  ", " x "}}));
}

TEST(CsvReader, ReadsQuotedFields)
{
    const Parsed p = parse("a,b,c,d\n"
                           "\"x, y\",\"say \"\"hi\"\"\",\"\",\"\"\"\"\n"
                           "\"semi;colon\",plain,\"\",end\n");
    ASSERT_TRUE(p.error.empty()) << p.error;
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"x, y", "say \"hi\"", "", "\""},
                                            {"semi;colon", "plain", "", "end"}}));
}

TEST(CsvReader, CountsLineBreaksInsideQuotes)
{
    const Parsed p = parse("note,n\n"
                           "\"one\ntwo\",1\n"         // lines 2-3
                           "\"crlf\r\ninside\",2\r\n" // lines 4-5
                           "\"lone\rcr\",3\n"         // lines 6-7
                           "\"\n\n\n\",4\n"           // lines 8-11
                           "last,5\n");               // line 12
    ASSERT_TRUE(p.error.empty()) << p.error;
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"one\ntwo", "1"},
                                            {"crlf\r\ninside", "2"},
                                            {"lone\rcr", "3"},
                                            {"\n\n\n", "4"},
                                            {"last", "5"}}));
    EXPECT_EQ(p.lines, (std::vector<int>{2, 4, 6, 8, 12}));
}

TEST(CsvReader, AcceptsEveryRowEnding)
{
    const std::vector<Strings> expected{{"1", "2"}, {"3", "4"}};
    for (const char* text : {"a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4\n", "a,b\r1,2\r3,4\r",
                             "a,b\r\n1,2\n3,4\r", "a,b\n1,2\n3,4"}) {
        SCOPED_TRACE(text);
        const Parsed p = parse(text);
        EXPECT_EQ(p.header, (Strings{"a", "b"}));
        EXPECT_EQ(p.rows, expected);
        EXPECT_EQ(p.lines, (std::vector<int>{2, 3}));
        EXPECT_TRUE(p.error.empty());
    }
}

TEST(CsvReader, ReadsLastRowWithoutLineBreak)
{
    EXPECT_EQ(parse("a,b\n1,\"2\"").rows, (std::vector<Strings>{{"1", "2"}}));
    EXPECT_EQ(parse("a,b\n1,").rows, (std::vector<Strings>{{"1", ""}}));
    EXPECT_EQ(parse("a,b\n1,\"2\"  ").rows, (std::vector<Strings>{{"1", "2"}}));
}

TEST(CsvReader, SkipsBlankLines)
{
    const Parsed p = parse("\n\r\n  \t\nname,kind\n\n1,2\n   \n\r\n3,4\n\n\n \n");
    ASSERT_TRUE(p.headerOk) << p.error;
    EXPECT_EQ(p.header, (Strings{"name", "kind"}));
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"1", "2"}, {"3", "4"}}));
    EXPECT_EQ(p.lines, (std::vector<int>{6, 9}));
    EXPECT_TRUE(p.error.empty());
}

TEST(CsvReader, KeepsALoneQuotedEmptyField)
{
    const Parsed p = parse("only\n\"\"\nx\n");
    EXPECT_EQ(p.rows, (std::vector<Strings>{{""}, {"x"}}));
    EXPECT_EQ(p.lines, (std::vector<int>{2, 3}));
}

TEST(CsvReader, KeepsRecordsOfAnyWidth)
{
    const Parsed p = parse("a,b,c\n1\n1,2,3,4,5\n,,\n");
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"1"}, {"1", "2", "3", "4", "5"}, {"", "", ""}}));
}

TEST(CsvReader, ReadsHeaderOnly)
{
    for (const char* text : {"a,b", "a,b\n", "a,b\r\n\r\n  \n"}) {
        const Parsed p = parse(text);
        EXPECT_TRUE(p.headerOk);
        EXPECT_EQ(p.header, (Strings{"a", "b"}));
        EXPECT_TRUE(p.rows.empty());
        EXPECT_TRUE(p.error.empty()) << p.error;
    }
}

TEST(CsvReader, RefusesEmptyFile)
{
    for (const char* text : {"", "\xEF\xBB\xBF", "\n\n", " \r\n\t\r\n"}) {
        SCOPED_TRACE(text);
        const Parsed p = parse(text);
        EXPECT_FALSE(p.headerOk);
        EXPECT_FALSE(p.error.empty());
        EXPECT_EQ(p.errorLine, 0);
        EXPECT_TRUE(p.rows.empty());
    }
}

TEST(CsvReader, RefusesHeaderWithoutNames)
{
    const Parsed p = parse("\n , ,\n1,2,3\n");
    EXPECT_FALSE(p.headerOk);
    EXPECT_EQ(p.errorLine, 2);
    EXPECT_NE(p.error.find("no column names"), std::string::npos) << p.error;
    EXPECT_TRUE(p.rows.empty());
}

TEST(CsvReader, ReportsUnterminatedQuoteWhereItStarted)
{
    const Parsed p = parse("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"1", "2"}}));
    EXPECT_EQ(p.errorLine, 3);
    EXPECT_NE(p.error.find("not closed"), std::string::npos) << p.error;
}

TEST(CsvReader, ReportsTextAfterClosingQuote)
{
    const Parsed p = parse("a,b\n1,2\n\"ab\"c,3\n4,5\n");
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"1", "2"}}));
    EXPECT_EQ(p.errorLine, 3);
    EXPECT_NE(p.error.find("after a closing quote"), std::string::npos) << p.error;

    const Parsed multiline = parse("a,b\n\"x\ny\" z,1\n");
    EXPECT_EQ(multiline.errorLine, 3);
    EXPECT_FALSE(parse("a,b\n1,\"2\" \"3\"\n").error.empty());
}

TEST(CsvReader, AllowsSpacesAroundQuotedFields)
{
    const Parsed p = parse("a,b,c\n1, \"x,y\" ,\t\"z\"\t\n");
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"1", "x,y", "z"}}));
    EXPECT_TRUE(p.error.empty()) << p.error;
}

TEST(CsvReader, KeepsQuoteInsideUnquotedField)
{
    const Parsed p = parse("a,b\n5\" screen,it's\n");
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"5\" screen", "it's"}}));
}

// A file that is mostly UTF-8 is not Windows-1252 because of one stray byte
// (CsvReaderEncodingTest has the files that are).
TEST(CsvReader, RefusesInvalidUtf8WithItsLine)
{
    const Parsed p =
        parse("name,kind\nCaf\xC3\xA9,coop\nCaf\xE9,coop\nR\xC3\xA9seau \xC3\xA9t\xC3\xA9,x\n");
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"Caf\xC3\xA9", "coop"}}));
    EXPECT_EQ(p.errorLine, 3);
    EXPECT_NE(p.error.find("not valid UTF-8"), std::string::npos) << p.error;
}

// A UTF-8 byte-order mark says UTF-8 whatever follows.
TEST(CsvReader, RefusesInvalidUtf8InQuotesAndInHeader)
{
    EXPECT_EQ(parse("\xEF\xBB\xBF"
                    "a\n\"one\ntwo\n\xFF\"\n")
                  .errorLine,
              4);
    const Parsed header = parse("\xEF\xBB\xBFn\xC0me,kind\n1,2\n");
    EXPECT_FALSE(header.headerOk);
    EXPECT_EQ(header.errorLine, 1);
    EXPECT_NE(header.error.find("not valid UTF-8"), std::string::npos) << header.error;
}

TEST(CsvReader, RefusesTruncatedSequenceAtEnd)
{
    for (int chunk : {1, 2, 3, CsvReader::DefaultChunkSize}) {
        const Parsed p = parse("\xEF\xBB\xBF"
                               "a\nok\n\xE2\x82",
                               chunk);
        EXPECT_EQ(p.rows, (std::vector<Strings>{{"ok"}}));
        EXPECT_EQ(p.errorLine, 3) << "chunk " << chunk;
    }
}

TEST(CsvReader, StopsAfterAnError)
{
    QByteArray bytes("a\n\"x\"y\nb\nc\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    ASSERT_TRUE(reader.readHeader());
    CsvReader::Record record;
    EXPECT_FALSE(reader.next(record));
    const QString error = reader.error();
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(reader.next(record));
    EXPECT_EQ(reader.error(), error);
    EXPECT_EQ(reader.errorLine(), 2);
}

TEST(CsvReader, PassesNonLatinTextThrough)
{
    const QString arabic = QStringLiteral("تعاونية النحل");
    const QString cjk = QStringLiteral("合作社；東京");
    const QString emoji = QStringLiteral("🐝👩🏽‍🌾 🇨🇦");
    const QString text =
        QStringLiteral("name;note\n%1;\"%2\"\n%3;\"a;\"\"b\"\"\"\n").arg(arabic, cjk, emoji);
    const Parsed p = parse(text.toUtf8());
    EXPECT_EQ(p.delimiter, ';');
    EXPECT_EQ(p.rows, (std::vector<Strings>{{arabic.toStdString(), cjk.toStdString()},
                                            {emoji.toStdString(), "a;\"b\""}}));
}

TEST(CsvReader, DecodesAcrossAnyChunkBoundary)
{
    const QString text = QStringLiteral("\uFEFFnom;\"été\";時間\r\n"
                                        "Coopérative « Le Rucher »;\"مرحبا\r\nبكم\";🐝🍯\r\n"
                                        "\"a\"\"b\";\"\";x\r"
                                        "\r\n"
                                        "日本語,テスト;  \"😀\"  ;末尾");
    const QByteArray bytes = text.toUtf8();
    const Parsed whole = parse(bytes);
    ASSERT_TRUE(whole.error.empty()) << whole.error;
    ASSERT_EQ(whole.rows.size(), 3u);
    EXPECT_EQ(whole.header, (Strings{"nom", "été", "時間"}));
    EXPECT_EQ(whole.rows[1], (Strings{"a\"b", "", "x"}));
    EXPECT_EQ(whole.rows[2], (Strings{"日本語,テスト", "😀", "末尾"}));
    EXPECT_EQ(whole.lines, (std::vector<int>{2, 4, 6}));
    for (int chunk = 1; chunk <= 7; ++chunk) {
        SCOPED_TRACE(chunk);
        const Parsed p = parse(bytes, chunk);
        EXPECT_TRUE(p.error.empty()) << p.error;
        EXPECT_EQ(p.header, whole.header);
        EXPECT_EQ(p.delimiter, ';');
        EXPECT_EQ(p.rows, whole.rows);
        EXPECT_EQ(p.lines, whole.lines);
    }
}

TEST(CsvReader, FindsErrorsAcrossAnyChunkBoundary)
{
    for (int chunk = 1; chunk <= 7; ++chunk) {
        SCOPED_TRACE(chunk);
        EXPECT_EQ(parse("h\n\"é\r\n\"x\n", chunk).errorLine, 3);
        EXPECT_EQ(parse("h\r\n\"é\r\n", chunk).errorLine, 2);
        EXPECT_EQ(parse("h\né\né\xE9\n", chunk).errorLine, 3);
    }
}

TEST(CsvReader, CountsBytesRead)
{
    const QByteArray bytes("a,b\n1,2\n3,4\n");
    EXPECT_EQ(parse(bytes).bytesRead, bytes.size());
    EXPECT_EQ(parse(bytes, 5).bytesRead, bytes.size());
}

TEST(CsvReader, BoundsFieldLength)
{
    QByteArray bytes("a,b\n1,\"");
    bytes.append(QByteArray(1000, 'x'));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, 64);
    reader.setMaxFieldLength(100);
    ASSERT_TRUE(reader.readHeader());
    CsvReader::Record record;
    EXPECT_FALSE(reader.next(record));
    EXPECT_EQ(reader.errorLine(), 2);
    EXPECT_LT(reader.bytesRead(), bytes.size());
}

// Issue 9 (re-trial): a row of 50 million commas took 1.2 GB, a string per empty field.
TEST(CsvReader, BoundsTheFieldsOfARowAndReadsPastThemInConstantMemory)
{
    QByteArray bytes("a,b\n1,2\n");
    bytes.append(QByteArray(3'000'000, ','));
    bytes.append("\n3,4\n");
    QElapsedTimer timer;
    timer.start();
    const Parsed parsed = parse(bytes);
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_EQ(parsed.rows, std::vector<Strings>({{"1", "2"}}));
    EXPECT_EQ(parsed.errorLine, 3);
    EXPECT_NE(parsed.error.find("3000001 values, more than the 16384"), std::string::npos)
        << parsed.error;

    // Up to the bound a row reads as usual; the header is bounded too.
    QByteArray small("a,b\n1,2,3\n1,2,3,4\n");
    QBuffer buffer(&small);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, 4);
    reader.setMaxFieldCount(3);
    ASSERT_TRUE(reader.readHeader());
    CsvReader::Record record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.fields.size(), 3);
    EXPECT_FALSE(reader.next(record));
    EXPECT_EQ(reader.errorLine(), 3);
    EXPECT_TRUE(reader.error().contains(QStringLiteral("4 values")));

    QByteArray wide(20'000, ',');
    EXPECT_FALSE(parse(wide).headerOk);
    EXPECT_EQ(parse(wide).errorLine, 1);
}

TEST(CsvReader, DetectsDelimiterWithoutHeader)
{
    QByteArray bytes("\n1;2\n3;4\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvReader::Record record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(reader.delimiter(), u';');
    EXPECT_EQ(strings(record.fields), (Strings{"1", "2"}));
    EXPECT_EQ(record.line, 2);
}

TEST(CsvReader, ReportsReadFailure)
{
    QByteArray bytes("a,b\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly); // reading it fails
    CsvReader reader(&buffer);
    EXPECT_FALSE(reader.readHeader());
    EXPECT_FALSE(reader.error().isEmpty());
}
