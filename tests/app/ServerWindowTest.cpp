// The window on a server: Connect to Server, the password kept out of the settings and Open
// Recent and found again in the keyring, and a connection lost while the user types hours.
// ServerConnectTest needs no server; ServerWindowTest runs in the PostgreSQL run only.

#include "ConnectDialog.h"
#include "ConnectionMonitor.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "HoursView.h"
#include "MainWindow.h"
#include "OrganisationRepository.h"
#include "PasswordStore.h"
#include "PrivateSettings.h"
#include "RecordCounts.h"
#include "ServerConnector.h"
#include "ServerDatabase.h"
#include "WindowLauncher.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace bilan;

namespace {

const QString Password = QStringLiteral("Tr0ub4dor-window");

// Everything the settings file holds, to look for a password in.
QByteArray settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList recentMenuEntries(MainWindow& window)
{
    QStringList entries;
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        if (menu->title().contains(QStringLiteral("Recent"))) {
            for (QAction* action : menu->actions())
                entries << action->text();
        }
    }
    return entries;
}

class ServerConnectTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        ConnectDialog::answerWith({});
        PasswordStore::setCurrent(nullptr);
    }
    test::PrivateSettings m_settings{QStringLiteral("server-connect")};
    MemoryPasswordStore m_store;
};

} // namespace

TEST_F(ServerConnectTest, ARefusedTryAsksAgainPrefilledAndNeverShowsOrKeepsThePassword)
{
    // Nothing listens on port 1: the server cannot be reached.
    QStringList problems;
    QList<ServerLogin> shown;
    ConnectDialog::answerWith([&](ConnectDialog& dialog) {
        problems << dialog.problem();
        shown << dialog.login();
        if (problems.size() > 1)
            return false;
        dialog.setLogin({QStringLiteral("127.0.0.1"), 1, QStringLiteral("bilan"),
                         QStringLiteral("alice"), QStringLiteral("disable")});
        dialog.setPassword(Password);
        dialog.setRememberPassword(true);
        return true;
    });
    ServerConnector connector(nullptr, &m_store);
    EXPECT_EQ(connector.ask({}), nullptr);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems[0].isEmpty());
    // Asked again with what was typed and the reason, which names the server, not the
    // password.
    EXPECT_EQ(shown[1].host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(shown[1].user, QStringLiteral("alice"));
    EXPECT_TRUE(problems[1].contains(QStringLiteral("127.0.0.1"))) << problems[1].toStdString();
    EXPECT_FALSE(problems[1].contains(Password));
    // Nothing opened: nothing remembered, anywhere.
    EXPECT_TRUE(m_store.passwords().isEmpty());
    EXPECT_FALSE(settingsFile().contains(Password.toUtf8()));
}

TEST_F(ServerConnectTest, OpenRecentListsAServerByItsAddressAsItIs)
{
    const QString server =
        QStringLiteral("postgresql://alice@db.example.org:5432/bilan?sslmode=require");
    WindowLauncher::rememberDatabase(QStringLiteral("/tmp/a.sqlite"));
    const QStringList recent = WindowLauncher::rememberDatabase(server);
    ASSERT_EQ(recent.size(), 2);
    // Not taken for a relative file name.
    EXPECT_EQ(recent.first(), server);
    MainWindow window;
    window.setRecentDatabases(recent);
    EXPECT_TRUE(recentMenuEntries(window).contains(server));
}

TEST_F(ServerConnectTest, TheTitleNamesTheServerAndTheLogin)
{
    MainWindow window;
    window.setDatabasePath(QStringLiteral("postgresql://db.example.org:5432/bilan"),
                           QStringLiteral("alice"));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("alice")));
    EXPECT_TRUE(
        window.windowTitle().contains(QStringLiteral("postgresql://db.example.org:5432/bilan")));
    bool said = false;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        said = said || (label->text().contains(QStringLiteral("alice")) &&
                        label->text().contains(QStringLiteral("db.example.org")));
    EXPECT_TRUE(said);
}

