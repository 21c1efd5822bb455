// The report as a document, compared with the checked-in golden text in both languages.
//
// To regenerate the golden files after an intended change, run the suite with
// BILAN_UPDATE_GOLDEN=1 (e.g. `BILAN_UPDATE_GOLDEN=1 build/tests/bilan_report_tests
// --gtest_filter='ReportDocument*'`), then read the diff in git before committing it.

#include "ReportDocument.h"
#include "ReportFixture.h"
#include "ReportText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace bilan {
namespace {

QString goldenPath(const QString& name)
{
    // Not __FILE__: a compiler cache may compile with paths relative to the build folder.
    const QString sourceDir =
        qEnvironmentVariable("BILAN_SOURCE_DIR", QStringLiteral(BILAN_SOURCE_DIR));
    return QDir(sourceDir + QStringLiteral("/tests/report/golden")).filePath(name);
}

QString renderText(const ReportInput& input)
{
    const auto document = ReportDocument::build(input);
    return ReportDocument::text(*document, input.language);
}

void compareWithGolden(const QString& actual, const QString& name)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIsSet("BILAN_UPDATE_GOLDEN")) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(actual.toUtf8());
        return;
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly))
        << path.toStdString() << " is missing; run with BILAN_UPDATE_GOLDEN=1 to create it";
    const QString expected = QString::fromUtf8(file.readAll());
    EXPECT_EQ(actual.toStdString(), expected.toStdString())
        << "the report differs from " << path.toStdString();
}

// Labels the French table forgot come out in English and are logged; collect them.
QStringList g_missingLabels;
void collectMissingLabel(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (message.startsWith(QStringLiteral("report label without French text")))
        g_missingLabels << message;
}

TEST(ReportDocumentTest, FrenchTextMatchesGolden)
{
    compareWithGolden(renderText(test::seedReportInput(ReportLanguage::French)),
                      QStringLiteral("report_fr.txt"));
}

TEST(ReportDocumentTest, EnglishTextMatchesGolden)
{
    compareWithGolden(renderText(test::seedReportInput(ReportLanguage::English)),
                      QStringLiteral("report_en.txt"));
}

TEST(ReportDocumentTest, EveryFrenchLabelIsTranslated)
{
    g_missingLabels.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMissingLabel);
    const QString text = renderText(test::seedReportInput(ReportLanguage::French));
    qInstallMessageHandler(previous);
    EXPECT_TRUE(g_missingLabels.isEmpty()) << g_missingLabels.join(u'\n').toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Financial affairs")));
    EXPECT_TRUE(text.contains(QStringLiteral("# Affaires financières")));
}

TEST(ReportDocumentTest, FiguresAreFormattedForTheLanguage)
{
    const QChar nbsp(0x00A0);
    const QString french = renderText(test::seedReportInput(ReportLanguage::French));
    const QString english = renderText(test::seedReportInput(ReportLanguage::English));
    const auto fr = [&](QString text) { return text.replace(u'~', nbsp); };

    EXPECT_TRUE(french.contains(fr(QStringLiteral("75~100~h")))) << french.toStdString();
    EXPECT_TRUE(french.contains(fr(QStringLiteral("4~475~852~$"))));
    EXPECT_TRUE(french.contains(fr(QStringLiteral("croissance du membrariat de 45~%"))));
    EXPECT_TRUE(french.contains(fr(QStringLiteral("| Produits | 3~569~964~$ | 4~475~852~$ | "
                                                  "4~146~109~$ | +8~% | 3~951~783~$ |"))));
    EXPECT_TRUE(french.contains(fr(QStringLiteral("| Excédent de l'exercice | 75~048~$ | "
                                                  "70~743~$ | 45~758~$ |  | 71~564~$ |"))));
    EXPECT_TRUE(french.contains(fr(QStringLiteral("91~% des répondants ont affirmé OUI"))));

    EXPECT_TRUE(english.contains(QStringLiteral("75,100") + nbsp + QStringLiteral("h")));
    EXPECT_TRUE(english.contains(QStringLiteral("| Revenue | $3,569,964 | $4,475,852 | "
                                                "$4,146,109 | +8% | $3,951,783 |")))
        << english.toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("a membership growth of 45%")));
    EXPECT_TRUE(english.contains(QStringLiteral("91% of respondents said YES")));
}

