// The history of changes as the window shows it: the History page lists an edit made through a
// repository with its before and after, its filters narrow it, its export writes what it shows;
// a row's History dialog shows that row and the rows that belong to it, nothing else; the Hours
// list flags an entry changed more than 30 days after its date.

#include "HistoryView.h"
#include "HistoryDialog.h"
#include "HistoryModel.h"
#include "HoursView.h"
#include "MembersView.h"

#include "BoardView.h"
#include "ChangeText.h"
#include "ExpertRepository.h"
#include "ExpertsView.h"
#include "FileDialog.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTableModel.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QIcon>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class HistoryViewTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_coop = addOrganisation(QStringLiteral("Coop du Rucher"));
        m_other = addOrganisation(QStringLiteral("Ferme des Saules"));
        auto stored = OrganisationRepository(db()).get(m_coop);
        ASSERT_OK(stored);
        stored->name = QStringLiteral("Coop du Grand Rucher");
        ASSERT_OK(OrganisationRepository(db()).update(*stored));
        Membership membership;
        membership.organisationId = m_coop;
        membership.joined = QDate(2024, 4, 1);
        auto joined = MembershipRepository(db()).add(membership);
        ASSERT_OK(joined);
        m_membership = *joined;
        Expert expert;
        expert.name = QStringLiteral("Ève Roy");
        expert.started = QDate(2010, 1, 1);
        auto exp = ExpertRepository(db()).add(expert);
        ASSERT_OK(exp);
        m_expert = *exp;
    }

    qint64 addOrganisation(const QString& name)
    {
        Organisation organisation;
        organisation.name = name;
        auto id = OrganisationRepository(db()).add(organisation);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    // An entry `daysAgo` days before today, then its minutes changed.
    qint64 addAndChangeEntry(int daysAgo)
    {
        ServiceEntry entry;
        entry.date = QDate::currentDate().addDays(-daysAgo);
        entry.expertId = m_expert;
        entry.organisationId = m_other;
        entry.minutes = 60;
        auto id = ServiceEntryRepository(db()).add(entry);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        if (!id)
            return 0;
        auto stored = ServiceEntryRepository(db()).get(*id);
        EXPECT_TRUE(stored.ok());
        stored->minutes = 75;
        const Status changed = ServiceEntryRepository(db()).update(*stored);
        EXPECT_TRUE(changed.ok()) << changed.message().toStdString();
        return *id;
    }

    // The text of `column` in every row of `model`.
    static QStringList column(const QAbstractItemModel* model, int column)
    {
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, column).data().toString();
        return texts;
    }

    qint64 m_coop = 0;
    qint64 m_other = 0;
    qint64 m_membership = 0;
    qint64 m_expert = 0;
};

TEST_F(HistoryViewTest, ThePageListsTheRenameWithItsBeforeAndAfter)
{
    HistoryView view(db());
    QAbstractItemModelTester tester(view.model(), Fatal);
    ASSERT_TRUE(view.mayRead());
    const HistoryModel* model = view.model();
    const QStringList changes = column(model, HistoryModel::Changes);
    const qsizetype row =
        changes.indexOf(QStringLiteral("name: Coop du Rucher → Coop du Grand Rucher"));
    ASSERT_GE(row, 0) << changes.join(u'|').toStdString();
    const int r = static_cast<int>(row);
    EXPECT_EQ(model->index(r, HistoryModel::Table).data().toString(),
              QStringLiteral("Organisations"));
    EXPECT_EQ(model->index(r, HistoryModel::Row).data().toString(), QString::number(m_coop));
    EXPECT_EQ(model->index(r, HistoryModel::Operation).data().toString(),
              QStringLiteral("changed"));
    EXPECT_FALSE(model->index(r, HistoryModel::Who).data().toString().isEmpty());
    EXPECT_TRUE(model->index(r, HistoryModel::When)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QLatin1String("UTC")));
    // The tooltip holds every changed column, one a line.
    EXPECT_EQ(model->index(r, HistoryModel::Changes).data(Qt::ToolTipRole).toString(),
              changes.at(row));
    EXPECT_TRUE(model->headerData(HistoryModel::Source, Qt::Horizontal).isValid());
}

