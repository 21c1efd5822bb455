// What each page of the PDF holds, read back with pdftotext -bbox: every word lies in the page's
// body or is the footer's, and no section is written twice. Qt's layout draws a line that starts
// exactly at a page's bottom edge on that page too, clipped away but still written as text: a
// copy nobody sees that search and copy-paste find.

#include "ReportFixture.h"
#include "ReportPdf.h"
#include "ReportText.h"

#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bilan {
namespace {

// The page's geometry in PDF points, as ReportPdf lays it out: A4, margins of 20 mm at the
// sides and 18 mm at the top, the body then the footer under it.
constexpr qreal PointsPerCss = 72.0 / 96.0;
constexpr qreal PointsPerMm = 72.0 / 25.4;
constexpr qreal Tolerance = 2.0;

struct Word
{
    QRectF box;
    QString text;
};

QString normalised(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text;
}

std::optional<QString> pdftotext(const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return normalised(QString::fromUtf8(process.readAllStandardOutput()));
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

// The words of each page, in page order.
QList<QList<Word>> pagesOf(const QString& bbox)
{
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<QList<Word>> pages;
    for (const QString& page : bbox.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1)) {
        QList<Word> words;
        for (auto it = word.globalMatch(page); it.hasNext();) {
            const auto match = it.next();
            const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
            const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
            words.append({QRectF(topLeft, bottomRight), unescaped(match.captured(5))});
        }
        pages.append(words);
    }
    return pages;
}

// What is wrong with one page's words: each lies in the body, or in the footer and is the
// footer's own.
QStringList misplacedWords(const QList<Word>& words, const QStringList& footerWords)
{
    const QSizeF body = ReportPdf::bodySize() * PointsPerCss;
    const qreal left = 20 * PointsPerMm;
    const qreal top = 18 * PointsPerMm;
    const qreal bodyBottom = top + body.height();
    const qreal footerBottom = bodyBottom + ReportPdf::FooterHeight * PointsPerCss;
    QStringList problems;
    for (const Word& word : words) {
        const QRectF& box = word.box;
        const bool across =
            box.left() >= left - Tolerance && box.right() <= left + body.width() + Tolerance;
        const bool inBody = box.top() >= top - Tolerance && box.bottom() <= bodyBottom + Tolerance;
        const bool inFooter = box.top() >= bodyBottom - Tolerance &&
                              box.bottom() <= footerBottom + Tolerance &&
                              footerWords.contains(word.text);
        if (!across || !(inBody || inFooter))
            problems << QStringLiteral("\"%1\" at x %2-%3, y %4-%5")
                            .arg(word.text)
                            .arg(box.left())
                            .arg(box.right())
                            .arg(box.top())
                            .arg(box.bottom());
    }
    return problems;
}

class ReportPdfPagesTest : public ::testing::TestWithParam<ReportLanguage>
{
protected:
    QTemporaryDir m_dir;
};

// The president's word grows a paragraph at a time, which moves every later line across the
// page boundaries; the seed input alone puts the "Membership" heading at a page's very top.
TEST_P(ReportPdfPagesTest, EveryWordLiesInItsPagesBodyOrFooterAndNoHeadingRepeats)
{
    const ReportLanguage language = GetParam();
    const QStringList headings = {ReportText::tr("Associative life", language),
                                  ReportText::tr("Membership", language),
                                  ReportText::tr("Services to members", language),
                                  ReportText::tr("Financial affairs", language),
                                  ReportText::tr("Human capital", language),
                                  ReportText::tr("Business development", language)};
    int checkedPages = 0;
    for (int sentences = 0; sentences < 8; ++sentences) {
        ReportInput input = test::seedReportInput(language);
        for (int i = 0; i < sentences; ++i)
            input.texts.president += QStringLiteral("\n\nOne more sentence about the year %1, "
                                                    "long enough to fill most of a line.")
                                         .arg(i);
        const QString path = m_dir.filePath(QStringLiteral("%1.pdf").arg(sentences));
        const auto pages = ReportPdf::write(input, path);
        ASSERT_TRUE(pages.ok()) << pages.message().toStdString();
        const auto bbox = pdftotext({QStringLiteral("-bbox"), path, QStringLiteral("-")});
        if (!bbox)
            GTEST_SKIP() << "pdftotext is not installed; the pages were not checked";
        const QList<QList<Word>> words = pagesOf(*bbox);
        ASSERT_EQ(words.size(), *pages);
        for (int page = 0; page < *pages; ++page) {
            const QString footer =
                QStringLiteral("%1 — %2 %3")
                    .arg(input.organisationName,
                         ReportText::tr("Activity report %1", language)
                             .arg(input.figures.year.name()),
                         ReportText::tr("Page %1 of %2", language).arg(page + 1).arg(*pages));
            const QStringList problems =
                misplacedWords(words.at(page), footer.split(u' ', Qt::SkipEmptyParts));
            EXPECT_TRUE(problems.isEmpty()) << sentences << " sentences, page " << page + 1 << ": "
                                            << problems.join(u'\n').toStdString();
            ++checkedPages;
        }
        // Pages are separated by a form feed, which starts the next page's first line.
        const QStringList lines = pdftotext({path, QStringLiteral("-")})
                                      ->split(QRegularExpression(QStringLiteral("[\n\f]")));
        for (const QString& heading : headings)
            EXPECT_EQ(lines.count(heading), 1)
                << sentences << " sentences: " << heading.toStdString();
    }
    EXPECT_GT(checkedPages, 8);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, ReportPdfPagesTest,
                         ::testing::Values(ReportLanguage::French, ReportLanguage::English),
                         [](const auto& info) {
                             return info.param == ReportLanguage::French ? "French" : "English";
                         });

} // namespace
} // namespace bilan
