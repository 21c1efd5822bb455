// `bilan figures` runs in-process (FiguresCommand) on a small database in a temporary folder:
// exit codes, one JSON object on out, usage errors.

#include "FiguresCommand.h"
#include "CommandTest.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

namespace {

class FiguresCommandTest : public test::CommandTest
{
protected:
    int run(const QStringList& arguments)
    {
        return CommandTest::run(arguments, &FiguresCommand::run);
    }

    void SetUp() override
    {
        CommandTest::SetUp();
        auto database = Database::open(m_db);
        ASSERT_TRUE(database.ok()) << database.message().toStdString();
        Organisation organisation;
        organisation.name = QStringLiteral("Coop A");
        auto org = OrganisationRepository(**database).add(organisation);
        ASSERT_TRUE(org.ok()) << org.message().toStdString();
        Expert expert;
        expert.name = QStringLiteral("Ève");
        expert.started = QDate(2010, 1, 1);
        auto exp = ExpertRepository(**database).add(expert);
        ASSERT_TRUE(exp.ok()) << exp.message().toStdString();
        for (const auto& [date, minutes] :
             {std::pair{QDate(2019, 4, 1), 90}, std::pair{QDate(2020, 3, 31), 30},
              std::pair{QDate(2018, 5, 1), 100}}) {
            ServiceEntry entry;
            entry.date = date;
            entry.expertId = *exp;
            entry.organisationId = *org;
            entry.minutes = minutes;
            auto added = ServiceEntryRepository(**database).add(entry);
            ASSERT_TRUE(added.ok()) << added.message().toStdString();
        }
    }
};

TEST_F(FiguresCommandTest, JsonPrintsExactlyOneObjectWithTheFigures)
{
    ASSERT_EQ(run({QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                   QStringLiteral("2019-2020"), QStringLiteral("--json")}),
              0)
        << m_err.toStdString();
    EXPECT_THAT(m_err.toStdString(), IsEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << m_out.toStdString();
    ASSERT_TRUE(document.isObject());
    const QJsonObject json = document.object();
    EXPECT_EQ(json.value("fiscal_year").toString(), QStringLiteral("2019-2020"));
    EXPECT_EQ(json.value("minutes_rendered").toInteger(), 120);
    EXPECT_DOUBLE_EQ(json.value("hours_growth_pct").toDouble(), 20.0); // 120 ÷ 100 − 1
    EXPECT_EQ(json.value("enterprises_served").toInt(), 1);
    // Coop A is no member: none of the year's operations were with members.
    EXPECT_DOUBLE_EQ(json.value("operations_with_members_pct").toDouble(-1), 0.0);
    EXPECT_TRUE(json.value("revenue_cents").isNull());
    EXPECT_TRUE(json.contains("activities"));
    EXPECT_TRUE(json.contains("members_by_category"));
}

TEST_F(FiguresCommandTest, WithoutJsonPrintsATable)
{
    ASSERT_EQ(run({QStringLiteral("--db"), m_db, QStringLiteral("--year"), QStringLiteral("2019")}),
              0)
        << m_err.toStdString();
    EXPECT_THAT(m_out.toStdString(), HasSubstr("2019-2020"));
    EXPECT_GT(m_out.count(u'\n'), 20);
    EXPECT_THAT(m_err.toStdString(), IsEmpty());
}

TEST_F(FiguresCommandTest, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(run({QStringLiteral("--db"), m_db}), 2); // no --year
    EXPECT_THAT(m_err.toStdString(), HasSubstr("--year"));
    EXPECT_THAT(m_out.toStdString(), IsEmpty());
    EXPECT_EQ(run({QStringLiteral("--db"), m_db, QStringLiteral("--year")}), 2);
    EXPECT_EQ(run({QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                   QStringLiteral("2019-2020"), QStringLiteral("--pdf")}),
              2);
    EXPECT_EQ(run({QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                   QStringLiteral("2019-2020"), QStringLiteral("extra")}),
              2);
    EXPECT_THAT(m_out.toStdString(), IsEmpty());
}

TEST_F(FiguresCommandTest, ABadYearOrAMissingDatabaseExitsWithOne)
{
    EXPECT_EQ(run({QStringLiteral("--db"), m_db, QStringLiteral("--year"), QStringLiteral("soon")}),
              1);
    EXPECT_THAT(m_err.toStdString(), HasSubstr("soon"));
    EXPECT_EQ(
        run({QStringLiteral("--db"), m_db, QStringLiteral("--year"), QStringLiteral("2019-2021")}),
        1);
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    EXPECT_EQ(run({QStringLiteral("--db"), missing, QStringLiteral("--year"),
                   QStringLiteral("2019-2020"), QStringLiteral("--json")}),
              1);
    EXPECT_THAT(m_out.toStdString(), IsEmpty());
    EXPECT_FALSE(QFileInfo::exists(missing)); // read only: nothing created
}

} // namespace
