// `bilan engagement` run in-process through the command line, on a file and (in the PostgreSQL
// run) on a server: one JSON object with the summary, the organisations and the cohorts; a
// readable table; usage errors and a bad year refused.

#include "CommandTest.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

namespace {

class CommandLineEngagementTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        CommandTest::SetUp();
        auto database = Database::open(m_db);
        ASSERT_TRUE(database.ok()) << database.message().toStdString();
        Database& db = **database;
        Expert expert;
        expert.name = QStringLiteral("Ève");
        expert.started = QDate(2010, 1, 1);
        auto expertId = ExpertRepository(db).add(expert);
        ASSERT_TRUE(expertId.ok()) << expertId.message().toStdString();

        const auto organisation = [&](const QString& name, OrganisationKind kind) {
            Organisation organisation;
            organisation.name = name;
            organisation.kind = kind;
            auto id = OrganisationRepository(db).add(organisation);
            EXPECT_TRUE(id.ok()) << id.message().toStdString();
            return id.ok() ? *id : 0;
        };
        const auto period = [&](qint64 id, QDate joined, QDate left, MembershipCategory category) {
            Membership membership;
            membership.organisationId = id;
            membership.category = category;
            membership.joined = joined;
            membership.left = left;
            auto added = MembershipRepository(db).add(membership);
            EXPECT_TRUE(added.ok()) << added.message().toStdString();
        };
        const auto hours = [&](qint64 id, QDate day, int minutes) {
            ServiceEntry entry;
            entry.date = day;
            entry.expertId = *expertId;
            entry.organisationId = id;
            entry.minutes = minutes;
            entry.field = QStringLiteral("Legal");
            auto added = ServiceEntryRepository(db).add(entry);
            EXPECT_TRUE(added.ok()) << added.message().toStdString();
        };

