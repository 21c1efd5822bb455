// Writes made outside Bilan reach the windows: on a server every table has a statement trigger
// that sends the change notification, installed when the schema is opened by its owner.
// Server only: a file has no triggers (its watcher polls PRAGMA data_version).

#include "ChangeTriggers.h"
#include "ChangeWatcher.h"
#include "Database.h"
#include "OrganisationRepository.h"
#include "RecordCounts.h"
#include "ServerDatabase.h"
#include "SqlSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace bilan;

namespace {

bool waitFor(QSignalSpy& spy, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.isEmpty() && timer.elapsed() < ms)
        spy.wait(50);
    return !spy.isEmpty();
}

class ChangeTriggersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::onServer())
            GTEST_SKIP() << "statement triggers are a server's";
        m_server = std::make_unique<test::ServerDatabase>();
        auto opened = Database::open(m_server->address());
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        m_db = std::move(opened.value());
    }

    std::unique_ptr<test::ServerDatabase> m_server;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(ChangeTriggersTest, EveryTableHasItsTriggerOnceTheSchemaIsBuilt)
{
    EXPECT_TRUE(m_db->hasChangeTriggers());
    auto missing = ChangeTriggers::missing(*m_db);
    ASSERT_TRUE(missing.ok()) << missing.message().toStdString();
    EXPECT_TRUE(missing->isEmpty()) << missing->join(QStringLiteral(", ")).toStdString();
    auto tables = sql::scalar(*m_db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                    "schemaname = current_schema()"));
    ASSERT_TRUE(tables.ok());
    EXPECT_GT(tables->toInt(), 10);
}

TEST_F(ChangeTriggersTest, APsqlInsertReachesTheWatcherOfAnOpenDatabase)
{
    ChangeWatcher watcher(*m_db, 100);
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    watcher.check();
    // As psql would: the administrator's own connection, no Bilan code.
    m_server->administer(QStringLiteral("INSERT INTO organisations (name, name_key, kind, "
                                        "created_at, updated_at) VALUES ('Coop du Fjord', "
                                        "'coop du fjord', 'coop', '2026-01-01T00:00:00', "
                                        "'2026-01-01T00:00:00')"));
    EXPECT_TRUE(waitFor(spy, 5000)) << "an insert made outside Bilan";
    spy.clear();
    m_server->administer(QStringLiteral("DELETE FROM organisations"));
    EXPECT_TRUE(waitFor(spy, 5000)) << "a delete made outside Bilan";
    spy.clear();
    m_server->administer(QStringLiteral("TRUNCATE attendance"));
    EXPECT_TRUE(waitFor(spy, 5000)) << "a truncate made outside Bilan";
}

TEST_F(ChangeTriggersTest, ARolledBackWriteAndThisDesksOwnWritesAreNotHeard)
{
    ChangeWatcher watcher(*m_db, 100);
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    watcher.check();
    // Several statements in one unprepared exec: one transaction, rolled back.
    m_server->administer(QStringLiteral("BEGIN; DELETE FROM organisations; ROLLBACK"));
    Organisation own;
    own.name = QStringLiteral("Coop de la Baie");
    ASSERT_TRUE(OrganisationRepository(*m_db).add(own).ok());
    EXPECT_FALSE(waitFor(spy, 600));
}

TEST_F(ChangeTriggersTest, ATableLeftWithoutItsTriggerGetsItBackWhenTheOwnerOpens)
{
    // As a schema built by an older Bilan: no trigger on two tables, no function.
    m_server->administer(QStringLiteral("DROP FUNCTION bilan_notify_change() CASCADE"));
    auto missing = ChangeTriggers::missing(*m_db);
    ASSERT_TRUE(missing.ok());
    EXPECT_TRUE(missing->contains(QStringLiteral("organisations")));
    auto again = Database::open(m_server->address());
    ASSERT_TRUE(again.ok()) << again.message().toStdString();
    EXPECT_TRUE((*again)->hasChangeTriggers());
    missing = ChangeTriggers::missing(*m_db);
    ASSERT_TRUE(missing.ok());
    EXPECT_TRUE(missing->isEmpty());
    // Installing twice changes nothing.
    EXPECT_TRUE(ChangeTriggers::install(**again).ok());
    EXPECT_TRUE(ChangeTriggers::missing(*m_db)->isEmpty());
}
