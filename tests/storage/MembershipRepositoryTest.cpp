#include "MembershipRepository.h"
#include "FiscalYear.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

class MembershipRepositoryTest : public test::DatabaseTest
{
protected:
    OrganisationRepository organisations{db()};
    MembershipRepository repo{db()};

    qint64 addOrganisation(const QString& name)
    {
        Organisation organisation;
        organisation.name = name;
        auto id = organisations.add(organisation);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    static Membership period(qint64 organisationId, QDate joined, QDate left = {},
                             MembershipCategory category = MembershipCategory::Member)
    {
        Membership membership;
        membership.organisationId = organisationId;
        membership.category = category;
        membership.joined = joined;
        membership.left = left;
        return membership;
    }

    qint64 addPeriod(qint64 organisationId, QDate joined, QDate left = {},
                     MembershipCategory category = MembershipCategory::Member)
    {
        auto id = repo.add(period(organisationId, joined, left, category));
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }
};

QList<QDate> joinedDates(const QList<Membership>& memberships)
{
    QList<QDate> dates;
    for (const Membership& membership : memberships)
        dates << membership.joined;
    return dates;
}

TEST_F(MembershipRepositoryTest, AddStoresThePeriodWithTimestamps)
{
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    const qint64 open = addPeriod(org, QDate(2019, 4, 1), {}, MembershipCategory::Managed);
    const qint64 closed = addPeriod(org, QDate(2017, 1, 1), QDate(2018, 1, 1));

    auto stored = repo.get(open);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->organisationId, org);
    EXPECT_EQ(stored->category, MembershipCategory::Managed);
    EXPECT_EQ(stored->joined, QDate(2019, 4, 1));
    EXPECT_TRUE(stored->isOpen());
    EXPECT_EQ(stored->createdAt, m_test.clock().now());
    EXPECT_EQ(stored->updatedAt, m_test.clock().now());
    EXPECT_EQ(repo.get(closed)->left, QDate(2018, 1, 1));
}

TEST_F(MembershipRepositoryTest, AddRefusesAnUnknownOrganisation)
{
    auto id = repo.add(period(99, QDate(2019, 4, 1)));
    ASSERT_FALSE(id.ok());
    EXPECT_THAT(id.message().toStdString(), HasSubstr("no organisation with id 99"));
    EXPECT_EQ(id.error().field, QStringLiteral("organisation"));
}

TEST_F(MembershipRepositoryTest, AddAppliesTheDomainRules)
{
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    auto noJoined = repo.add(period(org, QDate()));
    ASSERT_FALSE(noJoined.ok());
    EXPECT_THAT(noJoined.message().toStdString(), HasSubstr("joined is required"));
    EXPECT_EQ(noJoined.error().field, QStringLiteral("joined"));

    auto leftFirst = repo.add(period(org, QDate(2019, 4, 1), QDate(2019, 3, 31)));
    ASSERT_FALSE(leftFirst.ok());
    EXPECT_THAT(leftFirst.message().toStdString(),
                HasSubstr("cannot leave (2019-03-31) before it joined (2019-04-01)"));
    EXPECT_EQ(leftFirst.error().field, QStringLiteral("left"));
    EXPECT_TRUE(repo.all()->isEmpty());
}

TEST_F(MembershipRepositoryTest, PeriodsOfOneOrganisationCannotOverlap)
{
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    addPeriod(org, QDate(2018, 1, 1), QDate(2019, 1, 1));
    auto overlapping = repo.add(period(org, QDate(2018, 12, 31)));
    ASSERT_FALSE(overlapping.ok());
    EXPECT_THAT(overlapping.message().toStdString(),
                HasSubstr("overlaps the membership from 2018-01-01 to 2019-01-01"));
    EXPECT_EQ(overlapping.error().field, QStringLiteral("joined"));

    // The day it left, it may join again; another organisation is not concerned.
    EXPECT_OK(repo.add(period(org, QDate(2019, 1, 1))));
    EXPECT_OK(repo.add(period(addOrganisation(QStringLiteral("Coop B")), QDate(2018, 6, 1))));
}

