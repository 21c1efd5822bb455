// The report's layout rules that need no demo: count axes tick whole numbers, the new members are
// a list in columns (in an appendix when many), and the paper is A4 or Letter as asked.

#include "Paper.h"
#include "ReportCharts.h"
#include "ReportDocument.h"
#include "ReportFixture.h"
#include "ReportPdf.h"
#include "ReportSections.h"

#include <QChart>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QValueAxis>

#include <gmock/gmock.h>

#include <cmath>
#include <memory>

namespace bilan {
namespace {

// The tick values an axis prints, as its labels' "%.0f" shows them.
QStringList tickLabels(const QValueAxis& axis)
{
    QStringList labels;
    const int count = axis.tickCount();
    for (int i = 0; i < count; ++i) {
        const double value = axis.min() + i * (axis.max() - axis.min()) / (count - 1);
        labels << QString::number(value, 'f', 6);
    }
    return labels;
}

TEST(ReportLayoutTest, SmallCountsTickWholeDistinctNumbers)
{
    for (int largest : {1, 2, 3, 7, 13, 84, 306}) {
        ReportInput input = test::seedReportInput(ReportLanguage::French);
        for (auto& value : input.series.membersEnd)
            value = largest;
        for (auto& value : input.series.membersNew)
            value = largest > 1 ? 1 : 0;
        for (auto& value : input.series.membersLeft)
            value = 0;
        std::unique_ptr<QChart> chart(ReportCharts::create(ChartKind::Members, input));
        const auto axes = chart->axes(Qt::Vertical);
        ASSERT_EQ(axes.size(), 1);
        const auto* axis = qobject_cast<const QValueAxis*>(axes.first());
        ASSERT_NE(axis, nullptr);
        const QStringList labels = tickLabels(*axis);
        for (const QString& label : labels)
            EXPECT_TRUE(label.endsWith(QStringLiteral(".000000")))
                << largest << ": " << labels.join(u' ').toStdString();
        EXPECT_GE(axis->max(), largest) << largest;
        EXPECT_LE(labels.size(), 6) << largest;
    }
}

TEST(ReportLayoutTest, FewNewMembersAreListedInColumnsInTheMembershipSection)
{
    const ReportInput input = test::seedReportInput(ReportLanguage::English);
    ASSERT_FALSE(input.figures.newMemberNames.isEmpty());
    const QString html = ReportSections::membership(input);
    EXPECT_FALSE(html.contains(QStringLiteral("Our new members: ")));
    EXPECT_TRUE(html.contains(QStringLiteral("Our new members:")));
    for (const QString& name : input.figures.newMemberNames)
        EXPECT_TRUE(html.contains(QStringLiteral(">%1</span></td>").arg(name.toHtmlEscaped())))
            << name.toStdString();
    EXPECT_TRUE(ReportSections::newMembersAppendix(input).isEmpty());
}

TEST(ReportLayoutTest, ManyNewMembersGoToAnAppendixOnAPageOfItsOwn)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.figures.newMemberNames.clear();
    for (int i = 0; i <= ReportSections::NewMembersInPlace; ++i)
        input.figures.newMemberNames << QStringLiteral("Cooperative number %1").arg(i);
    const QString membership = ReportSections::membership(input);
    EXPECT_TRUE(
        membership.contains(QStringLiteral("The 31 new members are listed in the appendix.")))
        << membership.toStdString();
    EXPECT_FALSE(membership.contains(QStringLiteral("Cooperative number 7")));
    EXPECT_TRUE(ReportSections::newMembersAppendix(input).contains(
        QStringLiteral("page-break-before:always")));
    const auto document = ReportDocument::build(input);
    const QString text = ReportDocument::text(*document, input.language);
    EXPECT_THAT(text.toStdString(),
                ::testing::HasSubstr("# Appendix — Our new members in 2019-2020"));
    // Read down the columns: 31 names in three columns of 11.
    EXPECT_THAT(text.toStdString(),
                ::testing::HasSubstr("| Cooperative number 0 | Cooperative number 11 | "
                                     "Cooperative number 22 |"));
}

TEST(ReportLayoutTest, PaperFollowsTheTerritoryAndTheCodes)
{
    EXPECT_EQ(Paper::forTerritory(QLocale::Canada), PaperSize::Letter);
    EXPECT_EQ(Paper::forTerritory(QLocale::UnitedStates), PaperSize::Letter);
    EXPECT_EQ(Paper::forTerritory(QLocale::France), PaperSize::A4);
    EXPECT_EQ(Paper::forTerritory(QLocale::Mexico), PaperSize::A4);
    EXPECT_EQ(Paper::fromCode(QStringLiteral(" Letter ")), PaperSize::Letter);
    EXPECT_EQ(Paper::fromCode(QStringLiteral("A4")), PaperSize::A4);
    EXPECT_FALSE(Paper::fromCode(QStringLiteral("legal")).has_value());
    EXPECT_FALSE(Paper::fromCode(QString()).has_value());
    EXPECT_EQ(Paper::code(PaperSize::Letter), QStringLiteral("letter"));
    // Letter is wider and shorter than A4: the text follows the paper.
    EXPECT_GT(ReportPdf::bodySize(PaperSize::Letter).width(),
              ReportPdf::bodySize(PaperSize::A4).width());
    EXPECT_LT(ReportPdf::bodySize(PaperSize::Letter).height(),
              ReportPdf::bodySize(PaperSize::A4).height());
}

TEST(ReportLayoutTest, EachPaperGivesPagesOfItsSize)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    QTemporaryDir dir;
    const ReportInput input = test::seedReportInput(ReportLanguage::French);
    for (const auto& [paper, size] : {std::pair{PaperSize::A4, "595 x 842 pts (A4)"},
                                      std::pair{PaperSize::Letter, "612 x 792 pts (letter)"}}) {
        const QString path = dir.filePath(Paper::code(paper) + QStringLiteral(".pdf"));
        ASSERT_TRUE(ReportPdf::write(input, path, {}, paper).ok());
        QProcess process;
        process.start(pdfinfo, {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                QStringLiteral("99"), path});
        ASSERT_TRUE(process.waitForFinished(60000));
        const QString info = QString::fromUtf8(process.readAllStandardOutput());
        EXPECT_TRUE(info.contains(QLatin1String(size))) << info.toStdString();
        // Every page, not only the first.
        EXPECT_FALSE(info.contains(QLatin1String(paper == PaperSize::A4 ? "letter" : "(A4)")))
            << info.toStdString();
    }
}

} // namespace
} // namespace bilan
