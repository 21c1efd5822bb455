// Issue 12: every list page can be searched by typing. The Experts list (119 people in the
// demo), the Board's meetings and mandates, the Finances lines and the Development page's
// activities have a search box that Ctrl+F reaches; the rows whose text does not hold every word
// typed (accents and case ignored) are hidden. (The Hours list has its own filters: period,
// expert and typed organisation.)

#include "BoardView.h"
#include "Database.h"
#include "DemoData.h"
#include "DevelopmentView.h"
#include "ExpertsView.h"
#include "FinancesView.h"
#include "MainWindow.h"
#include "MandatesPanel.h"
#include "Parsing.h"
#include "PrivateSettings.h"
#include "WindowLauncher.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class ListSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto demo = Database::open(path);
            ASSERT_TRUE(demo.ok());
            ASSERT_TRUE(DemoData::create(**demo).ok());
        }
        ASSERT_TRUE(m_launcher.open(path));
        m_launcher.window()->show();
        m_launcher.window()->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_launcher.window()));
    }

    int shownRows(const QTableView* view)
    {
        int shown = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            shown += view->isRowHidden(row) ? 0 : 1;
        return shown;
    }

    // Ctrl+F on the page, then the words typed.
    QLineEdit* search(QWidget* page, const QString& words)
    {
        QTest::keyClick(page->window(), Qt::Key_F, Qt::ControlModifier);
        auto* box = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        if (!box || box->placeholderText().isEmpty())
            return nullptr;
        QTest::keyClicks(box, words);
        return box;
    }

    // On the page shown, a word of row `row` (column `column`) typed in capitals and without
    // its accents through Ctrl+F shows that row and hides some others; clearing shows all.
    void expectFoundByTyping(QWidget* page, QTableView* view, int row, int column)
    {
        ASSERT_TRUE(view);
        ASSERT_TRUE(view->isVisible());
        const int all = shownRows(view);
        ASSERT_GE(all, 2);
        const QString cell = view->model()->index(row, column).data().toString();
        QStringList words = cell.split(u' ', Qt::SkipEmptyParts);
        ASSERT_FALSE(words.isEmpty());
        std::sort(words.begin(), words.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        // The longest word, its accents dropped and in capitals: "Fédération" as "FEDERATION".
        const QString typed = Parsing::searchKey(words.first()).toUpper();
        QLineEdit* box = search(page, typed);
        ASSERT_TRUE(box) << "Ctrl+F does not reach a search box";
        EXPECT_FALSE(view->isRowHidden(row)) << cell.toStdString();
        QTest::keyClicks(box, QStringLiteral(" zzzqqq"));
        EXPECT_EQ(shownRows(view), 0) << "a word found nowhere hides every row";
        box->clear();
        EXPECT_EQ(shownRows(view), all);
        QTest::keyClicks(box, typed);
        const int shown = shownRows(view);
        EXPECT_GE(shown, 1);
        for (int other = 0; other < view->model()->rowCount(); ++other) {
            if (view->isRowHidden(other))
                continue;
            QString text;
            for (int c = 0; c < view->model()->columnCount(); ++c)
                text += view->model()->index(other, c).data().toString() + u' ';
            EXPECT_TRUE(Parsing::searchKey(text).contains(Parsing::searchKey(typed)))
                << text.toStdString();
        }
        box->clear();
    }

    test::PrivateSettings m_settings{QStringLiteral("search")};
    QTemporaryDir m_dir;
    WindowLauncher m_launcher;
};

TEST_F(ListSearchTest, TheExpertsAreFoundByTyping)
{
    MainWindow* window = m_launcher.window();
    auto* experts = window->findChild<ExpertsView*>();
    ASSERT_TRUE(experts);
    window->showPage(3);
    ASSERT_TRUE(experts->isVisible());
    auto* view = experts->findChild<QTableView*>(QStringLiteral("expertsView"));
    const int all = shownRows(view);
    ASSERT_GE(all, 100);
    const QString name = view->model()->index(5, 0).data().toString();
    const QString family = name.section(u' ', -1);
    QLineEdit* box = search(experts, family.toUpper());
    ASSERT_TRUE(box) << "Ctrl+F does not reach a search box";
    const int shown = shownRows(view);
    EXPECT_GE(shown, 1);
    EXPECT_LT(shown, all);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == name) {
            EXPECT_FALSE(view->isRowHidden(row)) << name.toStdString();
        }
    }
    box->clear();
    EXPECT_EQ(shownRows(view), all);
}

TEST_F(ListSearchTest, TheMeetingsAreFoundByTyping)
{
    MainWindow* window = m_launcher.window();
    auto* board = window->findChild<BoardView*>();
    ASSERT_TRUE(board);
    window->showPage(1);
    auto* view = board->findChild<QTableView*>(QStringLiteral("meetingsView"));
    const int all = shownRows(view);
    ASSERT_GE(all, 2);
    const QString date = view->model()->index(0, 0).data().toString();
    ASSERT_TRUE(search(board, date)) << "Ctrl+F does not reach a search box";
    EXPECT_EQ(shownRows(view), 1) << date.toStdString();
}

TEST_F(ListSearchTest, TheFinanceLinesAreFoundByTyping)
{
    MainWindow* window = m_launcher.window();
    auto* finances = window->findChild<FinancesView*>();
    ASSERT_TRUE(finances);
    window->showPage(window->pageIndex(finances));
    auto* view = finances->findChild<QTableView*>(QStringLiteral("linesView"));
    ASSERT_TRUE(view);
    ASSERT_GE(view->model()->rowCount(), 2);
    expectFoundByTyping(finances, view, view->model()->rowCount() - 1, 2);
}

TEST_F(ListSearchTest, TheMandatesAreFoundByTyping)
{
    MainWindow* window = m_launcher.window();
    auto* board = window->findChild<BoardView*>();
    ASSERT_TRUE(board);
    window->showPage(window->pageIndex(board));
    auto* tabs = board->findChild<QTabWidget*>();
    ASSERT_TRUE(tabs);
    MandatesPanel* mandates = board->mandatesPanel();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (tabs->widget(tab)->isAncestorOf(mandates) || tabs->widget(tab) == mandates)
            tabs->setCurrentIndex(tab);
    }
    auto* view = mandates->findChild<QTableView*>(QStringLiteral("mandatesView"));
    // The organisation a director represents ("Fédération des coopératives…").
    expectFoundByTyping(mandates, view, 0, 1);
}

TEST_F(ListSearchTest, TheActivitiesAreFoundByTyping)
{
    MainWindow* window = m_launcher.window();
    auto* development = window->findChild<DevelopmentView*>();
    ASSERT_TRUE(development);
    window->showPage(window->pageIndex(development));
    auto* view = development->findChild<QTableView*>(QStringLiteral("activitiesTable"));
    ASSERT_TRUE(view);
    // A year of the demo with several activities.
    auto* years = development->findChild<QComboBox*>(QStringLiteral("yearCombo"));
    ASSERT_TRUE(years);
    for (int year = 0; year < years->count() && view->model()->rowCount() < 3; ++year)
        years->setCurrentIndex(year);
    ASSERT_GE(view->model()->rowCount(), 3);
    // The title of the last one.
    expectFoundByTyping(development, view, view->model()->rowCount() - 1, 3);
}

} // namespace