TEST_F(MembershipRepositoryTest, UpdateComparesWithTheOtherPeriodsOnly)
{
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    const qint64 first = addPeriod(org, QDate(2017, 1, 1), QDate(2018, 1, 1));
    addPeriod(org, QDate(2019, 1, 1));
    const QDateTime created = m_test.clock().now();
    m_test.clock().set(created.addDays(1));

    auto edited = repo.get(first);
    ASSERT_OK(edited);
    edited->left = QDate(2019, 1, 1);
    edited->category = MembershipCategory::Supporting;
    ASSERT_OK(repo.update(*edited));
    auto stored = repo.get(first);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->left, QDate(2019, 1, 1));
    EXPECT_EQ(stored->category, MembershipCategory::Supporting);
    EXPECT_EQ(stored->createdAt, created);
    EXPECT_EQ(stored->updatedAt, created.addDays(1));

    edited->updatedAt = stored->updatedAt; // the version saved (RowVersion)
    edited->left = QDate(2019, 1, 2);
    auto overlapping = repo.update(*edited);
    ASSERT_FALSE(overlapping.ok());
    EXPECT_THAT(overlapping.message().toStdString(), HasSubstr("overlaps the membership from "
                                                               "2019-01-01"));
    EXPECT_EQ(overlapping.error().field, QStringLiteral("joined"));
    EXPECT_EQ(repo.get(first)->left, QDate(2019, 1, 1));
}

TEST_F(MembershipRepositoryTest, UpdateAndRemoveOfAnUnknownIdFail)
{
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    Membership ghost = period(org, QDate(2019, 4, 1));
    ghost.id = 5;
    auto updated = repo.update(ghost);
    ASSERT_FALSE(updated.ok());
    EXPECT_THAT(updated.message().toStdString(), HasSubstr("no membership with id 5"));
    auto removed = repo.remove(5);
    ASSERT_FALSE(removed.ok());
    EXPECT_THAT(removed.message().toStdString(), HasSubstr("no membership with id 5"));
    EXPECT_FALSE(repo.get(5).ok());
}

TEST_F(MembershipRepositoryTest, UpdateRefusesAnUnknownOrganisation)
{
    const qint64 id = addPeriod(addOrganisation(QStringLiteral("Coop A")), QDate(2019, 4, 1));
    auto edited = repo.get(id);
    ASSERT_OK(edited);
    edited->organisationId = 77;
    auto updated = repo.update(*edited);
    ASSERT_FALSE(updated.ok());
    EXPECT_THAT(updated.message().toStdString(), HasSubstr("no organisation with id 77"));
    EXPECT_EQ(updated.error().field, QStringLiteral("organisation"));
}

TEST_F(MembershipRepositoryTest, RemoveDeletesOnlyThatPeriod)
{
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    const qint64 first = addPeriod(org, QDate(2017, 1, 1), QDate(2018, 1, 1));
    const qint64 second = addPeriod(org, QDate(2019, 1, 1));
    ASSERT_OK(repo.remove(first));
    EXPECT_FALSE(repo.get(first).ok());
    auto left = repo.forOrganisation(org);
    ASSERT_OK(left);
    ASSERT_EQ(left->size(), 1);
    EXPECT_EQ(left->first().id, second);
}

TEST_F(MembershipRepositoryTest, ListsAreOrderedByOrganisationNameThenJoined)
{
    const qint64 zeta = addOrganisation(QStringLiteral("zeta"));
    const qint64 alpha = addOrganisation(QStringLiteral("Alpha"));
    addPeriod(zeta, QDate(2015, 1, 1));
    addPeriod(alpha, QDate(2019, 1, 1));
    addPeriod(alpha, QDate(2010, 1, 1), QDate(2011, 1, 1));
    addPeriod(alpha, QDate(2012, 1, 1), QDate(2013, 1, 1));

    auto ofAlpha = repo.forOrganisation(alpha);
    ASSERT_OK(ofAlpha);
    EXPECT_EQ(joinedDates(*ofAlpha),
              (QList<QDate>{QDate(2010, 1, 1), QDate(2012, 1, 1), QDate(2019, 1, 1)}));

    auto all = repo.all();
    ASSERT_OK(all);
    EXPECT_EQ(joinedDates(*all), (QList<QDate>{QDate(2010, 1, 1), QDate(2012, 1, 1),
                                               QDate(2019, 1, 1), QDate(2015, 1, 1)}));
    EXPECT_EQ(all->last().organisationId, zeta);
}

