// The figures the report's statements stand on: the share of the year's operations done with
// members (Article 17), the fully managed members named at the year's end, the categories'
// shares of the hours over five years, and the titles of the business-development activities.

#include "FiguresJson.h"
#include "FiguresTestFixture.h"

#include <gmock/gmock.h>

using namespace bilan;
using bilan::test::FiguresTest;
using ::testing::ElementsAre;
using C = MembershipCategory;

namespace {

class FiguresMembersTest : public FiguresTest
{
protected:
    qint64 member(const QString& name, std::optional<qint64> network = {},
                  OrganisationKind kind = OrganisationKind::Coop)
    {
        Organisation o;
        o.name = name;
        o.kind = kind;
        o.networkId = network;
        return test::valueOf(OrganisationRepository(db()).add(o));
    }

    void activity(QDate date, ActivityType type, Audience audience, const QString& title)
    {
        Activity a;
        a.date = date;
        a.type = type;
        a.audience = audience;
        a.title = title;
        EXPECT_OK(ActivityRepository(db()).add(a));
    }
};

// 2019-2020 runs from 2019-04-01 to 2020-03-31.
TEST_F(FiguresMembersTest, OperationsWithMembersCountTheDayOfEachEntry)
{
    const qint64 e = expert(QStringLiteral("Ève"));
    const qint64 joins = member(QStringLiteral("Coop qui adhère"));
    const qint64 leaves = member(QStringLiteral("Coop qui part"));
    const qint64 network = member(QStringLiteral("Fédération"), {}, OrganisationKind::Network);
    const qint64 child = member(QStringLiteral("Coop de la fédération"), network);
    const qint64 outsider = member(QStringLiteral("Coop non membre"));
    period(joins, QDate(2019, 10, 1));
    period(leaves, QDate(2015, 1, 1), QDate(2019, 10, 1));
    period(network, QDate(2019, 4, 1), {}, C::Managed);

    hours(QDate(2019, 9, 30), e, joins, 100);  // the day before it joins: not a member
    hours(QDate(2019, 10, 1), e, joins, 200);  // the day it joins: a member
    hours(QDate(2019, 9, 30), e, leaves, 300); // its last day as a member
    hours(QDate(2019, 10, 1), e, leaves, 400); // the day it left: not a member
    hours(QDate(2019, 4, 1), e, child, 500);   // its network's first day: through the network
    hours(QDate(2019, 4, 2), e, outsider, 500);

    const YearlyFigures f = compute(2019);
    ASSERT_EQ(f.minutesRendered, 2000);
    // 200 + 300 + 500 of 2000.
    ASSERT_TRUE(f.operationsWithMembersPct);
    EXPECT_DOUBLE_EQ(*f.operationsWithMembersPct, 50.0);
    EXPECT_DOUBLE_EQ(toJson(f).value("operations_with_members_pct").toDouble(), 50.0);

    // The year before has an entry for no member at all: 0 %, not null.
    hours(QDate(2019, 3, 31), e, child, 60);
    const YearlyFigures before = compute(2018);
    ASSERT_TRUE(before.operationsWithMembersPct);
    EXPECT_DOUBLE_EQ(*before.operationsWithMembersPct, 0.0);
}

TEST_F(FiguresMembersTest, AYearWithoutHoursHasNoShareOfOperations)
{
    const qint64 a = member(QStringLiteral("Coop A"));
    period(a, QDate(2015, 1, 1));
    const YearlyFigures f = compute(2019);
    EXPECT_FALSE(f.operationsWithMembersPct);
    EXPECT_TRUE(toJson(f).value("operations_with_members_pct").isNull());
    EXPECT_TRUE(toJson(f).contains("operations_with_members_pct"));
}

TEST_F(FiguresMembersTest, FullyManagedMembersAreNamedOnTheYearsLastDay)
{
    period(member(QStringLiteral("Réseau B")), QDate(2018, 1, 1), {}, C::Managed);
    period(member(QStringLiteral("Mutuelle A")), QDate(2020, 3, 31), {}, C::Managed);
    period(member(QStringLiteral("Réseau parti")), QDate(2018, 1, 1), QDate(2020, 3, 31),
           C::Managed);
    period(member(QStringLiteral("Coop ordinaire")), QDate(2018, 1, 1));

    EXPECT_THAT(compute(2019).managedMemberNames,
                ElementsAre(QStringLiteral("Mutuelle A"), QStringLiteral("Réseau B")));
    EXPECT_TRUE(compute(2016).managedMemberNames.isEmpty());
}

TEST_F(FiguresMembersTest, TheSeriesSharesEachYearsHoursByTheMembersCategory)
{
    const qint64 e = expert(QStringLiteral("Ève"));
    const qint64 managed = member(QStringLiteral("Réseau géré"), {}, OrganisationKind::Network);
    const qint64 auxiliary = member(QStringLiteral("Coop auxiliaire"));
    const qint64 child = member(QStringLiteral("Coop du réseau"), managed);
    const qint64 outsider = member(QStringLiteral("Coop non membre"));
    period(managed, QDate(2015, 1, 1), {}, C::Managed);
    period(auxiliary, QDate(2018, 4, 1), {}, C::Auxiliary);
    hours(QDate(2017, 5, 1), e, managed, 600);
    hours(QDate(2018, 5, 1), e, child, 300); // through its network: managed
    hours(QDate(2018, 5, 2), e, auxiliary, 300);
    hours(QDate(2019, 5, 1), e, outsider, 60); // no member: in no category

    auto series = FiguresCalculator(db()).series(2019, 3);
    ASSERT_OK(series);
    ASSERT_EQ(series->memberMinutesByCategory.size(), 3);
    EXPECT_EQ(series->memberMinutesByCategory.at(0).value(C::Managed), 600);
    EXPECT_EQ(series->memberMinutesByCategory.at(0).value(C::Auxiliary), 0);
    EXPECT_EQ(series->memberMinutesByCategory.at(1).value(C::Managed), 300);
    EXPECT_EQ(series->memberMinutesByCategory.at(1).value(C::Auxiliary), 300);
    for (qint64 minutes : series->memberMinutesByCategory.at(2))
        EXPECT_EQ(minutes, 0);
}

TEST_F(FiguresMembersTest, ActivitiesKeepTheirTitlesByAudienceAndType)
{
    activity(QDate(2019, 4, 1), ActivityType::Event, Audience::Networks,
             QStringLiteral("Assises du CQCM"));
    activity(QDate(2019, 6, 1), ActivityType::Event, Audience::Networks,
             QStringLiteral("Congrès de CMC"));
    activity(QDate(2019, 5, 1), ActivityType::Event, Audience::Networks, QString()); // untitled
    activity(QDate(2019, 7, 1), ActivityType::Meeting, Audience::RelayPartners,
             QStringLiteral("Ville de Montréal"));
    activity(QDate(2019, 8, 1), ActivityType::Agreement, Audience::NpoGroups,
             QStringLiteral("MRC de Memphrémagog"));
    activity(QDate(2020, 4, 1), ActivityType::Event, Audience::Networks,
             QStringLiteral("L'année suivante"));

    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.activities.value({Audience::Networks, ActivityType::Event}), 3);
    EXPECT_THAT(f.activityTitles.value({Audience::Networks, ActivityType::Event}),
                ElementsAre(QStringLiteral("Assises du CQCM"), QStringLiteral("Congrès de CMC")));
    EXPECT_THAT(f.activityTitles.value({Audience::RelayPartners, ActivityType::Meeting}),
                ElementsAre(QStringLiteral("Ville de Montréal")));
    // Agreements are listed apart, as before.
    EXPECT_FALSE(f.activityTitles.contains({Audience::NpoGroups, ActivityType::Agreement}));
    EXPECT_THAT(f.agreements, ElementsAre(QStringLiteral("MRC de Memphrémagog")));
}

} // namespace