TEST_F(HistoryViewTest, EnterOnAChangeShowsAllOfIt)
{
    HistoryView view(db());
    view.show();
    auto* table = view.findChild<QTableView*>(QStringLiteral("historyTable"));
    ASSERT_NE(table, nullptr);
    const QStringList changes = column(view.model(), HistoryModel::Changes);
    const int row = static_cast<int>(
        changes.indexOf(QStringLiteral("name: Coop du Rucher → Coop du Grand Rucher")));
    ASSERT_GE(row, 0);
    table->setFocus();
    table->setCurrentIndex(view.model()->index(row, 0));
    QString detail;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<HistoryDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        detail = dialog->detail();
        dialog->reject();
    });
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(detail.contains(QStringLiteral("name: Coop du Rucher → Coop du Grand Rucher")))
        << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("UTC")));
}

TEST_F(HistoryViewTest, TheFiltersNarrowTheList)
{
    const qint64 late = addAndChangeEntry(45);
    HistoryView view(db());
    const HistoryModel* model = view.model();
    const int all = model->rowCount();
    ASSERT_GT(all, 4);

    auto* table = view.findChild<QComboBox*>(QStringLiteral("tableCombo"));
    ASSERT_NE(table, nullptr);
    table->setCurrentIndex(table->findData(QStringLiteral("memberships")));
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_LT(model->rowCount(), all);
    for (const QString& name : column(model, HistoryModel::Table))
        EXPECT_EQ(name, QStringLiteral("Memberships"));
    table->setCurrentIndex(0);
    EXPECT_EQ(model->rowCount(), all);

    auto* lateOnly = view.findChild<QCheckBox*>(QStringLiteral("lateOnlyCheck"));
    ASSERT_NE(lateOnly, nullptr);
    lateOnly->setChecked(true);
    ASSERT_GT(model->rowCount(), 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_TRUE(model->index(row, 0).data(HistoryModel::LateRole).toBool());
        EXPECT_EQ(model->index(row, HistoryModel::Row).data().toString(), QString::number(late));
        EXPECT_EQ(model->index(row, HistoryModel::Late).data().toString(), QStringLiteral("⚑"));
    }
    lateOnly->setChecked(false);

    auto* since = view.findChild<QDateEdit*>(QStringLiteral("sinceEdit"));
    ASSERT_NE(since, nullptr);
    since->setDate(QDate(2099, 1, 1));
    EXPECT_EQ(model->rowCount(), 0);
    since->setDate(since->minimumDate()); // "any day"
    EXPECT_EQ(model->rowCount(), all);
    auto* until = view.findChild<QDateEdit*>(QStringLiteral("untilEdit"));
    until->setDate(QDate(2001, 1, 1));
    EXPECT_EQ(model->rowCount(), 0);
    until->setDate(until->minimumDate());

    auto* actor = view.findChild<QComboBox*>(QStringLiteral("actorCombo"));
    ASSERT_NE(actor, nullptr);
    ASSERT_GE(actor->count(), 2); // anyone, and who made the changes
    actor->setCurrentIndex(1);
    EXPECT_GT(model->rowCount(), 0);
    for (const QString& who : column(model, HistoryModel::Who))
        EXPECT_EQ(who, actor->currentText());
}

TEST_F(HistoryViewTest, TheRowsDialogShowsThatRowAndItsChildrenOnly)
{
    HistoryDialog dialog(db(), QStringLiteral("organisations"), QString::number(m_coop),
                         QStringLiteral("Coop"));
    QAbstractItemModelTester tester(dialog.model(), Fatal);
    EXPECT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    const QList<ChangeRecord>& records = dialog.model()->records();
    ASSERT_GE(records.size(), 3); // added, renamed, its membership
    bool membership = false;
    for (const ChangeRecord& record : records) {
        const bool own = record.table == QLatin1String("organisations") &&
                         record.rowKey == QString::number(m_coop);
        const bool child = record.parentTable == QLatin1String("organisations") &&
                           record.parentKey == QString::number(m_coop);
        EXPECT_TRUE(own || child) << record.table.toStdString() << " "
                                  << record.rowKey.toStdString();
        membership = membership || (record.table == QLatin1String("memberships") &&
                                    record.rowKey == QString::number(m_membership));
    }
    EXPECT_TRUE(membership);
    // The newest change is chosen, its fields shown below.
    EXPECT_TRUE(dialog.detail().contains(ChangeText::tableName(records.first().table)))
        << dialog.detail().toStdString();

    HistoryDialog other(db(), QStringLiteral("organisations"), QString::number(m_other),
                        QStringLiteral("Ferme"));
    for (const ChangeRecord& record : other.model()->records())
        EXPECT_NE(record.rowKey, QString::number(m_coop));
}

