// What the three roles get through Bilan itself (its commands, its figures, its window) once
// `bilan server init` and `bilan server grant` have run: the same limits psql meets
// (ServerCommandTest.cpp), said in the user's words.

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

// The refusals that need no server: a file has no roles.
class ServerCommandFileTest : public CommandTest
{};

TEST_F(ServerCommandFileTest, AFileIsRefusedClearly)
{
    const QString file = path(QStringLiteral("desk.sqlite"));
    EXPECT_EQ(run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), file}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("server commands need a server address"));
    EXPECT_EQ(run({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("--db"), file,
                   QStringLiteral("alice"), QStringLiteral("staff")}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("server commands need a server address"));
    EXPECT_FALSE(QFile::exists(file)); // nothing made
    EXPECT_EQ(run({QStringLiteral("server")}), CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("server needs init or grant"));
    EXPECT_EQ(run({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("--db"),
                   QStringLiteral("postgresql:///x"), QStringLiteral("alice"),
                   QStringLiteral("janitor")}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("unknown role \"janitor\""));
    EXPECT_EQ(run({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("--db"),
                   QStringLiteral("postgresql:///x"), QStringLiteral("alice"),
                   QStringLiteral("director"), QStringLiteral("--expert"), QStringLiteral("A")}),
              CommandLine::UsageError);
    EXPECT_THAT(err(), HasSubstr("--expert binds a staff login"));
}

TEST_F(ServerCommandFileTest, OnAFileTheRolesAreRefusedAndEverythingIsAllowed)
{
    BILAN_FILE_ONLY();
    auto db = Database::open(path(QStringLiteral("desk.sqlite")));
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    const Status init = ServerRoles::initServer(**db);
    ASSERT_FALSE(init.ok());
    EXPECT_THAT(init.message().toStdString(), HasSubstr("roles exist only on a server"));
    auto access = readAccess(**db);
    ASSERT_TRUE(access.ok());
    EXPECT_EQ(access->role, ServerAccess::Role::Everything);
    EXPECT_TRUE(access->mayWriteHoursOf(12345));
    EXPECT_TRUE(access->mayReadPersonalDetails());
}

class ServerCommandThroughBilanTest : public ServerCommandTest
{};

TEST_F(ServerCommandThroughBilanTest, StaffThroughBilanSeesNoPersonalDetailsAndIsToldWhoseEntryItIs)
{
    auto staff = openAs(m_staff);
    ASSERT_TRUE(staff);
    auto access = readAccess(*staff);
    ASSERT_TRUE(access.ok()) << access.message().toStdString();
    EXPECT_EQ(access->role, ServerAccess::Role::Staff);
    ASSERT_TRUE(access->expertId.has_value());
    EXPECT_EQ(*access->expertId, alice());
    EXPECT_FALSE(access->mayReadPersonalDetails());

    // The experts list still comes, without gender and birth year.
    auto experts = ExpertRepository(*staff).all();
    ASSERT_TRUE(experts.ok()) << experts.message().toStdString();
    ASSERT_EQ(experts->size(), 6);
    EXPECT_EQ(experts->first().name, QStringLiteral("Alice Martin"));
    EXPECT_FALSE(experts->first().gender.has_value());
    EXPECT_FALSE(experts->first().birthYear.has_value());
    // The aggregates are those the administrator gets.
    auto own = ExpertRepository(*staff).personalAggregates(QDate(2025, 3, 31));
    auto all = ExpertRepository(*m_admin).personalAggregates(QDate(2025, 3, 31));
    ASSERT_TRUE(own.ok()) << own.message().toStdString();
    ASSERT_TRUE(all.ok()) << all.message().toStdString();
    EXPECT_EQ(own->ageSum, 315);
    EXPECT_EQ(own->ageSum, all->ageSum);
    EXPECT_EQ(own->withAge, all->withAge);
    EXPECT_EQ(own->withGender, all->withGender);
    EXPECT_EQ(own->women, all->women);
    EXPECT_EQ(own->women, 3);

    ServiceEntryRepository entries(*staff);
    EXPECT_NE(addEntry(*staff, alice()), 0);
    ServiceEntry theirs;
    theirs.date = QDate(2024, 10, 4);
    theirs.expertId = bob();
    theirs.organisationId = m_organisation;
    theirs.minutes = 60;
    auto added = entries.add(theirs);
    ASSERT_FALSE(added.ok());
    EXPECT_THAT(added.message().toStdString(), HasSubstr("this entry belongs to another expert"));
    EXPECT_EQ(added.error().field, QStringLiteral("expert"));
    auto removed = entries.remove(m_bobEntry);
    ASSERT_FALSE(removed.ok());
    EXPECT_THAT(removed.message().toStdString(), HasSubstr("belongs to another expert"));
    auto mine = entries.get(m_aliceEntry);
    ASSERT_TRUE(mine.ok());
    mine->expertId = bob();
    EXPECT_THAT(entries.update(*mine).message().toStdString(),
                HasSubstr("belongs to another expert"));
    EXPECT_EQ(
        value(
            QStringLiteral("SELECT count(*) FROM service_entries WHERE expert_id = %1").arg(bob())),
        QStringLiteral("1"));

    // Past Bilan's own check, the server's row-level security says the same, never raw SQL.
    auto raw = sql::run(*staff,
                        QStringLiteral("INSERT INTO service_entries (entry_date, expert_id, "
                                       "organisation_id, minutes, created_at, updated_at) "
                                       "VALUES ('2024-10-05', ?, ?, 30, 'x', 'x')"),
                        {bob(), m_organisation});
    ASSERT_FALSE(raw.ok());
    EXPECT_EQ(raw.message(), ServerAccess::anotherExpertsEntry());
}

TEST_F(ServerCommandThroughBilanTest, AStaffImportWithAnotherExpertsRowsIsRefusedWhole)
{
    auto staff = openAs(m_staff);
    ASSERT_TRUE(staff);
    const QString csv =
        write(QStringLiteral("hours.csv"), "date,expert,organisation,duration\n"
                                           "2024-11-04,Alice Martin,Coop du Rucher,1.5\n"
                                           "2024-11-04,Bob Tremblay,Coop du Rucher,2\n"
                                           "2024-11-05,Alice Martin,Coop du Rucher,1\n"
                                           "2024-11-05,Chloé Roy,Coop du Rucher,1\n");
    const ImportResult result = CsvImporter(*staff).importFile(CsvKind::Hours, csv, {});
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.problems.size(), 2);
    EXPECT_EQ(result.problems.at(0).line, 3);
    EXPECT_EQ(result.problems.at(1).line, 5);
    EXPECT_EQ(result.problems.at(0).column, QStringLiteral("expert"));
    EXPECT_THAT(result.problems.at(0).message.toStdString(),
                HasSubstr("belongs to another expert"));
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM service_entries")), QStringLiteral("2"));

    // The secretary records no hours at all: told once.
    auto secretary = openAs(m_secretary);
    ASSERT_TRUE(secretary);
    const ImportResult refused = CsvImporter(*secretary).importFile(CsvKind::Hours, csv, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.problems.at(0).message.toStdString(), HasSubstr("records no hours"));
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM service_entries")), QStringLiteral("2"));
}

