// The report's back page (issue 12): the cooperative's name and how to reach it, as the seed
// report ends; none without contact lines.

#include "ReportBackPage.h"
#include "ReportDocument.h"
#include "ReportFixture.h"

#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

QString lastLines(const ReportInput& input, int count)
{
    const auto document = ReportDocument::build(input);
    QStringList lines = ReportDocument::text(*document, input.language).trimmed().split(u'\n');
    return lines.mid(lines.size() - count).join(u'\n');
}

TEST(ReportBackPageTest, TheNameAndContactLinesEndTheReport)
{
    ReportInput input = test::seedReportInput(ReportLanguage::French);
    Cooperative cooperative;
    cooperative.address = QStringLiteral("5955, rue Saint-Laurent\n\nLévis (Québec)");
    cooperative.phone = QStringLiteral("418 622-1001");
    cooperative.website = QStringLiteral("www.example.coop");
    input.contactLines = ReportBackPage::contactLines(cooperative);
    EXPECT_EQ(input.contactLines.size(), 4);
    EXPECT_EQ(lastLines(input, 5),
              QStringLiteral("CONSORTIUM DE RESSOURCES ET D'EXPERTISES COOPÉRATIVES\n"
                             "5955, rue Saint-Laurent\nLévis (Québec)\n418 622-1001\n"
                             "www.example.coop"));
    // On a page of its own.
    const auto document = ReportDocument::build(input);
    bool breaks = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(QStringLiteral("CONSORTIUM")) &&
            block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            breaks = true;
    }
    EXPECT_TRUE(breaks);
}

TEST(ReportBackPageTest, NoContactLinesNoBackPage)
{
    const ReportInput input = test::seedReportInput(ReportLanguage::English);
    EXPECT_TRUE(ReportBackPage::html(input).isEmpty());
    EXPECT_FALSE(lastLines(input, 1).contains(QStringLiteral("CONSORTIUM")));
}

} // namespace
