// `bilan server init` and `bilan server grant`, and what the three roles may then do, checked
// through psql as each login: what someone with a password and psql can do. What the same
// logins get through Bilan is in ServerCommandThroughBilanTest.cpp.

#include "ServerCommandFixture.h"

#include "CsvImporter.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "FiguresCalculator.h"
#include "HoursView.h"
#include "MainWindow.h"
#include "OrganisationRepository.h"
#include "PrivateSettings.h"
#include "ServerAccess.h"
#include "ServerRoles.h"
#include "ServiceEntryRepository.h"
#include "SqlSupport.h"
#include "WindowLauncher.h"

#include <QAtomicInt>
#include <QComboBox>
#include <QCoreApplication>
#include <QListWidget>
#include <QProcess>
#include <QStatusBar>

#include <gmock/gmock.h>

namespace bilan::test {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST_F(ServerCommandTest, StaffThroughPsqlWritesOnlyItsOwnExpertsHours)
{
    QString count;
    ASSERT_EQ(psql(m_staff, QStringLiteral("SELECT count(*) FROM service_entries"), &count), 0)
        << m_psqlError.toStdString();
    EXPECT_EQ(count, QStringLiteral("2"));
    EXPECT_TRUE(may(m_staff, QStringLiteral("SELECT name FROM organisations")));
    EXPECT_TRUE(may(m_staff, QStringLiteral("SELECT name, role FROM experts")));

    const QString insert = QStringLiteral(
        "INSERT INTO service_entries (entry_date, expert_id, organisation_id, minutes, "
        "created_at, updated_at) VALUES ('2024-10-03', %1, %2, 30, 'x', 'x')");
    EXPECT_TRUE(may(m_staff, insert.arg(alice()).arg(m_organisation))) << m_psqlError.toStdString();
    EXPECT_TRUE(may(
        m_staff,
        QStringLiteral("UPDATE service_entries SET minutes = 45 WHERE id = %1").arg(m_aliceEntry)));
    EXPECT_EQ(
        value(
            QStringLiteral("SELECT minutes FROM service_entries WHERE id = %1").arg(m_aliceEntry)),
        QStringLiteral("45"));

    // Another expert's hours: an insert is refused, an update or a delete reaches no row.
    EXPECT_FALSE(may(m_staff, insert.arg(bob()).arg(m_organisation)));
    EXPECT_THAT(m_psqlError.toStdString(), HasSubstr("row-level security"));
    psql(m_staff,
         QStringLiteral("UPDATE service_entries SET minutes = 1 WHERE id = %1").arg(m_bobEntry));
    psql(m_staff, QStringLiteral("DELETE FROM service_entries WHERE id = %1").arg(m_bobEntry));
    EXPECT_EQ(
        value(QStringLiteral("SELECT minutes FROM service_entries WHERE id = %1").arg(m_bobEntry)),
        QStringLiteral("90"));
    // Nor can its own entry be handed to another expert.
    EXPECT_FALSE(may(m_staff, QStringLiteral("UPDATE service_entries SET expert_id = %1 WHERE "
                                             "id = %2")
                                  .arg(bob())
                                  .arg(m_aliceEntry)));
    EXPECT_TRUE(may(m_staff,
                    QStringLiteral("DELETE FROM service_entries WHERE id = %1").arg(m_aliceEntry)));
    EXPECT_EQ(
        value(
            QStringLiteral("SELECT count(*) FROM service_entries WHERE id = %1").arg(m_aliceEntry)),
        QStringLiteral("0"));

    // Personal details, the board and the finances are not staff's.
    EXPECT_FALSE(may(m_staff, QStringLiteral("SELECT gender FROM experts")));
    EXPECT_THAT(m_psqlError.toStdString(), HasSubstr("permission denied"));
    EXPECT_FALSE(may(m_staff, QStringLiteral("SELECT birth_year FROM experts")));
    EXPECT_FALSE(may(m_staff, QStringLiteral("SELECT * FROM experts")));
    EXPECT_FALSE(may(m_staff, QStringLiteral("INSERT INTO meetings (meeting_date, kind, "
                                             "created_at, updated_at) VALUES ('2024-10-01', "
                                             "'board', 'x', 'x')")));
    EXPECT_FALSE(may(m_staff, QStringLiteral("INSERT INTO finance_lines (fiscal_year, scenario, "
                                             "kind, amount_cents, created_at, updated_at) VALUES "
                                             "(2024, 'actual', 'expense', 1, 'x', 'x')")));
    EXPECT_FALSE(may(m_staff, QStringLiteral("SELECT * FROM finance_lines")));
    EXPECT_FALSE(may(m_staff, QStringLiteral("UPDATE organisations SET region = 'x'")));
    EXPECT_FALSE(may(m_staff, QStringLiteral("DELETE FROM expert_logins")));

