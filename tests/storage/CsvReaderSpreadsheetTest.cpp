// CsvReader on files as spreadsheets and DOS-era tools leave them: Excel's "sep=" line, a tab
// delimiter, a Ctrl-Z ending the file, rows of empty cells — at every chunk boundary.

#include "CsvReader.h"

#include <QBuffer>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using bilan::CsvReader;

namespace {

using Strings = std::vector<std::string>;

struct Parsed
{
    Strings header;
    char delimiter = 0;
    std::vector<Strings> rows;
    std::vector<int> lines;
    std::string error;
    int errorLine = 0;
};

Parsed parse(const QByteArray& bytes, int chunkSize = CsvReader::DefaultChunkSize,
             bool skipEmptyRows = false)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunkSize);
    reader.setSkipEmptyRows(skipEmptyRows);
    Parsed parsed;
    reader.readHeader();
    for (const QString& name : reader.header())
        parsed.header.push_back(name.toStdString());
    parsed.delimiter = reader.delimiter().toLatin1();
    CsvReader::Record record;
    while (reader.next(record)) {
        Strings fields;
        for (const QString& field : record.fields)
            fields.push_back(field.toStdString());
        parsed.rows.push_back(fields);
        parsed.lines.push_back(record.line);
    }
    parsed.error = reader.error().toStdString();
    parsed.errorLine = reader.errorLine();
    return parsed;
}

TEST(CsvReaderSpreadsheet, HonoursTheSeparatorLineAtAnyChunkSize)
{
    const QByteArray bytes("\xEF\xBB\xBFsep=;\r\na;b,c\r\n1;2,3\r\n");
    for (int chunk = 1; chunk <= 9; ++chunk) {
        SCOPED_TRACE(chunk);
        const Parsed p = parse(bytes, chunk);
        EXPECT_TRUE(p.error.empty()) << p.error;
        EXPECT_EQ(p.delimiter, ';');
        EXPECT_EQ(p.header, (Strings{"a", "b,c"}));
        EXPECT_EQ(p.rows, (std::vector<Strings>{{"1", "2,3"}}));
        EXPECT_EQ(p.lines, (std::vector<int>{3}));
    }
}

TEST(CsvReaderSpreadsheet, AHeaderThatStartsLikeSepIsAHeader)
{
    const Parsed p = parse("separator,b\n1,2\n");
    EXPECT_EQ(p.header, (Strings{"separator", "b"}));
    const Parsed q = parse("sep=,x\n1,2\n");
    EXPECT_EQ(q.errorLine, 1);
}

TEST(CsvReaderSpreadsheet, ATabDelimiterKeepsEmptyFields)
{
    const Parsed p = parse("sep=\t\na\tb\tc\n\t\t3\n1\t \"q\" \t\n");
    EXPECT_TRUE(p.error.empty()) << p.error;
    EXPECT_EQ(p.rows, (std::vector<Strings>{{"", "", "3"}, {"1", "q", ""}}));
}

TEST(CsvReaderSpreadsheet, DropsCtrlZAtTheEndAtAnyChunkSize)
{
    const QByteArray bytes("a,b\r\n1,2\r\n\x1a");
    const QByteArray inside("a,b\r\n1,\x1a\r\n3,4\x1a\r\n");
    for (int chunk = 1; chunk <= 6; ++chunk) {
        SCOPED_TRACE(chunk);
        EXPECT_EQ(parse(bytes, chunk).rows, (std::vector<Strings>{{"1", "2"}}));
        EXPECT_EQ(parse(inside, chunk).rows, (std::vector<Strings>{{"1", "\x1a"}, {"3", "4"}}));
    }
}

TEST(CsvReaderSpreadsheet, SkipsRowsOfEmptyCellsWhenAsked)
{
    const QByteArray bytes(",,\na,b\n,\n1,2\n \" \",\t\n\"\"\n");
    const Parsed kept = parse(bytes);
    EXPECT_EQ(kept.errorLine, 1); // "the header row has no column names"
    const Parsed skipped = parse(bytes, CsvReader::DefaultChunkSize, true);
    EXPECT_EQ(skipped.header, (Strings{"a", "b"}));
    EXPECT_EQ(skipped.rows, (std::vector<Strings>{{"1", "2"}}));
    EXPECT_EQ(skipped.lines, (std::vector<int>{4}));
}

} // namespace
