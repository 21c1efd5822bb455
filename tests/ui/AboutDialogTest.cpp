// Help ▸ About Bilan: the version, the licence, the database of the window (a file, or a login
// on a server, never a password) and the log file.

#include "AboutDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class AboutDialogTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        AboutDialog::setLogFile(m_log);
        QCoreApplication::setApplicationVersion(m_version);
    }

    QString m_log = AboutDialog::logFile();
    QString m_version = QCoreApplication::applicationVersion();
};

// The text of the About dialog Help ▸ About Bilan opens on `window`, closed at once.
QString aboutShownBy(MainWindow& window)
{
    QAction* about = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&Help") || !menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions())
            if (action->text() == QStringLiteral("&About Bilan"))
                about = action;
    }
    if (!about)
        return QStringLiteral("no Help ▸ About Bilan");
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget())) {
            shown = dialog->text();
            dialog->reject();
        }
    });
    about->trigger();
    return shown;
}

TEST_F(AboutDialogTest, ShowsTheVersionLicenceDatabaseAndLog)
{
    const AboutDialog dialog({QStringLiteral("1.2.3"), QStringLiteral("/home/ana/coop.sqlite"),
                              QStringLiteral("/home/ana/.local/share/bilan/bilan.log")});
    const QString text = dialog.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Version: 1.2.3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Database: /home/ana/coop.sqlite")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Log file: /home/ana/.local/share/bilan/bilan.log")))
        << text.toStdString();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("About Bilan"));
}

TEST_F(AboutDialogTest, SaysWhenThereIsNoLogFile)
{
    const AboutDialog dialog({QStringLiteral("1.2.3"), QStringLiteral("/tmp/a.sqlite"), {}});
    EXPECT_TRUE(
        dialog.text().contains(QStringLiteral("Log file: none (the log could not be opened)")))
        << dialog.text().toStdString();
}

TEST_F(AboutDialogTest, APathIsShownAsTextNeverAsMarkup)
{
    const AboutDialog dialog(
        {QStringLiteral("1.2.3"), QStringLiteral("/tmp/<b>bold</b>.sqlite"), QStringLiteral("/l")});
    EXPECT_TRUE(dialog.text().contains(QStringLiteral("Database: /tmp/<b>bold</b>.sqlite")));
}

TEST_F(AboutDialogTest, HelpMenuShowsTheWindowsFileAndTheLog)
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    AboutDialog::setLogFile(QStringLiteral("/var/tmp/bilan.log"));
    MainWindow window;
    window.setDatabasePath(QStringLiteral("/srv/coop/bilan.sqlite"));
    const QString text = aboutShownBy(window);
    EXPECT_TRUE(text.contains(QStringLiteral("Version: 9.8.7"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Database: /srv/coop/bilan.sqlite")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Log file: /var/tmp/bilan.log")))
        << text.toStdString();
}

TEST_F(AboutDialogTest, AServerIsNamedByItsLoginAndAddress)
{
    MainWindow window;
    window.setDatabasePath(QStringLiteral("postgresql://db.coop.example/bilan"),
                           QStringLiteral("marie"));
    EXPECT_EQ(window.aboutDetails().database,
              QStringLiteral("marie on postgresql://db.coop.example/bilan"));
    const QString text = aboutShownBy(window);
    EXPECT_TRUE(
        text.contains(QStringLiteral("Database: marie on postgresql://db.coop.example/bilan")))
        << text.toStdString();
}

} // namespace