TEST(ReportDocumentTest, MeetingsAreCountedByKindWithTheirPlural)
{
    const QString french = renderText(test::seedReportInput(ReportLanguage::French));
    EXPECT_TRUE(french.contains(QStringLiteral("| 1 ASSEMBLÉE GÉNÉRALE | 5 RENCONTRES DU CONSEIL | "
                                               "2 RENCONTRES DU COMITÉ EXÉCUTIF |")))
        << french.toStdString();
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    input.figures.meetingsByKind = {
        {MeetingKind::Agm, 0}, {MeetingKind::Board, 1}, {MeetingKind::Executive, 3}};
    EXPECT_TRUE(renderText(input).contains(QStringLiteral(
        "| 0 GENERAL ASSEMBLIES | 1 BOARD MEETING | 3 EXECUTIVE COMMITTEE MEETINGS |")));
}

TEST(ReportDocumentTest, MissingTextsLeaveTheirSectionOut)
{
    ReportInput input = test::seedReportInput(ReportLanguage::English);
    const QString full = renderText(input);
    EXPECT_TRUE(full.contains(QStringLiteral("\n## Mission\n")));
    EXPECT_FALSE(full.contains(QStringLiteral("# Vision"))); // the fixture has none
    input.texts.mission.clear();
    input.texts.president = QStringLiteral("  \n ");
    const QString partial = renderText(input);
    EXPECT_FALSE(partial.contains(QStringLiteral("# Mission")));
    EXPECT_FALSE(partial.contains(QStringLiteral("# Word of the president")));
    EXPECT_TRUE(partial.contains(QStringLiteral("# Word of the director")));
}

TEST(ReportDocumentTest, AbsentFiguresShowADash)
{
    ReportInput input = test::seedReportInput(ReportLanguage::French);
    input.figures.previousRevenueCents.reset();
    input.figures.revenueVsBudgetPct.reset();
    input.figures.minutesRendered.reset();
    input.figures.hoursGrowthPct.reset();
    input.figures.averageAge.reset();
    const QString text = renderText(input);
    const QChar nbsp(0x00A0);
    EXPECT_TRUE(text.contains(QStringLiteral("| Produits | — | 4") + nbsp + QStringLiteral("475") +
                              nbsp + QStringLiteral("852") + nbsp + QStringLiteral("$ | 4") + nbsp +
                              QStringLiteral("146")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("| Heures de services rendus | — |")));
    EXPECT_TRUE(text.contains(QStringLiteral("| Moyenne d'âge | — |")));
    // No sentence about a growth that cannot be computed.
    EXPECT_FALSE(text.contains(QStringLiteral("a connu une augmentation")));
}

TEST(ReportDocumentTest, HtmlIsAPureFunctionOfItsInput)
{
    const ReportInput input = test::seedReportInput(ReportLanguage::French);
    EXPECT_EQ(ReportDocument::html(input), ReportDocument::html(input));
    ReportInput other = input;
    other.organisationName.clear();
    EXPECT_TRUE(ReportDocument::html(other).contains(
        ReportText::tr("Shared-services cooperative", ReportLanguage::French).toUpper()));
}

TEST(ReportDocumentTest, ChartsAreObjectsOfTheDocument)
{
    const QString text = renderText(test::seedReportInput(ReportLanguage::English));
    for (const char* title : {"Hours of service rendered, last five years",
                              "Member organisations at year end, last five years",
                              "Revenue by category", "Experts by role"})
        EXPECT_TRUE(text.contains(QStringLiteral("[chart: %1]").arg(QString::fromUtf8(title))))
            << title;
}

} // namespace
} // namespace bilan
