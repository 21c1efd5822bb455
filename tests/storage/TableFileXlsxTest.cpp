// A list written as an Excel workbook (TableFile), read back from the zip: typed cells (text as
// shared strings, never a formula even for "=1+1"; numbers, dates and durations as numbers), a
// bold header frozen above an autofilter, widths, the sheet's name made acceptable to Excel;
// all or nothing and owner-only. With LibreOffice installed, the workbook is also opened by it.

#include "TableFile.h"
#include "TableFileTestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

struct Cell
{
    QString type;  // t="s", "b"…; empty for a number
    QString style; // s="…"
    QString value; // <v>
    bool formula = false;
};

// sheet1.xml's cells by reference ("A1").
QMap<QString, Cell> cellsOf(const QByteArray& sheet)
{
    QMap<QString, Cell> cells;
    QXmlStreamReader xml(sheet);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("c")) {
            current = xml.attributes().value(QLatin1String("r")).toString();
            cells[current].type = xml.attributes().value(QLatin1String("t")).toString();
            cells[current].style = xml.attributes().value(QLatin1String("s")).toString();
        } else if (xml.name() == QLatin1String("v")) {
            cells[current].value = xml.readElementText();
        } else if (xml.name() == QLatin1String("f")) {
            cells[current].formula = true;
        }
    }
    return cells;
}

// sharedStrings.xml's strings, in order.
QStringList sharedStrings(const QByteArray& xmlText)
{
    QStringList strings;
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("t"))
            strings << xml.readElementText();
    }
    return strings;
}

class TableFileXlsxTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            << "unzip is needed to read the workbook back (scripts/setup.sh installs it)";
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    QByteArray entry(const QString& file, const QString& name)
    {
        const auto bytes = zipEntry(file, name);
        EXPECT_TRUE(bytes.has_value()) << name.toStdString();
        return bytes.value_or(QByteArray());
    }
    // The shared string a text cell points to.
    static QString textOf(const Cell& cell, const QStringList& strings)
    {
        return cell.type == QLatin1String("s") ? strings.value(cell.value.toInt()) : QString();
    }

    QTemporaryDir m_dir;
};

