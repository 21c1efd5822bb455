// The window on a database: every page built, a backup copy from the File menu, and the list
// of recent databases.

#include "WindowLauncher.h"
#include "Database.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PrivateSettings.h"
#include "ReportsView.h"
#include "SettingsRepository.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class WindowLauncherTest : public ::testing::Test
{
protected:
    test::PrivateSettings m_settings{QStringLiteral("launcher")};
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(WindowLauncherTest, OpensEveryPageAndBacksTheDatabaseUp)
{
    const QString path = m_dir.filePath(QStringLiteral("bilan.sqlite"));
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(path));
    auto* pages = launcher.window()->findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_TRUE(pages);
    EXPECT_EQ(pages->count(), 11); // Engagement and History past the ninth: View menu only

    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(launcher.backUp(copy).ok());
    EXPECT_TRUE(
        launcher.window()->statusBar()->currentMessage().contains(QStringLiteral("backed up")));
    auto reopened = Database::open(copy);
    ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();

    // A copy never overwrites a file; the reason is shown.
    EXPECT_FALSE(launcher.backUp(copy).ok());
    EXPECT_TRUE(launcher.window()->statusBar()->currentMessage().contains(
        QStringLiteral("already exists")));
}

// Issue 12, defect 6: typing at launch went to the page list and switched pages.
TEST_F(WindowLauncherTest, TheWindowOpensWithTheFocusInTheHoursEntryRow)
{
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(m_dir.filePath(QStringLiteral("bilan.sqlite"))));
    MainWindow* window = launcher.window();
    ASSERT_EQ(window->currentPage(), 0);
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    ASSERT_NE(window->focusWidget(), nullptr);
    EXPECT_EQ(window->focusWidget()->objectName(), QStringLiteral("dateEdit"));
    QTest::keyClicks(window->focusWidget(), QStringLiteral("Ferme"));
    EXPECT_EQ(window->currentPage(), 0);
}

TEST_F(WindowLauncherTest, RemembersRecentDatabasesMostRecentFirstWithoutRepeats)
{
    QStringList recent;
    for (int i = 0; i < 10; ++i)
        recent =
            WindowLauncher::rememberDatabase(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(i)));
    ASSERT_EQ(recent.size(), 8);
    EXPECT_TRUE(recent.first().endsWith(QStringLiteral("db9.sqlite")));
    recent = WindowLauncher::rememberDatabase(m_dir.filePath(QStringLiteral("db5.sqlite")));
    EXPECT_TRUE(recent.first().endsWith(QStringLiteral("db5.sqlite")));
    EXPECT_EQ(
        recent.count(QFileInfo(m_dir.filePath(QStringLiteral("db5.sqlite"))).absoluteFilePath()),
        1);
}

TEST_F(WindowLauncherTest, ARecentDatabaseIsOfferedInTheFileMenu)
{
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::openDatabaseRequested);
    window.setRecentDatabases({QStringLiteral("/data/a.sqlite"), QStringLiteral("/data/b.sqlite")});
    QAction* second = nullptr;
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        for (QAction* action : menu->actions()) {
            if (action->text() == QStringLiteral("/data/b.sqlite"))
                second = action;
        }
    }
    ASSERT_TRUE(second);
    second->trigger();
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), QStringLiteral("/data/b.sqlite"));
}

TEST_F(WindowLauncherTest, ANewDatabaseIsCreatedEmptyButNeverOverAnExistingFile)
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    ASSERT_TRUE(WindowLauncher::createDatabase(path).ok());
    auto created = Database::open(path);
    ASSERT_TRUE(created.ok()) << created.message().toStdString();
    created->reset();

    QFile other(m_dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("keep me");
    other.close();
    const Status refused = WindowLauncher::createDatabase(other.fileName());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("already exists")));
    ASSERT_TRUE(other.open(QIODevice::ReadOnly));
    EXPECT_EQ(other.readAll(), QByteArray("keep me"));
}

TEST_F(WindowLauncherTest, SwitchingTheLanguageRebuildsTheWindowOnTheSamePage)
{
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(m_dir.filePath(QStringLiteral("bilan.sqlite"))));
    launcher.window()->showPage(2);
    MainWindow* before = launcher.window();

    launcher.switchLanguage(QStringLiteral("fr"));
    MainWindow* after = launcher.window();
    EXPECT_NE(after, before);
    EXPECT_EQ(after->currentPage(), 2);
    auto* pages = after->findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_TRUE(pages);
    EXPECT_EQ(pages->item(0)->text(), QStringLiteral("Heures"));
    EXPECT_EQ(QLocale().language(), QLocale::French);

    launcher.switchLanguage(QStringLiteral("en"));
    pages = launcher.window()->findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_TRUE(pages);
    EXPECT_EQ(pages->item(0)->text(), QStringLiteral("Hours"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST_F(WindowLauncherTest, UnsavedReportTextsAreAskedAboutBeforeTheWindowIsRebuilt)
{
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(m_dir.filePath(QStringLiteral("bilan.sqlite"))));
    MainWindow* before = launcher.window();
    auto* reports = before->findChild<ReportsView*>();
    ASSERT_TRUE(reports);
    auto* text = reports->findChild<QPlainTextEdit*>();
    ASSERT_TRUE(text);
    QTest::keyClicks(text, QStringLiteral("Mot de la presidence"));
    ASSERT_TRUE(reports->textsModified());

    int asked = 0;
    const QLocale::Language language = QLocale().language();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(launcher.rebuildWindow());
    asked += MessageBox::hasNextAnswer() ? 0 : 1;
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    launcher.switchLanguage(QStringLiteral("fr"));
    asked += MessageBox::hasNextAnswer() ? 0 : 1;
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(launcher.window(), before);
    EXPECT_EQ(QLocale().language(), language);
    EXPECT_TRUE(reports->textsModified());

    MessageBox::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(launcher.rebuildWindow());
    EXPECT_FALSE(MessageBox::hasNextAnswer());
    EXPECT_NE(launcher.window(), before);
}
