#include "ServiceEntryRepository.h"

#include "FiscalYear.h"
#include "Parsing.h"
#include "ServiceEntryTestRows.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

// Entries around fiscal year 2019-2020 (2019-04-01 to 2020-03-31): the day before it, its first
// and last days, and the day after, for two experts and three organisations.
class ServiceEntryRepositoryQueryTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        alice = insertExpert(db(), QStringLiteral("Alice Martin"));
        bruno = insertExpert(db(), QStringLiteral("Bruno Roy"));
        rucher = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
        mutuelle = insertOrganisation(db(), QStringLiteral("Mutuelle Sud"));
        reseau = insertOrganisation(db(), QStringLiteral("Réseau Nord"));

        beforeYear = add(QDate(2019, 3, 31), alice, rucher, 10);
        firstDay = add(QDate(2019, 4, 1), alice, rucher, 20);
        firstDayBruno = add(QDate(2019, 4, 1), bruno, mutuelle, 40);
        lastDay = add(QDate(2020, 3, 31), bruno, rucher, 80);
        afterYear = add(QDate(2020, 4, 1), alice, reseau, 160);
    }

    qint64 add(QDate date, qint64 expert, qint64 organisation, int minutes)
    {
        ServiceEntry e;
        e.date = date;
        e.expertId = expert;
        e.organisationId = organisation;
        e.minutes = minutes;
        auto id = repo.add(e);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    static QList<qint64> ids(const QList<ServiceEntry>& entries)
    {
        QList<qint64> out;
        for (const ServiceEntry& e : entries)
            out << e.id;
        return out;
    }

    const FiscalYear year{2019};
    ServiceEntryRepository repo{db()};
    qint64 alice = 0, bruno = 0;
    qint64 rucher = 0, mutuelle = 0, reseau = 0;
    qint64 beforeYear = 0, firstDay = 0, firstDayBruno = 0, lastDay = 0, afterYear = 0;
};

TEST_F(ServiceEntryRepositoryQueryTest, ListIsOrderedByDateThenIdWithInclusiveBounds)
{
    auto all = repo.list({});
    ASSERT_OK(all);
    EXPECT_EQ(ids(*all), (QList<qint64>{beforeYear, firstDay, firstDayBruno, lastDay, afterYear}));

    auto inYear = repo.list({year.firstDay(), year.lastDay(), {}, {}});
    ASSERT_OK(inYear);
    EXPECT_EQ(ids(*inYear), (QList<qint64>{firstDay, firstDayBruno, lastDay}));
}

TEST_F(ServiceEntryRepositoryQueryTest, ListFiltersByExpertAndOrganisation)
{
    auto alices = repo.list({{}, {}, alice, {}});
    ASSERT_OK(alices);
    EXPECT_EQ(ids(*alices), (QList<qint64>{beforeYear, firstDay, afterYear}));

    auto rucherInYear = repo.list({year.firstDay(), {}, {}, rucher});
    ASSERT_OK(rucherInYear);
    EXPECT_EQ(ids(*rucherInYear), (QList<qint64>{firstDay, lastDay}));

    auto both = repo.list({{}, year.lastDay(), bruno, rucher});
    ASSERT_OK(both);
    EXPECT_EQ(ids(*both), (QList<qint64>{lastDay}));
}

// A list's export: the filtered entries in list order, each with its expert's and its
// organisation's names.
TEST_F(ServiceEntryRepositoryQueryTest, ForEachNamedNamesTheFilteredEntriesInListOrder)
{
    QList<qint64> visited;
    QStringList names;
    ASSERT_OK(repo.forEachNamed(
        {year.firstDay(), year.lastDay(), {}, {}},
        [&](const ServiceEntry& entry, const QString& expert, const QString& organisation) {
            visited << entry.id;
            names << expert + u'/' + organisation;
        }));
    EXPECT_EQ(visited, (QList<qint64>{firstDay, firstDayBruno, lastDay}));
    EXPECT_EQ(names, (QStringList{QStringLiteral("Alice Martin/Coop Le Rucher"),
                                  QStringLiteral("Bruno Roy/Mutuelle Sud"),
                                  QStringLiteral("Bruno Roy/Coop Le Rucher")}));
}

