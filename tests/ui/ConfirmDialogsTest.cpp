// The questions the window asks before it destroys something, clicked through with the test
// hooks of MessageBox and FileDialog: deleting a meeting, removing a finance line, leaving
// unsaved texts, writing over an existing file. Each answer that says no leaves everything as
// it was.

#include "BoardView.h"
#include "ExportDialog.h"
#include "FileDialog.h"
#include "FinanceRepository.h"
#include "FinanceYearModel.h"
#include "FinancesView.h"
#include "MainWindow.h"
#include "MeetingListModel.h"
#include "MeetingRepository.h"
#include "MessageBox.h"
#include "PrivateSettings.h"
#include "ReportTextRepository.h"
#include "ReportsView.h"
#include "TestDatabase.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class ConfirmDialogsTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override { ASSERT_TRUE(m_files.isValid()); }

    void TearDown() override
    {
        // A hook left set would answer a later test's question.
        EXPECT_FALSE(MessageBox::hasNextAnswer());
        EXPECT_FALSE(FileDialog::hasNextFileName());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        FileDialog::clearNextFileName();
    }

    // `answer` given to the question `click` asks; fails the test when none is asked.
    template <typename Click> void answer(MessageBox::Button answer, Click click)
    {
        MessageBox::setNextAnswer(answer);
        click();
        EXPECT_FALSE(MessageBox::hasNextAnswer()) << "no question was asked";
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    QString oldFile(const QString& name)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("old content\n");
        return path;
    }

    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        auto* found = parent.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    QTemporaryDir m_files;
};

TEST_F(ConfirmDialogsTest, DeletingAMeetingAsksAndOnlyYesDeletes)
{
    Meeting meeting;
    meeting.date = QDate(2025, 6, 10);
    meeting.kind = MeetingKind::Board;
    meeting.title = QStringLiteral("June meeting");
    auto id = MeetingRepository(db()).add(meeting);
    ASSERT_OK(id);

    BoardView view(db());
    ASSERT_OK(view.setYear(FiscalYear(2025)));
    auto* list = child<QTableView>(view, "meetingsView");
    auto* button = child<QPushButton>(view, "deleteMeetingButton");
    ASSERT_TRUE(list && button);
    list->selectRow(view.meetingModel()->rowOf(*id));
    ASSERT_TRUE(button->isEnabled());

    for (const auto no : {QMessageBox::Cancel, QMessageBox::No}) {
        answer(no, [&] { button->click(); });
        EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("June meeting")))
            << MessageBox::lastText().toStdString();
        EXPECT_OK(MeetingRepository(db()).get(*id));
        EXPECT_EQ(view.meetingModel()->rowCount(), 1);
    }

    answer(QMessageBox::Yes, [&] { button->click(); });
    EXPECT_FALSE(MeetingRepository(db()).get(*id).ok());
    EXPECT_EQ(view.meetingModel()->rowCount(), 0);
}

TEST_F(ConfirmDialogsTest, RemovingAFinanceLineAsksAndOnlyYesRemoves)
{
    FinanceLine line;
    line.fiscalYear = 2019;
    line.scenario = Scenario::Actual;
    line.kind = FinanceKind::Expense;
    line.label = QStringLiteral("Rent");
    line.amountCents = 120'000;
    ASSERT_OK(FinanceRepository(db()).add(line));

    FinancesView view(db(), nullptr, &m_test.clock());
    ASSERT_OK(view.setFiscalYear(2019));
    ASSERT_EQ(view.model()->rowCount(), 1);
    auto* table = child<QTableView>(view, "linesView");
    auto* button = child<QPushButton>(view, "removeButton");
    ASSERT_TRUE(table && button);
    table->setCurrentIndex(view.model()->index(0, 0));

    answer(QMessageBox::Cancel, [&] { button->click(); });
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Rent")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(view.model()->rowCount(), 1);
    auto kept = FinanceRepository(db()).all();
    ASSERT_OK(kept);
    EXPECT_EQ(kept->size(), 1);

    answer(QMessageBox::Yes, [&] { button->click(); });
    EXPECT_EQ(view.model()->rowCount(), 0);
    auto removed = FinanceRepository(db()).all();
    ASSERT_OK(removed);
    EXPECT_TRUE(removed->isEmpty());
}

TEST_F(ConfirmDialogsTest, ClosingTheWindowOverUnsavedTextsAsksAndCancelStays)
{
    const test::PrivateSettings settings(QStringLiteral("confirm"));
    MainWindow window;
    auto* reports = new ReportsView(db());
    reports->setFiscalYear(2019);
    window.addPage(QStringLiteral("Overview"), new QWidget);
    window.addPage(QStringLiteral("Reports"), reports);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* president = child<QPlainTextEdit>(*reports, "presidentEdit");
    ASSERT_TRUE(president);
    QTest::keyClicks(president, QStringLiteral("Le mot du president"));
    ASSERT_TRUE(reports->textsModified());

    answer(QMessageBox::Cancel, [&] { EXPECT_FALSE(window.close()); });
    EXPECT_TRUE(window.isVisible());
    // The window shows the page that holds the unsaved work.
    EXPECT_EQ(window.currentPage(), 1);
    EXPECT_EQ(president->toPlainText(), QStringLiteral("Le mot du president"));
    EXPECT_TRUE(reports->textsModified());

    answer(QMessageBox::Discard, [&] { EXPECT_TRUE(window.close()); });
    EXPECT_FALSE(window.isVisible());
    auto saved = ReportTextRepository(db()).get(2019, reports->textLanguage());
    ASSERT_OK(saved);
    EXPECT_TRUE(saved->president.isEmpty());
}

