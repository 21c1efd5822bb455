#include "ServiceEntryRepository.h"

#include "ServiceEntryTestRows.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

class ServiceEntryLatestFieldTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        alice = insertExpert(db(), QStringLiteral("Alice Martin"));
        rucher = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
        mutuelle = insertOrganisation(db(), QStringLiteral("Mutuelle Sud"));
    }

    qint64 add(QDate date, qint64 organisation, const QString& field)
    {
        ServiceEntry entry;
        entry.date = date;
        entry.expertId = alice;
        entry.organisationId = organisation;
        entry.minutes = 30;
        entry.field = field;
        return valueOf(repo.add(entry));
    }

    ServiceEntryRepository repo{db()};
    qint64 alice = 0, rucher = 0, mutuelle = 0;
};

TEST_F(ServiceEntryLatestFieldTest, TheLatestEntrysFieldByDateThenId)
{
    EXPECT_EQ(valueOf(repo.latestField(rucher)), QString());

    // Entered out of order: the latest by date wins, not the last written.
    add(QDate(2025, 6, 10), rucher, QStringLiteral("Legal"));
    add(QDate(2025, 6, 2), rucher, QStringLiteral("Accounting"));
    add(QDate(2025, 6, 12), mutuelle, QStringLiteral("Web"));
    EXPECT_EQ(valueOf(repo.latestField(rucher)), QStringLiteral("Legal"));
    EXPECT_EQ(valueOf(repo.latestField(mutuelle)), QStringLiteral("Web"));

    // Two on the latest day: the one written last.
    add(QDate(2025, 6, 10), rucher, QStringLiteral("Strategy"));
    EXPECT_EQ(valueOf(repo.latestField(rucher)), QStringLiteral("Strategy"));

    // A latest entry without a field proposes none.
    add(QDate(2025, 6, 11), rucher, QString());
    EXPECT_EQ(valueOf(repo.latestField(rucher)), QString());
}

} // namespace
