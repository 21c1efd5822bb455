// Issue 12, defect 8: the Overview page showed the counts read when the window was built, until
// it was built again. It reads them again each time it is shown.

#include "Database.h"
#include "DatabaseSummaryView.h"
#include "ExpertRepository.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "WindowLauncher.h"

#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class OverviewPageTest : public ::testing::Test
{
protected:
    test::PrivateSettings m_settings{QStringLiteral("overview")};
    QTemporaryDir m_dir;
};

// The count shown beside `what` on the Overview page.
QString countShown(const MainWindow* window, const QString& what)
{
    const auto* table = window->findChild<DatabaseSummaryView*>()->findChild<QTableWidget*>(
        QStringLiteral("summaryTable"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == what)
            return table->item(row, 1)->text();
    }
    return {};
}

int overviewPage(const MainWindow* window)
{
    return window->pageIndex(window->findChild<DatabaseSummaryView*>());
}

TEST_F(OverviewPageTest, ShowsTheCountsOfTheMomentEachTimeItIsShown)
{
    const QString path = m_dir.filePath(QStringLiteral("bilan.sqlite"));
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(path));
    MainWindow* window = launcher.window();
    window->show();
    window->showPage(overviewPage(window));
    EXPECT_EQ(countShown(window, QStringLiteral("Experts")), QStringLiteral("0"));
    window->showPage(0);

    // A write the window's own ChangeWatcher has had no time to see.
    auto other = Database::open(path);
    ASSERT_TRUE(other.ok()) << other.message().toStdString();
    Expert expert;
    expert.name = QStringLiteral("Maxime Tremblay");
    expert.started = QDate(2019, 4, 1);
    ASSERT_TRUE(ExpertRepository(**other).add(expert).ok());

    window->showPage(overviewPage(window));
    EXPECT_EQ(countShown(window, QStringLiteral("Experts")), QStringLiteral("1"));
}

TEST_F(OverviewPageTest, ReadsTheCountsAgainWhenAnotherDeskChangedTheDatabase)
{
    const QString path = m_dir.filePath(QStringLiteral("bilan.sqlite"));
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(path));
    MainWindow* window = launcher.window();
    window->show();
    window->showPage(overviewPage(window));
    auto other = Database::open(path);
    ASSERT_TRUE(other.ok());
    Expert expert;
    expert.name = QStringLiteral("Julie Gagnon");
    expert.started = QDate(2019, 4, 1);
    ASSERT_TRUE(ExpertRepository(**other).add(expert).ok());
    // The page stays shown: the reload of the pages reads the counts again.
    window->reloadPages();
    EXPECT_EQ(countShown(window, QStringLiteral("Experts")), QStringLiteral("1"));
}

} // namespace