TEST_F(MembershipRepositoryTest, ADayIsCoveredFromJoinedUpToButNotIncludingLeft)
{
    const qint64 a = addOrganisation(QStringLiteral("Coop A"));
    const qint64 b = addOrganisation(QStringLiteral("Coop B"));
    addPeriod(a, QDate(2019, 4, 1), QDate(2020, 4, 1));
    addPeriod(b, QDate(2020, 3, 31));

    EXPECT_EQ(*repo.countMembersOn(QDate(2019, 3, 31)), 0);
    EXPECT_EQ(*repo.countMembersOn(QDate(2019, 4, 1)), 1);
    EXPECT_EQ(*repo.countMembersOn(QDate(2020, 3, 30)), 1);
    EXPECT_EQ(*repo.countMembersOn(QDate(2020, 3, 31)), 2);
    EXPECT_EQ(*repo.countMembersOn(QDate(2020, 4, 1)), 1);

    auto covering = repo.coveringDay(QDate(2020, 3, 31));
    ASSERT_OK(covering);
    ASSERT_EQ(covering->size(), 2);
    EXPECT_EQ(covering->at(0).organisationId, a);
    EXPECT_EQ(covering->at(1).organisationId, b);
    auto after = repo.coveringDay(QDate(2020, 4, 1));
    ASSERT_OK(after);
    ASSERT_EQ(after->size(), 1);
    EXPECT_EQ(after->first().organisationId, b);
}

TEST_F(MembershipRepositoryTest, CountByCategoryListsEveryCategory)
{
    const QDate day = FiscalYear(2019).lastDay();
    addPeriod(addOrganisation(QStringLiteral("A")), QDate(2019, 1, 1), {},
              MembershipCategory::Auxiliary);
    addPeriod(addOrganisation(QStringLiteral("B")), QDate(2019, 1, 1), {},
              MembershipCategory::Auxiliary);
    addPeriod(addOrganisation(QStringLiteral("C")), QDate(2019, 1, 1), {},
              MembershipCategory::Member);
    addPeriod(addOrganisation(QStringLiteral("D")), QDate(2019, 1, 1), day,
              MembershipCategory::Managed);

    auto counts = repo.countByCategoryOn(day);
    ASSERT_OK(counts);
    EXPECT_EQ(counts->size(), 4);
    EXPECT_EQ(counts->value(MembershipCategory::Member), 1);
    EXPECT_EQ(counts->value(MembershipCategory::Auxiliary), 2);
    EXPECT_EQ(counts->value(MembershipCategory::Supporting), 0);
    EXPECT_EQ(counts->value(MembershipCategory::Managed), 0);
    EXPECT_EQ(repo.countByCategoryOn(day.addDays(-1))->value(MembershipCategory::Managed), 1);
}

// FiscalYear(2019) runs from 2019-04-01 to 2020-03-31.
TEST_F(MembershipRepositoryTest, NewMembersJoinedWithinTheYearBoundariesIncluded)
{
    const FiscalYear year(2019);
    addPeriod(addOrganisation(QStringLiteral("First day")), year.firstDay());
    addPeriod(addOrganisation(QStringLiteral("Last day")), year.lastDay());
    addPeriod(addOrganisation(QStringLiteral("Day after")), year.lastDay().addDays(1));
    addPeriod(addOrganisation(QStringLiteral("Day before")), year.firstDay().addDays(-1));

    EXPECT_EQ(*repo.countNewMembers(year.firstDay(), year.lastDay()), 2);
    EXPECT_EQ(*repo.countNewMembers(year.next().firstDay(), year.next().lastDay()), 1);
    EXPECT_EQ(*repo.countNewMembers(year.previous().firstDay(), year.previous().lastDay()), 1);
    EXPECT_EQ(*repo.countMembersOn(year.lastDay()), 3);
    EXPECT_EQ(*repo.countMembersOn(year.lastDay().addDays(1)), 4);
}

