// The fixture of the server role tests: the roles made on the test server, three logins granted
// (staff bound to Alice Martin, secretary, director), each given a password, and psql run as
// any of them.

#pragma once

#include "CommandTest.h"

#include "Database.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "SqlSupport.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

#include <gmock/gmock.h>

#include <memory>

namespace bilan::test {

inline const QString Password = QStringLiteral("not-a-real-secret-42");

// On the test server: the roles made, three logins granted, each given a password.
class ServerCommandTest : public CommandTest
{
protected:
    void SetUp() override
    {
        CommandTest::SetUp();
        if (!onServer())
            GTEST_SKIP() << "roles exist only on a server";
        static QAtomicInt counter;
        const QString stem = QStringLiteral("bilan_t%1_%2_")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1));
        m_staff = stem + QStringLiteral("staff");
        m_secretary = stem + QStringLiteral("secretary");
        m_director = stem + QStringLiteral("director");
        ASSERT_EQ(
            run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), m_db}),
            CommandLine::Success)
            << err();
        EXPECT_THAT(out(), ::testing::HasSubstr("Bilan's roles are ready"));
        fill();
        grant(m_staff, QStringLiteral("staff"), QStringLiteral("alice  MARTIN")); // a spelling
        EXPECT_THAT(out(), ::testing::HasSubstr("created without a password"));
        EXPECT_THAT(out(), ::testing::HasSubstr("records the hours of Alice Martin"));
        grant(m_secretary, QStringLiteral("secretary"));
        grant(m_director, QStringLiteral("director"));
        for (const QString& login : {m_staff, m_secretary, m_director})
            m_server->administer(
                QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(login, Password));
    }

    void TearDown() override
    {
        if (!m_server || m_staff.isEmpty())
            return;
        m_admin.reset();
        for (const QString& login : {m_staff, m_secretary, m_director, m_other}) {
            if (login.isEmpty())
                continue;
            try {
                m_server->administer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), false);
            } catch (const std::exception&) {
                // Dropped with the throwaway server.
            }
        }
    }

    void grant(const QString& login, const QString& role, const QString& expert = {})
    {
        QStringList arguments{QStringLiteral("server"),
                              QStringLiteral("grant"),
                              QStringLiteral("--db"),
                              m_db,
                              login,
                              role};
        if (!expert.isEmpty())
            arguments << QStringLiteral("--expert") << expert;
        ASSERT_EQ(run(arguments), CommandLine::Success) << err();
    }

    // Two experts with hours, five more who gave their age and gender (the report's minimum),
    // one organisation: made by the administrator.
    void fill()
    {
        auto admin = Database::open(m_db);
        ASSERT_TRUE(admin.ok()) << admin.message().toStdString();
        m_admin = std::move(*admin);
        Organisation organisation;
        organisation.name = QStringLiteral("Coop du Rucher");
        organisation.kind = OrganisationKind::Coop;
        auto org = OrganisationRepository(*m_admin).add(organisation);
        ASSERT_TRUE(org.ok()) << org.message().toStdString();
        m_organisation = *org;
        const QStringList names{QStringLiteral("Alice Martin"), QStringLiteral("Bob Tremblay"),
                                QStringLiteral("Chloé Roy"),    QStringLiteral("Denis Gagnon"),
                                QStringLiteral("Émilie Côté"),  QStringLiteral("Félix Morin")};
        for (int i = 0; i < names.size(); ++i) {
            Expert expert;
            expert.name = names.at(i);
            expert.started = QDate(2015, 1, 1);
            expert.gender = i % 2 == 0 ? Gender::F : Gender::M;
            expert.birthYear = 1970 + i;
            auto id = ExpertRepository(*m_admin).add(expert);
            ASSERT_TRUE(id.ok()) << id.message().toStdString();
            m_experts << *id;
        }
        m_aliceEntry = addEntry(*m_admin, alice());
        m_bobEntry = addEntry(*m_admin, bob());
    }

    qint64 alice() const { return m_experts.at(0); }
    qint64 bob() const { return m_experts.at(1); }

    qint64 addEntry(Database& db, qint64 expert)
    {
        ServiceEntry entry;
        entry.date = QDate(2024, 10, 2);
        entry.expertId = expert;
        entry.organisationId = m_organisation;
        entry.minutes = 90;
        auto id = ServiceEntryRepository(db).add(entry);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    // psql as `login`: its exit status, its output in `output`.
    int psql(const QString& login, const QString& statement, QString* output = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGUSER"), login);
        environment.insert(QStringLiteral("PGPASSWORD"), Password);
        environment.insert(QStringLiteral("PGDATABASE"), m_server->name());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-c"), statement});
        EXPECT_TRUE(process.waitForFinished(30000));
        const QString printed = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        m_psqlError = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (output)
            *output = printed;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    bool may(const QString& login, const QString& statement) { return psql(login, statement) == 0; }
    QString value(const QString& statement)
    {
        auto read = sql::scalar(*m_admin, statement);
        EXPECT_TRUE(read.ok()) << read.message().toStdString();
        return read.ok() ? read->toString() : QString();
    }

    std::unique_ptr<Database> openAs(const QString& login)
    {
        Database::Options options;
        options.password = Password;
        const QString address =
            QStringLiteral("postgresql://%1@%2:%3/%4")
                .arg(login, QString::fromLocal8Bit(qgetenv("PGHOST")),
                     QString::fromLocal8Bit(qgetenv("PGPORT")), m_server->name());
        auto db = Database::open(address, options);
        EXPECT_TRUE(db.ok()) << db.message().toStdString();
        return db.ok() ? std::move(*db) : nullptr;
    }

    QString m_staff;
    QString m_secretary;
    QString m_director;
    QString m_other;
    QString m_psqlError;
    std::unique_ptr<Database> m_admin;
    qint64 m_organisation = 0;
    QList<qint64> m_experts;
    qint64 m_aliceEntry = 0;
    qint64 m_bobEntry = 0;
};

} // namespace bilan::test
