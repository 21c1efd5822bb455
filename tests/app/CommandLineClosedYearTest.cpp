// `bilan import` of surveys and activities into a database with a closed fiscal year: the
// command line obeys the closed year as the Development page does (issue 12), naming the line.

#include "ActivityRepository.h"
#include "CommandLine.h"
#include "CommandTest.h"
#include "Database.h"
#include "SettingsRepository.h"
#include "SurveyRepository.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::IsEmpty;

namespace {

class CommandLineClosedYearTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        test::CommandTest::SetUp();
        auto database = Database::open(m_db);
        ASSERT_TRUE(database.ok()) << database.message().toStdString();
        auto closed = SettingsRepository(**database).closeYear(FiscalYear(2019));
        ASSERT_TRUE(closed.ok()) << closed.message().toStdString();
    }

    // Surveys and activities stored, or -1 when they cannot be read.
    std::pair<qint64, qint64> stored()
    {
        auto database = Database::open(m_db);
        if (!database) {
            ADD_FAILURE() << database.message().toStdString();
            return {-1, -1};
        }
        auto surveys = SurveyRepository(**database).all();
        auto activities = ActivityRepository(**database).all();
        EXPECT_TRUE(surveys.ok() && activities.ok());
        return {surveys ? surveys->size() : -1, activities ? activities->size() : -1};
    }
};

TEST_F(CommandLineClosedYearTest, ASurveyOfAClosedYearIsRefusedWithItsLineAndNothingIsWritten)
{
    const QString csv = write(QStringLiteral("surveys.csv"),
                              "year,respondents,recommend\n2018,10,9\n2019-2020,12,11\n2020,8,8\n");
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("surveys"), csv}),
              CommandLine::UserError);
    const QStringList lines = m_err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << err();
    EXPECT_EQ(lines.at(0), csv + QStringLiteral(":3: year: the fiscal year 2019-2020 is closed: "
                                                "its satisfaction survey can no longer be added, "
                                                "changed or deleted"));
    EXPECT_EQ(lines.at(1), QStringLiteral("bilan: 1 problem found; nothing was written"));
    EXPECT_THAT(out(), IsEmpty());
    EXPECT_EQ(stored(), std::make_pair(qint64(0), qint64(0)));
}

TEST_F(CommandLineClosedYearTest, AnActivityOfAClosedYearIsRefusedWithItsLineAndNothingIsWritten)
{
    const QString csv =
        write(QStringLiteral("activities.csv"), "date,type,audience,title\n"
                                                "2019-03-31,event,networks,Avant\n"
                                                "2020-04-01,meeting,npo_groups,Après\n"
                                                "2019-04-01,agreement,relay_partners,Premier jour\n"
                                                "2020-03-31,event,networks,Dernier jour\n");
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                   QStringLiteral("activities"), csv}),
              CommandLine::UserError);
    const QStringList lines = m_err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << err();
    const QString closed = QStringLiteral(
        ": date: the fiscal year 2019-2020 is closed: its business-development activities can "
        "no longer be added, changed or deleted");
    EXPECT_EQ(lines.at(0), csv + QStringLiteral(":4") + closed);
    EXPECT_EQ(lines.at(1), csv + QStringLiteral(":5") + closed);
    EXPECT_EQ(lines.at(2), QStringLiteral("bilan: 2 problems found; nothing was written"));
    EXPECT_THAT(out(), IsEmpty());
    EXPECT_EQ(stored(), std::make_pair(qint64(0), qint64(0)));
}

} // namespace