    // The report's aggregates, though: over the six experts, for a fiscal year's last day.
    QString aggregates;
    ASSERT_EQ(psql(m_staff,
                   QStringLiteral("SELECT age_sum, with_age, with_gender, women FROM "
                                  "bilan_personal_aggregates('2025-03-31')"),
                   &aggregates),
              0)
        << m_psqlError.toStdString();
    // Ages in 2025 of people born 1970…1975: 55+54+53+52+51+50.
    EXPECT_EQ(aggregates, QStringLiteral("315|6|6|3"));
    // Any other day could single one expert out by difference: refused.
    EXPECT_FALSE(may(m_staff, QStringLiteral("SELECT * FROM bilan_personal_aggregates("
                                             "'2025-03-30')")));
}

TEST_F(ServerCommandTest, SecretaryThroughPsqlWritesTheBoardAndReadsTheRest)
{
    EXPECT_TRUE(may(m_secretary, QStringLiteral("INSERT INTO meetings (meeting_date, kind, "
                                                "created_at, updated_at) VALUES ('2024-10-01', "
                                                "'board', 'x', 'x')")))
        << m_psqlError.toStdString();
    EXPECT_TRUE(may(m_secretary, QStringLiteral("INSERT INTO directors (name, name_key, "
                                                "created_at, updated_at) VALUES ('Guy Roy', "
                                                "'guy roy', 'x', 'x')")))
        << m_psqlError.toStdString();
    EXPECT_TRUE(may(m_secretary,
                    QStringLiteral("INSERT INTO board_mandates (director_id, organisation_id, "
                                   "role, started_on, created_at, updated_at) SELECT d.id, %1, "
                                   "'president', '2024-01-01', 'x', 'x' FROM directors d")
                        .arg(m_organisation)))
        << m_psqlError.toStdString();
    EXPECT_TRUE(may(m_secretary, QStringLiteral("INSERT INTO attendance (meeting_id, director_id, "
                                                "status, created_at, updated_at) SELECT m.id, "
                                                "d.id, 'present', 'x', 'x' FROM meetings m, "
                                                "directors d")))
        << m_psqlError.toStdString();
    EXPECT_TRUE(may(m_secretary, QStringLiteral("INSERT INTO report_texts (fiscal_year, language, "
                                                "created_at, updated_at) VALUES (2024, 'fr', "
                                                "'x', 'x')")))
        << m_psqlError.toStdString();
    EXPECT_TRUE(may(m_secretary, QStringLiteral("SELECT * FROM finance_lines")));
    EXPECT_TRUE(may(m_secretary, QStringLiteral("SELECT count(*) FROM service_entries")));

    EXPECT_FALSE(may(m_secretary, QStringLiteral("INSERT INTO finance_lines (fiscal_year, "
                                                 "scenario, kind, amount_cents, created_at, "
                                                 "updated_at) VALUES (2024, 'actual', "
                                                 "'expense', 1, 'x', 'x')")));
    EXPECT_FALSE(may(m_secretary, QStringLiteral("INSERT INTO organisations (name, name_key, "
                                                 "kind, created_at, updated_at) VALUES ('X', "
                                                 "'x', 'coop', 'x', 'x')")));
    EXPECT_FALSE(may(m_secretary, QStringLiteral("SELECT gender FROM experts")));
    EXPECT_FALSE(may(m_secretary, QStringLiteral("SELECT birth_year FROM experts")));
    EXPECT_FALSE(may(m_secretary, QStringLiteral("INSERT INTO service_entries (entry_date, "
                                                 "expert_id, organisation_id, minutes, "
                                                 "created_at, updated_at) VALUES "
                                                 "('2024-10-03', %1, %2, 30, 'x', 'x')")
                                      .arg(alice())
                                      .arg(m_organisation)));
}

TEST_F(ServerCommandTest, DirectorThroughPsqlMayDoEverything)
{
    EXPECT_TRUE(may(m_director, QStringLiteral("SELECT gender, birth_year FROM experts")))
        << m_psqlError.toStdString();
    EXPECT_TRUE(may(m_director, QStringLiteral("INSERT INTO finance_lines (fiscal_year, "
                                               "scenario, kind, amount_cents, created_at, "
                                               "updated_at) VALUES (2024, 'actual', 'expense', "
                                               "1, 'x', 'x')")))
        << m_psqlError.toStdString();
    EXPECT_TRUE(may(m_director, QStringLiteral("INSERT INTO service_entries (entry_date, "
                                               "expert_id, organisation_id, minutes, "
                                               "created_at, updated_at) VALUES "
                                               "('2024-10-03', %1, %2, 30, 'x', 'x')")
                                    .arg(bob())
                                    .arg(m_organisation)))
        << m_psqlError.toStdString();
    EXPECT_TRUE(may(m_director,
                    QStringLiteral("DELETE FROM service_entries WHERE id = %1").arg(m_aliceEntry)));
    EXPECT_EQ(
        value(
            QStringLiteral("SELECT count(*) FROM service_entries WHERE id = %1").arg(m_aliceEntry)),
        QStringLiteral("0"));
    EXPECT_TRUE(may(m_director, QStringLiteral("UPDATE organisations SET region = 'Estrie'")));
    EXPECT_TRUE(may(m_director, QStringLiteral("INSERT INTO meetings (meeting_date, kind, "
                                               "created_at, updated_at) VALUES ('2024-10-01', "
                                               "'agm', 'x', 'x')")));
}

TEST_F(ServerCommandTest, GrantSwitchesTheOneGroupAndRefusesUnknownExperts)
{
    grant(m_staff, QStringLiteral("secretary"));
    EXPECT_THAT(out(), HasSubstr("is now bilan_secretary"));
    EXPECT_EQ(value(QStringLiteral("SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM "
                                   "pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN "
                                   "pg_roles u ON u.oid = m.member WHERE u.rolname = '%1'")
                        .arg(m_staff)),
              QStringLiteral("bilan_secretary"));
    EXPECT_EQ(
        value(QStringLiteral("SELECT count(*) FROM expert_logins WHERE login = '%1'").arg(m_staff)),
        QStringLiteral("0"));

    EXPECT_EQ(run({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("--db"), m_db,
                   m_staff, QStringLiteral("staff"), QStringLiteral("--expert"),
                   QStringLiteral("Nobody Here")}),
              CommandLine::UserError);
    EXPECT_THAT(err(), HasSubstr("no expert named \"Nobody Here\""));
    EXPECT_THAT(out(), IsEmpty());
    // Refused whole: still the secretary.
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON "
                                   "g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE "
                                   "u.rolname = '%1' AND g.rolname = 'bilan_staff'")
                        .arg(m_staff)),
              QStringLiteral("0"));

    // Run again, init changes nothing that works.
    ASSERT_EQ(run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), m_db}),
              CommandLine::Success)
        << err();
    EXPECT_TRUE(may(m_director, QStringLiteral("SELECT gender FROM experts")));
    EXPECT_FALSE(may(m_secretary, QStringLiteral("SELECT gender FROM experts")));
}