namespace {

// A login of its own with a password, owner of a fresh database on the test server.
class ServerWindowTest : public ServerConnectTest
{
protected:
    void SetUp() override
    {
        if (!test::onServer())
            GTEST_SKIP() << "needs the test server (the PostgreSQL run)";
        m_admin = std::make_unique<test::ServerDatabase>();
        m_server = std::make_unique<test::ServerDatabase>();
        m_role = QStringLiteral("bilan_window_%1").arg(QCoreApplication::applicationPid());
        m_admin->administer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role), false);
        m_admin->administer(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_role, Password), false);
        m_admin->administer(
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(m_server->name(), m_role), false);
        PasswordStore::setCurrent(&m_store);
    }
    void TearDown() override
    {
        ServerConnectTest::TearDown();
        if (!m_admin)
            return;
        m_server.reset();
        m_admin->administer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role), false);
    }

    // The dialog's fields for this database and login, as a user would type them.
    ServerLogin login() const
    {
        const QString host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
        return {host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : host,
                qEnvironmentVariableIntValue("PGPORT"), m_server->name(), m_role,
                QStringLiteral("prefer")};
    }

    // The same database as the administrator sees it, to count what was written.
    qint64 hourEntries() const
    {
        auto db = Database::open(m_server->address());
        EXPECT_TRUE(db.ok()) << db.message().toStdString();
        auto count = db ? RecordCounts(**db).count(RecordCounts::Record::HourEntries)
                        : Result<qint64>(fail(QStringLiteral("not open")));
        return count ? *count : -1;
    }

    std::unique_ptr<test::ServerDatabase> m_admin;
    std::unique_ptr<test::ServerDatabase> m_server;
    QString m_role;
};

} // namespace

TEST_F(ServerWindowTest, ConnectsThroughTheDialogAndFindsThePasswordInTheKeyringNextTime)
{
    int asked = 0;
    ConnectDialog::answerWith([&](ConnectDialog& dialog) {
        ++asked;
        dialog.setLogin(login());
        dialog.setPassword(Password);
        dialog.setRememberPassword(true);
        return true;
    });
    WindowLauncher launcher;
    WindowLauncher* server = launcher.connectToServer();
    ASSERT_NE(server, nullptr);
    EXPECT_EQ(asked, 1);
    const QString address = login().address();
    // The window says where and as whom, never the password.
    const QString title = server->window()->windowTitle();
    EXPECT_TRUE(title.contains(m_role)) << title.toStdString();
    EXPECT_TRUE(title.contains(m_server->name()));
    EXPECT_FALSE(title.contains(Password));
    // Open Recent has the address; the keyring, and only it, the password.
    const QStringList recent = QSettings().value(QStringLiteral("recent/databases")).toStringList();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(recent.first(), address);
    EXPECT_TRUE(recentMenuEntries(*server->window()).contains(address));
    EXPECT_FALSE(settingsFile().contains(Password.toUtf8()));
    EXPECT_EQ(m_store.read(address), Password);

    // Chosen again from Open Recent: the keyring's password, no dialog.
    WindowLauncher* again = launcher.openServer(address);
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(launcher.serverWindows().size(), 2u);
}

TEST_F(ServerWindowTest, ARefusedPasswordOnTheCommandLineAsksInTheDialogPrefilled)
{
    // `bilan --db postgresql://login@host:port/db`: libpq's PGPASSWORD is the administrator's,
    // which the server refuses for this login.
    const QString address = login().address();
    QString problem;
    ServerLogin shown;
    ConnectDialog::answerWith([&](ConnectDialog& dialog) {
        problem = dialog.problem();
        shown = dialog.login();
        dialog.setPassword(Password);
        return true;
    });
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(address));
    EXPECT_EQ(shown, login());
    EXPECT_TRUE(problem.contains(QStringLiteral("refused"))) << problem.toStdString();
    EXPECT_FALSE(problem.contains(Password));
    // Not asked to remember: the keyring holds nothing.
    EXPECT_TRUE(m_store.passwords().isEmpty());
    EXPECT_FALSE(settingsFile().contains(Password.toUtf8()));
}