TEST_F(TableFileXlsxTest, WritesTypedCellsAndNeverAFormula)
{
    const QString file = path(QStringLiteral("list.xlsx"));
    const Status written = TableFile::write(everyTypeTable(), file);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    EXPECT_EQ(modeOf(file), 0600);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("list.xlsx")});

    const QByteArray sheet = entry(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QStringList strings = sharedStrings(entry(file, QStringLiteral("xl/sharedStrings.xml")));
    const auto cells = cellsOf(sheet);
    EXPECT_FALSE(sheet.contains("<f>") || sheet.contains("<f "));
    for (const Cell& cell : cells)
        EXPECT_FALSE(cell.formula);

    // Header: text, all in one style.
    EXPECT_EQ(textOf(cells.value(QStringLiteral("A1")), strings), QStringLiteral("Name"));
    EXPECT_EQ(textOf(cells.value(QStringLiteral("I1")), strings), QStringLiteral("Active"));
    const QString headerStyle = cells.value(QStringLiteral("A1")).style;
    EXPECT_FALSE(headerStyle.isEmpty());
    EXPECT_EQ(cells.value(QStringLiteral("E1")).style, headerStyle);

    // Texts as strings: the "formula" is text, with no guard's quote (a string cell needs none).
    EXPECT_EQ(textOf(cells.value(QStringLiteral("A2")), strings),
              QStringLiteral("Coop, Le Rucher"));
    EXPECT_EQ(textOf(cells.value(QStringLiteral("A3")), strings), QStringLiteral("=1+1"));
    EXPECT_EQ(textOf(cells.value(QStringLiteral("A4")), strings),
              QStringLiteral("Line one\nline two"));

    const auto number = [&](const char* reference) {
        const Cell cell = cells.value(QString::fromLatin1(reference));
        EXPECT_TRUE(cell.type.isEmpty()) << reference << " is of type " << cell.type.toStdString();
        bool ok = false;
        const double value = cell.value.toDouble(&ok);
        EXPECT_TRUE(ok) << reference;
        return value;
    };
    EXPECT_DOUBLE_EQ(number("B2"), 3);
    EXPECT_DOUBLE_EQ(number("B3"), -4);
    EXPECT_DOUBLE_EQ(number("C3"), 1234.567);
    EXPECT_DOUBLE_EQ(number("D2"), 0.125);
    // Excel's day numbers: 2026-01-31 is 46053, 1999-12-31 is 36525.
    EXPECT_DOUBLE_EQ(number("E2"), 46053);
    EXPECT_DOUBLE_EQ(number("E3"), 36525);
    EXPECT_NEAR(number("F2"), 46053 + (14 * 60 + 5) / 1440.0, 1e-9);
    EXPECT_NEAR(number("F3"), 46174 + 0.5, 1e-9); // 2026-06-01 12:00 UTC
    EXPECT_DOUBLE_EQ(number("G2"), 90 / 1440.0);
    EXPECT_DOUBLE_EQ(number("G4"), 605 / 1440.0);
    EXPECT_DOUBLE_EQ(number("H2"), 1234.5);
    EXPECT_DOUBLE_EQ(number("H3"), -0.05);
    EXPECT_DOUBLE_EQ(number("H4"), 1000000);
    EXPECT_EQ(cells.value(QStringLiteral("I2")).type, QStringLiteral("b"));
    EXPECT_EQ(cells.value(QStringLiteral("I2")).value, QStringLiteral("1"));
    EXPECT_EQ(cells.value(QStringLiteral("I3")).value, QStringLiteral("0"));
    // Null cells are not written at all.
    for (const char* empty : {"B4", "C4", "D4", "E4", "F4", "I4"})
        EXPECT_FALSE(cells.contains(QString::fromLatin1(empty))) << empty;
    // Dates, durations and amounts each have a format of their own.
    EXPECT_NE(cells.value(QStringLiteral("E2")).style, cells.value(QStringLiteral("G2")).style);
    EXPECT_NE(cells.value(QStringLiteral("G2")).style, cells.value(QStringLiteral("H2")).style);

    EXPECT_TRUE(sheet.contains("<autoFilter ref=\"A1:I4\"/>")) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains("state=\"frozen\"")) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains("ySplit=\"1\"")) << sheet.toStdString();

    const QByteArray styles = entry(file, QStringLiteral("xl/styles.xml"));
    for (const char* format :
         {"yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss", "[h]:mm", "#,##0.00 $", "0.0 %"})
        EXPECT_TRUE(styles.contains(format)) << format;
    // The header's style's font is bold.
    const QRegularExpression xfs(QStringLiteral("<cellXfs[^>]*>(.*)</cellXfs>"),
                                 QRegularExpression::DotMatchesEverythingOption);
    const QString xfList = xfs.match(QString::fromUtf8(styles)).captured(1);
    const QStringList xf = xfList.split(QStringLiteral("<xf "), Qt::SkipEmptyParts);
    ASSERT_GT(xf.size(), headerStyle.toInt());
    const QRegularExpression fontId(QStringLiteral("fontId=\"(\\d+)\""));
    const int font = fontId.match(xf.at(headerStyle.toInt())).captured(1).toInt();
    const QRegularExpression fonts(QStringLiteral("<fonts[^>]*>(.*)</fonts>"),
                                   QRegularExpression::DotMatchesEverythingOption);
    const QStringList fontList = fonts.match(QString::fromUtf8(styles))
                                     .captured(1)
                                     .split(QStringLiteral("<font>"), Qt::SkipEmptyParts);
    ASSERT_GT(fontList.size(), font);
    EXPECT_TRUE(fontList.at(font).contains(QStringLiteral("<b/>")))
        << fontList.at(font).toStdString();
}