TEST_F(ConfirmDialogsTest, ClosingTheWindowWithoutEditsAsksNothing)
{
    const test::PrivateSettings settings(QStringLiteral("confirm"));
    MainWindow window;
    window.addPage(QStringLiteral("Reports"), new ReportsView(db()));
    window.show();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_TRUE(window.close());
    EXPECT_TRUE(MessageBox::hasNextAnswer());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

TEST_F(ConfirmDialogsTest, ExportingOverAnExistingFileAsksAndNoLeavesItUntouched)
{
    const QString existing = oldFile(QStringLiteral("organisations.csv"));
    ExportDialog dialog(db());
    auto* exportButton = child<QPushButton>(dialog, "exportButton");
    ASSERT_TRUE(exportButton);
    dialog.setFilePath(existing);

    answer(QMessageBox::Cancel, [&] { exportButton->click(); });
    EXPECT_EQ(contents(existing), QByteArray("old content\n"));

    answer(QMessageBox::Yes, [&] { exportButton->click(); });
    EXPECT_TRUE(contents(existing).contains("name,kind")) << contents(existing).toStdString();
}

TEST_F(ConfirmDialogsTest, BrowsingToAnExistingFileAsksBeforeChoosingIt)
{
    const QString existing = oldFile(QStringLiteral("organisations.csv"));
    ExportDialog dialog(db());
    auto* browse = child<QPushButton>(dialog, "browseButton");
    ASSERT_TRUE(browse);

    FileDialog::setNextFileName(existing);
    answer(QMessageBox::No, [&] { browse->click(); });
    EXPECT_TRUE(dialog.filePath().isEmpty());

    // Chosen once the replacement is agreed to, and then not asked again on export.
    FileDialog::setNextFileName(existing);
    answer(QMessageBox::Yes, [&] { browse->click(); });
    EXPECT_EQ(dialog.filePath(), existing);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    child<QPushButton>(dialog, "exportButton")->click();
    EXPECT_TRUE(MessageBox::hasNextAnswer());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    EXPECT_TRUE(contents(existing).contains("name,kind")) << contents(existing).toStdString();
}

TEST_F(ConfirmDialogsTest, ThePdfReportOverAnExistingFileAsksAndNoLeavesItUntouched)
{
    // Named without its suffix: the question is about the file really written, report.pdf.
    const QString existing = oldFile(QStringLiteral("report.pdf"));
    ReportsView view(db());
    view.setFiscalYear(2019);
    // The Export button's menu: PDF… or OpenDocument text.
    auto* exportPdf = view.findChild<QAction*>(QStringLiteral("exportPdfAction"));
    ASSERT_TRUE(exportPdf);

    FileDialog::setNextFileName(m_files.filePath(QStringLiteral("report")));
    answer(QMessageBox::No, [&] { exportPdf->trigger(); });
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("report.pdf")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(contents(existing), QByteArray("old content\n"));
    EXPECT_FALSE(QFile::exists(m_files.filePath(QStringLiteral("report"))));

    FileDialog::setNextFileName(existing);
    answer(QMessageBox::Yes, [&] { exportPdf->trigger(); });
    EXPECT_TRUE(contents(existing).startsWith("%PDF")) << view.lastError().toStdString();
}

TEST_F(ConfirmDialogsTest, TheOdtReportOverAnExistingFileAsksAndNoLeavesItUntouched)
{
    const QString existing = oldFile(QStringLiteral("report.odt"));
    ReportsView view(db());
    view.setFiscalYear(2019);
    auto* exportOdt = view.findChild<QAction*>(QStringLiteral("exportOdtAction"));
    ASSERT_TRUE(exportOdt);

    FileDialog::setNextFileName(m_files.filePath(QStringLiteral("report")));
    answer(QMessageBox::No, [&] { exportOdt->trigger(); });
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("report.odt")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(contents(existing), QByteArray("old content\n"));

    FileDialog::setNextFileName(existing);
    answer(QMessageBox::Yes, [&] { exportOdt->trigger(); });
    // A zip: the OpenDocument package.
    EXPECT_TRUE(contents(existing).startsWith("PK")) << view.lastError().toStdString();
}

TEST_F(ConfirmDialogsTest, ACancelledFileDialogWritesNothing)
{
    ReportsView view(db());
    FileDialog::setNextFileName(QString());
    view.findChild<QAction*>(QStringLiteral("exportPdfAction"))->trigger();
    EXPECT_FALSE(FileDialog::hasNextFileName());
    EXPECT_TRUE(view.lastError().isEmpty());
    EXPECT_TRUE(QDir(m_files.path()).isEmpty());
}

} // namespace
