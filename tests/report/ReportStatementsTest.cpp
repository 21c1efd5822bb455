// What the report adds to the seed's sections and that follows the data: who signs the words,
// the Article 17 statement, the fully managed members' share (its direction, its footnote and
// chart), the titles of the business-development activities and the women/men chart, with the
// privacy rule that withholds it.

#include "ReportStatements.h"
#include "ReportCharts.h"
#include "ReportDocument.h"
#include "ReportFixture.h"

#include <QBarSet>
#include <QChart>
#include <QPercentBarSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <memory>

namespace bilan {
namespace {

using C = MembershipCategory;

QString renderText(const ReportInput& input)
{
    const auto document = ReportDocument::build(input);
    return ReportDocument::text(*document, input.language).replace(QChar(0x00A0), u' ');
}

// The series' last two years with `managedBefore` and `managedNow` minutes of 1 000 rendered to
// members each year.
void shareOfManaged(ReportInput& input, qint64 managedBefore, qint64 managedNow)
{
    input.series.memberMinutesByCategory.clear();
    for (qsizetype i = 0; i < input.series.years.size(); ++i) {
        const qint64 managed = i + 1 == input.series.years.size() ? managedNow : managedBefore;
        input.series.memberMinutesByCategory << QMap<C, qint64>{{C::Managed, managed},
                                                                {C::Member, 700 - managed},
                                                                {C::Auxiliary, 250},
                                                                {C::Supporting, 50}};
    }
}

TEST(ReportStatementsTest, ThePresidentAndTheGeneralManagerSignTheirWords)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.generalManager = QStringLiteral("J. Benoit Caron");
    const QString english = renderText(input);
    const qsizetype president =
        english.indexOf(QStringLiteral("I thank every member organisation."));
    const qsizetype director = english.indexOf(QStringLiteral("# Word of the director"));
    const qsizetype signature = english.indexOf(QStringLiteral("Yvan Laurin President"));
    ASSERT_GE(president, 0) << english.toStdString();
    EXPECT_GT(signature, president);
    EXPECT_LT(signature, director);
    const qsizetype manager = english.indexOf(QStringLiteral("J. Benoit Caron General manager"));
    EXPECT_GT(manager, director) << english.toStdString();
    EXPECT_LT(manager, english.indexOf(QStringLiteral("# Mission")));

    // A title typed on the Cooperative page is printed as typed, in either language.
    input.generalManagerTitle = QStringLiteral("Directeur général");
    EXPECT_TRUE(renderText(input).contains(QStringLiteral("J. Benoit Caron Directeur général")));
}

TEST(ReportStatementsTest, NoNameNoSignature)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.generalManager = QStringLiteral("   ");
    input.generalManagerTitle = QStringLiteral("General manager");
    input.figures.board.removeFirst(); // the president's seat is vacant at the year's end
    const QString text = renderText(input);
    EXPECT_FALSE(ReportStatements::generalManager(input));
    EXPECT_FALSE(ReportStatements::president(input));
    EXPECT_FALSE(text.contains(QStringLiteral("General manager"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("organisation. Yvan")));

    // Without the word itself, its signature is not printed either.
    input = test::seedReportInput(ReportLanguage::English);
    input.texts.president.clear();
    EXPECT_FALSE(renderText(input).contains(QStringLiteral("Yvan Laurin President")));
}

TEST(ReportStatementsTest, Article17StatesTheShareOfOperationsWithMembers)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.figures.operationsWithMembersPct = 97.74;
    EXPECT_TRUE(renderText(input).contains(
        QStringLiteral("During the fiscal year, the Cooperative carried out 97.7% of its "
                       "operations with its user members within the meaning of section 17")));
    input.figures.operationsWithMembersPct = 100.0;
    const QString text = renderText(input);
    EXPECT_TRUE(text.contains(QStringLiteral("carried out 100% of its operations")));
    // After the financial table, as in the seed.
    EXPECT_GT(text.indexOf(QStringLiteral("carried out 100%")),
              text.indexOf(QStringLiteral("| Surplus for the year |")));

    input.figures.operationsWithMembersPct.reset();
    EXPECT_FALSE(renderText(input).contains(QStringLiteral("section 17")));
}

TEST(ReportStatementsTest, TheManagedMembersShareIsSaidAsItMoved)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.figures.managedMemberNames = {QStringLiteral("La mutuelle de prévention des EÉSAD"),
                                        QStringLiteral("Réseau de coopération des EÉSAD")};
    shareOfManaged(input, 420, 380);
    QString text = renderText(input);
    EXPECT_TRUE(text.contains(QStringLiteral("the share of fully managed members* fell from 42% "
                                             "to 38%, in favour of the other members.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("*Fully managed members: La mutuelle de prévention "
                                             "des EÉSAD, Réseau de coopération des EÉSAD.")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("[chart: Hours rendered to members by category, last five years]")));

    shareOfManaged(input, 380, 420);
    text = renderText(input);
    EXPECT_TRUE(text.contains(QStringLiteral("rose from 38% to 42%"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("fell")));

    // Within the same whole percentage it stayed, whatever the minutes.
    shareOfManaged(input, 400, 402);
    text = renderText(input);
    EXPECT_TRUE(text.contains(QStringLiteral("the share of fully managed members* stayed at 40%.")))
        << text.toStdString();

    input = test::seedReportInput(ReportLanguage::French);
    input.figures.managedMemberNames = {QStringLiteral("Réseau de coopération des EÉSAD")};
    shareOfManaged(input, 420, 380);
    ASSERT_TRUE(ReportStatements::managedShare(input));
    EXPECT_EQ(ReportStatements::managedShare(input)->trend, ReportStatements::Trend::Fell);
    EXPECT_EQ(ReportStatements::managedShare(input)->previousPct, 42);
    EXPECT_EQ(ReportStatements::managedShare(input)->currentPct, 38);
}

