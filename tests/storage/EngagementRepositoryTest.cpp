// What EngagementRepository::load reads for member engagement (the facts of each organisation
// over the five years Y-4 … Y), on a file and on a server, and the statuses computeEngagement
// gives a small database with one organisation in each status.

#include "EngagementRepository.h"
#include "Engagement.h"
#include "ExpertRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

using namespace bilan;

namespace {

// 2019-2020 runs from 2019-04-01 to 2020-03-31; Y-4 is 2015-2016.
const FiscalYear year(2019);

class EngagementRepositoryTest : public test::DatabaseTest
{
protected:
    qint64 organisation(const QString& name, OrganisationKind kind = OrganisationKind::Coop,
                        const QString& region = {})
    {
        Organisation organisation;
        organisation.name = name;
        organisation.kind = kind;
        organisation.region = region;
        auto id = OrganisationRepository(db()).add(organisation);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    qint64 expert(const QString& name)
    {
        Expert expert;
        expert.name = name;
        expert.started = QDate(2010, 1, 1);
        auto id = ExpertRepository(db()).add(expert);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    void period(qint64 organisationId, QDate joined, QDate left = {},
                MembershipCategory category = MembershipCategory::Member)
    {
        Membership membership;
        membership.organisationId = organisationId;
        membership.category = category;
        membership.joined = joined;
        membership.left = left;
        EXPECT_OK(MembershipRepository(db()).add(membership));
    }

    void hours(QDate day, qint64 organisationId, int minutes, qint64 expertId = 0,
               const QString& field = {})
    {
        if (expertId == 0) {
            if (m_expert == 0)
                m_expert = expert(QStringLiteral("Ève Tremblay"));
            expertId = m_expert;
        }
        ServiceEntry entry;
        entry.date = day;
        entry.expertId = expertId;
        entry.organisationId = organisationId;
        entry.minutes = minutes;
        entry.field = field;
        EXPECT_OK(ServiceEntryRepository(db()).add(entry));
    }

    QList<EngagementInput> load()
    {
        auto loaded = EngagementRepository(db()).load(year);
        EXPECT_TRUE(loaded.ok()) << loaded.message().toStdString();
        return loaded.ok() ? *loaded : QList<EngagementInput>{};
    }

    static const EngagementInput* find(const QList<EngagementInput>& inputs, const QString& name)
    {
        for (const EngagementInput& input : inputs)
            if (input.name == name)
                return &input;
        return nullptr;
    }

    qint64 m_expert = 0;
};

TEST_F(EngagementRepositoryTest, ReadsMinutesOfEachOfTheFiveYearsAtTheirBoundaries)
{
    const qint64 coop =
        organisation(QStringLiteral("Coop"), OrganisationKind::Mutual, QStringLiteral("Estrie"));
    hours(QDate(2015, 3, 31), coop, 1);   // before Y-4: not counted
    hours(QDate(2015, 4, 1), coop, 2);    // Y-4's first day
    hours(QDate(2016, 3, 31), coop, 4);   // Y-4's last day
    hours(QDate(2016, 4, 1), coop, 8);    // Y-3
    hours(QDate(2018, 4, 1), coop, 16);   // Y-1's first day
    hours(QDate(2019, 3, 31), coop, 32);  // Y-1's last day
    hours(QDate(2019, 4, 1), coop, 64);   // Y's first day
    hours(QDate(2020, 3, 31), coop, 128); // Y's last day
    hours(QDate(2020, 4, 1), coop, 256);  // after Y: neither counted nor the last service

    const QList<EngagementInput> inputs = load();
    ASSERT_EQ(inputs.size(), 1);
    const EngagementInput& input = inputs.constFirst();
    EXPECT_EQ(input.organisationId, coop);
    EXPECT_EQ(input.kind, OrganisationKind::Mutual);
    EXPECT_EQ(input.region, QStringLiteral("Estrie"));
    EXPECT_EQ(input.minutesByYear, (std::array<qint64, TrendYears>{6, 8, 0, 48, 192}));
    EXPECT_EQ(input.lastService, QDate(2020, 3, 31));
    EXPECT_TRUE(input.memberships.isEmpty());
}

TEST_F(EngagementRepositoryTest, CountsDistinctExpertsAndFieldsOfTheYearOnly)
{
    const qint64 coop = organisation(QStringLiteral("Coop"));
    const qint64 anne = expert(QStringLiteral("Anne"));
    const qint64 paul = expert(QStringLiteral("Paul"));
    const qint64 zoe = expert(QStringLiteral("Zoé"));
    hours(QDate(2019, 5, 1), coop, 60, anne, QStringLiteral("Legal"));
    hours(QDate(2019, 6, 1), coop, 60, anne, QStringLiteral("Legal"));
    hours(QDate(2019, 7, 1), coop, 60, paul, QStringLiteral("Accounting"));
    hours(QDate(2019, 8, 1), coop, 60, paul); // no field: not a field
    // The year before and after: neither expert nor field counts.
    hours(QDate(2019, 3, 31), coop, 60, zoe, QStringLiteral("Web"));
    hours(QDate(2020, 4, 1), coop, 60, zoe, QStringLiteral("Web"));

    const QList<EngagementInput> inputs = load();
    ASSERT_EQ(inputs.size(), 1);
    EXPECT_EQ(inputs.constFirst().experts, 2);
    EXPECT_EQ(inputs.constFirst().fields, 2);
}

TEST_F(EngagementRepositoryTest, KeepsMembersOfAnyYearAndThoseServedInTheFiveYears)
{
    const qint64 old = organisation(QStringLiteral("Member long ago"));
    period(old, QDate(2005, 1, 1), QDate(2006, 1, 1));
    period(old, QDate(2008, 1, 1), QDate(2009, 1, 1), MembershipCategory::Supporting);
    const qint64 servedLongAgo = organisation(QStringLiteral("Served long ago"));
    hours(QDate(2014, 6, 1), servedLongAgo, 60);
    organisation(QStringLiteral("Never"));
    const qint64 recent = organisation(QStringLiteral("Served in Y-4"));
    hours(QDate(2015, 6, 1), recent, 60);
    hours(QDate(2010, 6, 1), recent, 60);

    const QList<EngagementInput> inputs = load();
    ASSERT_EQ(inputs.size(), 2);
    const EngagementInput* member = find(inputs, QStringLiteral("Member long ago"));
    ASSERT_TRUE(member);
    ASSERT_EQ(member->memberships.size(), 2);
    QList<Membership> periods = member->memberships;
    std::sort(periods.begin(), periods.end(),
              [](const Membership& a, const Membership& b) { return a.joined < b.joined; });
    EXPECT_EQ(periods[0].joined, QDate(2005, 1, 1));
    EXPECT_EQ(periods[0].left, QDate(2006, 1, 1));
    EXPECT_EQ(periods[1].category, MembershipCategory::Supporting);
    EXPECT_EQ(periods[1].organisationId, old);
    EXPECT_FALSE(member->lastService.isValid());
    const EngagementInput* served = find(inputs, QStringLiteral("Served in Y-4"));
    ASSERT_TRUE(served);
    EXPECT_EQ(served->lastService, QDate(2015, 6, 1));
    EXPECT_EQ(served->minutesByYear[0], 60);
}

TEST_F(EngagementRepositoryTest, LastServiceBeforeTheFiveYearsIsFound)
{
    const qint64 member = organisation(QStringLiteral("Quiet member"));
    period(member, QDate(2010, 1, 1));
    hours(QDate(2012, 2, 3), member, 30);
    const QList<EngagementInput> inputs = load();
    ASSERT_EQ(inputs.size(), 1);
    EXPECT_EQ(inputs.constFirst().lastService, QDate(2012, 2, 3));
    EXPECT_EQ(inputs.constFirst().minutesByYear, (std::array<qint64, TrendYears>{}));
}

TEST_F(EngagementRepositoryTest, OneOrganisationInEachStatus)
{
    const qint64 lapsed = organisation(QStringLiteral("Lapsed"));
    period(lapsed, QDate(2015, 5, 1), QDate(2020, 3, 31)); // leaves on Y's last day
    hours(QDate(2019, 9, 1), lapsed, 300);

    const qint64 fresh = organisation(QStringLiteral("New"));
    period(fresh, QDate(2010, 1, 1), QDate(2019, 5, 1));
    period(fresh, QDate(2019, 5, 2)); // rejoins after a day's gap
    hours(QDate(2019, 11, 1), fresh, 60);

    const qint64 quiet = organisation(QStringLiteral("At risk"));
    period(quiet, QDate(2015, 5, 1));
    hours(QDate(2018, 6, 1), quiet, 600);
    hours(QDate(2019, 9, 30), quiet, 600); // the day before Y's last six months

    const qint64 declining = organisation(QStringLiteral("Declining"));
    period(declining, QDate(2015, 5, 1), {}, MembershipCategory::Auxiliary);
    hours(QDate(2018, 6, 2), declining, 1000);
    hours(QDate(2019, 10, 1), declining, 900); // exactly −10 %, on the first of the six months

    const qint64 steady = organisation(QStringLiteral("Steady"));
    period(steady, QDate(2015, 5, 1), QDate(2020, 4, 1)); // leaves the day after Y
    hours(QDate(2018, 6, 3), steady, 1000);
    hours(QDate(2020, 1, 1), steady, 1099);

    const qint64 growing = organisation(QStringLiteral("Growing"));
    period(growing, QDate(2019, 3, 31)); // joined the day before Y: not new
    hours(QDate(2018, 6, 4), growing, 1000);
    hours(QDate(2020, 3, 31), growing, 1100); // exactly +10 %

    const qint64 client = organisation(QStringLiteral("Client"), OrganisationKind::Npo);
    hours(QDate(2018, 6, 5), client, 60);

    const QList<EngagementInput> inputs = load();
    ASSERT_EQ(inputs.size(), 7);
    const Engagement engagement = computeEngagement(year, inputs);
    ASSERT_EQ(engagement.rows.size(), 7);
    QStringList statuses;
    for (const EngagementRow& row : engagement.rows)
        statuses << row.input.name + u'=' + QLatin1String(engagementStatusWord(row.status));
    EXPECT_EQ(statuses,
              QStringList({"At risk=at_risk", "Lapsed=lapsed", "Declining=declining", "New=new",
                           "Steady=steady", "Growing=growing", "Client=non_member"}));
    const EngagementRow& risk = engagement.rows.at(0);
    EXPECT_EQ(risk.monthsSinceLastService, 6);
    EXPECT_EQ(risk.input.lastService, QDate(2019, 9, 30));
    const EngagementRow& down = engagement.rows.at(2);
    EXPECT_EQ(down.categoryAtEnd, MembershipCategory::Auxiliary);
    ASSERT_TRUE(down.changePct);
    EXPECT_DOUBLE_EQ(*down.changePct, -10.0);
    const EngagementRow& none = engagement.rows.at(6);
    EXPECT_FALSE(none.memberAtEnd);
    EXPECT_FALSE(none.categoryAtEnd);
    EXPECT_EQ(none.input.kind, OrganisationKind::Npo);

    // Members on 2019-04-01: Lapsed, New, At risk, Declining, Steady, Growing; on 2020-03-31
    // all but Lapsed.
    EXPECT_EQ(engagement.summary.membersFirstDay, 6);
    EXPECT_EQ(engagement.summary.membersLastDay, 5);
    EXPECT_EQ(engagement.summary.retained, 5);
    EXPECT_EQ(engagement.summary.netGain, -1);
}

TEST_F(EngagementRepositoryTest, AnEmptyDatabaseHasNothingToList)
{
    EXPECT_TRUE(load().isEmpty());
    const Engagement engagement = computeEngagement(year, {});
    EXPECT_TRUE(engagement.rows.isEmpty());
    EXPECT_TRUE(engagement.cohorts.isEmpty());
    EXPECT_FALSE(engagement.summary.retentionPct);
}

} // namespace