// Row-level security keeps a staff login from COPY: its import goes through the multi-row
// INSERT, which the server's policies check row by row, and its rows say who imported them.
TEST_F(ServerCommandThroughBilanTest, AStaffImportOfItsOwnHoursIsWrittenRowByRowUnderItsPolicies)
{
    auto staff = openAs(m_staff);
    ASSERT_TRUE(staff);
    const QString csv = write(QStringLiteral("own.csv"),
                              "date,expert,organisation,duration,field,note\n"
                              "2024-11-04,Alice Martin,Coop du Rucher,1.5,,\"tab\there, \\n\"\n"
                              "2024-11-05,Alice Martin,Coop du Rucher,2,,\n");
    const ImportResult result = CsvImporter(*staff).importFile(CsvKind::Hours, csv, {});
    ASSERT_TRUE(result.ok()) << result.problems.value(0).message.toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT count(*) FROM service_entries")), QStringLiteral("4"));
    EXPECT_EQ(value(QStringLiteral("SELECT sum(minutes) FROM service_entries WHERE expert_id = "
                                   "%1 AND entry_date >= '2024-11-04'")
                        .arg(alice())),
              QStringLiteral("210"));
    EXPECT_EQ(value(QStringLiteral("SELECT note FROM service_entries WHERE entry_date = "
                                   "'2024-11-04'")),
              QStringLiteral("tab\there, \\n"));
    const QString by = value(QStringLiteral(
        "SELECT string_agg(DISTINCT updated_by, '|') FROM service_entries WHERE entry_date >= "
        "'2024-11-04'"));
    EXPECT_TRUE(by.startsWith(m_staff + u'@')) << by.toStdString();
}

