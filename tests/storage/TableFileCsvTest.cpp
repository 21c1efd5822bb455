// A list written as a CSV file (TableFile): each type in DESIGN.md's spelling, text guarded
// against formulas as the CSV export guards it, all or nothing and owner-only; a name that is
// neither .csv nor .xlsx refused.

#include "CsvReader.h"
#include "TableFile.h"
#include "TableFileTestData.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

class TableFileCsvTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_dir;
};

TEST_F(TableFileCsvTest, WritesEachTypeInItsSpelling)
{
    const QString file = path(QStringLiteral("list.csv"));
    const Status written = TableFile::write(everyTypeTable(), file);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    EXPECT_EQ(
        bytesOf(file).toStdString(),
        "\xEF\xBB\xBF"
        "Name,Count,Ratio,Share,Day,When,Time,Amount,Active\r\n"
        "\"Coop, Le Rucher\",3,2.50,12.5,2026-01-31,2026-01-31T14:05:00Z,1:30,1234.50,true\r\n"
        "\"'=1+1\",-4,1234.57,0.0,1999-12-31,2026-06-01T12:00:00Z,0:00,-0.05,false\r\n"
        "\"Line one\nline two\",,,,,,10:05,1000000.00,\r\n");
}

TEST_F(TableFileCsvTest, ReadsBackAsTheSameCellsThroughTheProjectsReader)
{
    const QString file = path(QStringLiteral("list.csv"));
    ASSERT_TRUE(TableFile::write(everyTypeTable(), file).ok());
    QFile input(file);
    ASSERT_TRUE(input.open(QIODevice::ReadOnly));
    CsvReader reader(&input);
    ASSERT_TRUE(reader.readHeader()) << reader.error().toStdString();
    EXPECT_EQ(reader.header().size(), 9);
    CsvReader::Record record;
    QList<QStringList> rows{reader.header()};
    while (reader.next(record))
        rows << record.fields;
    ASSERT_TRUE(reader.error().isEmpty()) << reader.error().toStdString();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(1).at(0), QStringLiteral("Coop, Le Rucher"));
    // The guard's quote is there for a spreadsheet; the importer removes it (CsvFormulaGuard).
    EXPECT_EQ(rows.at(2).at(0), QStringLiteral("'=1+1"));
    EXPECT_EQ(rows.at(3).at(0), QStringLiteral("Line one\nline two"));
    EXPECT_EQ(rows.at(3).size(), 9);
}

TEST_F(TableFileCsvTest, AValueNotOfItsColumnsTypeIsWrittenAsGuardedText)
{
    using Type = TableColumn::Type;
    TableData table;
    table.columns = {{QStringLiteral("Day"), Type::Date},
                     {QStringLiteral("Hours"), Type::Minutes},
                     {QStringLiteral("Amount"), Type::Cents},
                     {QStringLiteral("Yes"), Type::Boolean},
                     {QStringLiteral("Ratio"), Type::Number}};
    table.rows = {{QStringLiteral("soon"), QStringLiteral("=2"), 1.5, QStringLiteral("maybe"),
                   QStringLiteral("-1")},
                  // Strings that are of the type are taken; a short row ends in empty cells.
                  {QStringLiteral("2026-02-28"), QStringLiteral("75"), QStringLiteral("-250")}};
    const QString file = path(QStringLiteral("mixed.csv"));
    ASSERT_TRUE(TableFile::write(table, file).ok());
    EXPECT_EQ(bytesOf(file).toStdString(), "\xEF\xBB\xBF"
                                           "Day,Hours,Amount,Yes,Ratio\r\n"
                                           "soon,\"'=2\",1.5,maybe,-1.00\r\n"
                                           "2026-02-28,1:15,-2.50,,\r\n");
}

TEST_F(TableFileCsvTest, TheExtensionChoosesTheFormatWhateverItsCase)
{
    const QString upper = path(QStringLiteral("LIST.CSV"));
    ASSERT_TRUE(TableFile::write(everyTypeTable(), upper).ok());
    EXPECT_TRUE(bytesOf(upper).startsWith("\xEF\xBB\xBFName,Count"));
    EXPECT_EQ(TableFile::extensions(),
              (QStringList{QStringLiteral("csv"), QStringLiteral("xlsx")}));
}

TEST_F(TableFileCsvTest, AnotherExtensionIsRefusedAndNothingIsWritten)
{
    for (const QString& name : {QStringLiteral("list.txt"), QStringLiteral("list.ods"),
                                QStringLiteral("list"), QStringLiteral("list.csv.bak")}) {
        const Status refused = TableFile::write(everyTypeTable(), path(name));
        ASSERT_FALSE(refused.ok()) << name.toStdString();
        EXPECT_THAT(refused.message().toStdString(), HasSubstr(".csv"));
        EXPECT_THAT(refused.message().toStdString(), HasSubstr(".xlsx"));
        EXPECT_EQ(refused.error().field, QStringLiteral("file"));
    }
    EXPECT_TRUE(entries().isEmpty()) << entries().join(u' ').toStdString();
}

TEST_F(TableFileCsvTest, AMissingFolderIsSaidAndNothingIsLeft)
{
    const QString file = path(QStringLiteral("missing/list.csv"));
    const Status refused = TableFile::write(everyTypeTable(), file);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("does not exist"));
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(entries().isEmpty()) << entries().join(u' ').toStdString();
}

TEST_F(TableFileCsvTest, ReplacesAnExistingFileWholeAndOwnerOnly)
{
    const QString file = path(QStringLiteral("list.csv"));
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("an older list, longer than the new one will be: ");
        old.write(QByteArray(4096, 'x'));
    }
    ::chmod(QFile::encodeName(file).constData(), 0644);
    TableData small;
    small.columns = {{QStringLiteral("Name"), TableColumn::Type::Text}};
    small.rows = {{QStringLiteral("Alice")}};
    ASSERT_TRUE(TableFile::write(small, file).ok());
    EXPECT_EQ(bytesOf(file).toStdString(), "\xEF\xBB\xBFName\r\nAlice\r\n");
    EXPECT_EQ(modeOf(file), 0600);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("list.csv")});
}

TEST_F(TableFileCsvTest, AFullDiskLeavesTheOlderFileAndSaysSo)
{
    const QString file = path(QStringLiteral("list.csv"));
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("older");
    }
    TableData big = everyTypeTable();
    for (int i = 0; i < 2000; ++i)
        big.rows << big.rows.first();
    Status written;
    {
        FileSizeLimit limit(4096);
        written = TableFile::write(big, file);
    }
    ASSERT_FALSE(written.ok());
    EXPECT_THAT(written.message().toStdString(), HasSubstr("the disk is full"));
    EXPECT_EQ(bytesOf(file), QByteArray("older"));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("list.csv")});
}

TEST_F(TableFileCsvTest, NeverReplacesADatabase)
{
    const QString database = path(QStringLiteral("bilan.sqlite"));
    {
        QFile file(database);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'));
    }
    const QString link = path(QStringLiteral("list.csv"));
    ASSERT_TRUE(QFile::link(database, link));
    const QByteArray before = bytesOf(database);
    EXPECT_FALSE(TableFile::write(everyTypeTable(), link).ok());
    // A database whose name ends in .csv, named as the open one.
    const QString named = path(QStringLiteral("odd.csv"));
    ASSERT_TRUE(QFile::copy(database, named));
    const Status refused = TableFile::write(everyTypeTable(), named, named);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("database"));
    EXPECT_EQ(bytesOf(named), before);
    EXPECT_EQ(bytesOf(database), before);
}

} // namespace
