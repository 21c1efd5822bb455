// Several desks on one database: two Database objects on the same file or server database are
// two desks. A save made from a stale copy of a row is refused with the other desk's name and
// time; another desk's commit reaches a ChangeWatcher; the 24 h rule holds with two writers.

#include "ChangeWatcher.h"
#include "Meeting.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "RowVersion.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTestRows.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>

#include <gmock/gmock.h>

#include <atomic>
#include <latch>
#include <mutex>
#include <thread>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

class SeveralDesksTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        m_expert = insertExpert(db(), QStringLiteral("Alice Martin"));
        m_organisation = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
        m_other = m_test.openAnotherDesk();
        ASSERT_TRUE(m_other);
    }

    ServiceEntry entry(int minutes) const
    {
        ServiceEntry e;
        e.date = QDate(2026, 11, 2);
        e.expertId = m_expert;
        e.organisationId = m_organisation;
        e.minutes = minutes;
        return e;
    }

    QString storedAuthor(Database& database, const QString& table, qint64 id)
    {
        auto author = sql::scalar(
            database, QStringLiteral("SELECT updated_by FROM %1 WHERE id = ?").arg(table), {id});
        return author ? author->toString() : QStringLiteral("(failed)");
    }

    // Waits up to `ms` for the spy, turning the event loop (notifications, timers).
    static bool waitFor(QSignalSpy& spy, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (spy.isEmpty() && timer.elapsed() < ms)
            spy.wait(50);
        return !spy.isEmpty();
    }

    qint64 m_expert = 0;
    qint64 m_organisation = 0;
    std::unique_ptr<Database> m_other; // the second desk
};

TEST_F(SeveralDesksTest, TheMigrationAddsWhoChangedEachEditedRow)
{
    for (const char* table : {"organisations", "memberships", "experts", "service_entries",
                              "directors", "board_mandates", "meetings", "attendance",
                              "finance_lines", "surveys", "activities", "report_texts"}) {
        auto read = sql::run(
            db(),
            QStringLiteral("SELECT updated_by FROM %1 WHERE 1 = 0").arg(QLatin1String(table)));
        EXPECT_TRUE(read.ok()) << table << ": " << read.message().toStdString();
    }
    // A row written before the step has no author yet.
    EXPECT_EQ(storedAuthor(db(), QStringLiteral("organisations"), m_organisation), QString());
}

TEST_F(SeveralDesksTest, AnEntryChangedAtAnotherDeskIsNotOverwritten)
{
    ServiceEntryRepository deskA(db());
    ServiceEntryRepository deskB(*m_other);
    auto id = deskA.add(entry(60));
    ASSERT_OK(id);
    EXPECT_EQ(storedAuthor(db(), QStringLiteral("service_entries"), *id), RowVersion::author(db()));

    // Both desks show the entry; B saves first. The clock does not move: the version must
    // change all the same.
    auto shownA = deskA.get(*id);
    auto shownB = deskB.get(*id);
    ASSERT_OK(shownA);
    ASSERT_OK(shownB);
    shownB->minutes = 120;
    ASSERT_OK(deskB.update(*shownB));
    shownA->minutes = 90;
    shownA->note = QStringLiteral("typed at desk A");
    auto refused = deskA.update(*shownA);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().changedElsewhere);
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("changed at another desk by"));
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr(RowVersion::author(*m_other).toStdString()));

    // The stored version is B's, readable by A.
    auto stored = deskA.get(*id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->minutes, 120);
    EXPECT_EQ(stored->note, QString());
    EXPECT_GT(stored->updatedAt, shownA->updatedAt);

    // Made again on the stored version, A's change goes through.
    stored->minutes = 90;
    EXPECT_OK(deskA.update(*stored));
    EXPECT_EQ(deskB.get(*id)->minutes, 90);
}

