// The minutes rendered to members (MembershipRepository::minutesByMembership): the rule behind
// the Article 17 figure and the categories' shares of the services. An entry counts for the
// membership covering its own day — the organisation's, else its network's — with the period's
// first day covered and its `left` day not; the names of a category's members on a day.

#include "ExpertRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::ElementsAre;
using C = MembershipCategory;

namespace {

class MembershipMinutesTest : public test::DatabaseTest
{
protected:
    qint64 organisation(const QString& name, std::optional<qint64> network = {})
    {
        Organisation organisation;
        organisation.name = name;
        organisation.kind = network ? OrganisationKind::Coop : OrganisationKind::Network;
        organisation.networkId = network;
        auto id = OrganisationRepository(db()).add(organisation);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    void period(qint64 organisationId, QDate joined, QDate left = {}, C category = C::Member)
    {
        Membership membership;
        membership.organisationId = organisationId;
        membership.category = category;
        membership.joined = joined;
        membership.left = left;
        EXPECT_OK(MembershipRepository(db()).add(membership));
    }

    void hours(QDate day, qint64 organisationId, int minutes)
    {
        if (m_expert == 0) {
            Expert expert;
            expert.name = QStringLiteral("Ève Tremblay");
            expert.started = QDate(2010, 1, 1);
            auto id = ExpertRepository(db()).add(expert);
            ASSERT_TRUE(id.ok()) << id.message().toStdString();
            m_expert = *id;
        }
        ServiceEntry entry;
        entry.date = day;
        entry.expertId = m_expert;
        entry.organisationId = organisationId;
        entry.minutes = minutes;
        EXPECT_OK(ServiceEntryRepository(db()).add(entry));
    }

    MembershipRepository::MinutesByMembership minutes(QDate from, QDate to)
    {
        auto read = MembershipRepository(db()).minutesByMembership(from, to);
        EXPECT_TRUE(read.ok()) << read.message().toStdString();
        return read.ok() ? *read : MembershipRepository::MinutesByMembership{};
    }

    qint64 m_expert = 0;
};

TEST_F(MembershipMinutesTest, AnEntryCountsOnTheDayItsMembershipStartsButNotOnTheDayItEnds)
{
    const qint64 a = organisation(QStringLiteral("Coop A"));
    period(a, QDate(2019, 6, 10), QDate(2019, 9, 20));
    hours(QDate(2019, 6, 9), a, 1);     // the day before joining: not a member
    hours(QDate(2019, 6, 10), a, 10);   // the joining day: a member
    hours(QDate(2019, 9, 19), a, 100);  // the last day covered
    hours(QDate(2019, 9, 20), a, 1000); // the `left` day: no longer a member

    const auto read = minutes(QDate(2019, 4, 1), QDate(2020, 3, 31));
    EXPECT_EQ(read.byCategory.value(C::Member), 110);
    EXPECT_EQ(read.nonMembers, 1001);
    EXPECT_EQ(read.members(), 110);
    EXPECT_EQ(read.total(), 1111);
}

TEST_F(MembershipMinutesTest, AnOrganisationCountsThroughItsNetworkOnTheDaysTheNetworkIsAMember)
{
    const qint64 network = organisation(QStringLiteral("Fédération des coopératives"));
    const qint64 child = organisation(QStringLiteral("Coop du réseau"), network);
    const qint64 outsider = organisation(QStringLiteral("Coop hors réseau"));
    period(network, QDate(2019, 7, 1), QDate(2020, 1, 1), C::Managed);
    hours(QDate(2019, 6, 30), child, 1);      // the network is not a member yet
    hours(QDate(2019, 7, 1), child, 20);      // it is, from that day
    hours(QDate(2019, 12, 31), network, 300); // the network itself, its last day
    hours(QDate(2020, 1, 1), child, 1000);    // the network left that day
    hours(QDate(2019, 8, 1), outsider, 1400);

    const auto read = minutes(QDate(2019, 4, 1), QDate(2020, 3, 31));
    EXPECT_EQ(read.byCategory.value(C::Managed), 320);
    EXPECT_EQ(read.byCategory.value(C::Member), 0);
    EXPECT_EQ(read.nonMembers, 2401);
}

TEST_F(MembershipMinutesTest, AMemberOfItsOwnCountsUnderItsOwnCategoryNotItsNetworksAndOnce)
{
    const qint64 network = organisation(QStringLiteral("Réseau"));
    const qint64 child = organisation(QStringLiteral("Coop membre"), network);
    period(network, QDate(2015, 1, 1), {}, C::Managed);
    period(child, QDate(2019, 5, 1), {}, C::Auxiliary);
    hours(QDate(2019, 4, 30), child, 7); // through its network only
    hours(QDate(2019, 5, 1), child, 60); // its own membership from that day

    const auto read = minutes(QDate(2019, 4, 1), QDate(2020, 3, 31));
    EXPECT_EQ(read.byCategory.value(C::Auxiliary), 60);
    EXPECT_EQ(read.byCategory.value(C::Managed), 7);
    EXPECT_EQ(read.total(), 67);
}

TEST_F(MembershipMinutesTest, OnlyTheEntriesOfThePeriodAskedAreCounted)
{
    const qint64 a = organisation(QStringLiteral("Coop A"));
    period(a, QDate(2010, 1, 1));
    hours(QDate(2019, 3, 31), a, 1);
    hours(QDate(2019, 4, 1), a, 10);
    hours(QDate(2020, 3, 31), a, 100);
    hours(QDate(2020, 4, 1), a, 1000);

    EXPECT_EQ(minutes(QDate(2019, 4, 1), QDate(2020, 3, 31)).members(), 110);
    const auto none = minutes(QDate(2021, 4, 1), QDate(2022, 3, 31));
    EXPECT_EQ(none.total(), 0);
    EXPECT_EQ(none.byCategory.size(), 4); // every category present, at zero
}

TEST_F(MembershipMinutesTest, TheMembersOfACategoryOnADayByName)
{
    const qint64 b = organisation(QStringLiteral("Mutuelle B"));
    const qint64 a = organisation(QStringLiteral("Coop A"));
    const qint64 c = organisation(QStringLiteral("Coop C"));
    const qint64 d = organisation(QStringLiteral("Coop D"));
    period(b, QDate(2018, 1, 1), {}, C::Managed);
    period(a, QDate(2020, 3, 31), {}, C::Managed);                // joins on the day asked
    period(c, QDate(2018, 1, 1), QDate(2020, 3, 31), C::Managed); // leaves on the day asked
    period(d, QDate(2018, 1, 1), {}, C::Member);

    auto names = MembershipRepository(db()).memberNamesOn(QDate(2020, 3, 31), C::Managed);
    ASSERT_OK(names);
    EXPECT_THAT(*names, ElementsAre(QStringLiteral("Coop A"), QStringLiteral("Mutuelle B")));
    auto none = MembershipRepository(db()).memberNamesOn(QDate(2017, 1, 1), C::Managed);
    ASSERT_OK(none);
    EXPECT_TRUE(none->isEmpty());
}

} // namespace