        // A member since 2017 whose hours halved: at risk.
        const qint64 risk = organisation(QStringLiteral("Coop Risque"), OrganisationKind::Coop);
        period(risk, QDate(2017, 5, 1), {}, MembershipCategory::Member);
        hours(risk, QDate(2018, 6, 1), 600);
        hours(risk, QDate(2020, 1, 15), 300);
        // Joined in the year: new.
        const qint64 fresh =
            organisation(QStringLiteral("Mutuelle Neuve"), OrganisationKind::Mutual);
        period(fresh, QDate(2019, 4, 1), {}, MembershipCategory::Auxiliary);
        hours(fresh, QDate(2019, 12, 1), 90);
        // Left during the year: lapsed.
        const qint64 gone = organisation(QStringLiteral("OBNL Partie"), OrganisationKind::Npo);
        period(gone, QDate(2017, 5, 1), QDate(2019, 10, 1), MembershipCategory::Member);
        // Served, never a member.
        const qint64 client =
            organisation(QStringLiteral("Réseau Client"), OrganisationKind::Network);
        hours(client, QDate(2019, 5, 1), 45);
    }

    QJsonObject json()
    {
        EXPECT_EQ(
            run({QStringLiteral("engagement"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--year"), QStringLiteral("2019-2020"), QStringLiteral("--json")}),
            CommandLine::Success)
            << err();
        EXPECT_THAT(err(), IsEmpty());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << out();
        return document.object();
    }
};

TEST_F(CommandLineEngagementTest, JsonHasTheSummaryTheOrganisationsAndTheCohorts)
{
    const QJsonObject all = json();
    EXPECT_EQ(all.value("fiscal_year").toString(), QStringLiteral("2019-2020"));

    const QJsonObject summary = all.value("summary").toObject();
    EXPECT_EQ(summary.value("members_first_day").toInt(), 3);
    EXPECT_EQ(summary.value("members_last_day").toInt(), 2);
    EXPECT_EQ(summary.value("retained").toInt(), 2);
    EXPECT_DOUBLE_EQ(summary.value("retention_pct").toDouble(), 66.7);
    EXPECT_DOUBLE_EQ(summary.value("attrition_pct").toDouble(), 33.3);
    EXPECT_EQ(summary.value("net_gain").toInt(), -1);
    const QJsonObject counts = summary.value("counts").toObject();
    EXPECT_EQ(counts.keys(), QStringList({"at_risk", "declining", "growing", "lapsed", "new",
                                          "non_member", "steady"}));
    EXPECT_EQ(counts.value("at_risk").toInt(), 1);
    EXPECT_EQ(counts.value("new").toInt(), 1);
    EXPECT_EQ(counts.value("lapsed").toInt(), 1);
    EXPECT_EQ(counts.value("non_member").toInt(), 1);
    EXPECT_EQ(counts.value("steady").toInt(), 0);

    const QJsonArray organisations = all.value("organisations").toArray();
    ASSERT_EQ(organisations.size(), 4);
    QStringList order;
    for (const QJsonValue& value : organisations)
        order << value.toObject().value("status").toString();
    EXPECT_EQ(order, QStringList({"at_risk", "lapsed", "new", "non_member"}));

    const QJsonObject risk = organisations.at(0).toObject();
    EXPECT_EQ(risk.value("name").toString(), QStringLiteral("Coop Risque"));
    EXPECT_EQ(risk.value("kind").toString(), QStringLiteral("coop"));
    EXPECT_EQ(risk.value("category").toString(), QStringLiteral("member"));
    EXPECT_TRUE(risk.value("member").toBool());
    EXPECT_EQ(risk.value("minutes_y").toInteger(), 300);
    EXPECT_EQ(risk.value("minutes_y1").toInteger(), 600);
    EXPECT_DOUBLE_EQ(risk.value("change_pct").toDouble(), -50.0);
    EXPECT_EQ(risk.value("last_service").toString(), QStringLiteral("2020-01-15"));
    EXPECT_EQ(risk.value("months_since_last_service").toInt(), 2);
    EXPECT_EQ(risk.value("experts").toInt(), 1);
    EXPECT_EQ(risk.value("fields").toInt(), 1);

    const QJsonObject lapsed = organisations.at(1).toObject();
    EXPECT_EQ(lapsed.value("kind").toString(), QStringLiteral("npo"));
    EXPECT_TRUE(lapsed.value("category").isNull());
    EXPECT_FALSE(lapsed.value("member").toBool(true));
    EXPECT_TRUE(lapsed.value("change_pct").isNull());
    EXPECT_TRUE(lapsed.value("last_service").isNull());
    EXPECT_TRUE(lapsed.value("months_since_last_service").isNull());

    const QJsonObject fresh = organisations.at(2).toObject();
    EXPECT_EQ(fresh.value("category").toString(), QStringLiteral("auxiliary"));
    EXPECT_TRUE(fresh.value("change_pct").isNull()); // nothing in Y-1

    const QJsonArray cohorts = all.value("cohorts").toArray();
    ASSERT_EQ(cohorts.size(), 2);
    const QJsonObject first = cohorts.at(0).toObject();
    EXPECT_EQ(first.value("fiscal_year").toString(), QStringLiteral("2017-2018"));
    EXPECT_EQ(first.value("joined").toInt(), 2);
    EXPECT_EQ(first.value("still_members").toArray(), QJsonArray({2, 2, 1}));
    const QJsonObject second = cohorts.at(1).toObject();
    EXPECT_EQ(second.value("fiscal_year").toString(), QStringLiteral("2019-2020"));
    EXPECT_EQ(second.value("still_members").toArray(), QJsonArray({1}));
}

TEST_F(CommandLineEngagementTest, WithoutJsonPrintsTheSummaryTheTableAndTheCohorts)
{
    ASSERT_EQ(run({QStringLiteral("engagement"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--year"), QStringLiteral("2019")}),
              CommandLine::Success)
        << err();
    EXPECT_THAT(err(), IsEmpty());
    const std::string text = out();
    EXPECT_THAT(text, HasSubstr("fiscal year 2019-2020"));
    EXPECT_THAT(text, HasSubstr("Members on the first day"));
    EXPECT_THAT(text, HasSubstr("At risk"));
    EXPECT_THAT(text, HasSubstr("Coop Risque"));
    EXPECT_THAT(text, HasSubstr("Réseau Client"));
    EXPECT_THAT(text, HasSubstr("Hours 2018-2019"));
    // Hours and minutes: 300 minutes, 45 minutes.
    EXPECT_THAT(text, HasSubstr("5:00"));
    EXPECT_THAT(text, HasSubstr("0:45"));
    EXPECT_THAT(text, HasSubstr("-50.0%"));
    EXPECT_THAT(text, HasSubstr("2017-2018"));
    // The table's columns line up: each organisation's row has its status and name at the same
    // place as the title's.
    const QStringList lines = m_out.split(u'\n');
    const auto title = std::find_if(lines.cbegin(), lines.cend(), [](const QString& line) {
        return line.contains(QStringLiteral("Organisation")) &&
               line.contains(QStringLiteral("Status"));
    });
    ASSERT_NE(title, lines.cend());
    const qsizetype nameColumn = title->indexOf(QStringLiteral("Organisation"));
    const auto risk = std::find_if(lines.cbegin(), lines.cend(), [](const QString& line) {
        return line.contains(QStringLiteral("Coop Risque"));
    });
    ASSERT_NE(risk, lines.cend());
    EXPECT_EQ(risk->indexOf(QStringLiteral("Coop Risque")), nameColumn);
}

TEST_F(CommandLineEngagementTest, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(run({QStringLiteral("engagement"), QStringLiteral("--db"), m_db}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("engagement needs --year"));
    EXPECT_THAT(err(), HasSubstr("bilan engagement --db FILE --year"));
    EXPECT_EQ(run({QStringLiteral("engagement"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("extra")}),
              CommandLine::UsageError);
    EXPECT_EQ(run({QStringLiteral("engagement"), QStringLiteral("--db"), m_db,
                   QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--pdf")}),
              CommandLine::UsageError);
    EXPECT_THAT(out(), IsEmpty());
}

TEST_F(CommandLineEngagementTest, ABadYearOrAMissingDatabaseIsRefused)
{
    for (const char* year : {"soon", "2019-2021", "1800"}) {
        EXPECT_EQ(
            run({QStringLiteral("engagement"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--year"), QString::fromLatin1(year), QStringLiteral("--json")}),
            CommandLine::UserError)
            << year;
        EXPECT_THAT(err(), HasSubstr(year));
        EXPECT_THAT(out(), IsEmpty());
    }
    const QString missing = path(QStringLiteral("missing.sqlite"));
    EXPECT_EQ(run({QStringLiteral("engagement"), QStringLiteral("--db"), missing,
                   QStringLiteral("--year"), QStringLiteral("2019-2020")}),
              CommandLine::UserError);
    EXPECT_FALSE(QFileInfo::exists(missing)); // read only: nothing created
}

TEST_F(CommandLineEngagementTest, TheUsageNamesTheCommand)
{
    EXPECT_THAT(CommandLine::usage().toStdString(),
                HasSubstr("bilan engagement --db FILE --year 2019-2020 [--json]"));
}

} // namespace
