// The history of changes on a server: what each role may do with it (docs/history.md,
// docs/deployment.md). Roles exist only on a server.

#include "ChangeLog.h"

#include "ServerRoles.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTestRows.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

const QString Password = QStringLiteral("history-test-password");

class ChangeLogServerTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        if (!onServer())
            GTEST_SKIP() << "roles exist only on a server";
        m_expert = insertExpert(db(), QStringLiteral("Alice Martin"));
        m_organisation = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
        ASSERT_OK(ServerRoles::initServer(db()));
        m_login = QStringLiteral("bilan_history_%1").arg(QCoreApplication::applicationPid());
    }
    void TearDown() override
    {
        if (m_login.isEmpty())
            return;
        m_staff.reset();
        try {
            m_test.server()->administer(
                QStringLiteral("DROP OWNED BY %1; DROP ROLE IF EXISTS %1").arg(m_login));
        } catch (const std::exception&) {
            // Dropped with the throwaway server.
        }
    }

    // A connection of a login granted `role`, as a desk opens it.
    Database* as(ServerRoles::Role role)
    {
        auto granted =
            ServerRoles::grantLogin(db(), m_login, role,
                                    role == ServerRoles::Role::Staff
                                        ? std::optional<QString>(QStringLiteral("Alice Martin"))
                                        : std::nullopt);
        EXPECT_TRUE(granted.ok()) << granted.message().toStdString();
        m_test.server()->administer(
            QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(m_login, Password), false);
        QUrl address(m_test.path());
        address.setUserName(m_login);
        const QString host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
        address.setHost(host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : host);
        address.setPort(qEnvironmentVariableIntValue("PGPORT"));
        Database::Options options;
        options.password = Password;
        auto opened = Database::open(address.toString(), options);
        EXPECT_TRUE(opened.ok()) << opened.message().toStdString();
        if (!opened)
            return nullptr;
        m_staff = std::move(opened.value());
        return m_staff.get();
    }

    ServiceEntry entry(QDate date) const
    {
        ServiceEntry e;
        e.date = date;
        e.expertId = m_expert;
        e.organisationId = m_organisation;
        e.minutes = 60;
        return e;
    }

    qint64 m_expert = 0;
    qint64 m_organisation = 0;
    QString m_login;
    std::unique_ptr<Database> m_staff;
};

TEST_F(ChangeLogServerTest, StaffWritesAreRecordedButStaffCannotReadOrWriteTheRecord)
{
    Database* staff = as(ServerRoles::Role::Staff);
    ASSERT_NE(staff, nullptr);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto late = ServiceEntryRepository(*staff).add(entry(today.addDays(-45)));
    auto onTime = ServiceEntryRepository(*staff).add(entry(today.addDays(-2)));
    ASSERT_OK(late);
    ASSERT_OK(onTime);

    // Recorded under the staff login, though the staff role has no right on the record.
    ChangeFilter filter;
    filter.table = QStringLiteral("service_entries");
    filter.rowKey = QString::number(*late);
    auto records = ChangeLog(db()).list(filter);
    ASSERT_OK(records);
    ASSERT_EQ(records->size(), 1);
    EXPECT_EQ(records->at(0).actor, m_login);
    EXPECT_EQ(records->at(0).source, ChangeSource::Command);
    EXPECT_TRUE(records->at(0).late);

    // The Hours list's flag works for every role.
    auto flagged = ChangeLog(*staff).lateEntries({*late, *onTime});
    ASSERT_OK(flagged);
    EXPECT_EQ(*flagged, (QSet<qint64>{*late}));

    // Reading it is the director's.
    auto canRead = ChangeLog(*staff).canRead();
    ASSERT_OK(canRead);
    EXPECT_FALSE(*canRead);
    auto refused = ChangeLog(*staff).list({});
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("Only the director"));
    EXPECT_FALSE(sql::run(*staff, QStringLiteral("SELECT count(*) FROM change_log")).ok());
    EXPECT_FALSE(sql::run(*staff, QStringLiteral("INSERT INTO change_log (changed_at, actor, "
                                                 "desk, source, operation, table_name) VALUES "
                                                 "('x', 'x', 'x', 'other', 'insert', 'x')"))
                     .ok());
    EXPECT_FALSE(sql::run(*staff, QStringLiteral("DELETE FROM change_log")).ok());
    // Nor can a staff login pass a write off as an event without its rows being recorded:
    // only inserts wait for the event, and the event names who made it.
    auto counted = sql::scalar(db(), QStringLiteral("SELECT count(*) FROM change_log"));
    ASSERT_OK(counted);
    EXPECT_GE(counted->toLongLong(), 2);
}