TEST_F(ServerCommandTest, AnAdministratorWhoMayNotCreateRolesIsRefused)
{
    // The director has every right on the data, none on the server's roles.
    auto director = openAs(m_director);
    ASSERT_TRUE(director);
    const Status init = ServerRoles::initServer(*director);
    ASSERT_FALSE(init.ok());
    EXPECT_THAT(init.message().toStdString(), HasSubstr("may not create roles"));
    auto granted = ServerRoles::grantLogin(*director, QStringLiteral("mallory"),
                                           ServerRoles::Role::Director, std::nullopt);
    ASSERT_FALSE(granted.ok());
    EXPECT_THAT(granted.message().toStdString(), HasSubstr("may not create roles"));
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'")),
              QStringLiteral("0"));
}

TEST_F(ServerCommandTest, EveryTableOfTheSchemaHasItsGrants)
{
    // A table made by a later step must be placed in ServerRoles' lists knowingly: every
    // table the migrations make is either written by the secretary, read by staff, or the
    // director's alone to write and the others' to read.
    const QString tables = value(QStringLiteral(
        "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname "
        "= current_schema()"));
    for (const QString& table : tables.split(u',')) {
        // The server's guard of import events (ChangeLogSchema::serverBulkGuard) is its
        // trigger functions' alone: no role reads or writes it.
        if (table == QLatin1String("change_log_bulk")) {
            for (const char* group : {"bilan_director", "bilan_secretary", "bilan_staff"})
                EXPECT_EQ(value(QStringLiteral("SELECT has_any_column_privilege('%1', "
                                               "'change_log_bulk', 'SELECT, INSERT, UPDATE')")
                                    .arg(QLatin1String(group))),
                          QStringLiteral("false"))
                    << group;
            continue;
        }
        EXPECT_TRUE(value(QStringLiteral("SELECT has_table_privilege('bilan_director', '%1', "
                                         "'SELECT')")
                              .arg(table)) == QLatin1String("true"))
            << table.toStdString();
        EXPECT_EQ(value(QStringLiteral("SELECT has_any_column_privilege('bilan_staff', '%1', "
                                       "'SELECT')")
                            .arg(table)) == QLatin1String("true"),
                  ServerRoles::staffReadableTables().contains(table) ||
                      table == QLatin1String("expert_logins"))
            << table.toStdString();
        EXPECT_EQ(value(QStringLiteral("SELECT has_table_privilege('bilan_secretary', '%1', "
                                       "'INSERT')")
                            .arg(table)) == QLatin1String("true"),
                  ServerRoles::boardTables().contains(table))
            << table.toStdString();
    }
}

} // namespace
} // namespace bilan::test
