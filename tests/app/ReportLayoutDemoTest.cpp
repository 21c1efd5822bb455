// The demo's reports as a reader sees them, page by page: 2019-2020 and 2024-2025, in French and
// in English, on A4 and on Letter. Each PDF is rendered to images (pdftoppm) and read back word
// by word with pdftotext -bbox: no two words overlap, none runs off its page, none is cut short
// with an ellipsis ("…à la fin de l'exe…"), and no heading ends a page away from its content.
// The demo is built once for the suite.

#include "DemoData.h"
#include "ReportInputLoader.h"
#include "ReportPdf.h"
#include "TestDatabase.h"

#include <QDir>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gmock/gmock.h>

using namespace bilan;

namespace {

// Boxes closer than this (in points) only touch: a line's descent meets the next line's ascent.
constexpr qreal Touching = 1.0;

struct Word
{
    QRectF box;
    QString text;
};

struct Page
{
    QSizeF size;
    QList<Word> words;
};

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// The program's standard output; empty when it failed.
QString run(const char* program, const QStringList& arguments)
{
    QProcess process;
    process.start(tool(program), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString unescaped(QString text)
{
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QList<Page> pagesOf(const QString& bbox)
{
    static const QRegularExpression pageTag(
        QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression wordTag(
        QStringLiteral("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" "
                       "yMax=\"([\\d.-]+)\">([^<]*)</word>"));
    QList<Page> pages;
    const QStringList parts = bbox.split(QStringLiteral("<page "));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString part = QStringLiteral("<page ") + parts.at(i);
        Page page;
        const auto size = pageTag.match(part);
        page.size = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
        for (auto it = wordTag.globalMatch(part); it.hasNext();) {
            const auto match = it.next();
            page.words.append(
                {QRectF(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                        QPointF(match.captured(3).toDouble(), match.captured(4).toDouble())),
                 unescaped(match.captured(5))});
        }
        pages.append(page);
    }
    return pages;
}

QString where(const Word& word)
{
    return QStringLiteral("\"%1\" (x %2-%3, y %4-%5)")
        .arg(word.text)
        .arg(word.box.left(), 0, 'f', 1)
        .arg(word.box.right(), 0, 'f', 1)
        .arg(word.box.top(), 0, 'f', 1)
        .arg(word.box.bottom(), 0, 'f', 1);
}

// What a reader would see wrong on one page.
QStringList pageProblems(const Page& page, int number)
{
    QStringList problems;
    const QString at = QStringLiteral("page %1: ").arg(number);
    const QRectF paper(QPointF(0, 0), page.size);
    for (qsizetype i = 0; i < page.words.size(); ++i) {
        const Word& word = page.words.at(i);
        if (!paper.adjusted(-Touching, -Touching, Touching, Touching).contains(word.box))
            problems << at + QStringLiteral("off the page: ") + where(word);
        if (word.text.endsWith(QChar(0x2026)) || word.text.endsWith(QStringLiteral("...")))
            problems << at + QStringLiteral("cut short: ") + where(word);
        // A printf-style format printed as it is ("100 %%" under a percent axis).
        if (word.text.contains(QStringLiteral("%%")))
            problems << at + QStringLiteral("format left in: ") + where(word);
        for (qsizetype j = i + 1; j < page.words.size(); ++j) {
            const Word& other = page.words.at(j);
            const QRectF common = word.box.intersected(other.box);
            if (common.width() > Touching && common.height() > Touching)
                problems << at + QStringLiteral("overlap: ") + where(word) +
                                QStringLiteral(" and ") + where(other);
        }
    }
    return problems;
}

struct Case
{
    int startYear;
    ReportLanguage language;
    PaperSize paper;
};

std::string caseName(const ::testing::TestParamInfo<Case>& info)
{
    return QStringLiteral("Y%1_%2_%3")
        .arg(info.param.startYear)
        .arg(info.param.language == ReportLanguage::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en"),
             Paper::code(info.param.paper))
        .toStdString();
}

class ReportLayoutDemoTest : public ::testing::TestWithParam<Case>
{
protected:
    static void SetUpTestSuite()
    {
        s_demo = new test::TestDatabase;
        s_created = DemoData::create(s_demo->db());
    }
    static void TearDownTestSuite()
    {
        delete s_demo;
        s_demo = nullptr;
    }

    void SetUp() override
    {
        ASSERT_OK(s_created);
        ASSERT_TRUE(m_dir.isValid());
        auto input =
            ReportInputLoader::load(s_demo->db(), GetParam().startYear, GetParam().language);
        ASSERT_TRUE(input.ok()) << input.message().toStdString();
        m_input = *input;
    }

    static test::TestDatabase* s_demo;
    static Status s_created;
    QTemporaryDir m_dir;
    ReportInput m_input;
};

test::TestDatabase* ReportLayoutDemoTest::s_demo = nullptr;
Status ReportLayoutDemoTest::s_created;

TEST_P(ReportLayoutDemoTest, NoWordOverlapsAnotherRunsOffItsPageOrIsCutShort)
{
    if (tool("pdftotext").isEmpty() || tool("pdftoppm").isEmpty() || tool("pdfinfo").isEmpty())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdftoppm, pdfinfo) is not installed";
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const auto pages = ReportPdf::write(m_input, pdf, {}, GetParam().paper);
    ASSERT_TRUE(pages.ok()) << pages.message().toStdString();

    // The paper asked for: 595 × 842 pt for A4, 612 × 792 pt for Letter.
    const QString size = GetParam().paper == PaperSize::Letter
                             ? QStringLiteral("612 x 792 pts \\(letter\\)")
                             : QStringLiteral("595 x 842 pts \\(A4\\)");
    EXPECT_THAT(run("pdfinfo", {pdf}).toStdString(),
                ::testing::ContainsRegex(("Page size: +" + size).toStdString()));

    // Every page renders, as a reader's viewer would show it.
    const QString images = m_dir.filePath(QStringLiteral("page"));
    run("pdftoppm",
        {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf, images});
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files).size(),
              *pages);

    const QList<Page> read =
        pagesOf(run("pdftotext", {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}));
    ASSERT_EQ(read.size(), *pages);
    QStringList problems;
    for (qsizetype page = 0; page < read.size(); ++page)
        problems << pageProblems(read.at(page), static_cast<int>(page + 1));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();

    // No page but the back one (the last) is nearly empty: the body's lowest word, footer aside,
    // lies at least a quarter of the way down the page.
    for (qsizetype page = 1; page + 1 < read.size(); ++page) {
        const qreal footerTop = read.at(page).size.height() - (14.0 * 72.0 / 25.4) - 22.5 - 1.0;
        qreal lowest = 0;
        for (const Word& word : read.at(page).words) {
            if (word.box.top() < footerTop)
                lowest = std::max(lowest, word.box.bottom());
        }
        EXPECT_GT(lowest, read.at(page).size.height() * 0.3)
            << "page " << page + 1 << " is nearly empty";
    }
}

TEST_P(ReportLayoutDemoTest, EveryHeadingStartsAPageWithItsParagraphAndTheTableOrChartAfter)
{
    const auto document = ReportPdf::laidOut(m_input, GetParam().paper);
    const QStringList problems = ReportPdf::pageBreakProblems(*document);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(DemoReports, ReportLayoutDemoTest,
                         ::testing::Values(Case{2019, ReportLanguage::French, PaperSize::A4},
                                           Case{2019, ReportLanguage::French, PaperSize::Letter},
                                           Case{2019, ReportLanguage::English, PaperSize::A4},
                                           Case{2019, ReportLanguage::English, PaperSize::Letter},
                                           Case{2024, ReportLanguage::French, PaperSize::A4},
                                           Case{2024, ReportLanguage::French, PaperSize::Letter},
                                           Case{2024, ReportLanguage::English, PaperSize::A4},
                                           Case{2024, ReportLanguage::English, PaperSize::Letter}),
                         caseName);

} // namespace
