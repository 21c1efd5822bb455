// A server's password never reaches the log, an error message or the address Bilan shows:
// given in Database::Options::password (the window's dialog, the keyring) or in the address
// itself, right or wrong.

#include "Database.h"
#include "DatabaseCopy.h"
#include "Logging.h"
#include "ServerDatabase.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

class PasswordNeverLoggedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!onServer())
            GTEST_SKIP() << "about a server's password";
        m_server = std::make_unique<ServerDatabase>();
        m_login = QStringLiteral("bilan_pw_%1").arg(QCoreApplication::applicationPid());
        m_server->administer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_login), false);
        m_server->administer(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_login, Secret), false);
        m_server->administer(
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(m_server->name(), m_login), false);
        m_server->administer(QStringLiteral("GRANT ALL ON SCHEMA public TO %1").arg(m_login));
        Logging::start(m_logs.path());
    }

    void TearDown() override
    {
        if (!m_server)
            return;
        qInstallMessageHandler(nullptr);
        spdlog::set_level(spdlog::level::err);
        const QString login = m_login;
        const QString name = m_server->name();
        // The database first (it belongs to the login), then the login, from another database.
        m_server.reset();
        ServerDatabase other;
        other.administer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), false);
        Q_UNUSED(name);
    }

    // The address over TCP (password authentication), with `password` in it unless empty.
    QString address(const QString& password = {}) const
    {
        const QString port = QString::fromLocal8Bit(qgetenv("PGPORT"));
        const QString user = password.isEmpty() ? m_login : m_login + u':' + password;
        return QStringLiteral("postgresql://%1@localhost%2/%3")
            .arg(user, port.isEmpty() ? QString() : u':' + port, m_server->name());
    }

    std::string log() const
    {
        spdlog::default_logger()->flush();
        return readAll(Logging::logFilePath()).toStdString();
    }

    static constexpr const char* Secret = "Pw-4c7e9-never-logged";
    static constexpr const char* Wrong = "Wr0ng-5d1f-never-logged";
    QTemporaryDir m_logs;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_login;
};

TEST_F(PasswordNeverLoggedTest, NotInTheLogNorInMessagesNorInTheAddressShown)
{
    const std::string secret = Secret;
    const std::string wrong = Wrong;
    std::string messages;

    // In the options, as the window's dialog passes it.
    Database::Options options;
    options.password = QString::fromLatin1(Secret);
    auto opened = Database::open(address(), options);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    EXPECT_EQ((*opened)->login(), m_login);
    EXPECT_THAT((*opened)->path().toStdString(), Not(HasSubstr(secret)));
    // A statement the server refuses: its words go to the log.
    auto refused = sql::run(**opened, QStringLiteral("SELECT * FROM no_such_table"));
    ASSERT_FALSE(refused.ok());
    messages += refused.message().toStdString() + '\n';
    // A copy of it into a file, which names the source.
    QTemporaryDir files;
    auto copied = DatabaseCopy::copyToNewFile(**opened, files.filePath(QStringLiteral("c.sqlite")));
    ASSERT_TRUE(copied.ok()) << copied.message().toStdString();
    messages += copied->source.toStdString() + '\n';
    opened = fail(QString());

    // In the address.
    auto inAddress = Database::open(address(QString::fromLatin1(Secret)));
    ASSERT_TRUE(inAddress.ok()) << inAddress.message().toStdString();
    EXPECT_THAT((*inAddress)->path().toStdString(), Not(HasSubstr(secret)));
    EXPECT_THAT((*inAddress)->path().toStdString(), HasSubstr(m_login.toStdString()));
    inAddress = fail(QString());

    // Wrong, in the address and in the options.
    auto wrongInAddress = Database::open(address(QString::fromLatin1(Wrong)));
    ASSERT_FALSE(wrongInAddress.ok());
    EXPECT_THAT(wrongInAddress.message().toStdString(), HasSubstr("wrong user name or password"));
    messages += wrongInAddress.message().toStdString() + '\n';
    Database::Options wrongOptions;
    wrongOptions.password = QString::fromLatin1(Wrong);
    auto wrongInOptions = Database::open(address(), wrongOptions);
    ASSERT_FALSE(wrongInOptions.ok());
    messages += wrongInOptions.message().toStdString() + '\n';
    // A copy onto the server with a wrong password names the server, not the password.
    auto copyRefused = DatabaseCopy::copy(files.filePath(QStringLiteral("c.sqlite")),
                                          address(QString::fromLatin1(Wrong)), {});
    ASSERT_FALSE(copyRefused.ok());
    messages += copyRefused.message().toStdString() + '\n';

    EXPECT_THAT(messages, Not(HasSubstr(secret)));
    EXPECT_THAT(messages, Not(HasSubstr(wrong)));
    const std::string written = log();
    // The log did record the failures (so the test looks at the right file)…
    EXPECT_THAT(written, HasSubstr("cannot connect to"));
    EXPECT_THAT(written, HasSubstr("no_such_table"));
    EXPECT_THAT(written, HasSubstr(m_login.toStdString()));
    // …and never a password.
    EXPECT_THAT(written, Not(HasSubstr(secret)));
    EXPECT_THAT(written, Not(HasSubstr(wrong)));
}

} // namespace