TEST_F(TableFileXlsxTest, ColumnsAreAsWideAsTheirTextWithinBounds)
{
    TableData table;
    table.sheetName = QStringLiteral("Widths");
    table.columns = {{QStringLiteral("A"), TableColumn::Type::Text},
                     {QStringLiteral("Notes"), TableColumn::Type::Text},
                     {QStringLiteral("Mid"), TableColumn::Type::Text}};
    table.rows = {{QStringLiteral("x"), QString(200, u'n'), QString(20, u'm')}};
    const QString file = path(QStringLiteral("widths.xlsx"));
    ASSERT_TRUE(TableFile::write(table, file).ok());
    const QString sheet =
        QString::fromUtf8(entry(file, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QRegularExpression col(
        QStringLiteral("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([0-9.]+)\""));
    QMap<int, double> widths;
    for (auto it = col.globalMatch(sheet); it.hasNext();) {
        const auto match = it.next();
        widths[match.captured(1).toInt()] = match.captured(2).toDouble();
    }
    ASSERT_EQ(widths.size(), 3) << sheet.toStdString();
    EXPECT_GE(widths.value(1), 8);
    EXPECT_LT(widths.value(1), 10);
    EXPECT_GE(widths.value(2), 60);
    EXPECT_LT(widths.value(2), 62);
    EXPECT_GE(widths.value(3), 22);
    EXPECT_LT(widths.value(3), 24);
}

TEST_F(TableFileXlsxTest, TheSheetsNameIsOneExcelAccepts)
{
    const auto nameFor = [&](const QString& wanted) {
        TableData table = everyTypeTable();
        table.sheetName = wanted;
        const QString file = path(QStringLiteral("named.xlsx"));
        const Status written = TableFile::write(table, file);
        EXPECT_TRUE(written.ok()) << written.message().toStdString();
        const QByteArray workbook = entry(file, QStringLiteral("xl/workbook.xml"));
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("sheet"))
                return xml.attributes().value(QLatin1String("name")).toString();
        }
        return QStringLiteral("<none>");
    };
    EXPECT_EQ(nameFor(QStringLiteral("Heures [2026]: a/b*c?d\\e")),
              QStringLiteral("Heures _2026__ a_b_c_d_e"));
    const QString cut = nameFor(QStringLiteral("Engagements of the cooperative's experts, 2026"));
    // Cut to 31 characters, then of the quote Excel refuses at either end.
    EXPECT_EQ(cut, QStringLiteral("Engagements of the cooperative"));
    EXPECT_EQ(nameFor(QStringLiteral("Engagements of the cooperatives, 2026")),
              QStringLiteral("Engagements of the cooperatives"));
    EXPECT_EQ(nameFor(QStringLiteral("'Quoted'")), QStringLiteral("Quoted"));
    EXPECT_FALSE(nameFor(QString()).isEmpty());
    EXPECT_NE(
        nameFor(QStringLiteral("History")).compare(QLatin1String("History"), Qt::CaseInsensitive),
        0);
    EXPECT_EQ(nameFor(QStringLiteral("Historique")), QStringLiteral("Historique"));
}

TEST_F(TableFileXlsxTest, AMissingFolderIsSaidAndNothingIsLeft)
{
    const QString file = path(QStringLiteral("missing/list.xlsx"));
    const Status refused = TableFile::write(everyTypeTable(), file);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("does not exist"));
    EXPECT_EQ(refused.error().field, QStringLiteral("file"));
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(entries().isEmpty()) << entries().join(u' ').toStdString();
}

TEST_F(TableFileXlsxTest, ReplacesAnExistingFileWholeAndOwnerOnly)
{
    const QString file = path(QStringLiteral("List.XLSX"));
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("not a workbook");
    }
    ::chmod(QFile::encodeName(file).constData(), 0644);
    const Status written = TableFile::write(everyTypeTable(), file);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    EXPECT_TRUE(bytesOf(file).startsWith("PK"));
    EXPECT_EQ(modeOf(file), 0600);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("List.XLSX")});
    EXPECT_FALSE(entry(file, QStringLiteral("xl/worksheets/sheet1.xml")).isEmpty());
}

TEST_F(TableFileXlsxTest, AFullDiskLeavesTheOlderFileAndSaysSo)
{
    const QString file = path(QStringLiteral("list.xlsx"));
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("older");
    }
    TableData big = everyTypeTable();
    // Text that does not compress: the workbook is a zip.
    QByteArray seed("seed");
    for (int i = 0; i < 3000; ++i) {
        seed = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
        big.rows << QVariantList{QString::fromLatin1(seed.toHex()), qint64(i)};
    }
    Status written;
    {
        FileSizeLimit limit(8192);
        written = TableFile::write(big, file);
    }
    ASSERT_FALSE(written.ok());
    EXPECT_THAT(written.message().toStdString(), HasSubstr("the disk is full"));
    EXPECT_EQ(bytesOf(file), QByteArray("older"));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("list.xlsx")});
}