TEST_F(ServerCommandThroughBilanTest, TheSecretaryPrintsTheAggregatesItMayNotReadOneByOne)
{
    auto secretary = openAs(m_secretary);
    ASSERT_TRUE(secretary);
    auto access = readAccess(*secretary);
    ASSERT_TRUE(access.ok());
    EXPECT_EQ(access->role, ServerAccess::Role::Secretary);
    EXPECT_TRUE(access->mayWriteBoard());
    EXPECT_FALSE(access->mayWriteHoursOf(alice()));
    auto figures = FiguresCalculator(*secretary).compute(2024);
    ASSERT_TRUE(figures.ok()) << figures.message().toStdString();
    auto expected = FiguresCalculator(*m_admin).compute(2024);
    ASSERT_TRUE(expected.ok()) << expected.message().toStdString();
    ASSERT_TRUE(figures->averageAge.has_value());
    EXPECT_DOUBLE_EQ(*figures->averageAge, 52.5);
    EXPECT_EQ(figures->averageAge, expected->averageAge);
    ASSERT_TRUE(figures->womenPct.has_value());
    EXPECT_EQ(figures->womenPct, expected->womenPct);

    auto director = openAs(m_director);
    ASSERT_TRUE(director);
    auto directs = readAccess(*director);
    ASSERT_TRUE(directs.ok());
    EXPECT_EQ(directs->role, ServerAccess::Role::Director);
    auto experts = ExpertRepository(*director).all();
    ASSERT_TRUE(experts.ok());
    EXPECT_EQ(experts->first().birthYear, 1970);
}

TEST_F(ServerCommandThroughBilanTest, AStaffLoginsHoursPageStaysOnItsOwnExpert)
{
    auto staff = openAs(m_staff);
    ASSERT_TRUE(staff);
    HoursView view(*staff, nullptr, Clock::system());
    auto* combo = view.findChild<QComboBox*>(QStringLiteral("expertCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(view.currentExpertId(), alice());
    EXPECT_FALSE(combo->isEnabled());
    EXPECT_THAT(combo->toolTip().toStdString(), HasSubstr("only its own expert's hours"));
    // The administrator chooses any expert.
    HoursView administrators(*m_admin, nullptr, Clock::system());
    EXPECT_TRUE(administrators.findChild<QComboBox*>(QStringLiteral("expertCombo"))->isEnabled());
}

TEST_F(ServerCommandThroughBilanTest, AStaffLoginsWindowShowsOnlyItsPagesAndSaysWhy)
{
    PrivateSettings settings(QStringLiteral("roles"));
    WindowLauncher launcher;
    const QString address = QStringLiteral("postgresql://%1:%2@%3:%4/%5")
                                .arg(m_staff, Password, QString::fromLocal8Bit(qgetenv("PGHOST")),
                                     QString::fromLocal8Bit(qgetenv("PGPORT")), m_server->name());
    ASSERT_TRUE(launcher.open(address));
    auto* pages = launcher.window()->findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(pages, nullptr);
    ASSERT_EQ(pages->count(), 2);
    EXPECT_EQ(launcher.window()->currentPage(), 0);
    EXPECT_THAT(launcher.window()->statusBar()->currentMessage().toStdString(),
                HasSubstr("records hours"));
    // The password never reaches the recent databases.
    EXPECT_THAT(QSettings()
                    .value(QStringLiteral("recent/databases"))
                    .toStringList()
                    .join(u' ')
                    .toStdString(),
                ::testing::Not(HasSubstr(Password.toStdString())));

    WindowLauncher directors;
    ASSERT_TRUE(directors.open(m_db));
    EXPECT_GT(directors.window()->findChild<QListWidget*>(QStringLiteral("navigation"))->count(),
              2);
}

} // namespace
} // namespace bilan::test
