// The window follows the login's role: the secretary's pages whose data she may not change are
// read-only with the reason said on the page, the board stays hers to edit, File ▸ Import offers
// only what she may write; the director's window is whole. PostgreSQL run only.

#include "BoardView.h"
#include "CooperativeSettings.h"
#include "CooperativeView.h"
#include "Database.h"
#include "DevelopmentView.h"
#include "ExpertsView.h"
#include "FinancesView.h"
#include "FirstRunChecklist.h"
#include "HoursView.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MembersView.h"
#include "PrivateSettings.h"
#include "ReadOnlyPage.h"
#include "ServerDatabase.h"
#include "ServerRoles.h"
#include "WindowLauncher.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

using namespace bilan;

namespace {

const QString Password = QStringLiteral("Luc-s3cret-window");

class RoleWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::onServer())
            GTEST_SKIP() << "roles exist only on a server";
        m_server = std::make_unique<test::ServerDatabase>();
        m_login = QStringLiteral("bilan_luc_%1").arg(QCoreApplication::applicationPid());
        auto admin = Database::open(m_server->address());
        ASSERT_TRUE(admin.ok()) << admin.message().toStdString();
        m_admin = std::move(admin.value());
        ASSERT_TRUE(ServerRoles::initServer(*m_admin).ok());
    }
    void TearDown() override
    {
        if (!m_server)
            return;
        m_launcher.reset();
        m_admin.reset();
        m_server.reset();
        try {
            test::ServerDatabase().administer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_login),
                                              false);
        } catch (const std::exception&) {
            // Dropped with the throwaway server.
        }
    }

    // The window of a login granted `role`, opened as WindowLauncher opens a server.
    MainWindow* windowAs(ServerRoles::Role role)
    {
        auto granted = ServerRoles::grantLogin(*m_admin, m_login, role, {});
        EXPECT_TRUE(granted.ok()) << granted.message().toStdString();
        m_server->administer(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(m_login, Password),
                             false);
        QUrl address(m_server->address());
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
        m_database = opened->get();
        m_launcher = std::make_unique<WindowLauncher>();
        m_launcher->open(std::move(opened.value()));
        return m_launcher->window();
    }

    test::PrivateSettings m_settings{QStringLiteral("role-window")};
    std::unique_ptr<test::ServerDatabase> m_server;
    std::unique_ptr<Database> m_admin;
    std::unique_ptr<WindowLauncher> m_launcher;
    Database* m_database = nullptr;
    QString m_login;
};

template <typename Page> Page* page(MainWindow* window)
{
    auto* found = window->findChild<Page*>();
    EXPECT_NE(found, nullptr);
    return found;
}

bool shown(QWidget* page, const char* name)
{
    auto* widget = page->findChild<QWidget*>(QString::fromLatin1(name));
    return widget && !widget->isHidden();
}

} // namespace

