// What the report says when data is missing or unusual, what its charts hold, and that every
// label the report's code asks for has its French text.

#include "ReportCharts.h"
#include "ReportDocument.h"
#include "ReportFixture.h"
#include "ReportText.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <memory>

namespace bilan {
namespace {

QString renderText(const ReportInput& input)
{
    const auto document = ReportDocument::build(input);
    return ReportDocument::text(*document, input.language);
}

// A year nobody recorded anything for: no hours, members, survey or experts.
ReportInput emptyYear(ReportLanguage language)
{
    ReportInput input;
    input.language = language;
    input.figures.year = FiscalYear(2030);
    for (int year = 2026; year <= 2030; ++year) {
        input.series.years << FiscalYear(year);
        input.series.minutes << std::nullopt;
        input.series.membersEnd << 0;
        input.series.membersNew << 0;
        input.series.membersLeft << 0;
        input.series.retentionPct << std::nullopt;
    }
    return input;
}

TEST(ReportContentTest, ChartsWithoutDataAreLeftOut)
{
    const QString text = renderText(emptyYear(ReportLanguage::English));
    EXPECT_FALSE(text.contains(QStringLiteral("[chart:"))) << text.toStdString();
    // The sections themselves stay.
    EXPECT_TRUE(text.contains(QStringLiteral("# Services to members")));
    EXPECT_TRUE(text.contains(QStringLiteral("# Membership")));
}

TEST(ReportContentTest, ChartsWithDataStay)
{
    ReportInput input = emptyYear(ReportLanguage::English);
    input.series.minutes[4] = 90;
    input.series.membersLeft[2] = 1;
    const QString text = renderText(input);
    EXPECT_TRUE(
        text.contains(QStringLiteral("[chart: Hours of service rendered, last five years]")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("[chart: Member organisations at year end, last five years]")));
}

TEST(ReportContentTest, NoSurveyLeavesTheAnswerOut)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.figures.satisfactionPct.reset();
    input.figures.surveyRespondents.reset();
    const QString text = renderText(input);
    EXPECT_FALSE(text.contains(QStringLiteral("respondents"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("recommend our services")));
}

TEST(ReportContentTest, NoNewOrganisationLeavesTheSentenceOut)
{
    ReportInput input = test::seedReportInput(ReportLanguage::French);
    input.figures.membersNew = 0;
    input.figures.membershipGrowthPct = 0.0;
    const QString text = renderText(input);
    EXPECT_FALSE(text.contains(QStringLiteral("ont adhéré"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("a adhéré")));
}

TEST(ReportContentTest, AFallingMembershipIsSaidToFall)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.figures.membersNew = 3;
    input.figures.membershipGrowthPct = -10.0;
    const QString english = renderText(input);
    EXPECT_TRUE(english.contains(QStringLiteral("3 new organisations joined the shared-services "
                                                "centre; membership still fell by 10%.")))
        << english.toStdString();
    EXPECT_FALSE(english.contains(QStringLiteral("growth of -")));

    input = test::seedReportInput(ReportLanguage::French);
    input.figures.membersNew = 1;
    input.figures.membershipGrowthPct = -10.0;
    const QString french = renderText(input).replace(QChar(0x00A0), u' ');
    EXPECT_TRUE(french.contains(QStringLiteral("Le membrariat a toutefois connu une diminution de "
                                               "10 %.")))
        << french.toStdString();
    EXPECT_FALSE(french.contains(QStringLiteral("de -10")));
}

TEST(ReportContentTest, FrenchBoardRolesAreShortOffices)
{
    const QString text = renderText(test::seedReportInput(ReportLanguage::French));
    EXPECT_TRUE(text.contains(QStringLiteral("Yvan Laurin, Présidence"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Manon Loranger, Vice-présidence")));
    EXPECT_TRUE(text.contains(QStringLiteral("Jocelyne Rouleau, Secrétariat-trésorerie")));
    // Named as the window names the office (the Board page's "Membre du conseil").
    EXPECT_TRUE(text.contains(QStringLiteral("Clément Asselin, Membre du conseil")));
    EXPECT_FALSE(text.contains(QStringLiteral("(e)")));
}

TEST(ReportContentTest, MembersChartShowsLeaversAndRetentionIsListed)
{
    const ReportInput input = test::seedReportInput(ReportLanguage::English);
    std::unique_ptr<QChart> chart(ReportCharts::create(ChartKind::Members, input));
    ASSERT_EQ(chart->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(chart->series().constFirst());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 3);
    QBarSet* left = bars->barSets().at(2);
    EXPECT_EQ(left->label(), QStringLiteral("Organisations that left"));
    ASSERT_EQ(left->count(), 5);
    // The fixture's series: 1, 1, 1, 1, 0 organisations left.
    EXPECT_EQ(left->at(0), 1.0);
    EXPECT_EQ(left->at(4), 0.0);

    const QString text = renderText(input);
    EXPECT_TRUE(text.contains(QStringLiteral(
        "| FISCAL YEAR | 2015-2016 | 2016-2017 | 2017-2018 | 2018-2019 | 2019-2020 |")))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("| Retention rate | 96% | 96.8% | 97.4% | 97.9% | 100% |")))
        << text.toStdString();
}

TEST(ReportContentTest, WholePercentsAddUpToAHundred)
{
    // 47, 20 and 6 of 73: 64.38, 27.40 and 8.22 round to 64 + 27 + 8 = 99; the largest remainder
    // (27.40) takes the missing point.
    EXPECT_EQ(ReportCharts::wholePercents({47, 20, 6}), (QList<int>{64, 28, 8}));
    // Three thirds round to 33 each; the first of the equal remainders gets the point.
    EXPECT_EQ(ReportCharts::wholePercents({1, 1, 1}), (QList<int>{34, 33, 33}));
    EXPECT_EQ(ReportCharts::wholePercents({0, 5, 0}), (QList<int>{0, 100, 0}));
    EXPECT_EQ(ReportCharts::wholePercents({0, 0}), (QList<int>{0, 0}));
}

TEST(ReportContentTest, ExpertsPieLabelsAddUpToAHundred)
{
    const ReportInput input = test::seedReportInput(ReportLanguage::English);
    std::unique_ptr<QChart> chart(ReportCharts::create(ChartKind::Experts, input));
    auto* pie = qobject_cast<QPieSeries*>(chart->series().constFirst());
    ASSERT_NE(pie, nullptr);
    static const QRegularExpression percent(QStringLiteral("\\((\\d+)%\\)$"));
    int sum = 0;
    QStringList labels;
    for (const QPieSlice* slice : pie->slices()) {
        labels << slice->label();
        const auto match = percent.match(slice->label());
        ASSERT_TRUE(match.hasMatch()) << slice->label().toStdString();
        sum += match.captured(1).toInt();
    }
    EXPECT_EQ(sum, 100) << labels.join(u'\n').toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("Trainers · 20 (28%)")))
        << labels.join(u'\n').toStdString();
}

// Every name the report gives an enumerator (EnumNames.h), in both numbers.
template <typename E> void collectNames(QStringList& keys, QStringList& missing)
{
    for (E value : allValues<E>()) {
        for (GrammaticalNumber number : {GrammaticalNumber::One, GrammaticalNumber::Many}) {
            const char* english = englishName(value, number);
            keys << QString::fromUtf8(english);
            if (!ReportText::hasFrench(EnumNames<E>::context, english))
                missing << QString::fromUtf8(EnumNames<E>::context) + QStringLiteral(": ") +
                               QString::fromUtf8(english);
        }
    }
}

// Every literal the report's code passes to ReportText::tr, read from its source (the seed input
// alone does not take every branch: a single new member, a falling membership), and every name
// it gives an enumerator. Each call passes the report's language: a tr() without it would speak
// the window's.
TEST(ReportContentTest, EveryLabelKeyInTheSourceHasFrenchText)
{
    const QString sourceDir =
        qEnvironmentVariable("BILAN_SOURCE_DIR", QStringLiteral(BILAN_SOURCE_DIR));
    QStringList files;
    for (const char* layer : {"/src/report", "/src/ui"}) {
        const QDir folder(sourceDir + QString::fromLatin1(layer));
        for (const QString& name : folder.entryList({QStringLiteral("*.cpp")}, QDir::Files))
            files << folder.filePath(name);
    }
    ASSERT_FALSE(files.isEmpty()) << sourceDir.toStdString();
    // A call of ReportText::tr, then one or more adjacent literals, then what follows them.
    static const QRegularExpression call(
        QStringLiteral("\\bReportText::tr\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)(.)"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList keys;
    QStringList missing;
    QStringList withoutLanguage;
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QString source = QString::fromUtf8(file.readAll());
        const QString name = QFileInfo(path).fileName();
        for (auto it = call.globalMatch(source); it.hasNext();) {
            const auto match = it.next();
            QString key;
            for (auto part = literal.globalMatch(match.captured(1)); part.hasNext();)
                key += part.next().captured(1);
            key.replace(QStringLiteral("\\\""), QStringLiteral("\""));
            keys << key;
            if (!ReportText::hasFrench("bilan::ReportText", key.toUtf8().constData()))
                missing << name + QStringLiteral(": ") + key;
            if (match.captured(2) != QStringLiteral(","))
                withoutLanguage << name + QStringLiteral(": ") + key;
        }
    }
    collectNames<OrganisationKind>(keys, missing);
    collectNames<MembershipCategory>(keys, missing);
    collectNames<ExpertRole>(keys, missing);
    collectNames<BoardRole>(keys, missing);
    collectNames<MeetingKind>(keys, missing);
    collectNames<FinanceKind>(keys, missing);
    collectNames<Audience>(keys, missing);
    // The report asks for a hundred or so labels: the scan did find them.
    EXPECT_GT(keys.size(), 80);
    EXPECT_TRUE(keys.contains(QStringLiteral("1 new organisation joined the shared-services "
                                             "centre; membership still fell by %1.")));
    EXPECT_TRUE(missing.isEmpty()) << missing.join(u'\n').toStdString();
    EXPECT_TRUE(withoutLanguage.isEmpty()) << withoutLanguage.join(u'\n').toStdString();
}

} // namespace
} // namespace bilan
