// The editable copy from the window (issue 13): File ▸ Export Report as OpenDocument and the
// Reports page's Export menu write the year's report as `bilan report --odt` does, suggest a
// name, and show a failure instead of swallowing it.

#include "WindowLauncher.h"

#include "DemoData.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "ReportsView.h"

#include "../report/OdtReading.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class ReportOdtWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            auto demo = Database::open(path);
            ASSERT_TRUE(demo.ok()) << demo.message().toStdString();
            ASSERT_TRUE(DemoData::create(**demo).ok());
        }
        ASSERT_TRUE(m_launcher.open(path));
        m_reports = m_launcher.window()->findChild<ReportsView*>();
        ASSERT_TRUE(m_reports);
        m_reports->setFiscalYear(2019);
    }

    void TearDown() override
    {
        EXPECT_FALSE(FileDialog::hasNextFileName());
        FileDialog::clearNextFileName();
    }

    QString contentOf(const QString& odt) const
    {
        const auto content = test::zipEntry(odt, QStringLiteral("content.xml"));
        EXPECT_TRUE(content) << "unzip could not read " << odt.toStdString();
        return content ? test::odtText(*content) : QString();
    }

    test::PrivateSettings m_settings{QStringLiteral("report-odt-window")};
    QTemporaryDir m_dir;
    WindowLauncher m_launcher;
    ReportsView* m_reports = nullptr;
};

TEST_F(ReportOdtWindowTest, TheFileMenuShowsTheReportsPageAndWritesTheChosenFile)
{
    MainWindow* window = m_launcher.window();
    auto* action = window->findChild<QAction*>(QStringLiteral("exportReportOdtAction"));
    ASSERT_TRUE(action);
    window->showPage(0);
    ASSERT_NE(window->currentPage(), window->pageIndex(m_reports));

    m_reports->setReportLanguage(QStringLiteral("en"));
    const QString odt = m_dir.filePath(QStringLiteral("for-the-assembly.odt"));
    FileDialog::setNextFileName(odt);
    action->trigger();
    EXPECT_EQ(window->currentPage(), window->pageIndex(m_reports));
    EXPECT_EQ(QFileInfo(FileDialog::lastSuggestedName()).fileName(),
              QStringLiteral("annual-report-2019-2020-en.odt"));
    ASSERT_TRUE(QFile::exists(odt)) << m_reports->lastError().toStdString();
    EXPECT_TRUE(m_reports->lastError().isEmpty());
    const QString text = contentOf(odt);
    EXPECT_TRUE(text.contains(QStringLiteral("Activity report 2019-2020"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("[picture]")));

    // A cancelled dialog writes nothing and shows no error.
    QFile::remove(odt);
    FileDialog::setNextFileName({});
    action->trigger();
    EXPECT_FALSE(QFile::exists(odt));
    EXPECT_TRUE(m_reports->lastError().isEmpty());
}

TEST_F(ReportOdtWindowTest, ThePagesExportMenuWritesEitherFileAndShowsAFailure)
{
    auto* button = m_reports->findChild<QPushButton*>(QStringLiteral("exportButton"));
    ASSERT_TRUE(button && button->menu());
    auto* pdf = m_reports->findChild<QAction*>(QStringLiteral("exportPdfAction"));
    auto* odt = m_reports->findChild<QAction*>(QStringLiteral("exportOdtAction"));
    ASSERT_TRUE(pdf && odt);
    EXPECT_TRUE(button->menu()->actions().contains(pdf));
    EXPECT_TRUE(button->menu()->actions().contains(odt));

    m_reports->setReportLanguage(QStringLiteral("fr"));
    const QString french = m_dir.filePath(QStringLiteral("rapport.odt"));
    FileDialog::setNextFileName(french);
    odt->trigger();
    ASSERT_TRUE(QFile::exists(french)) << m_reports->lastError().toStdString();
    EXPECT_TRUE(contentOf(french).contains(QStringLiteral("Rapport d'activités 2019-2020")));

    const QString printed = m_dir.filePath(QStringLiteral("rapport.pdf"));
    FileDialog::setNextFileName(printed);
    pdf->trigger();
    EXPECT_TRUE(QFile::exists(printed)) << m_reports->lastError().toStdString();

    const QString nowhere = QStringLiteral("/nonexistent-folder/x/rapport.odt");
    FileDialog::setNextFileName(nowhere);
    odt->trigger();
    EXPECT_TRUE(m_reports->lastError().contains(QStringLiteral("/nonexistent-folder/x")))
        << m_reports->lastError().toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));
    // The database is never written over, whatever the dialog says.
    EXPECT_FALSE(
        m_reports->exportOdt(m_dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("fr")));
    EXPECT_TRUE(m_reports->lastError().contains(QStringLiteral("database")))
        << m_reports->lastError().toStdString();
}

} // namespace