TEST_F(RoleWindowTest, TheSecretaryReadsTheFinancesAndEditsTheBoard)
{
    MainWindow* window = windowAs(ServerRoles::Role::Secretary);
    ASSERT_NE(window, nullptr);
    auto* finances = page<FinancesView>(window);
    ASSERT_NE(finances, nullptr);
    const QString reason = ReadOnlyPage::reason(finances);
    EXPECT_TRUE(reason.contains(m_login)) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("finances"))) << reason.toStdString();
    EXPECT_FALSE(shown(finances, "addButton"));
    EXPECT_FALSE(shown(finances, "closeYearButton"));
    EXPECT_EQ(finances->findChild<QTableView*>(QStringLiteral("linesView"))->editTriggers(),
              QAbstractItemView::NoEditTriggers);
    // The hours, members and experts: read, with the reason.
    for (QWidget* readOnly : {static_cast<QWidget*>(page<HoursView>(window)),
                              static_cast<QWidget*>(page<MembersView>(window)),
                              static_cast<QWidget*>(page<ExpertsView>(window))}) {
        EXPECT_TRUE(ReadOnlyPage::reason(readOnly).contains(m_login))
            << readOnly->metaObject()->className();
    }
    EXPECT_FALSE(shown(page<HoursView>(window), "durationEdit"));
    EXPECT_FALSE(shown(page<MembersView>(window), "joinButton"));
    // Organisations are the director's: no buttons, and the Hours row says who adds one.
    EXPECT_FALSE(shown(page<MembersView>(window), "newButton"));
    EXPECT_FALSE(shown(page<MembersView>(window), "mergeButton"));
    EXPECT_FALSE(page<HoursView>(window)->mayAddOrganisations());
    // Surveys and activities are the director's (their tables are not granted to her).
    auto* development = page<DevelopmentView>(window);
    ASSERT_NE(development, nullptr);
    EXPECT_TRUE(ReadOnlyPage::reason(development).contains(QStringLiteral("surveys")))
        << ReadOnlyPage::reason(development).toStdString();
    EXPECT_FALSE(shown(development, "saveSurveyButton"));
    EXPECT_FALSE(shown(development, "saveActivityButton"));
    EXPECT_FALSE(shown(page<ExpertsView>(window), "saveButton"));
    EXPECT_FALSE(
        page<ExpertsView>(window)->findChild<QWidget*>(QStringLiteral("editorBox"))->isEnabled());
    // The board is hers: meetings and mandates editable, nothing said.
    auto* board = page<BoardView>(window);
    EXPECT_TRUE(ReadOnlyPage::reason(board).isEmpty());
    EXPECT_TRUE(shown(board, "newMeetingButton"));
    EXPECT_TRUE(board->findChild<QPushButton*>(QStringLiteral("newMeetingButton"))->isEnabled());
    // File ▸ Import offers only the board's kinds.
    ImportDialog import(*m_database, window);
    auto* kinds = import.findChild<QComboBox*>(QStringLiteral("kindCombo"));
    ASSERT_NE(kinds, nullptr);
    QStringList offered;
    for (int i = 0; i < kinds->count(); ++i)
        offered << kinds->itemData(i).toString();
    EXPECT_EQ(offered.size(), 4) << offered.join(u',').toStdString();
    for (CsvKind kind :
         {CsvKind::Board, CsvKind::Meetings, CsvKind::Attendance, CsvKind::Resolutions}) {
        EXPECT_TRUE(offered.contains(CsvFormat::key(kind)));
    }
    // Edit ▸ Undo: nothing she could do put an edit of hours on the stack.
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->text().contains(QStringLiteral("Undo"))) {
            EXPECT_FALSE(action->isEnabled());
        }
    }
}

TEST_F(RoleWindowTest, TheDirectorsWindowIsWhole)
{
    MainWindow* window = windowAs(ServerRoles::Role::Director);
    ASSERT_NE(window, nullptr);
    for (QWidget* editable : {static_cast<QWidget*>(page<HoursView>(window)),
                              static_cast<QWidget*>(page<MembersView>(window)),
                              static_cast<QWidget*>(page<ExpertsView>(window)),
                              static_cast<QWidget*>(page<FinancesView>(window)),
                              static_cast<QWidget*>(page<DevelopmentView>(window)),
                              static_cast<QWidget*>(page<BoardView>(window))}) {
        EXPECT_TRUE(ReadOnlyPage::reason(editable).isEmpty())
            << editable->metaObject()->className();
    }
    EXPECT_TRUE(shown(page<FinancesView>(window), "addButton"));
    EXPECT_TRUE(shown(page<HoursView>(window), "durationEdit"));
    EXPECT_TRUE(shown(page<MembersView>(window), "mergeButton"));
    EXPECT_TRUE(page<HoursView>(window)->mayAddOrganisations());
    EXPECT_NE(page<FinancesView>(window)
                  ->findChild<QTableView*>(QStringLiteral("linesView"))
                  ->editTriggers(),
              QAbstractItemView::NoEditTriggers);
    ImportDialog import(*m_database, window);
    EXPECT_EQ(import.findChild<QComboBox*>(QStringLiteral("kindCombo"))->count(),
              static_cast<int>(CsvFormat::kinds().size()));
}

TEST_F(RoleWindowTest, OnlyTheDirectorNamesTheCooperative)
{
    MainWindow* window = windowAs(ServerRoles::Role::Secretary);
    ASSERT_NE(window, nullptr);
    auto* cooperative = page<CooperativeView>(window);
    ASSERT_NE(cooperative, nullptr);
    EXPECT_TRUE(ReadOnlyPage::reason(cooperative).contains(m_login));
    EXPECT_FALSE(shown(cooperative, "saveButton"));
    // No first-run checklist: its steps are not hers to do.
    EXPECT_EQ(window->findChild<FirstRunChecklist*>(), nullptr);
    // The server refuses her all the same, and nothing is written.
    Cooperative named;
    named.name = QStringLiteral("Coop Estrie");
    EXPECT_FALSE(CooperativeSettings(*m_database).save(named).ok());
    auto stored = CooperativeSettings(*m_admin).load();
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->name.isEmpty());
    // The director may.
    auto director = ServerRoles::grantLogin(*m_admin, m_login, ServerRoles::Role::Director, {});
    ASSERT_TRUE(director.ok()) << director.message().toStdString();
    EXPECT_TRUE(CooperativeSettings(*m_database).save(named).ok());
}