TEST(ReportStatementsTest, NoManagedMembersNoSentenceNorFootnote)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.figures.managedMemberNames.clear();
    shareOfManaged(input, 0, 0);
    QString text = renderText(input);
    EXPECT_FALSE(text.contains(QStringLiteral("fully managed members"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("*")));
    // The chart of the other categories' shares stays.
    EXPECT_TRUE(text.contains(QStringLiteral("[chart: Hours rendered to members by category")));

    // Managed hours last year but none now and no managed member left: said, without a footnote.
    shareOfManaged(input, 300, 0);
    text = renderText(input);
    EXPECT_TRUE(text.contains(QStringLiteral("the share of fully managed members fell from 30% "
                                             "to 0%")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("*")));

    // No hours to members at all: no share, no chart.
    input.series.memberMinutesByCategory.clear();
    text = renderText(input);
    EXPECT_FALSE(text.contains(QStringLiteral("by category, last five years")));
    EXPECT_FALSE(ReportStatements::managedShare(input));
}

TEST(ReportStatementsTest, TheCategoriesChartStacksEachYearToAHundred)
{
    ReportInput input = test::seedReportInput(ReportLanguage::French);
    shareOfManaged(input, 420, 380);
    std::unique_ptr<QChart> chart(ReportCharts::create(ChartKind::Categories, input));
    ASSERT_EQ(chart->series().size(), 1);
    auto* bars = qobject_cast<QPercentBarSeries*>(chart->series().first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 4); // one set per category
    EXPECT_EQ(bars->barSets().first()->count(), 5);
    EXPECT_DOUBLE_EQ(bars->barSets().first()->at(4), 380.0 / 60.0); // managed hours, last year
    EXPECT_EQ(ReportCharts::fromKey(ReportCharts::key(ChartKind::Categories)),
              ChartKind::Categories);
}

TEST(ReportStatementsTest, EachDevelopmentCellListsItsActivitiesUnderTheCount)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.figures.activityTitles = {
        {{Audience::Networks, ActivityType::Event},
         {QStringLiteral("Assises du CQCM"), QStringLiteral("Golf de la relève du CQCM")}},
        {{Audience::RelayPartners, ActivityType::Meeting}, {QStringLiteral("Ville de Montréal")}}};
    const QString text = renderText(input);
    EXPECT_TRUE(text.contains(QStringLiteral("| Cooperative and mutual networks | 16 Assises du "
                                             "CQCM · Golf de la relève du CQCM | 16 |")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("| 21 | 10 Ville de Montréal |")));
}

TEST(ReportStatementsTest, ALongListOfActivitiesShowsTheFirstFiveAndHowManyMore)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    QStringList titles;
    for (int i = 1; i <= 8; ++i)
        titles << QStringLiteral("Meeting %1").arg(i);
    input.figures.activityTitles = {{{Audience::NpoGroups, ActivityType::Meeting}, titles}};
    QString text = renderText(input);
    EXPECT_TRUE(text.contains(QStringLiteral("| 7 | 32 Meeting 1 · Meeting 2 · Meeting 3 · "
                                             "Meeting 4 · Meeting 5 · and 3 more |")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Meeting 6")));

    titles = titles.first(6);
    input.figures.activityTitles = {{{Audience::NpoGroups, ActivityType::Meeting}, titles}};
    EXPECT_TRUE(renderText(input).contains(QStringLiteral("Meeting 5 · and 1 more |")));
    titles = titles.first(5);
    input.figures.activityTitles = {{{Audience::NpoGroups, ActivityType::Meeting}, titles}};
    text = renderText(input);
    EXPECT_TRUE(text.contains(QStringLiteral("Meeting 5 |"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("more")));
}

TEST(ReportStatementsTest, TheWomenAndMenChartFollowsThePrivacyRule)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    EXPECT_TRUE(renderText(input).contains(QStringLiteral("[chart: Women and men in the team]")));
    std::unique_ptr<QChart> chart(ReportCharts::create(ChartKind::Gender, input));
    auto* pie = qobject_cast<QPieSeries*>(chart->series().value(0));
    ASSERT_NE(pie, nullptr);
    ASSERT_EQ(pie->count(), 2);
    EXPECT_DOUBLE_EQ(pie->slices().at(0)->value(), 52.5);
    EXPECT_DOUBLE_EQ(pie->slices().at(1)->value(), 47.5);

    // Fewer than Privacy::MinimumPeople gave a gender: the figure is withheld, the chart too.
    input.figures.womenPct.reset();
    input.figures.womenPctWithheld = true;
    EXPECT_FALSE(ReportCharts::hasData(ChartKind::Gender, input));
    const QString text = renderText(input);
    EXPECT_FALSE(text.contains(QStringLiteral("Women and men in the team"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("withheld")));
}

} // namespace
} // namespace bilan
