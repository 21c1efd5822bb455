// The window's frame: pages reached from the list or by Ctrl+number, undo and redo wired to
// the Edit menu, and the last page remembered between sessions.

#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class Counter : public QUndoCommand
{
public:
    explicit Counter(int& value) : m_value(value) { setText(QStringLiteral("count")); }
    void redo() override { ++m_value; }
    void undo() override { --m_value; }

private:
    int& m_value;
};

QAction* actionNamed(MainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(u'&').startsWith(text))
            return action;
    }
    return nullptr;
}

} // namespace

TEST(MainWindow, PagesAreReachedFromTheListAndByControlAndANumber)
{
    MainWindow window;
    window.addPage(QStringLiteral("Overview"), new QLabel(QStringLiteral("one")));
    window.addPage(QStringLiteral("Hours"), new QLabel(QStringLiteral("two")));
    window.addPage(QStringLiteral("Board"), new QLabel(QStringLiteral("three")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.currentPage(), 0);

    auto* list = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_TRUE(list);
    list->setCurrentRow(2);
    EXPECT_EQ(window.currentPage(), 2);

    QAction* hours = actionNamed(window, QStringLiteral("Hours"));
    ASSERT_TRUE(hours);
    EXPECT_EQ(hours->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    hours->trigger();
    EXPECT_EQ(window.currentPage(), 1);
    EXPECT_EQ(list->currentRow(), 1);
}

TEST(MainWindow, UndoAndRedoFollowTheStack)
{
    MainWindow window;
    QUndoStack stack;
    window.setUndoStack(&stack);
    int value = 0;
    stack.push(new Counter(value));
    ASSERT_EQ(value, 1);
    QAction* undo = actionNamed(window, QStringLiteral("Undo"));
    QAction* redo = actionNamed(window, QStringLiteral("Redo"));
    ASSERT_TRUE(undo && redo);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    undo->trigger();
    EXPECT_EQ(value, 0);
    redo->trigger();
    EXPECT_EQ(value, 1);
}

TEST(MainWindow, RemembersTheLastPageShown)
{
    QSettings().remove(QStringLiteral("window"));
    {
        MainWindow window;
        window.addPage(QStringLiteral("Overview"), new QLabel);
        window.addPage(QStringLiteral("Hours"), new QLabel);
        window.restoreSettings();
        EXPECT_EQ(window.currentPage(), 0);
        window.showPage(1);
        window.close();
    }
    MainWindow again;
    again.addPage(QStringLiteral("Overview"), new QLabel);
    again.addPage(QStringLiteral("Hours"), new QLabel);
    again.restoreSettings();
    EXPECT_EQ(again.currentPage(), 1);
    QSettings().remove(QStringLiteral("window"));
}
