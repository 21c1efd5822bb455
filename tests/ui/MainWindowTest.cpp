// The window's frame: pages reached from the list or by Ctrl+number, undo and redo wired to
// the Edit menu, and the last page remembered between sessions.

#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
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
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        EXPECT_TRUE(redo->shortcuts().contains(key)) << key.toString().toStdString();
    undo->trigger();
    EXPECT_EQ(value, 0);
    redo->trigger();
    EXPECT_EQ(value, 1);
}

// Issue 12, defect 7: a problem stayed in the status bar after later successes; a note stays.
TEST(MainWindow, AChangeThatGoesThroughEndsTheProblemShownButNotANote)
{
    MainWindow window;
    QUndoStack stack;
    window.setUndoStack(&stack);
    int value = 0;
    window.showProblem(QStringLiteral("The entry could not be saved."));
    ASSERT_FALSE(window.statusBar()->currentMessage().isEmpty());
    stack.push(new Counter(value));
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty());

    window.showNote(QStringLiteral("Hours only"));
    stack.undo();
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Hours only"));
}

// On X11 the platform's only Redo key is Ctrl+Shift+Z: adding it again bound it twice
// ("Ambiguous shortcut overload") and the key did nothing.
TEST(MainWindow, RedoKeysAreEachBoundOnce)
{
    const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    EXPECT_EQ(MainWindow::redoKeys({shiftZ}), QList<QKeySequence>{shiftZ});
    EXPECT_EQ(MainWindow::redoKeys({ctrlY}), (QList<QKeySequence>{ctrlY, shiftZ}));
    EXPECT_EQ(MainWindow::redoKeys({ctrlY, shiftZ}), (QList<QKeySequence>{ctrlY, shiftZ}));
}

// The keys themselves, typed into the window, undo and redo.
TEST(MainWindow, TheUndoAndRedoKeysWork)
{
    MainWindow window;
    QUndoStack stack;
    window.setUndoStack(&stack);
    window.addPage(QStringLiteral("Overview"), new QLabel);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    int value = 0;
    stack.push(new Counter(value));
    QAction* redo = actionNamed(window, QStringLiteral("Redo"));
    ASSERT_TRUE(redo);
    const QList<QKeySequence> keys = redo->shortcuts();
    EXPECT_EQ(QSet<QKeySequence>(keys.cbegin(), keys.cend()).size(), keys.size())
        << "a key bound twice is ambiguous";
    for (const QKeySequence& key : keys) {
        QTest::keySequence(&window, QKeySequence::Undo);
        ASSERT_EQ(value, 0);
        QTest::keySequence(&window, key);
        EXPECT_EQ(value, 1) << key.toString().toStdString();
    }
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

// Issue 12, defect 4: Edit ▸ Undo on the Finances page silently deleted an hour entry made on
// the Hours page. A page's stack is undone only while that page is shown (QUndoGroup).
TEST(MainWindow, UndoOnlyUndoesTheEditsOfThePageShown)
{
    MainWindow window;
    auto* hours = new QLabel(QStringLiteral("hours"));
    window.addPage(QStringLiteral("Hours"), hours);
    window.addPage(QStringLiteral("Finances"), new QLabel(QStringLiteral("finances")));
    QUndoStack stack;
    window.setUndoStack(&stack, hours);
    int value = 0;
    stack.push(new Counter(value));
    QAction* undo = actionNamed(window, QStringLiteral("Undo"));
    ASSERT_TRUE(undo);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("count")));

    window.showPage(1);
    EXPECT_FALSE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(value, 1) << "the Hours page's edit was undone from the Finances page";

    window.showPage(0);
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(value, 0);
}
