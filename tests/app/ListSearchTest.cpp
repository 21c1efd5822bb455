// Issue 12: every list page can be searched by typing. The Experts list (119 people in the
// demo) and the Board's meetings have a search box that Ctrl+F reaches; the rows whose text
// does not hold every word typed (accents and case ignored) are hidden.

#include "BoardView.h"
#include "Database.h"
#include "DemoData.h"
#include "ExpertsView.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "WindowLauncher.h"

#include <QApplication>
#include <QLineEdit>
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

} // namespace