TEST_F(ChangeLogServerTest, TheDirectorReadsTheRecord)
{
    Database* director = as(ServerRoles::Role::Director);
    ASSERT_NE(director, nullptr);
    ASSERT_OK(ServiceEntryRepository(*director).add(entry(QDate(2024, 5, 1))));
    auto canRead = ChangeLog(*director).canRead();
    ASSERT_OK(canRead);
    EXPECT_TRUE(*canRead);
    auto records = ChangeLog(*director).list({});
    ASSERT_OK(records);
    ASSERT_FALSE(records->isEmpty());
    EXPECT_EQ(records->at(0).actor, m_login);
    auto actors = ChangeLog(*director).actors();
    ASSERT_OK(actors);
    EXPECT_TRUE(actors->contains(m_login));
    // Reading, not altering: even the director's role may not.
    EXPECT_FALSE(sql::run(*director, QStringLiteral("UPDATE change_log SET actor = 'x'")).ok());
    EXPECT_FALSE(sql::run(*director, QStringLiteral("DELETE FROM change_log")).ok());
}

} // namespace

namespace {

qint64 recordCount(Database& database)
{
    auto counted = sql::scalar(database, QStringLiteral("SELECT count(*) FROM change_log"));
    EXPECT_TRUE(counted.ok()) << counted.message().toStdString();
    return counted ? counted->toLongLong() : -1;
}

TEST_F(ChangeLogServerTest, ALoginThatTurnsOffRecordingItselfCannotCommitRowsWithoutAnEvent)
{
    Database* staff = as(ServerRoles::Role::Staff);
    ASSERT_NE(staff, nullptr);
    const qint64 before = recordCount(db());
    {
        Transaction transaction(*staff);
        ASSERT_OK(transaction.begun());
        ASSERT_OK(sql::run(*staff, QStringLiteral("SELECT set_config('bilan.bulk', 'on', true)")));
        ASSERT_OK(ServiceEntryRepository(*staff).add(entry(QDate(2024, 6, 3))));
        // Refused when it commits: the rows came without the record of an import.
        EXPECT_FALSE(transaction.commit().ok());
    }
    auto entries = sql::scalar(db(), QStringLiteral("SELECT count(*) FROM service_entries"));
    ASSERT_OK(entries);
    EXPECT_EQ(entries->toLongLong(), 0);
    EXPECT_EQ(recordCount(db()), before);

    // With its event the same write lands, recorded as one event under the login.
    {
        Transaction transaction(*staff);
        ASSERT_OK(transaction.begun());
        ChangeEvent event(*staff, ChangeOperation::Import, QStringLiteral("service_entries"));
        ASSERT_OK(event.begun());
        ASSERT_OK(ServiceEntryRepository(*staff).add(entry(QDate(2024, 6, 3))));
        ASSERT_OK(event.record(QJsonObject{{QStringLiteral("rows"), 1}}));
        ASSERT_OK(transaction.commit());
    }
    EXPECT_EQ(recordCount(db()), before + 1);
}

TEST_F(ChangeLogServerTest, ATemporaryTableCannotCaptureTheRecords)
{
    Database* staff = as(ServerRoles::Role::Staff);
    ASSERT_NE(staff, nullptr);
    // A session's own table named change_log comes first on its search path; the record's
    // functions must not write there.
    ASSERT_OK(sql::execUnprepared(
        *staff,
        QStringLiteral("CREATE TEMP TABLE change_log (id BIGSERIAL, changed_at TEXT, "
                       "actor TEXT, desk TEXT, source TEXT, operation TEXT, table_name "
                       "TEXT, row_key TEXT, parent_table TEXT, parent_key TEXT, "
                       "before_values TEXT, after_values TEXT, detail TEXT, late BIGINT)")));
    const qint64 before = recordCount(db());
    ASSERT_OK(ServiceEntryRepository(*staff).add(entry(QDate(2024, 6, 4))));
    EXPECT_EQ(recordCount(db()), before + 1);
}

} // namespace
