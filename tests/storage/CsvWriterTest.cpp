#include "CsvWriter.h"
#include "CsvReader.h"

#include <QBuffer>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using bilan::CsvReader;
using bilan::CsvWriter;

namespace {

QByteArray written(const QList<QStringList>& rows, QChar delimiter = u',', bool bom = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, delimiter, bom);
    for (const QStringList& row : rows)
        writer.writeRow(row);
    EXPECT_TRUE(writer.ok()) << writer.error().toStdString();
    return bytes;
}

std::string text(const QByteArray& bytes)
{
    return bytes.toStdString();
}

// Values that break naive CSV code or naive SQL.
const QStringList& awkwardValues()
{
    static const QStringList values{
        QStringLiteral("plain"),
        QStringLiteral("comma, inside"),
        QStringLiteral("semi;colon"),
        QStringLiteral("say \"hi\""),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("line\nbreak"),
        QStringLiteral("crlf\r\nbreak"),
        QStringLiteral("lone\rcr"),
        QStringLiteral("\n"),
        QStringLiteral("  leading"),
        QStringLiteral("trailing  "),
        QStringLiteral("\ttab"),
        QStringLiteral(" "),
        QStringLiteral("'); DROP TABLE x; --"),
        QStringLiteral("=SUM(A1:A2)"),
        QStringLiteral("تعاونية النحل"),
        QStringLiteral("合作社；東京"),
        QStringLiteral("🐝👩🏽‍🌾🇨🇦"),
        QString(),
        QStringLiteral("5\" screen"),
        QStringLiteral(" \"quoted\" "),
    };
    return values;
}

} // namespace

TEST(CsvWriter, WritesBomOnlyWhenAsked)
{
    const QList<QStringList> rows{{QStringLiteral("a"), QStringLiteral("b")}};
    EXPECT_EQ(text(written(rows, u',', true)), "\xEF\xBB\xBF"
                                               "a,b\r\n");
    EXPECT_EQ(text(written(rows, u',', false)), "a,b\r\n");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer); // the default is a BOM, for Excel
    writer.writeRow({QStringLiteral("x")});
    EXPECT_EQ(text(bytes), "\xEF\xBB\xBFx\r\n");
}

TEST(CsvWriter, QuotesOnlyWhenNeeded)
{
    const QByteArray bytes =
        written({{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("a;b"),
                  QStringLiteral("q\"q"), QStringLiteral("l\nf"), QStringLiteral("c\rr"),
                  QStringLiteral(" lead"), QStringLiteral("trail "), QStringLiteral("in side"),
                  QString()}});
    EXPECT_EQ(text(bytes), "plain,\"a,b\",a;b,\"q\"\"q\",\"l\nf\",\"c\rr\",\" lead\",\"trail \","
                           "in side,\r\n");
}

TEST(CsvWriter, QuotesSemicolonsWhenTheyDelimit)
{
    const QByteArray bytes =
        written({{QStringLiteral("a,b"), QStringLiteral("a;b"), QStringLiteral("1,5")}}, u';');
    EXPECT_EQ(text(bytes), "a,b;\"a;b\";1,5\r\n");
}

TEST(CsvWriter, DoublesQuotes)
{
    EXPECT_EQ(text(written({{QStringLiteral("\"")}})), "\"\"\"\"\r\n");
    EXPECT_EQ(text(written({{QStringLiteral("\"a\"\"b\"")}})), "\"\"\"a\"\"\"\"b\"\"\"\r\n");
}

TEST(CsvWriter, EndsEveryRowWithCrLf)
{
    EXPECT_EQ(text(written({{QStringLiteral("a")}, {QStringLiteral("b"), QStringLiteral("c")}})),
              "a\r\nb,c\r\n");
}

TEST(CsvWriter, KeepsALoneEmptyFieldFromLookingBlank)
{
    EXPECT_EQ(text(written({{QString()}})), "\"\"\r\n");
    EXPECT_EQ(text(written({{QString(), QString()}})), ",\r\n");
    EXPECT_EQ(text(written({QStringList()})), "\r\n");
}

TEST(CsvWriter, WritesUtf8)
{
    const QString value = QStringLiteral("été 東京 🐝");
    EXPECT_EQ(written({{value}}), value.toUtf8() + "\r\n");
}

TEST(CsvWriter, ReportsWriteFailure)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly); // writing to it fails
    CsvWriter writer(&buffer, u',', false);
    EXPECT_TRUE(writer.ok());
    writer.writeRow({QStringLiteral("a")});
    EXPECT_FALSE(writer.ok());
    EXPECT_FALSE(writer.error().isEmpty());
    writer.writeRow({QStringLiteral("b")});
    EXPECT_TRUE(bytes.isEmpty());
}

class CsvRoundTrip : public testing::TestWithParam<char16_t>
{};

TEST_P(CsvRoundTrip, ReadsBackWhatWasWritten)
{
    const QChar delimiter = GetParam();
    const QStringList header{QStringLiteral("name"), QStringLiteral("value"),
                             QStringLiteral("note")};
    QList<QStringList> rows{header};
    for (const QString& value : awkwardValues())
        rows.append({QStringLiteral("v%1").arg(rows.size()), value, value + value});
    for (const QString& value : awkwardValues())
        rows.append({value}); // lone fields: no delimiter to lean on
    rows.append({QString(), QString(), QString()});

    const QByteArray bytes = written(rows, delimiter, true);
    for (int chunk : {1, 3, 7, CsvReader::DefaultChunkSize}) {
        SCOPED_TRACE(chunk);
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, chunk);
        ASSERT_TRUE(reader.readHeader()) << reader.error().toStdString();
        EXPECT_EQ(reader.delimiter(), delimiter);
        EXPECT_EQ(reader.header(), header);
        CsvReader::Record record;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            ASSERT_TRUE(reader.next(record)) << "row " << i << ": " << reader.error().toStdString();
            EXPECT_EQ(record.fields, rows[i])
                << "row " << i << ": " << record.fields.join(u'|').toStdString();
        }
        EXPECT_FALSE(reader.next(record));
        EXPECT_TRUE(reader.error().isEmpty()) << reader.error().toStdString();
        EXPECT_EQ(reader.bytesRead(), bytes.size());
    }
}

TEST_P(CsvRoundTrip, CountsLinesOfMultilineValues)
{
    const QByteArray bytes = written({{QStringLiteral("a"), QStringLiteral("b")},
                                      {QStringLiteral("x\r\ny\nz"), QStringLiteral("1")},
                                      {QStringLiteral("w"), QStringLiteral("2")}},
                                     GetParam());
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    ASSERT_TRUE(reader.readHeader());
    CsvReader::Record record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 2);
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 5);
}

INSTANTIATE_TEST_SUITE_P(CsvDelimiters, CsvRoundTrip, testing::Values(u',', u';'),
                         [](const testing::TestParamInfo<char16_t>& info) {
                             return std::string(info.param == u',' ? "Comma" : "Semicolon");
                         });

namespace {

TEST(CsvWriter, GuardsFormulasInTextColumnsOnly)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, u',', false);
    writer.setTextColumns({false, true, true});
    writer.writeRow({QStringLiteral("-5"), QStringLiteral("-Coop"), QStringLiteral("Coop")});
    writer.writeRow({QStringLiteral("=1"), QStringLiteral("@SUM(A1)"), QStringLiteral("'=x")});
    EXPECT_EQ(text(bytes), "-5,\"'-Coop\",Coop\r\n=1,\"'@SUM(A1)\",\"''=x\"\r\n");
}

} // namespace
