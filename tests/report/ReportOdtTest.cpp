// The report as an OpenDocument text (issue 13, "an editable copy"): a zip that a word processor
// opens, whose content holds every heading, paragraph and table cell of the report's document,
// and one picture per chart.

#include "ReportOdt.h"
#include "ReportCharts.h"
#include "ReportDocument.h"
#include "ReportFixture.h"

#include "OdtReading.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QImage>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <cmath>

namespace bilan {
namespace {

class ReportOdtTest : public ::testing::TestWithParam<ReportLanguage>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            << "unzip is needed to read the ODT back (scripts/setup.sh installs it)";
    }

    QTemporaryDir m_dir;
};

QStringList pictures(const QString& odt)
{
    QStringList found;
    for (const QString& entry : test::zipEntries(odt))
        if (entry.startsWith(QLatin1String("Pictures/")))
            found << entry;
    return found;
}

TEST_P(ReportOdtTest, HoldsTheDocumentsTextTablesAndOnePicturePerChart)
{
    const ReportInput input = test::seedReportInput(GetParam());
    const QString path = m_dir.filePath(QStringLiteral("report.odt"));
    const auto written = ReportOdt::write(input, path);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();

    const QString expected = ReportDocument::text(*ReportDocument::build(input), input.language);
    const int charts = static_cast<int>(expected.count(QStringLiteral("[chart: ")));
    ASSERT_GE(charts, 3) << "the fixture has charts to show";
    EXPECT_EQ(*written, charts);

    const QStringList entries = test::zipEntries(path);
    ASSERT_FALSE(entries.isEmpty());
    // The ODF package's first entry names its type, uncompressed: how LibreOffice knows it.
    EXPECT_EQ(entries.first(), QStringLiteral("mimetype"));
    EXPECT_EQ(test::zipEntry(path, QStringLiteral("mimetype")).value_or(QByteArray()),
              QByteArray("application/vnd.oasis.opendocument.text"));
    const auto manifest = test::zipEntry(path, QStringLiteral("META-INF/manifest.xml"));
    ASSERT_TRUE(manifest);

    const auto content = test::zipEntry(path, QStringLiteral("content.xml"));
    ASSERT_TRUE(content);
    // Every heading, paragraph, list item and table cell, in the document's order.
    EXPECT_EQ(test::odtText(*content).toStdString(), test::asOdtText(expected).toStdString());

    const QStringList images = pictures(path);
    EXPECT_EQ(images.size(), charts) << images.join(u' ').toStdString();
    for (const QString& image : images) {
        EXPECT_TRUE(manifest->contains(image.toUtf8())) << image.toStdString();
        const auto bytes = test::zipEntry(path, image);
        ASSERT_TRUE(bytes) << image.toStdString();
        const QImage picture = QImage::fromData(*bytes);
        ASSERT_FALSE(picture.isNull()) << image.toStdString();
        // 200 dpi at the chart's size: over twice the document's 96 pixels per inch.
        EXPECT_GT(picture.width(), 2 * 300) << image.toStdString();
        EXPECT_NEAR(picture.dotsPerMeterX() * 0.0254, ReportOdt::ChartDpi, 1.0);
    }
}

