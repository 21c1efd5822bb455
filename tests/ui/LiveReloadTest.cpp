// Another desk's commit reaches every page with lists: two connections on one file or server
// database, desk B writes, desk A's watcher fires and its pages show the new row, keeping the
// row chosen and what is being typed.

#include "BoardView.h"
#include "ChangeWatcher.h"
#include "ExpertRepository.h"
#include "ExpertTableModel.h"
#include "ExpertsView.h"
#include "FinanceRepository.h"
#include "FinanceYearModel.h"
#include "FinancesView.h"
#include "MainWindow.h"
#include "MeetingListModel.h"
#include "MeetingRepository.h"
#include "MembersView.h"
#include "OrganisationRepository.h"
#include "OrganisationTableModel.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace bilan;

namespace {

class LiveReloadTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_other = m_test.openAnotherDesk();
        ASSERT_TRUE(m_other);
    }

    // Desk A's window: the pages, its watcher wired as WindowLauncher wires it.
    void makeWindow()
    {
        m_board = new BoardView(db());
        m_members = new MembersView(db(), m_test.clock());
        m_experts = new ExpertsView(db());
        m_finances = new FinancesView(db(), nullptr, &m_test.clock());
        for (QWidget* page : {static_cast<QWidget*>(m_board), static_cast<QWidget*>(m_members),
                              static_cast<QWidget*>(m_experts), static_cast<QWidget*>(m_finances)})
            m_window.addPage(page->metaObject()->className(), page);
        m_watcher = std::make_unique<ChangeWatcher>(db(), 60'000);
        QObject::connect(m_watcher.get(), &ChangeWatcher::changed, &m_window,
                         &MainWindow::reloadPages);
    }

    // Looks for the other desk's change as the watcher's timer would, until it is heard.
    bool heard()
    {
        QSignalSpy spy(m_watcher.get(), &ChangeWatcher::changed);
        for (int i = 0; i < 100 && spy.isEmpty(); ++i) {
            m_watcher->check();
            QTest::qWait(50);
        }
        return !spy.isEmpty();
    }

    qint64 addMeeting(Database& desk, QDate day, const QString& title)
    {
        Meeting meeting;
        meeting.date = day;
        meeting.kind = MeetingKind::Board;
        meeting.title = title;
        auto id = MeetingRepository(desk).add(meeting);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id ? *id : 0;
    }

    std::unique_ptr<Database> m_other; // desk B
    MainWindow m_window;
    BoardView* m_board = nullptr;
    MembersView* m_members = nullptr;
    ExpertsView* m_experts = nullptr;
    FinancesView* m_finances = nullptr;
    std::unique_ptr<ChangeWatcher> m_watcher;
};

} // namespace

TEST_F(LiveReloadTest, TheBoardShowsAMeetingAnotherDeskAddedAndKeepsTheChosenOne)
{
    const qint64 first = addMeeting(db(), QDate(2026, 11, 2), QStringLiteral("Première"));
    makeWindow();
    auto* list = m_board->findChild<QTableView*>(QStringLiteral("meetingsView"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(m_board->meetingModel()->rowCount(), 1);
    list->selectRow(0);
    ASSERT_EQ(m_board->selectedMeetingId(), first);

    addMeeting(*m_other, QDate(2026, 11, 16), QStringLiteral("Seconde"));
    ASSERT_TRUE(heard());
    EXPECT_EQ(m_board->meetingModel()->rowCount(), 2);
    EXPECT_EQ(m_board->selectedMeetingId(), first);
}

TEST_F(LiveReloadTest, MembersExpertsAndFinancesShowAnotherDesksRows)
{
    Organisation rucher;
    rucher.name = QStringLiteral("Coop Le Rucher");
    ASSERT_OK(OrganisationRepository(db()).add(rucher));
    makeWindow();
    const int organisations = m_members->model()->rowCount();
    const int experts = m_experts->model()->rowCount();
    // Desk A is typing a new expert: the form keeps it through the reload.
    auto* name = m_experts->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    ASSERT_NE(name, nullptr);
    name->setText(QStringLiteral("Nouvelle experte"));

    Organisation fjord;
    fjord.name = QStringLiteral("Coop du Fjord");
    ASSERT_OK(OrganisationRepository(*m_other).add(fjord));
    Expert expert;
    expert.name = QStringLiteral("Maxime Tremblay");
    expert.started = QDate(2020, 1, 6);
    ASSERT_OK(ExpertRepository(*m_other).add(expert));
    FinanceLine line;
    line.fiscalYear = m_finances->model()->fiscalYear();
    line.scenario = Scenario::Actual;
    line.kind = FinanceKind::Expense;
    line.label = QStringLiteral("Loyer");
    line.amountCents = 50'000;
    const int lines = m_finances->model()->rowCount();
    ASSERT_OK(FinanceRepository(*m_other).add(line));

    ASSERT_TRUE(heard());
    EXPECT_EQ(m_members->model()->rowCount(), organisations + 1);
    EXPECT_EQ(m_experts->model()->rowCount(), experts + 1);
    EXPECT_EQ(name->text(), QStringLiteral("Nouvelle experte"));
    EXPECT_EQ(m_finances->model()->rowCount(), lines + 1);
    ASSERT_TRUE(m_finances->model()->totals(Scenario::Actual).expenses().has_value());
    EXPECT_EQ(*m_finances->model()->totals(Scenario::Actual).expenses(), 50'000);
}
