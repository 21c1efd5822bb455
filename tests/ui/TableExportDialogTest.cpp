// A page's list exported (TableExportDialog): the file asked for with both formats, the chosen
// format's extension added, the question before replacing, the error in a message box, the rows
// counted in the status bar; and a view's list taken as the view shows it.

#include "TableExportDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class TableExportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings settings;
        settings.remove(QStringLiteral("export"));
        settings.setValue(QStringLiteral("export/lastFolder"), m_dir.path());
    }
    void TearDown() override
    {
        FileDialog::clearNextFileName();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QByteArray bytesOf(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static TableData list()
    {
        TableData table;
        table.sheetName = QStringLiteral("Engagements");
        table.columns = {{QStringLiteral("Expert"), TableColumn::Type::Text},
                         {QStringLiteral("Hours"), TableColumn::Type::Minutes}};
        table.rows = {{QStringLiteral("Alice"), qint64(90)},
                      {QStringLiteral("Bruno"), qint64(30)},
                      {QStringLiteral("=HYPERLINK()"), QVariant()}};
        return table;
    }

    QTemporaryDir m_dir;
    QMainWindow m_window;
};

TEST_F(TableExportDialogTest, AWorkbookTheFirstTimeInTheLastFolderWithTheRowsCounted)
{
    FileDialog::setNextFileName(path(QStringLiteral("hours")));
    const QString written =
        TableExportDialog::exportTable(&m_window, list(), QStringLiteral("Hours: 2026/1"));
    EXPECT_EQ(FileDialog::lastSuggestedName(), path(QStringLiteral("Hours- 2026-1.xlsx")));
    ASSERT_EQ(written, path(QStringLiteral("hours.xlsx")));
    EXPECT_TRUE(bytesOf(written).startsWith("PK"));
    EXPECT_EQ(m_window.statusBar()->currentMessage(),
              QStringLiteral("3 rows written to hours.xlsx."));
}

TEST_F(TableExportDialogTest, ANameEndingInCsvIsACsvFileAndTheFormatIsRemembered)
{
    FileDialog::setNextFileName(path(QStringLiteral("hours.CSV")));
    const QString written =
        TableExportDialog::exportTable(&m_window, list(), QStringLiteral("Hours"));
    ASSERT_EQ(written, path(QStringLiteral("hours.CSV")));
    EXPECT_EQ(bytesOf(written).toStdString(), "\xEF\xBB\xBF"
                                              "Expert,Hours\r\nAlice,1:30\r\nBruno,0:30\r\n"
                                              "\"'=HYPERLINK()\",\r\n");
    // The next list is offered as CSV, and without an extension gets .csv.
    FileDialog::setNextFileName(path(QStringLiteral("again")));
    EXPECT_EQ(TableExportDialog::exportTable(&m_window, list(), QStringLiteral("Next")),
              path(QStringLiteral("again.csv")));
    EXPECT_EQ(FileDialog::lastSuggestedName(), path(QStringLiteral("Next.csv")));
}

TEST_F(TableExportDialogTest, AnExistingFileIsReplacedOnlyWhenTheUserSaysSo)
{
    const QString file = path(QStringLiteral("hours.xlsx"));
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("older");
    }
    FileDialog::setNextFileName(path(QStringLiteral("hours")));
    MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_TRUE(
        TableExportDialog::exportTable(&m_window, list(), QStringLiteral("Hours")).isEmpty());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("hours.xlsx")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(bytesOf(file), QByteArray("older"));

    FileDialog::setNextFileName(path(QStringLiteral("hours")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_EQ(TableExportDialog::exportTable(&m_window, list(), QStringLiteral("Hours")), file);
    EXPECT_TRUE(bytesOf(file).startsWith("PK"));
}

TEST_F(TableExportDialogTest, AFailureIsSaidInAMessageBoxAndNothingIsCounted)
{
    FileDialog::setNextFileName(path(QStringLiteral("missing/hours.csv")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_TRUE(
        TableExportDialog::exportTable(&m_window, list(), QStringLiteral("Hours")).isEmpty());
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Nothing was written")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(m_window.statusBar()->currentMessage().isEmpty());
}

TEST_F(TableExportDialogTest, ACancelledDialogWritesNothing)
{
    FileDialog::setNextFileName(QString());
    EXPECT_TRUE(
        TableExportDialog::exportTable(&m_window, list(), QStringLiteral("Hours")).isEmpty());
    EXPECT_TRUE(QDir(m_dir.path()).isEmpty());
}

TEST_F(TableExportDialogTest, AViewsListIsTakenAsTheViewShowsIt)
{
    constexpr int ValueRole = Qt::UserRole + 7;
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Expert"), QStringLiteral("Hidden note"), QStringLiteral("Hours")});
    const auto add = [&](const QString& name, int minutes) {
        auto* hours = new QStandardItem(QStringLiteral("%1 h").arg(minutes / 60.0));
        hours->setData(qint64(minutes), ValueRole);
        model.appendRow(
            {new QStandardItem(name), new QStandardItem(QStringLiteral("secret")), hours});
    };
    add(QStringLiteral("Bruno"), 30);
    add(QStringLiteral("Alice"), 90);
    add(QStringLiteral("Chloé"), 45);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterFixedString(QStringLiteral("l")); // Alice, Chloé
    proxy.sort(0, Qt::DescendingOrder);
    QTableView view;
    view.setModel(&proxy);
    view.setColumnHidden(1, true);
    view.horizontalHeader()->moveSection(2, 0); // Hours first

    const TableData table = TableExportDialog::fromModel(proxy, QStringLiteral("Hours"),
                                                         {{2, TableColumn::Type::Minutes}},
                                                         view.horizontalHeader(), ValueRole);
    EXPECT_EQ(table.sheetName, QStringLiteral("Hours"));
    ASSERT_EQ(table.columns.size(), 2);
    EXPECT_EQ(table.columns.at(0).title, QStringLiteral("Hours"));
    EXPECT_EQ(table.columns.at(0).type, TableColumn::Type::Minutes);
    EXPECT_EQ(table.columns.at(1).title, QStringLiteral("Expert"));
    EXPECT_EQ(table.columns.at(1).type, TableColumn::Type::Text);
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows.at(0), (QVariantList{qint64(45), QStringLiteral("Chloé")}));
    EXPECT_EQ(table.rows.at(1), (QVariantList{qint64(90), QStringLiteral("Alice")}));

    // Without a header: every column, in the model's order; no value role: the display.
    const TableData all = TableExportDialog::fromModel(proxy, QStringLiteral("All"),
                                                       {{2, TableColumn::Type::Minutes}});
    ASSERT_EQ(all.columns.size(), 3);
    EXPECT_EQ(all.columns.at(1).title, QStringLiteral("Hidden note"));
    EXPECT_EQ(all.rows.at(1).at(2), QVariant(QStringLiteral("1.5 h")));
}

} // namespace