TEST_F(ServerWindowTest, ALostConnectionKeepsTheTypedEntryAndTheWindowReconnects)
{
    ConnectDialog::answerWith([&](ConnectDialog& dialog) {
        dialog.setLogin(login());
        dialog.setPassword(Password);
        return true;
    });
    WindowLauncher launcher;
    WindowLauncher* server = launcher.connectToServer();
    ASSERT_NE(server, nullptr);
    {
        auto db = Database::open(m_server->address());
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        Organisation rucher;
        rucher.name = QStringLiteral("Coopérative Le Rucher");
        ASSERT_TRUE(OrganisationRepository(**db).add(rucher).ok());
        Expert expert;
        expert.name = QStringLiteral("Maxime Tremblay");
        expert.started = QDate(2000, 1, 1);
        ASSERT_TRUE(ExpertRepository(**db).add(expert).ok());
    }
    server->rebuildWindow();
    auto* hours = server->window()->findChild<HoursView*>();
    ASSERT_NE(hours, nullptr);
    auto* organisation = hours->findChild<QLineEdit*>(QStringLiteral("organisationEdit"));
    auto* duration = hours->findChild<QLineEdit*>(QStringLiteral("durationEdit"));
    auto* message = hours->findChild<QLabel*>(QStringLiteral("messageLabel"));
    ASSERT_TRUE(organisation && duration && message);
    ConnectionMonitor* monitor = server->connectionMonitor();
    ASSERT_NE(monitor, nullptr);
    monitor->setInterval(std::chrono::milliseconds(100));

    // The server goes away: no new connection, and this one cut.
    m_admin->administer(
        QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_server->name()), false);
    m_admin->administer(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                            .arg(m_server->name()),
                        false);
    organisation->setText(QStringLiteral("rucher"));
    duration->setText(QStringLiteral("1:30"));
    EXPECT_FALSE(hours->save());
    // What was typed stays, with the reason; the window says it is reconnecting.
    EXPECT_EQ(organisation->text(), QStringLiteral("rucher"));
    EXPECT_EQ(duration->text(), QStringLiteral("1:30"));
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(QStringLiteral("lost"))) << message->text().toStdString();
    EXPECT_TRUE(monitor->isConnectionLost());
    auto* state =
        server->window()->statusBar()->findChild<QLabel*>(QStringLiteral("connectionStateLabel"));
    ASSERT_NE(state, nullptr);
    EXPECT_FALSE(state->isHidden());
    EXPECT_TRUE(state->text().contains(QStringLiteral("reconnecting")));
    // Still away: the attempts go on and fail.
    QTRY_VERIFY_WITH_TIMEOUT(monitor->attempts() >= 2, 10000);
    EXPECT_TRUE(monitor->isConnectionLost());

    // The server is back: the window reconnects by itself and says so.
    m_admin->administer(
        QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_server->name()), false);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->isConnectionLost(), 15000);
    EXPECT_TRUE(state->isHidden());
    EXPECT_TRUE(server->window()->statusBar()->currentMessage().contains(QStringLiteral("again")));
    EXPECT_EQ(hourEntries(), 0);
    // Saved again from the row as it was: one entry, written once.
    EXPECT_TRUE(hours->save());
    EXPECT_TRUE(duration->text().isEmpty());
    EXPECT_EQ(hourEntries(), 1);
}

TEST_F(ServerWindowTest, AConnectionLostInTheMiddleOfATransactionWritesNothing)
{
    auto opened = Database::open(m_server->address());
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    Database& db = **opened;
    ConnectionMonitor monitor(db);
    {
        Transaction transaction(db);
        ASSERT_TRUE(transaction.begun().ok());
        // Two writes of one transaction (each a savepoint of it), as an import makes.
        for (const char* name : {"Première", "Seconde"}) {
            Organisation organisation;
            organisation.name = QString::fromUtf8(name);
            auto added = OrganisationRepository(db).add(organisation);
            ASSERT_TRUE(added.ok()) << added.message().toStdString();
        }
        m_admin->administer(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                           "pg_stat_activity WHERE datname = '%1' AND pid <> "
                                           "pg_backend_pid()")
                                .arg(m_server->name()),
                            false);
        const Status committed = transaction.commit();
        ASSERT_FALSE(committed.ok());
        EXPECT_TRUE(committed.message().contains(QStringLiteral("lost")))
            << committed.message().toStdString();
    }
    EXPECT_TRUE(monitor.isConnectionLost());
    monitor.retry();
    EXPECT_FALSE(monitor.isConnectionLost());
    auto count = RecordCounts(db).count(RecordCounts::Record::Organisations);
    ASSERT_TRUE(count.ok()) << count.message().toStdString();
    EXPECT_EQ(*count, 0);
}

TEST_F(ServerWindowTest, AServerLostWhileIdleIsNoticedWithoutAStatementAndReconnected)
{
    auto opened = Database::open(m_server->address());
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    Database& db = **opened;
    ConnectionMonitor monitor(db);
    monitor.setInterval(std::chrono::milliseconds(50));
    // The idle check is called by hand below; its timer stays out of the way.
    monitor.setIdleCheckInterval(std::chrono::hours(1));
    monitor.checkIdle();
    EXPECT_FALSE(monitor.isConnectionLost());

    m_admin->administer(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                            .arg(m_server->name()),
                        false);
    // Nobody typed anything: the idle check finds it out.
    monitor.checkIdle();
    EXPECT_TRUE(monitor.isConnectionLost());
    // The server is still there: the monitor's own attempts bring the connection back.
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.isConnectionLost(), 5000);
    auto count = RecordCounts(db).count(RecordCounts::Record::Organisations);
    EXPECT_TRUE(count.ok()) << count.message().toStdString();
}
