// Issue 15: every list of the window exports to CSV or XLSX, from its right-click menu and
// File ▸ Export (ListExport): the rows shown, in the order shown, typed. The Hours list reads a
// page at a time; its export holds every entry its filters match all the same.

#include "ListExport.h"
#include "ExpertRepository.h"
#include "ExpertTableModel.h"
#include "ExpertsView.h"
#include "HistoryView.h"
#include "HoursView.h"
#include "ListTables.h"
#include "MembersView.h"
#include "OrganisationRepository.h"
#include "OrganisationTableModel.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTableModel.h"
#include "TestDatabase.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

using Type = TableColumn::Type;

class ListExportTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_files.isValid());
        Expert alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.role = ExpertRole::Professional;
        alice.started = QDate(2019, 1, 1);
        auto id = ExpertRepository(db()).add(alice);
        ASSERT_OK(id);
        m_alice = *id;
        Expert bruno;
        bruno.name = QStringLiteral("Bruno Roy");
        bruno.role = ExpertRole::Trainer;
        bruno.started = QDate(2018, 5, 1);
        bruno.ended = QDate(2024, 6, 30);
        ASSERT_OK(ExpertRepository(db()).add(bruno));
        for (const auto& [name, kind] :
             {std::pair{QStringLiteral("Coopérative Le Rucher"), OrganisationKind::Coop},
              std::pair{QStringLiteral("=Mutuelle"), OrganisationKind::Mutual}}) {
            Organisation organisation;
            organisation.name = name;
            organisation.kind = kind;
            auto added = OrganisationRepository(db()).add(organisation);
            ASSERT_OK(added);
            m_rucher = m_rucher ? m_rucher : *added;
        }
    }

    // `count` entries of 30 minutes and more, one a day from 2020-01-01.
    void insertMany(int count)
    {
        QList<ServiceEntry> entries;
        for (int i = 0; i < count; ++i) {
            ServiceEntry e;
            e.date = QDate(2020, 1, 1).addDays(i);
            e.expertId = m_alice;
            e.organisationId = m_rucher;
            e.minutes = 30 + i % 60;
            entries.append(e);
        }
        Transaction t(db());
        ASSERT_OK(t.begun());
        ASSERT_OK(ServiceEntryRepository(db()).insertChecked(entries, {}));
        ASSERT_OK(t.commit());
    }

    static bool hasExportAction(const QWidget* view)
    {
        for (const QAction* action : view->actions())
            if (action->text() == ListExport::tr("E&xport…"))
                return view->contextMenuPolicy() == Qt::ActionsContextMenu;
        return false;
    }

    QTemporaryDir m_files;
    qint64 m_alice = 0;
    qint64 m_rucher = 0;
};

TEST_F(ListExportTest, TheHoursExportHoldsEveryMatchingEntryNotOnlyThoseRead)
{
    insertMany(40);
    ServiceEntryRepository::Filter filter;
    filter.from = QDate(2020, 1, 1);
    filter.to = QDate(2020, 1, 31);
    ServiceEntryTableModel model(db(), filter, nullptr, 8);
    ASSERT_EQ(model.rowCount(), 8);
    auto table = ListTables::hours(db(), model);
    ASSERT_OK(table);
    ASSERT_EQ(table->rows.size(), 31);
    EXPECT_EQ(table->columns.at(0).type, Type::Date);
    EXPECT_EQ(table->columns.at(3).type, Type::Minutes);
    EXPECT_EQ(table->columns.at(0).title, model.headerData(0, Qt::Horizontal).toString());
    EXPECT_EQ(table->rows.first().at(0).toDate(), QDate(2020, 1, 1));
    EXPECT_EQ(table->rows.first().at(1).toString(), QStringLiteral("Alice Martin"));
    EXPECT_EQ(table->rows.first().at(3).toLongLong(), 30);

    // Newest first, as the list shows them once sorted so.
    model.sort(ServiceEntryTableModel::Date, Qt::DescendingOrder);
    auto newest = ListTables::hours(db(), model);
    ASSERT_OK(newest);
    ASSERT_EQ(newest->rows.size(), 31);
    EXPECT_EQ(newest->rows.first().at(0).toDate(), QDate(2020, 1, 31));
    EXPECT_EQ(newest->rows.last().at(0).toDate(), QDate(2020, 1, 1));
}