TEST_F(HistoryViewTest, TheExpertsListOpensTheExpertsHistory)
{
    ExpertsView view(db());
    view.show();
    auto* list = view.findChild<QTableView*>(QStringLiteral("expertsView"));
    ASSERT_NE(list, nullptr);
    auto* action = list->findChild<QAction*>(QStringLiteral("historyAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    EXPECT_EQ(list->contextMenuPolicy(), Qt::ActionsContextMenu);
    list->setCurrentIndex(list->model()->index(0, 0));
    QString title;
    qsizetype rows = -1;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<HistoryDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        rows = dialog->model()->records().size();
        dialog->reject();
    });
    action->trigger();
    EXPECT_TRUE(title.contains(QStringLiteral("Ève Roy"))) << title.toStdString();
    EXPECT_GE(rows, 1);
}

// "History…" (Ctrl+Shift+H) is on each list the issue names, each list answering the keys while
// it has the focus.
TEST_F(HistoryViewTest, EveryListOffersItsRowsHistory)
{
    QUndoStack stack;
    HoursView hours(db(), &stack, m_test.clock());
    MembersView members(db(), m_test.clock());
    BoardView board(db());
    const QList<QPair<QWidget*, const char*>> lists{{&hours, "entriesTable"},
                                                    {&members, "organisationsView"},
                                                    {&members, "periodsTable"},
                                                    {&board, "meetingsView"},
                                                    {&board, "mandatesView"}};
    for (const auto& [page, name] : lists) {
        auto* list = page->findChild<QAbstractItemView*>(QLatin1String(name));
        ASSERT_NE(list, nullptr) << name;
        auto* action = list->findChild<QAction*>(QStringLiteral("historyAction"));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_EQ(action->shortcutContext(), Qt::WidgetWithChildrenShortcut) << name;
        EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H"))) << name;
        EXPECT_EQ(list->contextMenuPolicy(), Qt::ActionsContextMenu) << name;
    }
}

TEST_F(HistoryViewTest, TheHoursListFlagsAnEntryChangedLongAfterItsDate)
{
    const qint64 late = addAndChangeEntry(31 + 2); // 31 days past its date, whatever the zone
    const qint64 recent = addAndChangeEntry(1);
    ServiceEntryRepository::Filter filter;
    filter.from = QDate::currentDate().addDays(-60);
    filter.to = QDate::currentDate().addDays(1);
    ServiceEntryTableModel model(db(), filter);
    QAbstractItemModelTester tester(&model, Fatal);
    const int lateRow = model.rowOf(late);
    const int recentRow = model.rowOf(recent);
    ASSERT_GE(lateRow, 0);
    ASSERT_GE(recentRow, 0);
    const QModelIndex lateDate = model.index(lateRow, ServiceEntryTableModel::Date);
    EXPECT_TRUE(lateDate.data(ServiceEntryTableModel::LateRole).toBool());
    EXPECT_FALSE(lateDate.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(lateDate.data(Qt::ToolTipRole).toString(),
              QStringLiteral("Changed more than 30 days after its date"));
    const QModelIndex recentDate = model.index(recentRow, ServiceEntryTableModel::Date);
    EXPECT_FALSE(recentDate.data(ServiceEntryTableModel::LateRole).toBool());
    EXPECT_FALSE(recentDate.data(Qt::DecorationRole).isValid());
    EXPECT_FALSE(recentDate.data(Qt::ToolTipRole).isValid());
}

TEST_F(HistoryViewTest, TheExportWritesWhatTheListShows)
{
    HistoryView view(db());
    const QString path = m_test.folder() + QStringLiteral("/history.csv");
    ASSERT_OK(view.exportTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Coop du Grand Rucher"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("When (UTC)")));
    EXPECT_GT(text.count(QStringLiteral("Organisations,")), 0);

    // Through the page's Export button: the file chosen in the save dialog, as a workbook.
    const QString workbook = m_test.folder() + QStringLiteral("/chosen.xlsx");
    FileDialog::setNextFileName(workbook);
    view.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    FileDialog::clearNextFileName();
    EXPECT_TRUE(QFile::exists(workbook));
}

} // namespace
