// The rules of member engagement (docs/report.md, "Member engagement"), on plain inputs: one
// organisation in each status, the edges of each rule, the summary and the cohort table.

#include "Engagement.h"

#include <gtest/gtest.h>

using namespace bilan;

namespace {

// 2019-2020: 2019-04-01 … 2020-03-31; its last six months start on 2019-10-01.
const FiscalYear year(2019);

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Membership period(const char* joined, const char* left = nullptr,
                  MembershipCategory category = MembershipCategory::Member)
{
    Membership membership;
    membership.category = category;
    membership.joined = day(joined);
    if (left)
        membership.left = day(left);
    return membership;
}

qint64 nextId = 1;

EngagementInput organisation(const QString& name, QList<Membership> memberships, qint64 minutesY1,
                             qint64 minutesY, const char* lastService = nullptr)
{
    EngagementInput input;
    input.organisationId = nextId++;
    input.name = name;
    input.memberships = std::move(memberships);
    input.minutesByYear[TrendYears - 2] = minutesY1;
    input.minutesByYear[TrendYears - 1] = minutesY;
    if (lastService)
        input.lastService = day(lastService);
    return input;
}

const EngagementRow* rowOf(const Engagement& engagement, const QString& name)
{
    for (const EngagementRow& row : engagement.rows)
        if (row.input.name == name)
            return &row;
    return nullptr;
}

EngagementStatus statusOf(const EngagementInput& input)
{
    const Engagement engagement = computeEngagement(year, {input});
    EXPECT_EQ(engagement.rows.size(), 1) << input.name.toStdString();
    return engagement.rows.isEmpty() ? EngagementStatus::NonMember
                                     : engagement.rows.constFirst().status;
}

TEST(EngagementTest, OneOrganisationInEachStatus)
{
    const QList<EngagementInput> inputs{
        organisation("Lapsed", {period("2015-05-01", "2019-11-15")}, 600, 300, "2019-09-01"),
        organisation("New", {period("2019-06-01")}, 0, 120, "2020-02-01"),
        organisation("Quiet", {period("2015-05-01")}, 600, 600, "2019-09-30"),
        organisation("Declining", {period("2015-05-01")}, 1000, 900, "2020-03-01"),
        organisation("Steady", {period("2015-05-01")}, 1000, 1050, "2020-03-01"),
        organisation("Growing", {period("2015-05-01")}, 1000, 1100, "2020-03-31"),
        organisation("Client", {}, 0, 60, "2019-07-01"),
    };
    const Engagement engagement = computeEngagement(year, inputs);
    ASSERT_EQ(engagement.rows.size(), 7);
    EXPECT_EQ(rowOf(engagement, "Lapsed")->status, EngagementStatus::Lapsed);
    EXPECT_EQ(rowOf(engagement, "New")->status, EngagementStatus::New);
    EXPECT_EQ(rowOf(engagement, "Quiet")->status, EngagementStatus::AtRisk);
    EXPECT_EQ(rowOf(engagement, "Declining")->status, EngagementStatus::Declining);
    EXPECT_EQ(rowOf(engagement, "Steady")->status, EngagementStatus::Steady);
    EXPECT_EQ(rowOf(engagement, "Growing")->status, EngagementStatus::Growing);
    EXPECT_EQ(rowOf(engagement, "Client")->status, EngagementStatus::NonMember);

    // Sorted by status, most urgent first.
    QStringList names;
    for (const EngagementRow& row : engagement.rows)
        names << row.input.name;
    EXPECT_EQ(names,
              QStringList({"Quiet", "Lapsed", "Declining", "New", "Steady", "Growing", "Client"}));
    for (int status = 0; status < EngagementStatusCount; ++status)
        EXPECT_EQ(engagement.summary.statusCounts[static_cast<std::size_t>(status)], 1);
}

TEST(EngagementTest, RowCarriesTheYearsFacts)
{
    EngagementInput input =
        organisation("Coop",
                     {period("2010-01-01", "2019-06-01"),
                      period("2019-06-01", nullptr, MembershipCategory::Auxiliary)},
                     400, 300, "2019-12-15");
    input.experts = 3;
    input.fields = 2;
    const EngagementRow row = computeEngagement(year, {input}).rows.constFirst();
    EXPECT_EQ(row.categoryAtEnd, MembershipCategory::Auxiliary);
    EXPECT_TRUE(row.memberAtEnd);
    EXPECT_EQ(row.minutesY, 300);
    EXPECT_EQ(row.minutesY1, 400);
    ASSERT_TRUE(row.changePct);
    EXPECT_DOUBLE_EQ(*row.changePct, -25.0);
    // 2019-12-15 + 3 months is 2020-03-15, + 4 months is past 2020-03-31.
    EXPECT_EQ(row.monthsSinceLastService, 3);
    EXPECT_EQ(row.input.experts, 3);
    // A change of category is no new membership.
    EXPECT_EQ(row.status, EngagementStatus::Declining);

    const EngagementRow never =
        computeEngagement(year, {organisation("Never", {period("2019-01-01")}, 0, 0)})
            .rows.constFirst();
    EXPECT_FALSE(never.changePct);
    EXPECT_FALSE(never.monthsSinceLastService);
    EXPECT_FALSE(never.input.lastService.isValid());
    EXPECT_EQ(never.status, EngagementStatus::AtRisk);
}

TEST(EngagementTest, LeavingOnTheLastDayLapsesLeavingTheDayAfterDoesNot)
{
    // A period does not cover its `left` day.
    EXPECT_EQ(
        statusOf(organisation("A", {period("2015-01-01", "2020-03-31")}, 100, 100, "2020-03-01")),
        EngagementStatus::Lapsed);
    EXPECT_EQ(
        statusOf(organisation("B", {period("2015-01-01", "2020-04-01")}, 100, 100, "2020-03-01")),
        EngagementStatus::Steady);
    // Leaving on Y's first day: a member on none of Y's days, so not lapsed in Y.
    EXPECT_EQ(
        statusOf(organisation("C", {period("2015-01-01", "2019-04-01")}, 100, 0, "2019-03-01")),
        EngagementStatus::NonMember);
    // Leaving the day after: a member on Y's first day.
    EXPECT_EQ(
        statusOf(organisation("D", {period("2015-01-01", "2019-04-02")}, 100, 0, "2019-03-01")),
        EngagementStatus::Lapsed);
    // Joined and left within Y.
    EXPECT_EQ(statusOf(organisation("E", {period("2019-05-01", "2019-09-01")}, 0, 0)),
              EngagementStatus::Lapsed);
}

TEST(EngagementTest, NewMembersJoinedInTheYearWithNoMembershipTheDayBefore)
{
    // Joining on Y's first day is new; on the day before is not.
    EXPECT_EQ(statusOf(organisation("First day", {period("2019-04-01")}, 0, 60, "2020-01-01")),
              EngagementStatus::New);
    EXPECT_EQ(statusOf(organisation("Day before", {period("2019-03-31")}, 0, 60, "2020-01-01")),
              EngagementStatus::Growing);
    // Rejoining after a gap counts, even a gap of one day…
    EXPECT_EQ(statusOf(organisation("Rejoined",
                                    {period("2012-01-01", "2019-05-01"), period("2019-05-02")}, 600,
                                    600, "2020-01-01")),
              EngagementStatus::New);
    // …but not a period that follows another on the day it ends, even across several periods.
    EXPECT_EQ(
        statusOf(organisation("Renewed",
                              {period("2012-01-01", "2019-05-01"),
                               period("2019-05-01", "2019-08-01", MembershipCategory::Supporting),
                               period("2019-08-01")},
                              600, 600, "2020-01-01")),
        EngagementStatus::Steady);
    // A member who leaves in Y and came back before its last day is new, not lapsed.
    EXPECT_EQ(statusOf(organisation(
                  "Back", {period("2010-01-01", "2019-06-01"), period("2019-09-01")}, 0, 0)),
              EngagementStatus::New);
}

TEST(EngagementTest, AtRiskWithoutServiceInTheLastSixMonths)
{
    const auto member = [](const char* lastService) {
        return organisation("M", {period("2010-01-01")}, 600, 600, lastService);
    };
    EXPECT_EQ(statusOf(member("2019-09-30")), EngagementStatus::AtRisk);
    EXPECT_EQ(statusOf(member("2019-10-01")), EngagementStatus::Steady);
    EXPECT_EQ(
        computeEngagement(year, {member("2019-09-30")}).rows.constFirst().monthsSinceLastService,
        6);
    EXPECT_EQ(
        computeEngagement(year, {member("2019-10-01")}).rows.constFirst().monthsSinceLastService,
        5);
    // A year ending in February: its last six months start on 1 September.
    const FiscalYear march(2019, 3);
    const auto statusIn = [&](const char* lastService) {
        return computeEngagement(march, {member(lastService)}).rows.constFirst().status;
    };
    EXPECT_EQ(statusIn("2019-08-31"), EngagementStatus::AtRisk);
    EXPECT_EQ(statusIn("2019-09-01"), EngagementStatus::Steady);
}

TEST(EngagementTest, AtRiskWhenHoursFellByHalfOrMore)
{
    const auto member = [](qint64 before, qint64 now) {
        return organisation("M", {period("2010-01-01")}, before, now, "2020-03-01");
    };
    EXPECT_EQ(statusOf(member(600, 300)), EngagementStatus::AtRisk);
    EXPECT_EQ(statusOf(member(600, 301)), EngagementStatus::Declining);
    EXPECT_EQ(statusOf(member(601, 300)), EngagementStatus::AtRisk);
}

TEST(EngagementTest, TrendBoundariesAtTenPercent)
{
    const auto member = [](qint64 before, qint64 now) {
        return organisation("M", {period("2010-01-01")}, before, now, "2020-03-01");
    };
    EXPECT_EQ(statusOf(member(1000, 900)), EngagementStatus::Declining);
    EXPECT_EQ(statusOf(member(1000, 901)), EngagementStatus::Steady);
    EXPECT_EQ(statusOf(member(1000, 1099)), EngagementStatus::Steady);
    EXPECT_EQ(statusOf(member(1000, 1100)), EngagementStatus::Growing);
    // Minutes whose ratio a double does not hold exactly: 70 → 77 is +10 %.
    EXPECT_EQ(statusOf(member(70, 77)), EngagementStatus::Growing);
    EXPECT_EQ(statusOf(member(70, 63)), EngagementStatus::Declining);
    // From nothing in Y-1 to some hours in Y: growing, and no percentage.
    const EngagementRow fromZero = computeEngagement(year, {member(0, 60)}).rows.constFirst();
    EXPECT_EQ(fromZero.status, EngagementStatus::Growing);
    EXPECT_FALSE(fromZero.changePct);
}

TEST(EngagementTest, ListedWhenMemberOrServedInYOrYMinusOne)
{
    const QList<EngagementInput> inputs{
        organisation("Member in Y-1 only", {period("2010-01-01", "2018-06-01")}, 0, 0),
        organisation("Served in Y-1 only", {}, 60, 0, "2018-05-01"),
        organisation("Left before Y-1", {period("2010-01-01", "2018-04-01")}, 0, 0),
        organisation("Served long ago", {}, 0, 0, "2016-01-01"),
    };
    const Engagement engagement = computeEngagement(year, inputs);
    ASSERT_EQ(engagement.rows.size(), 2);
    EXPECT_EQ(rowOf(engagement, "Member in Y-1 only")->status, EngagementStatus::NonMember);
    EXPECT_EQ(rowOf(engagement, "Served in Y-1 only")->status, EngagementStatus::NonMember);
    EXPECT_FALSE(rowOf(engagement, "Left before Y-1"));
}

TEST(EngagementTest, SortedByStatusThenHoursThenName)
{
    const QList<EngagementInput> inputs{
        organisation("b", {}, 0, 60),
        organisation("A", {}, 0, 60),
        organisation("Z", {}, 0, 600),
        organisation("Risk", {period("2010-01-01")}, 0, 0),
    };
    QStringList names;
    for (const EngagementRow& row : computeEngagement(year, inputs).rows)
        names << row.input.name;
    EXPECT_EQ(names, QStringList({"Risk", "Z", "A", "b"}));
}

TEST(EngagementTest, SummaryRetentionAndAttrition)
{
    const QList<EngagementInput> inputs{
        organisation("Stays 1", {period("2010-01-01")}, 60, 60, "2020-01-01"),
        organisation("Stays 2", {period("2010-01-01")}, 60, 60, "2020-01-01"),
        organisation("Stays 3", {period("2010-01-01")}, 60, 60, "2020-01-01"),
        organisation("Leaves", {period("2010-01-01", "2019-12-01")}, 60, 60, "2019-11-01"),
        organisation("Joins 1", {period("2019-06-01")}, 0, 60, "2020-01-01"),
        organisation("Joins 2", {period("2020-03-31")}, 0, 0),
        // Joined and left within the year: a member on neither day.
        organisation("Passes", {period("2019-05-01", "2019-07-01")}, 0, 0),
        organisation("Client", {}, 0, 60, "2019-05-01"),
    };
    const EngagementSummary summary = computeEngagement(year, inputs).summary;
    EXPECT_EQ(summary.membersFirstDay, 4);
    EXPECT_EQ(summary.membersLastDay, 5);
    EXPECT_EQ(summary.retained, 3);
    ASSERT_TRUE(summary.retentionPct);
    EXPECT_DOUBLE_EQ(*summary.retentionPct, 75.0);
    ASSERT_TRUE(summary.attritionPct);
    EXPECT_DOUBLE_EQ(*summary.attritionPct, 25.0);
    EXPECT_EQ(summary.netGain, 1);
    EXPECT_EQ(summary.statusCounts[static_cast<std::size_t>(EngagementStatus::Lapsed)], 2);
    EXPECT_EQ(summary.statusCounts[static_cast<std::size_t>(EngagementStatus::New)], 2);
    EXPECT_EQ(summary.statusCounts[static_cast<std::size_t>(EngagementStatus::Steady)], 3);
    EXPECT_EQ(summary.statusCounts[static_cast<std::size_t>(EngagementStatus::NonMember)], 1);

    const EngagementSummary empty =
        computeEngagement(year, {organisation("Joins", {period("2019-06-01")}, 0, 0)}).summary;
    EXPECT_EQ(empty.membersFirstDay, 0);
    EXPECT_FALSE(empty.retentionPct);
    EXPECT_FALSE(empty.attritionPct);
    EXPECT_EQ(empty.netGain, 1);
}

TEST(EngagementTest, CohortsByYearOfFirstMembership)
{
    const QList<EngagementInput> inputs{
        // 2017-2018 cohort: two organisations.
        organisation("A", {period("2017-04-01")}, 0, 0),
        organisation("B", {period("2018-03-31", "2018-06-01"), period("2019-05-01")}, 0, 0),
        // 2018-2019 cohort: one that leaves on the last day of 2019-2020.
        organisation("C", {period("2018-04-01", "2020-03-31")}, 0, 0),
        // Joins after Y: no cohort.
        organisation("D", {period("2020-04-01")}, 0, 0),
        organisation("Never a member", {}, 0, 60),
    };
    const QList<EngagementCohort> cohorts = computeEngagement(year, inputs).cohorts;
    ASSERT_EQ(cohorts.size(), 2);
    EXPECT_EQ(cohorts[0].startYear, 2017);
    EXPECT_EQ(cohorts[0].joined, 2);
    // On 2018-03-31, 2019-03-31 (B between periods), 2020-03-31.
    EXPECT_EQ(cohorts[0].stillMembers, QList<int>({2, 1, 2}));
    EXPECT_EQ(cohorts[1].startYear, 2018);
    EXPECT_EQ(cohorts[1].joined, 1);
    EXPECT_EQ(cohorts[1].stillMembers, QList<int>({1, 0}));
}

TEST(EngagementTest, StatusWordsRoundTrip)
{
    EXPECT_STREQ(engagementStatusWord(EngagementStatus::AtRisk), "at_risk");
    EXPECT_STREQ(engagementStatusWord(EngagementStatus::NonMember), "non_member");
    for (int i = 0; i < EngagementStatusCount; ++i) {
        const auto status = static_cast<EngagementStatus>(i);
        EXPECT_EQ(engagementStatusFromWord(QString::fromLatin1(engagementStatusWord(status))),
                  status);
    }
    EXPECT_FALSE(engagementStatusFromWord(u"lost"));
}

} // namespace