TEST_F(ListExportTest, TheHoursPageWritesItsListFromItsMenus)
{
    insertMany(3);
    QUndoStack stack;
    HoursView view(db(), &stack, m_test.clock());
    ASSERT_NE(view.listExport(), nullptr);
    EXPECT_TRUE(hasExportAction(view.findChild<QTableView*>(QStringLiteral("entriesTable"))));
    EXPECT_EQ(view.listExport()->menuAction()->objectName(), QStringLiteral("exportHoursAction"));
    ServiceEntryRepository::Filter all;
    all.from = QDate(2020, 1, 1);
    all.to = QDate(2020, 12, 31);
    view.entriesModel()->setFilter(all);
    const QString csv = m_files.filePath(QStringLiteral("hours.csv"));
    ASSERT_OK(view.listExport()->exportTo(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_THAT(text.toStdString(),
                HasSubstr("2020-01-02,Alice Martin,Coopérative Le Rucher,0:31"));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 4) << text.toStdString();
}

TEST_F(ListExportTest, TheExpertsShownAreExportedWithTheirDates)
{
    ExpertsView view(db());
    auto* list = view.findChild<QTableView*>(QStringLiteral("expertsView"));
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(hasExportAction(list));
    TableData all = ListTables::experts(*list, *view.model());
    ASSERT_EQ(all.rows.size(), 2);
    EXPECT_EQ(all.columns.at(4).type, Type::Date);
    EXPECT_EQ(all.rows.at(1).at(0).toString(), QStringLiteral("Bruno Roy"));
    EXPECT_EQ(all.rows.at(1).at(5).toDate(), QDate(2024, 6, 30));
    EXPECT_FALSE(all.rows.at(0).at(5).isValid());

    // The search box hides Alice: she is not exported.
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("expertsViewSearch"));
    ASSERT_NE(search, nullptr);
    search->setText(QStringLiteral("bruno"));
    TableData shown = ListTables::experts(*list, *view.model());
    ASSERT_EQ(shown.rows.size(), 1);
    EXPECT_EQ(shown.rows.at(0).at(0).toString(), QStringLiteral("Bruno Roy"));
    const QString workbook = m_files.filePath(QStringLiteral("experts.xlsx"));
    ASSERT_OK(view.listExport()->exportTo(workbook));
    QFile file(workbook);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArray("PK"));
}

TEST_F(ListExportTest, TheOrganisationsTheFiltersShowAreExported)
{
    MembersView view(db(), m_test.clock());
    auto* list = view.findChild<QTableView*>(QStringLiteral("organisationsView"));
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(hasExportAction(list));
    ASSERT_EQ(ListTables::organisations(*list).rows.size(), 2);
    view.model()->setSearchText(QStringLiteral("rucher"));
    const TableData shown = ListTables::organisations(*list);
    ASSERT_EQ(shown.rows.size(), 1);
    EXPECT_EQ(shown.rows.at(0).at(0).toString(), QStringLiteral("Coopérative Le Rucher"));
    EXPECT_EQ(shown.columns.at(0).title, view.model()->headerData(0, Qt::Horizontal).toString());
    // Written as the other lists are; the text that looks like a formula stays a text.
    view.model()->setSearchText(QString());
    const QString csv = m_files.filePath(QStringLiteral("members.csv"));
    ASSERT_OK(view.listExport()->exportTo(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_THAT(QString::fromUtf8(file.readAll()).toStdString(), HasSubstr("'=Mutuelle"));
}

TEST_F(ListExportTest, TheHistoryListHasTheExportInItsMenusToo)
{
    HistoryView view(db());
    auto* list = view.findChild<QTableView*>(QStringLiteral("historyTable"));
    ASSERT_NE(list, nullptr);
    ASSERT_NE(view.listExport(), nullptr);
    EXPECT_TRUE(hasExportAction(list));
    EXPECT_EQ(view.listExport()->menuAction()->objectName(), QStringLiteral("exportHistoryAction"));
    // The experts and organisations added by SetUp are changes the list shows.
    const QString csv = m_files.filePath(QStringLiteral("history.csv"));
    ASSERT_OK(view.listExport()->exportTo(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_THAT(QString::fromUtf8(file.readAll()).toStdString(), HasSubstr("Bruno Roy"));
}

} // namespace
