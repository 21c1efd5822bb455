// Several lists in one workbook (TableFile::write of a list of tables, for `bilan figures
// --xlsx`), and cells that carry their own type (TableCell) in a column of mixed figures.

#include "TableFile.h"
#include "TableFileTestData.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

using Type = TableColumn::Type;

TableData figures(const QString& sheet)
{
    TableData table;
    table.sheetName = sheet;
    table.columns = {{QStringLiteral("Figure"), Type::Text},
                     {QStringLiteral("2019-2020"), Type::Text},
                     {QStringLiteral("Change"), Type::Percent}};
    table.rows = {
        {QStringLiteral("Hours"), QVariant::fromValue(TableCell{qint64(90), Type::Minutes}), 15.0},
        {QStringLiteral("Revenue"), QVariant::fromValue(TableCell{qint64(123450), Type::Cents}),
         QVariant()},
        {QStringLiteral("Members"), QVariant::fromValue(TableCell{qint64(84), Type::Integer}),
         QVariant()},
        {QStringLiteral("Unknown"), QVariant::fromValue(TableCell{QVariant(), Type::Cents}),
         QVariant()},
    };
    return table;
}

class TableFileSheetsTest : public ::testing::Test
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

TEST_F(TableFileSheetsTest, EachTableIsASheetInOrderWithAUniqueName)
{
    const QString file = path(QStringLiteral("figures.xlsx"));
    ASSERT_TRUE(TableFile::write(QList<TableData>{figures(QStringLiteral("Services")),
                                                  figures(QStringLiteral("Finances")),
                                                  figures(QStringLiteral("services"))},
                                 file)
                    .ok());
    const auto workbook = zipEntry(file, QStringLiteral("xl/workbook.xml"));
    ASSERT_TRUE(workbook.has_value());
    QStringList names;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    for (auto match = sheet.globalMatch(QString::fromUtf8(*workbook)); match.hasNext();)
        names << match.next().captured(1);
    // Excel compares sheet names without letter case: the third is told apart.
    EXPECT_EQ(names, (QStringList{QStringLiteral("Services"), QStringLiteral("Finances"),
                                  QStringLiteral("services (2)")}));
    for (int n = 1; n <= 3; ++n)
        EXPECT_TRUE(zipEntry(file, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n)).has_value())
            << n;
    EXPECT_EQ(modeOf(file), 0600);
}

TEST_F(TableFileSheetsTest, ACellOfItsOwnTypeIsWrittenAsThatType)
{
    const QString file = path(QStringLiteral("one.xlsx"));
    ASSERT_TRUE(TableFile::write(figures(QStringLiteral("Figures")), file).ok());
    const auto sheet = zipEntry(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    ASSERT_TRUE(sheet.has_value());
    // 90 minutes as a day's fraction, the amount in dollars, the count: numbers, not text.
    EXPECT_TRUE(sheet->contains("<c r=\"B2\" s=\"")) << sheet->toStdString();
    EXPECT_TRUE(sheet->contains("<v>0.0625</v>")) << sheet->toStdString();
    EXPECT_TRUE(sheet->contains("<v>1234.5</v>")) << sheet->toStdString();
    EXPECT_TRUE(sheet->contains("<v>84</v>")) << sheet->toStdString();
    // The empty figure is an empty cell, never 0.
    EXPECT_FALSE(sheet->contains("r=\"B5\"")) << sheet->toStdString();

    const QString csv = path(QStringLiteral("one.csv"));
    ASSERT_TRUE(TableFile::write(QList<TableData>{figures(QStringLiteral("Figures"))}, csv).ok());
    const QString text = QString::fromUtf8(bytesOf(csv));
    EXPECT_THAT(text.toStdString(), HasSubstr("Hours,1:30,15.0\r\n"));
    EXPECT_THAT(text.toStdString(), HasSubstr("Revenue,1234.50,\r\n"));
    EXPECT_THAT(text.toStdString(), HasSubstr("Members,84,\r\n"));
    EXPECT_THAT(text.toStdString(), HasSubstr("Unknown,,\r\n"));
}

TEST_F(TableFileSheetsTest, ACsvFileTakesOneListAndNothingIsNotAList)
{
    const QString csv = path(QStringLiteral("two.csv"));
    const Status refused = TableFile::write(
        QList<TableData>{figures(QStringLiteral("A")), figures(QStringLiteral("B"))}, csv);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("a CSV file holds one list"));
    EXPECT_THAT(refused.message().toStdString(), HasSubstr(".xlsx"));
    const Status empty = TableFile::write(QList<TableData>{}, path(QStringLiteral("none.xlsx")));
    ASSERT_FALSE(empty.ok());
    EXPECT_THAT(empty.message().toStdString(), HasSubstr("no list"));
    const Status other = TableFile::write(QList<TableData>{figures(QStringLiteral("A"))},
                                          path(QStringLiteral("x.ods")));
    EXPECT_FALSE(other.ok());
    EXPECT_TRUE(entries().isEmpty()) << entries().join(u' ').toStdString();
}

// A long list (20 000 rows and more) is written a row at a time (libxlsxwriter's constant-memory
// mode, its texts in their cells): LibreOffice reads every row back.
TEST_F(TableFileSheetsTest, ALongListIsWrittenRowByRowAndReadsBackWhole)
{
    TableData table;
    table.sheetName = QStringLiteral("hours");
    table.columns = {{QStringLiteral("date"), Type::Date},
                     {QStringLiteral("organisation"), Type::Text},
                     {QStringLiteral("duration"), Type::Minutes}};
    constexpr int Rows = 20000;
    for (int i = 0; i < Rows; ++i)
        table.rows.append(
            {QDate(2020, 1, 1).addDays(i % 366),
             i == Rows - 1 ? QStringLiteral("=1+1") : QStringLiteral("Coop %1").arg(i),
             qint64(i % 1441)});
    const QString file = path(QStringLiteral("long.xlsx"));
    ASSERT_TRUE(TableFile::write(table, file).ok());
    const auto sheet = zipEntry(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    ASSERT_TRUE(sheet.has_value());
    EXPECT_EQ(sheet->count("<row "), Rows + 1);
    EXPECT_TRUE(sheet->contains("t=\"inlineStr\"")) << sheet->left(2000).toStdString();
    EXPECT_FALSE(sheet->contains("<f>"));
    EXPECT_EQ(modeOf(file), 0600);

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    QTemporaryDir profile;
    ASSERT_TRUE(profile.isValid());
    QProcess process;
    process.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                            QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,"
                                           "true,true"),
                            QStringLiteral("--outdir"), m_dir.path(), file});
    ASSERT_TRUE(process.waitForFinished(180000));
    const QStringList lines = QString::fromUtf8(bytesOf(path(QStringLiteral("long.csv"))))
                                  .split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), Rows + 1) << process.readAllStandardError().toStdString();
    EXPECT_EQ(lines.at(1).toStdString(), "2020-01-01,Coop 0,0:00");
    EXPECT_EQ(lines.at(1441).toStdString(), "2020-12-08,Coop 1440,24:00");
    EXPECT_EQ(lines.at(Rows).toStdString(), "2020-08-23,=1+1,21:06");
}

} // namespace