TEST_F(ServiceEntryRepositoryQueryTest, ListPagesWithLimitAndOffset)
{
    auto page = repo.list({}, 2, 1);
    ASSERT_OK(page);
    EXPECT_EQ(ids(*page), (QList<qint64>{firstDay, firstDayBruno}));

    auto last = repo.list({}, 2, 4);
    ASSERT_OK(last);
    EXPECT_EQ(ids(*last), (QList<qint64>{afterYear}));

    auto none = repo.list({}, 0);
    ASSERT_OK(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(ServiceEntryRepositoryQueryTest, CountAndTotalMinutesCountTheFiscalYearsBoundaryDays)
{
    const ServiceEntryRepository::Filter inYear{year.firstDay(), year.lastDay(), {}, {}};
    EXPECT_EQ(valueOf(repo.count(inYear)), 3);
    EXPECT_EQ(valueOf(repo.totalMinutes(inYear)), 20 + 40 + 80);

    const ServiceEntryRepository::Filter previous{
        year.previous().firstDay(), year.previous().lastDay(), {}, {}};
    EXPECT_EQ(valueOf(repo.totalMinutes(previous)), 10);
    const ServiceEntryRepository::Filter next{
        year.next().firstDay(), year.next().lastDay(), {}, {}};
    EXPECT_EQ(valueOf(repo.totalMinutes(next)), 160);

    EXPECT_EQ(valueOf(repo.count({})), 5);
    EXPECT_EQ(valueOf(repo.totalMinutes({})), 310);
    EXPECT_EQ(valueOf(repo.totalMinutes({{}, {}, bruno, {}})), 120);
}

TEST_F(ServiceEntryRepositoryQueryTest, TotalsOfAnEmptyRangeAreZero)
{
    const ServiceEntryRepository::Filter empty{QDate(2030, 1, 1), QDate(2030, 12, 31), {}, {}};
    EXPECT_EQ(valueOf(repo.count(empty)), 0);
    EXPECT_EQ(valueOf(repo.totalMinutes(empty)), 0);
    EXPECT_EQ(valueOf(repo.distinctOrganisations(empty.from, empty.to)), 0);
    EXPECT_TRUE(valueOf(repo.minutesByOrganisation(empty.from, empty.to)).isEmpty());
}

TEST_F(ServiceEntryRepositoryQueryTest, DistinctOrganisationsCountsEachOrganisationOnce)
{
    EXPECT_EQ(valueOf(repo.distinctOrganisations(year.firstDay(), year.lastDay())), 2);
    EXPECT_EQ(valueOf(repo.distinctOrganisations(year.firstDay(), year.firstDay())), 2);
    EXPECT_EQ(valueOf(repo.distinctOrganisations(year.lastDay(), year.lastDay().addDays(1))), 2);
    EXPECT_EQ(valueOf(repo.distinctOrganisations(QDate(2019, 1, 1), QDate(2021, 1, 1))), 3);
}

TEST_F(ServiceEntryRepositoryQueryTest, MinutesOnDayLeavesOutTheGivenEntry)
{
    const qint64 second = add(QDate(2019, 4, 1), alice, mutuelle, 5);
    EXPECT_EQ(valueOf(repo.minutesOnDay(alice, QDate(2019, 4, 1))), 25);
    EXPECT_EQ(valueOf(repo.minutesOnDay(alice, QDate(2019, 4, 1), second)), 20);
    EXPECT_EQ(valueOf(repo.minutesOnDay(alice, QDate(2019, 4, 1), firstDay)), 5);
    EXPECT_EQ(valueOf(repo.minutesOnDay(bruno, QDate(2019, 4, 1))), 40);
    EXPECT_EQ(valueOf(repo.minutesOnDay(alice, QDate(2019, 4, 2))), 0);
}

TEST_F(ServiceEntryRepositoryQueryTest, DayTotalsSumOneExpertsDaysInTheRange)
{
    add(QDate(2019, 4, 1), alice, mutuelle, 5);
    auto totals = repo.dayTotals(alice, year.firstDay(), year.lastDay());
    ASSERT_OK(totals);
    const QMap<QDate, int> expected{{QDate(2019, 4, 1), 25}};
    EXPECT_EQ(*totals, expected);

    auto wide = repo.dayTotals(alice, QDate(2019, 3, 31), QDate(2020, 4, 1));
    ASSERT_OK(wide);
    const QMap<QDate, int> expectedWide{
        {QDate(2019, 3, 31), 10}, {QDate(2019, 4, 1), 25}, {QDate(2020, 4, 1), 160}};
    EXPECT_EQ(*wide, expectedWide);
}

TEST_F(ServiceEntryRepositoryQueryTest, DayTotalsAllKeysByExpertAndDay)
{
    add(QDate(2019, 4, 1), alice, mutuelle, 5);
    auto totals = repo.dayTotalsAll(year.firstDay(), year.lastDay());
    ASSERT_OK(totals);
    EXPECT_EQ(totals->size(), 3);
    EXPECT_EQ(totals->value({alice, QDate(2019, 4, 1)}), 25);
    EXPECT_EQ(totals->value({bruno, QDate(2019, 4, 1)}), 40);
    EXPECT_EQ(totals->value({bruno, QDate(2020, 3, 31)}), 80);
    EXPECT_FALSE(totals->contains({alice, QDate(2019, 3, 31)}));
}

TEST_F(ServiceEntryRepositoryQueryTest, MinutesByOrganisationAndByExpertInTheYear)
{
    auto byOrganisation = repo.minutesByOrganisation(year.firstDay(), year.lastDay());
    ASSERT_OK(byOrganisation);
    const QHash<qint64, qint64> expectedOrganisations{{rucher, 100}, {mutuelle, 40}};
    EXPECT_EQ(*byOrganisation, expectedOrganisations);

    auto byExpert = repo.minutesByExpert(year.firstDay(), year.lastDay());
    ASSERT_OK(byExpert);
    const QHash<qint64, qint64> expectedExperts{{alice, 20}, {bruno, 120}};
    EXPECT_EQ(*byExpert, expectedExperts);
}

TEST_F(ServiceEntryRepositoryQueryTest, DateRangeSpansTheEarliestAndLatestEntries)
{
    auto range = repo.dateRange();
    ASSERT_OK(range);
    EXPECT_EQ(range->first, QDate(2019, 3, 31));
    EXPECT_EQ(range->second, QDate(2020, 4, 1));

    ASSERT_OK(sql::run(db(), QStringLiteral("DELETE FROM service_entries")));
    range = repo.dateRange();
    ASSERT_OK(range);
    EXPECT_FALSE(range->first.isValid());
    EXPECT_FALSE(range->second.isValid());
}

} // namespace
