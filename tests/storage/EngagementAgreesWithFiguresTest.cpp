// Member engagement and the yearly figures count members the same way: on many organisations
// whose periods start, stop, follow each other and leave gaps around the years' edges, the
// engagement's members on the last day are the figures' members at year end, and its `new`
// organisations are exactly the figures' new members who are still members on the last day.
// On a file and on a server.

#include "Engagement.h"
#include "EngagementRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QSet>

using namespace bilan;

namespace {

class EngagementAgreesWithFiguresTest : public test::DatabaseTest
{
protected:
    // Organisations with one to three periods each, dates drawn from a fixed sequence so the
    // test is the same on every run; periods follow each other on their `left` day (a change of
    // category), after a gap, or not at all.
    void fill()
    {
        quint32 seed = 12345;
        const auto next = [&seed](int bound) {
            seed = seed * 1103515245u + 12345u;
            return static_cast<int>((seed >> 16) % static_cast<quint32>(bound));
        };
        const QDate origin(2016, 3, 1);
        for (int i = 0; i < 80; ++i) {
            Organisation organisation;
            organisation.name = QStringLiteral("Organisation %1").arg(i);
            auto id = OrganisationRepository(db()).add(organisation);
            ASSERT_TRUE(id.ok()) << id.message().toStdString();
            QDate joined = origin.addDays(next(5 * 365));
            const int periods = 1 + next(3);
            for (int p = 0; p < periods; ++p) {
                Membership membership;
                membership.organisationId = *id;
                membership.category = static_cast<MembershipCategory>(next(4));
                membership.joined = joined;
                const bool open = p == periods - 1 && next(2) == 0;
                if (!open)
                    membership.left = joined.addDays(1 + next(700));
                ASSERT_OK(MembershipRepository(db()).add(membership));
                if (open)
                    break;
                // The next period takes over on the `left` day, or after a gap.
                joined = next(3) == 0 ? membership.left : membership.left.addDays(1 + next(200));
            }
        }
    }
};

TEST_F(EngagementAgreesWithFiguresTest, MembersAndNewMembersAreTheFiguresOnes)
{
    ASSERT_NO_FATAL_FAILURE(fill());
    MembershipRepository memberships(db());
    for (int start = 2016; start <= 2021; ++start) {
        const FiscalYear year(start);
        auto inputs = EngagementRepository(db()).load(year);
        ASSERT_TRUE(inputs.ok()) << inputs.message().toStdString();
        const Engagement engagement = computeEngagement(year, *inputs);

        auto end = memberships.countMembersOn(year.lastDay());
        auto first = memberships.countMembersOn(year.firstDay());
        ASSERT_TRUE(end.ok() && first.ok());
        EXPECT_EQ(engagement.summary.membersLastDay, *end) << start;
        EXPECT_EQ(engagement.summary.membersFirstDay, *first) << start;

        auto arrived = memberships.newMemberNames(year.firstDay(), year.lastDay());
        auto atEnd = memberships.coveringDay(year.lastDay());
        ASSERT_TRUE(arrived.ok() && atEnd.ok());
        QSet<qint64> membersAtEnd;
        for (const Membership& period : *atEnd)
            membersAtEnd.insert(period.organisationId);
        QSet<QString> expectedNew;
        QSet<QString> namesAtEnd;
        for (const EngagementInput& input : *inputs)
            if (membersAtEnd.contains(input.organisationId))
                namesAtEnd.insert(input.name);
        for (const QString& name : *arrived)
            if (namesAtEnd.contains(name))
                expectedNew.insert(name);
        QSet<QString> engagementNew;
        int lapsedOrNew = 0;
        for (const EngagementRow& row : engagement.rows) {
            if (row.status == EngagementStatus::New)
                engagementNew.insert(row.input.name);
            if (row.status == EngagementStatus::New || row.status == EngagementStatus::Lapsed)
                ++lapsedOrNew;
        }
        EXPECT_EQ(engagementNew, expectedNew) << start;
        EXPECT_GT(lapsedOrNew, 0) << start; // the data does exercise the rules each year
    }
}

} // namespace
