// The window's file menu and start-up through the dialog hooks: the file asked for comes from
// FileDialog, the errors shown in a box come through MessageBox, so no test waits on a modal
// dialog.

#include "WindowLauncher.h"

#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PrivateSettings.h"

#include <QAction>
#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class WindowLauncherDialogsTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        EXPECT_FALSE(MessageBox::hasNextAnswer());
        EXPECT_FALSE(FileDialog::hasNextFileName());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        FileDialog::clearNextFileName();
    }

    QAction* action(const QString& text) const
    {
        for (QAction* candidate : m_launcher.window()->findChildren<QAction*>()) {
            if (candidate->text().remove(u'&').startsWith(text))
                return candidate;
        }
        ADD_FAILURE() << text.toStdString();
        return nullptr;
    }

    test::PrivateSettings m_settings{QStringLiteral("launcher-dialogs")};
    QTemporaryDir m_dir;
    WindowLauncher m_launcher;
};

TEST_F(WindowLauncherDialogsTest, AFileThatIsNoDatabaseIsSaidInABox)
{
    const QString junk = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("these are notes, not a database\n");
    file.close();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(m_launcher.open(junk));
    EXPECT_FALSE(MessageBox::hasNextAnswer()) << "the error was not shown";
    EXPECT_TRUE(
        MessageBox::lastText().startsWith(QStringLiteral("The database could not be opened")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(m_launcher.window(), nullptr);
}

TEST_F(WindowLauncherDialogsTest, BackUpWritesTheFileChosenAndNeverAsksToReplaceOne)
{
    ASSERT_TRUE(m_launcher.open(m_dir.filePath(QStringLiteral("bilan.sqlite"))));
    QAction* backup = action(QStringLiteral("Back Up Database"));
    ASSERT_TRUE(backup);

    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    FileDialog::setNextFileName(copy);
    backup->trigger();
    EXPECT_TRUE(QFile::exists(copy));

    // An existing file is refused, not replaced: there is nothing to ask.
    FileDialog::setNextFileName(copy);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    backup->trigger();
    EXPECT_TRUE(MessageBox::hasNextAnswer());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    EXPECT_TRUE(m_launcher.window()->statusBar()->currentMessage().contains(
        QStringLiteral("already exists")));
}

TEST_F(WindowLauncherDialogsTest, ANewDatabaseOverAnExistingFileIsRefusedInABox)
{
    ASSERT_TRUE(m_launcher.open(m_dir.filePath(QStringLiteral("bilan.sqlite"))));
    QAction* create = action(QStringLiteral("New Database"));
    ASSERT_TRUE(create);
    const QString existing = m_dir.filePath(QStringLiteral("keep.sqlite"));
    QFile file(existing);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("keep me\n");
    file.close();

    FileDialog::setNextFileName(existing);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    create->trigger();
    EXPECT_FALSE(MessageBox::hasNextAnswer()) << "the refusal was not shown";
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("already exists")))
        << MessageBox::lastText().toStdString();
    QFile kept(existing);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("keep me\n"));
}

} // namespace