// Columns left to LibreOffice come out as equal shares ("FRAIS D'EXPLOITATI/ON" in a narrow
// first column): each is written in points, as Qt's layout measured it, within the text width.
TEST_P(ReportOdtTest, KeepsEachTablesColumnWidthsInPoints)
{
    const QString path = m_dir.filePath(QStringLiteral("report.odt"));
    ASSERT_TRUE(ReportOdt::write(test::seedReportInput(GetParam()), path).ok());
    const auto content = test::zipEntry(path, QStringLiteral("content.xml"));
    ASSERT_TRUE(content);
    const QString xml = QString::fromUtf8(*content);
    static const QRegularExpression style(
        QStringLiteral("style:name=\"(Table\\d+)\\.\\d+\" style:family=\"table-column\">\\s*"
                       "<style:table-column-properties style:column-width=\"([^\"]+)\""));
    QMap<QString, double> tableWidths;
    for (auto it = style.globalMatch(xml); it.hasNext();) {
        const auto match = it.next();
        const QString width = match.captured(2);
        ASSERT_TRUE(width.endsWith(QLatin1String("pt"))) << width.toStdString();
        const double points = width.chopped(2).toDouble();
        EXPECT_GT(points, 10.0) << width.toStdString();
        tableWidths[match.captured(1)] += points;
    }
    EXPECT_GE(tableWidths.size(), 8);
    const double textWidth = ReportDocument::DefaultTextWidth * 72.0 / 96.0;
    for (auto it = tableWidths.cbegin(); it != tableWidths.cend(); ++it)
        EXPECT_LE(it.value(), textWidth + 1.0) << it.key().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, ReportOdtTest,
                         ::testing::Values(ReportLanguage::French, ReportLanguage::English),
                         [](const ::testing::TestParamInfo<ReportLanguage>& info) {
                             return info.param == ReportLanguage::French ? "French" : "English";
                         });

// The pictures are the charts themselves: drawn, not blank frames.
TEST(ReportOdtCharts, EachChartBecomesAPictureOfItsSize)
{
    const ReportInput input = test::seedReportInput(ReportLanguage::French);
    auto document = ReportDocument::build(input);
    QList<QSizeF> sizes;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().objectType() == ReportCharts::ObjectType) {
                const QTextImageFormat chart = it.fragment().charFormat().toImageFormat();
                sizes << QSizeF(chart.width(), chart.height());
            }
    ASSERT_FALSE(sizes.isEmpty());

    EXPECT_EQ(ReportOdt::chartsToImages(*document, input, 96), sizes.size());
    QList<QTextImageFormat> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            EXPECT_NE(format.objectType(), ReportCharts::ObjectType) << "a chart left as is";
            if (format.isImageFormat())
                images << format.toImageFormat();
        }
    ASSERT_EQ(images.size(), sizes.size());
    for (int i = 0; i < images.size(); ++i) {
        SCOPED_TRACE(images.at(i).name().toStdString());
        EXPECT_EQ(QSizeF(images.at(i).width(), images.at(i).height()), sizes.at(i));
        const QImage image =
            document->resource(QTextDocument::ImageResource, QUrl(images.at(i).name()))
                .value<QImage>();
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(static_cast<int>(std::ceil(sizes.at(i).width())),
                                      static_cast<int>(std::ceil(sizes.at(i).height()))));
        // Not a blank frame: the chart's bars, slices and text are darker than the paper.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        EXPECT_GT(dark, 200);
    }
    // Nothing left for the writer to miss: a second pass finds no chart.
    EXPECT_EQ(ReportOdt::chartsToImages(*document, input), 0);
}

TEST(ReportOdtFile, RefusesAFolderThatDoesNotExistAndSaysWhich)
{
    const QString path = QStringLiteral("/nonexistent-folder/x/report.odt");
    const auto written = ReportOdt::write(test::seedReportInput(ReportLanguage::French), path);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.message().contains(QStringLiteral("/nonexistent-folder/x")))
        << written.message().toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ReportOdtFile, IsOwnerOnlyAndReplacesAnOlderFileWhole)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.odt"));
    {
        QFile older(path);
        ASSERT_TRUE(older.open(QIODevice::WriteOnly));
        older.write("an older report");
    }
    const auto written = ReportOdt::write(test::seedReportInput(ReportLanguage::English), path);
    ASSERT_TRUE(written.ok()) << written.message().toStdString();
    EXPECT_GT(QFile(path).size(), 10 * 1024);
    EXPECT_EQ(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    const auto content = test::zipEntry(path, QStringLiteral("content.xml"));
    ASSERT_TRUE(content);
    EXPECT_TRUE(content->contains("Activity report 2019-2020"));
    EXPECT_FALSE(content->contains("Rapport d"));
    // Nothing beside it: the temporary file was renamed into place.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"report.odt"});
}

} // namespace
} // namespace bilan
