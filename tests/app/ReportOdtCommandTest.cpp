// `bilan report --odt` (issue 13, "an editable copy"): the demo's report as an OpenDocument text,
// beside or instead of the PDF, in either language, refused where a file cannot or must not go.

#include "CommandLine.h"
#include "CommandTest.h"

#include "../report/OdtReading.h"

#include <QFile>
#include <QFileInfo>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

int odtTextPictures(const QString& odt)
{
    const auto content = test::zipEntry(odt, QStringLiteral("content.xml"));
    return content ? static_cast<int>(test::odtText(*content).count(QStringLiteral("[picture]")))
                   : -1;
}

class ReportOdtCommandTest : public test::CommandTest
{
protected:
    int report(QStringList options)
    {
        QStringList arguments{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--year"), QStringLiteral("2019-2020")};
        return run(arguments + options);
    }
};

TEST_F(ReportOdtCommandTest, WritesTheDemosReportBesideThePdfInEitherLanguage)
{
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db}), CommandLine::Success)
        << err();
    const QString pdf = path(QStringLiteral("report.pdf"));
    const QString french = path(QStringLiteral("rapport.odt"));
    ASSERT_EQ(report({QStringLiteral("--pdf"), pdf, QStringLiteral("--odt"), french}),
              CommandLine::Success)
        << err();
    EXPECT_THAT(out(), HasSubstr("report.pdf: "));
    EXPECT_THAT(out(), HasSubstr("rapport.odt: OpenDocument text written"));
    EXPECT_GT(QFileInfo(pdf).size(), 10 * 1024);

    const QString english = path(QStringLiteral("report.odt"));
    ASSERT_EQ(
        report({QStringLiteral("--odt"), english, QStringLiteral("--lang"), QStringLiteral("en")}),
        CommandLine::Success)
        << err();

    const auto frenchContent = test::zipEntry(french, QStringLiteral("content.xml"));
    const auto englishContent = test::zipEntry(english, QStringLiteral("content.xml"));
    ASSERT_TRUE(frenchContent && englishContent) << "unzip could not read the files back";
    const QString frenchText = test::odtText(*frenchContent);
    const QString englishText = test::odtText(*englishContent);
    for (const char* heading :
         {"Rapport d'activités 2019-2020", "Le mot de la présidence", "Vie associative",
          "Membrariat", "Services aux membres", "Affaires financières", "Capital humain",
          "Développement des affaires"})
        EXPECT_TRUE(frenchText.contains(QString::fromUtf8(heading))) << heading;
    for (const char* heading :
         {"Activity report 2019-2020", "Word of the president", "Associative life", "Membership",
          "Services to members", "Financial affairs", "Human capital", "Business development"})
        EXPECT_TRUE(englishText.contains(QString::fromUtf8(heading))) << heading;
    EXPECT_FALSE(englishText.contains(QStringLiteral("Membrariat")));
    // The seed report's figures, formatted for each language.
    EXPECT_TRUE(frenchText.contains(QStringLiteral("4\u00a0475\u00a0852\u00a0$")));
    EXPECT_TRUE(englishText.contains(QStringLiteral("$4,475,852")));
    for (const QString& odt : {french, english}) {
        int pictures = 0;
        for (const QString& entry : test::zipEntries(odt))
            pictures += entry.startsWith(QLatin1String("Pictures/")) ? 1 : 0;
        EXPECT_EQ(pictures, odtTextPictures(odt)) << odt.toStdString();
        EXPECT_GE(pictures, 4) << odt.toStdString();
    }
}

TEST_F(ReportOdtCommandTest, RefusesABadPathTheDatabaseAndAMissingFileWithClearMessages)
{
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db}), CommandLine::Success)
        << err();
    const QString missing = QStringLiteral("/nonexistent-folder/x/report.odt");
    EXPECT_EQ(report({QStringLiteral("--odt"), missing}), CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("/nonexistent-folder/x")) << err();
    EXPECT_TRUE(out().empty()) << out();

    EXPECT_EQ(report({}), CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("report needs --pdf or --odt")) << err();

    const QString same = path(QStringLiteral("report.out"));
    EXPECT_EQ(report({QStringLiteral("--pdf"), same, QStringLiteral("--odt"), same}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("--pdf and --odt name the same file")) << err();
    EXPECT_FALSE(QFile::exists(same));

    EXPECT_EQ(report({QStringLiteral("--odt"), path(QStringLiteral("x.odt")),
                      QStringLiteral("--lang"), QStringLiteral("de")}),
              CommandLine::UsageError);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.odt"))));

    if (!test::onServer()) {
        const qint64 before = QFileInfo(m_db).size();
        EXPECT_EQ(report({QStringLiteral("--odt"), m_db}), CommandLine::UserError);
        EXPECT_THAT(err(), HasSubstr("database")) << err();
        EXPECT_EQ(QFileInfo(m_db).size(), before);
    }
}

} // namespace
