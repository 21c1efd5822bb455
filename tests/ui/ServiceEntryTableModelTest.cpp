#include "ServiceEntryTableModel.h"

#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

Organisation coop(const QString& name)
{
    Organisation organisation;
    organisation.name = name;
    organisation.kind = OrganisationKind::Coop;
    return organisation;
}

using Tester = QAbstractItemModelTester;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class ServiceEntryTableModelTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Expert alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.started = QDate(2015, 1, 1);
        auto expert = ExpertRepository(db()).add(alice);
        ASSERT_OK(expert);
        m_alice = *expert;
        Expert bruno = alice;
        bruno.name = QStringLiteral("Bruno Roy");
        auto other = ExpertRepository(db()).add(bruno);
        ASSERT_OK(other);
        m_bruno = *other;
        auto rucher =
            OrganisationRepository(db()).add(coop(QStringLiteral("Coopérative Le Rucher")));
        ASSERT_OK(rucher);
        m_rucher = *rucher;
    }

    ServiceEntry entry(QDate date, int minutes, qint64 expert = 0) const
    {
        ServiceEntry e;
        e.date = date;
        e.expertId = expert ? expert : m_alice;
        e.organisationId = m_rucher;
        e.minutes = minutes;
        e.field = QStringLiteral("Comptabilité");
        return e;
    }

    // `count` entries of 30 minutes, one a day from 2020-01-01, written in one transaction.
    void insertMany(int count)
    {
        QList<ServiceEntry> entries;
        for (int i = 0; i < count; ++i)
            entries.append(entry(QDate(2020, 1, 1).addDays(i), 30));
        Transaction t(db());
        ASSERT_OK(t.begun());
        ASSERT_OK(ServiceEntryRepository(db()).insertChecked(entries, {}));
        ASSERT_OK(t.commit());
    }

    qint64 m_alice = 0;
    qint64 m_bruno = 0;
    qint64 m_rucher = 0;
};

TEST_F(ServiceEntryTableModelTest, ShowsEntriesWithNamesIsoDatesAndHoursMinutes)
{
    ServiceEntry e = entry(QDate(2025, 6, 12), 90);
    e.note = QStringLiteral("Clôture");
    ASSERT_OK(ServiceEntryRepository(db()).add(e));
    ServiceEntryTableModel model(db());
    Tester tester(&model, Fatal);

    ASSERT_EQ(model.rowCount(), 1);
    ASSERT_EQ(model.columnCount(), 6);
    auto text = [&](int column) { return model.index(0, column).data().toString(); };
    EXPECT_EQ(text(ServiceEntryTableModel::Date), QStringLiteral("2025-06-12"));
    EXPECT_EQ(text(ServiceEntryTableModel::Expert), QStringLiteral("Alice Martin"));
    EXPECT_EQ(text(ServiceEntryTableModel::Organisation), QStringLiteral("Coopérative Le Rucher"));
    EXPECT_EQ(text(ServiceEntryTableModel::Duration), QStringLiteral("1:30"));
    EXPECT_EQ(text(ServiceEntryTableModel::Field), QStringLiteral("Comptabilité"));
    EXPECT_EQ(text(ServiceEntryTableModel::Note), QStringLiteral("Clôture"));
    EXPECT_EQ(model.headerData(ServiceEntryTableModel::Duration, Qt::Horizontal).toString(),
              QStringLiteral("Duration"));
    EXPECT_EQ(model.totalMinutes(), 90);
    ASSERT_TRUE(model.entryAt(0).has_value());
    EXPECT_EQ(model.entryAt(0)->minutes, 90);
    EXPECT_FALSE(model.entryAt(1).has_value());
}