TEST_F(MembershipRepositoryTest, RejoiningAfterAGapCountsAsNewAgainAndLeavingCounts)
{
    const FiscalYear year(2019);
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    addPeriod(org, QDate(2018, 6, 1), QDate(2019, 6, 1));
    addPeriod(org, QDate(2019, 9, 1));

    EXPECT_EQ(*repo.countNewMembers(year.firstDay(), year.lastDay()), 1);
    EXPECT_EQ(*repo.countLeft(year.firstDay(), year.lastDay()), 1);
    EXPECT_EQ(*repo.countNewMembers(year.previous().firstDay(), year.previous().lastDay()), 1);
    EXPECT_EQ(*repo.countMembersOn(QDate(2019, 7, 1)), 0);
}

TEST_F(MembershipRepositoryTest, AnOrganisationIsCountedOnceWhateverItsPeriods)
{
    const FiscalYear year(2019);
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    addPeriod(org, QDate(2019, 5, 1), QDate(2019, 6, 1));
    addPeriod(org, QDate(2019, 8, 1), QDate(2019, 9, 1));
    addPeriod(org, QDate(2019, 11, 1), QDate(2019, 12, 1));

    EXPECT_EQ(*repo.countNewMembers(year.firstDay(), year.lastDay()), 1);
    EXPECT_EQ(*repo.countLeft(year.firstDay(), year.lastDay()), 1);
}

TEST_F(MembershipRepositoryTest, RejoiningTheDayOfLeavingIsNeitherNewNorLeft)
{
    const FiscalYear year(2019);
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    addPeriod(org, QDate(2018, 1, 1), QDate(2019, 10, 1), MembershipCategory::Auxiliary);
    addPeriod(org, QDate(2019, 10, 1), {}, MembershipCategory::Member);

    EXPECT_EQ(*repo.countNewMembers(year.firstDay(), year.lastDay()), 0);
    EXPECT_EQ(*repo.countLeft(year.firstDay(), year.lastDay()), 0);
    EXPECT_EQ(*repo.countMembersOn(QDate(2019, 9, 30)), 1);
    EXPECT_EQ(*repo.countMembersOn(QDate(2019, 10, 1)), 1);
}

// A period that joins and leaves the same day covers no day: it does not keep the
// organisation a member on the day its previous period ended.
TEST_F(MembershipRepositoryTest, AnEmptyPeriodDoesNotHideALeaving)
{
    const FiscalYear year(2019);
    const qint64 org = addOrganisation(QStringLiteral("Coop A"));
    addPeriod(org, QDate(2018, 1, 1), QDate(2019, 10, 1));
    addPeriod(org, QDate(2019, 10, 1), QDate(2019, 10, 1));

    EXPECT_EQ(*repo.countMembersOn(QDate(2019, 10, 1)), 0);
    EXPECT_EQ(*repo.countLeft(year.firstDay(), year.lastDay()), 1);
    EXPECT_EQ(*repo.countNewMembers(year.firstDay(), year.lastDay()), 0);
}

// A period whose `left` is L stops covering on L: it counts as leaving in the year containing L,
// the year at whose end the organisation is no longer a member.
TEST_F(MembershipRepositoryTest, LeftCountsPeriodsThatStopCoveringInTheYear)
{
    const FiscalYear year(2019);
    // left on the first day: a member at the end of the previous year, not at this one's.
    addPeriod(addOrganisation(QStringLiteral("A")), QDate(2018, 1, 1), year.firstDay());
    addPeriod(addOrganisation(QStringLiteral("B")), QDate(2018, 1, 1), year.firstDay().addDays(1));
    // left on the last day: not a member at the year's end.
    addPeriod(addOrganisation(QStringLiteral("C")), QDate(2018, 1, 1), year.lastDay());
    // left the day after the last day: still a member at the year's end.
    addPeriod(addOrganisation(QStringLiteral("D")), QDate(2018, 1, 1), year.lastDay().addDays(1));
    addPeriod(addOrganisation(QStringLiteral("E")), QDate(2018, 1, 1), year.lastDay().addDays(2));

    EXPECT_EQ(*repo.countLeft(year.firstDay(), year.lastDay()), 3);
    EXPECT_EQ(*repo.countLeft(year.previous().firstDay(), year.previous().lastDay()), 0);
    EXPECT_EQ(*repo.countLeft(year.next().firstDay(), year.next().lastDay()), 2);
    EXPECT_EQ(*repo.countLeft(year.firstDay(), year.firstDay()), 1);
    EXPECT_EQ(*repo.countLeft(year.lastDay(), year.lastDay()), 1);
}