TEST_F(TableFileXlsxTest, AFullDeviceIsSaid)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full here";
    // Not a regular file: written directly, through a workbook made aside.
    const QString link = path(QStringLiteral("full.xlsx"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/full"), link));
    const Status written = TableFile::write(everyTypeTable(), link);
    ASSERT_FALSE(written.ok());
    EXPECT_THAT(written.message().toStdString(), HasSubstr("the disk is full"));
}

TEST_F(TableFileXlsxTest, AnEmptyListIsAHeaderAlone)
{
    TableData table = everyTypeTable();
    table.rows.clear();
    const QString file = path(QStringLiteral("empty.xlsx"));
    ASSERT_TRUE(TableFile::write(table, file).ok());
    const QByteArray sheet = entry(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    const auto cells = cellsOf(sheet);
    EXPECT_EQ(cells.size(), 9);
    EXPECT_TRUE(sheet.contains("<autoFilter ref=\"A1:I1\"/>")) << sheet.toStdString();
}

TEST_F(TableFileXlsxTest, LibreOfficeReadsTheCellsAsTheirTypes)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    // Debian's Writer alone (libreoffice-writer-nogui) cannot open a workbook.
    if (!QFileInfo::exists(
            QDir(QFileInfo(soffice).canonicalPath()).filePath(QStringLiteral("libsclo.so"))))
        GTEST_SKIP() << "LibreOffice Calc is not installed";
    // A text after the yes/no column: LibreOffice would show 1 and 0 there without a format.
    TableData table = everyTypeTable();
    table.columns << TableColumn{QStringLiteral("Note"), TableColumn::Type::Text};
    table.rows[0] << QStringLiteral("after");
    table.rows[1] << QStringLiteral("x");
    const QString file = path(QStringLiteral("list.xlsx"));
    ASSERT_TRUE(TableFile::write(table, file).ok());
    QTemporaryDir profile;
    ASSERT_TRUE(profile.isValid());
    const QString out = path(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    QByteArray said;
    const auto convert = [&](const QString& filter) {
        QProcess process;
        process.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                                QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                filter, QStringLiteral("--outdir"), out, file});
        const bool finished = process.waitForFinished(120000);
        said = process.readAllStandardOutput() + process.readAllStandardError();
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    };
    ASSERT_TRUE(convert(QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1")))
        << said.toStdString();
    const QString csv = QString::fromUtf8(bytesOf(QDir(out).filePath(QStringLiteral("list.csv"))));
    const QStringList lines = csv.split(QStringLiteral("\n"));
    ASSERT_GE(lines.size(), 4) << csv.toStdString() << said.toStdString();
    // Text cells quoted (the filter's options ask for it), numbers shown in their formats.
    EXPECT_EQ(lines.at(0).toStdString(), "\"Name\",\"Count\",\"Ratio\",\"Share\",\"Day\",\"When\","
                                         "\"Time\",\"Amount\",\"Active\",\"Note\"");
    EXPECT_EQ(lines.at(1).toStdString(), "\"Coop, Le Rucher\",3,2.50,12.5 %,2026-01-31,"
                                         "2026-01-31 14:05:00,1:30,\"1,234.50 $\",TRUE,\"after\"");
    // The text that looks like a formula is a text, not a 2.
    EXPECT_EQ(lines.at(2).toStdString(), "\"=1+1\",-4,1234.57,0.0 %,1999-12-31,2026-06-01 12:00:00,"
                                         "0:00,-0.05 $,FALSE,\"x\"");

    // As the sheet shows them (printed): the yes/no cells too.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return;
    ASSERT_TRUE(convert(QStringLiteral("pdf"))) << said.toStdString();
    QProcess text;
    text.start(pdftotext, {QDir(out).filePath(QStringLiteral("list.pdf")), QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString shown = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(shown.contains(QStringLiteral("TRUE"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("FALSE"))) << shown.toStdString();
}

} // namespace