TEST_F(ServiceEntryTableModelTest, FetchesLazilyOnePageAtATime)
{
    ASSERT_NO_FATAL_FAILURE(insertMany(1000));
    ServiceEntryTableModel model(db(), nullptr, 100);

    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_EQ(model.matchingCount(), 1000);
    EXPECT_EQ(model.totalMinutes(), 1000 * 30);
    EXPECT_TRUE(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.index(100, ServiceEntryTableModel::Date).data().toString(),
              QStringLiteral("2020-04-10"));

    // The tester fetches pages of its own (never all of them): counts are checked before it.
    Tester tester(&model, Fatal);
    EXPECT_LT(model.rowCount(), 1000);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(model.index(999, ServiceEntryTableModel::Date).data().toString(),
              QDate(2020, 1, 1).addDays(999).toString(Qt::ISODate));
}

TEST_F(ServiceEntryTableModelTest, ReloadKeepsTheDepthReached)
{
    ASSERT_NO_FATAL_FAILURE(insertMany(350));
    ServiceEntryTableModel model(db(), nullptr, 100);
    model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 200);
    model.reload();
    EXPECT_EQ(model.rowCount(), 200);

    Tester tester(&model, Fatal);
    model.reload();
    EXPECT_GE(model.rowCount(), 200);
}

TEST_F(ServiceEntryTableModelTest, SortsByDateNewestFirstWithoutLoadingEverything)
{
    ASSERT_NO_FATAL_FAILURE(insertMany(250));
    ServiceEntryTableModel model(db(), nullptr, 100);

    model.sort(ServiceEntryTableModel::Date, Qt::DescendingOrder);
    EXPECT_EQ(model.rowCount(), 100);
    const QDate last = QDate(2020, 1, 1).addDays(249);
    EXPECT_EQ(model.entryAt(0)->date, last);
    EXPECT_EQ(model.entryAt(99)->date, last.addDays(-99));
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_FALSE(model.canFetchMore({}));
    ASSERT_EQ(model.rowCount(), 250);
    for (int row = 0; row < 250; ++row)
        ASSERT_EQ(model.entryAt(row)->date, last.addDays(-row)) << row;

    Tester tester(&model, Fatal);
    // Another column leaves the order as it is.
    model.sort(ServiceEntryTableModel::Expert, Qt::AscendingOrder);
    EXPECT_EQ(model.dateOrder(), Qt::DescendingOrder);
    model.sort(ServiceEntryTableModel::Date, Qt::AscendingOrder);
    EXPECT_EQ(model.entryAt(0)->date, QDate(2020, 1, 1));
    EXPECT_EQ(model.entryAt(1)->date, QDate(2020, 1, 2));
}

TEST_F(ServiceEntryTableModelTest, FilterNarrowsRowsAndTotal)
{
    ServiceEntryRepository repo(db());
    ASSERT_OK(repo.add(entry(QDate(2025, 6, 1), 60)));
    ASSERT_OK(repo.add(entry(QDate(2025, 6, 2), 45, m_bruno)));
    ASSERT_OK(repo.add(entry(QDate(2025, 7, 1), 30)));
    ServiceEntryTableModel model(db());
    Tester tester(&model, Fatal);
    QSignalSpy totals(&model, &ServiceEntryTableModel::totalsChanged);
    EXPECT_EQ(model.totalMinutes(), 135);

    ServiceEntryRepository::Filter filter;
    filter.from = QDate(2025, 6, 1);
    filter.to = QDate(2025, 6, 30);
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.totalMinutes(), 105);

    filter.expertId = m_bruno;
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ServiceEntryTableModel::Expert).data().toString(),
              QStringLiteral("Bruno Roy"));
    EXPECT_EQ(model.totalMinutes(), 45);
    EXPECT_EQ(totals.count(), 2);
}

TEST_F(ServiceEntryTableModelTest, ReloadShowsChangesMadeElsewhere)
{
    ServiceEntryRepository repo(db());
    ServiceEntryTableModel model(db());
    Tester tester(&model, Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));

    ASSERT_OK(repo.add(entry(QDate(2025, 6, 1), 60)));
    model.reload();
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.totalMinutes(), 60);
    EXPECT_EQ(model.rowOf(model.entryAt(0)->id), 0);
    EXPECT_TRUE(model.lastError().isEmpty());
}

} // namespace