// Members at the end of the previous year, plus the new, minus those who left, are the members at
// the year's end, whatever the mix of joins, departures and rejoins around the boundaries.
TEST_F(MembershipRepositoryTest, NewAndLeftReconcileTheYearEndCounts)
{
    const FiscalYear year(2019);
    const QDate first = year.firstDay();
    const QDate last = year.lastDay();
    addPeriod(addOrganisation(QStringLiteral("stays")), QDate(2015, 1, 1), QDate());
    addPeriod(addOrganisation(QStringLiteral("leaves on first day")), QDate(2015, 1, 1), first);
    addPeriod(addOrganisation(QStringLiteral("leaves on last day")), QDate(2015, 1, 1), last);
    addPeriod(addOrganisation(QStringLiteral("leaves after")), QDate(2015, 1, 1), last.addDays(1));
    addPeriod(addOrganisation(QStringLiteral("joins first day")), first, QDate());
    addPeriod(addOrganisation(QStringLiteral("joins last day")), last, QDate());
    addPeriod(addOrganisation(QStringLiteral("joins after")), last.addDays(1), QDate());
    addPeriod(addOrganisation(QStringLiteral("joins and leaves")), first.addDays(10),
              first.addDays(20));
    const qint64 rejoins = addOrganisation(QStringLiteral("leaves and rejoins"));
    addPeriod(rejoins, QDate(2015, 1, 1), first.addDays(30));
    addPeriod(rejoins, first.addDays(60), QDate());

    const int before = *repo.countMembersOn(first.addDays(-1));
    const int after = *repo.countMembersOn(last);
    const int joined = *repo.countNewMembers(first, last);
    const int left = *repo.countLeft(first, last);
    EXPECT_EQ(before, 5);
    EXPECT_EQ(after, 5);
    EXPECT_EQ(joined, 4);
    EXPECT_EQ(left, 4);
    EXPECT_EQ(before + joined - left, after);
}

} // namespace

// The names of the new members follow the count's one rule: each organisation once, by name, a
// rejoin after a gap included, a period taking over on the day of leaving not.
TEST_F(MembershipRepositoryTest, NewMemberNamesAreTheOrganisationsTheCountCounts)
{
    const FiscalYear year(2019);
    const qint64 twice = addOrganisation(QStringLiteral("Zeta coop"));
    addPeriod(twice, QDate(2019, 5, 1), QDate(2019, 6, 1));
    addPeriod(twice, QDate(2019, 8, 1));
    const qint64 rejoined = addOrganisation(QStringLiteral("alpha mutual"));
    addPeriod(rejoined, QDate(2018, 6, 1), QDate(2019, 6, 1));
    addPeriod(rejoined, QDate(2019, 9, 1));
    const qint64 continued = addOrganisation(QStringLiteral("Beta network"));
    addPeriod(continued, QDate(2018, 1, 1), QDate(2019, 10, 1), MembershipCategory::Auxiliary);
    addPeriod(continued, QDate(2019, 10, 1), {}, MembershipCategory::Member);
    addPeriod(addOrganisation(QStringLiteral("Later")), year.lastDay().addDays(1));

    auto names = repo.newMemberNames(year.firstDay(), year.lastDay());
    ASSERT_OK(names);
    EXPECT_EQ(*names, (QStringList{QStringLiteral("alpha mutual"), QStringLiteral("Zeta coop")}));
    EXPECT_EQ(*repo.countNewMembers(year.firstDay(), year.lastDay()), names->size());
}
