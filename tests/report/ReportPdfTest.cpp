// The report as a PDF: pages, searchable text with the headline figures, vector charts, and
// no heading or table row broken away from its content across pages.

#include "ReportPdf.h"
#include "ReportDocument.h"
#include "ReportFixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace bilan {
namespace {

// Output of a poppler tool, or empty when it is not installed.
std::optional<QString> runTool(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Qt emits ligatures ("ﬁ") and the French locale's no-break spaces: compare plain text.
QString normalised(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text;
}

class ReportPdfTest : public ::testing::Test
{
protected:
    QString write(const ReportInput& input, int* pages)
    {
        // BILAN_REPORT_PDF_DIR keeps the PDFs to look at (pdftoppm -png -r 60 fr.pdf page).
        const QString keep = qEnvironmentVariable("BILAN_REPORT_PDF_DIR");
        const QString name = input.languageKey() + QStringLiteral(".pdf");
        const QString path = keep.isEmpty() ? m_dir.filePath(name) : keep + u'/' + name;
        const auto written = ReportPdf::write(input, path);
        EXPECT_TRUE(written.ok()) << written.message().toStdString();
        *pages = written.ok() ? *written : 0;
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_F(ReportPdfTest, WritesSeveralPagesWithSearchableFrenchFigures)
{
    int pages = 0;
    const QString path = write(test::seedReportInput(ReportLanguage::French), &pages);
    ASSERT_TRUE(QFile::exists(path));
    EXPECT_GT(QFile(path).size(), 10000);
    EXPECT_GT(pages, 1);

    if (const auto info = runTool(QStringLiteral("pdfinfo"), {path})) {
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(*info);
        ASSERT_TRUE(match.hasMatch()) << info->toStdString();
        EXPECT_EQ(match.captured(1).toInt(), pages);
    }
    const auto text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text)
        GTEST_SKIP() << "pdftotext is not installed; the text was not checked";
    const QString plain = normalised(*text);
    EXPECT_TRUE(plain.contains(QStringLiteral("75 100 h"))) << plain.toStdString();
    EXPECT_TRUE(plain.contains(QStringLiteral("4 475 852 $")));
    EXPECT_TRUE(plain.contains(QStringLiteral("70 743 $")));
    EXPECT_TRUE(plain.contains(QStringLiteral("Rapport d'activités 2019-2020")));
    EXPECT_TRUE(plain.contains(QStringLiteral("Affaires financières")));
    EXPECT_TRUE(plain.contains(QStringLiteral("Page 2 sur %1").arg(pages)));
    // The footer names the organisation on the pages after the cover.
    EXPECT_GE(plain.count(QStringLiteral("Consortium de ressources et d'expertises coopératives — "
                                         "Rapport d'activités 2019-2020")),
              pages - 1);
}

TEST_F(ReportPdfTest, EnglishFiguresUseEnglishFormats)
{
    int pages = 0;
    const QString path = write(test::seedReportInput(ReportLanguage::English), &pages);
    EXPECT_GT(pages, 1);
    const auto text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text)
        GTEST_SKIP() << "pdftotext is not installed; the text was not checked";
    const QString plain = normalised(*text);
    EXPECT_TRUE(plain.contains(QStringLiteral("75,100 h"))) << plain.toStdString();
    EXPECT_TRUE(plain.contains(QStringLiteral("$4,475,852")));
    EXPECT_TRUE(plain.contains(QStringLiteral("Page 2 of %1").arg(pages)));
    EXPECT_FALSE(plain.contains(QStringLiteral("4 475 852")));
}

TEST_F(ReportPdfTest, ChartsAreVectorDrawingsNotImages)
{
    int pages = 0;
    const QString path = write(test::seedReportInput(ReportLanguage::English), &pages);
    const auto images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (!images)
        GTEST_SKIP() << "pdfimages is not installed";
    // The listing is two header lines, then one line per embedded bitmap.
    EXPECT_EQ(images->trimmed().split(u'\n').size(), 2) << images->toStdString();
    // The charts' axis labels are text in the PDF, which a bitmap would not be.
    const auto text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    ASSERT_TRUE(text.has_value());
    EXPECT_TRUE(normalised(*text).contains(QStringLiteral("Experts by role")));
    EXPECT_TRUE(normalised(*text).contains(QStringLiteral("2015-2016")));
}

TEST_F(ReportPdfTest, HeadingsAndTableRowsStayWithTheirContent)
{
    // Longer and longer words of the president push every later heading and row across page
    // boundaries; whatever the length, none is left alone at a page's bottom.
    int problemsBefore = 0;
    for (int sentences = 0; sentences < 60; sentences += 2) {
        ReportInput input = test::seedReportInput(ReportLanguage::French);
        for (int i = 0; i < sentences; ++i)
            input.texts.president += QStringLiteral("\n\nUne phrase de plus sur l'année %1, "
                                                    "assez longue pour remplir une ligne.")
                                         .arg(i);
        auto document = ReportDocument::build(input, ReportPdf::bodySize().width());
        document->setPageSize(ReportPdf::bodySize());
        problemsBefore += static_cast<int>(ReportPdf::pageBreakProblems(*document).size());
        ReportPdf::keepTogether(*document);
        // Measured on a fresh layout, as the PDF is drawn.
        document->markContentsDirty(0, document->characterCount());
        const QStringList problems = ReportPdf::pageBreakProblems(*document);
        EXPECT_TRUE(problems.isEmpty())
            << sentences << " sentences: " << problems.join(u'\n').toStdString();
    }
    // Without the fix some layouts did strand a heading: the check above was exercised.
    EXPECT_GT(problemsBefore, 0);
}

TEST_F(ReportPdfTest, AnUnwritablePathIsAnError)
{
    const auto written = ReportPdf::write(test::seedReportInput(ReportLanguage::French),
                                          m_dir.filePath(QStringLiteral("missing/folder/out.pdf")));
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.message().contains(QStringLiteral("out.pdf")));
}

} // namespace
} // namespace bilan