TEST_F(SeveralDesksTest, AMeetingAndAnOrganisationChangedAtAnotherDeskAreNotOverwritten)
{
    MeetingRepository meetingsA(db());
    MeetingRepository meetingsB(*m_other);
    Meeting meeting;
    meeting.date = QDate(2026, 6, 10);
    meeting.kind = MeetingKind::Board;
    auto meetingId = meetingsA.add(meeting);
    ASSERT_OK(meetingId);
    auto shownA = meetingsA.get(*meetingId);
    auto shownB = meetingsB.get(*meetingId);
    ASSERT_OK(shownA);
    ASSERT_OK(shownB);
    shownB->title = QStringLiteral("B's title");
    ASSERT_OK(meetingsB.update(*shownB));
    shownA->title = QStringLiteral("A's title");
    auto refused = meetingsA.update(*shownA);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().changedElsewhere);
    EXPECT_EQ(meetingsA.get(*meetingId)->title, QStringLiteral("B's title"));

    OrganisationRepository organisationsA(db());
    OrganisationRepository organisationsB(*m_other);
    auto orgA = organisationsA.get(m_organisation);
    auto orgB = organisationsB.get(m_organisation);
    ASSERT_OK(orgA);
    ASSERT_OK(orgB);
    orgB->region = QStringLiteral("Estrie");
    ASSERT_OK(organisationsB.update(*orgB));
    orgA->region = QStringLiteral("Outaouais");
    auto refusedOrg = organisationsA.update(*orgA);
    ASSERT_FALSE(refusedOrg.ok());
    EXPECT_TRUE(refusedOrg.error().changedElsewhere);
    EXPECT_EQ(organisationsA.get(m_organisation)->region, QStringLiteral("Estrie"));
    EXPECT_EQ(storedAuthor(db(), QStringLiteral("organisations"), m_organisation),
              RowVersion::author(*m_other));
}

TEST_F(SeveralDesksTest, ARowRemovedAtAnotherDeskIsSaidSo)
{
    ServiceEntryRepository deskA(db());
    auto id = deskA.add(entry(60));
    ASSERT_OK(id);
    auto shown = deskA.get(*id);
    ASSERT_OK(shown);
    ASSERT_OK(ServiceEntryRepository(*m_other).remove(*id));
    shown->minutes = 30;
    EXPECT_FALSE(deskA.update(*shown).ok());
}

TEST_F(SeveralDesksTest, AnEntryChangedAtAnotherDeskIsNotRemovedFromTheVersionShown)
{
    ServiceEntryRepository deskA(db());
    ServiceEntryRepository deskB(*m_other);
    auto id = deskA.add(entry(60));
    ASSERT_OK(id);
    auto shownA = deskA.get(*id);
    auto shownB = deskB.get(*id);
    ASSERT_OK(shownA);
    ASSERT_OK(shownB);
    shownB->minutes = 150;
    ASSERT_OK(deskB.update(*shownB));

    auto refused = deskA.remove(*id, shownA->updatedAt);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().changedElsewhere);
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr(RowVersion::author(*m_other).toStdString()));
    EXPECT_EQ(deskA.get(*id)->minutes, 150);

    // Removed from the stored version, it goes.
    EXPECT_OK(deskA.remove(*id, deskA.get(*id)->updatedAt));
    EXPECT_EQ(*deskB.count({}), 0);
}

TEST_F(SeveralDesksTest, TheWatcherHearsAnotherDesksChangeButNotItsOwn)
{
    ChangeWatcher watcher(db(), 100);
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    ASSERT_OK(ServiceEntryRepository(db()).add(entry(30)));
    EXPECT_FALSE(waitFor(spy, 600)) << "its own change";

    ASSERT_OK(ServiceEntryRepository(*m_other).add(entry(45)));
    EXPECT_TRUE(waitFor(spy, 5000)) << "another desk's change";
}

// Both desks add 14 h for the same expert and day at the same moment: the writers take turns
// (one lock), so the second sees the first's hours and is refused.
TEST_F(SeveralDesksTest, TheDayLimitHoldsWithTwoWritersAtOnce)
{
    const QString path = m_test.path();
    std::latch start(2);
    std::atomic<int> saved = 0;
    std::atomic<int> refusedForTheDay = 0;
    QStringList otherErrors;
    std::mutex mutex;
    const ServiceEntry fourteenHours = entry(14 * 60);
    auto desk = [&] {
        auto database = Database::open(path);
        if (!database) {
            std::lock_guard lock(mutex);
            otherErrors << database.message();
            start.count_down();
            return;
        }
        start.arrive_and_wait();
        auto added = ServiceEntryRepository(**database).add(fourteenHours);
        if (added)
            ++saved;
        else if (added.message().contains(QStringLiteral("24")))
            ++refusedForTheDay;
        else {
            std::lock_guard lock(mutex);
            otherErrors << added.message();
        }
    };
    std::thread a(desk);
    std::thread b(desk);
    a.join();
    b.join();
    EXPECT_TRUE(otherErrors.isEmpty()) << otherErrors.join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(saved.load(), 1);
    EXPECT_EQ(refusedForTheDay.load(), 1);
    auto total = ServiceEntryRepository(db()).minutesOnDay(m_expert, QDate(2026, 11, 2));
    ASSERT_OK(total);
    EXPECT_EQ(*total, 14 * 60);
}

} // namespace
