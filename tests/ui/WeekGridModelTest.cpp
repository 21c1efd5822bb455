#include "WeekGridModel.h"

#include "EntryCommands.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

Organisation coop(const QString& name)
{
    Organisation organisation;
    organisation.name = name;
    organisation.kind = OrganisationKind::Coop;
    return organisation;
}

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
// A Wednesday; its week runs from Monday 2025-06-09 to Sunday 2025-06-15.
const QDate Wednesday(2025, 6, 11);
const QDate Monday(2025, 6, 9);

class WeekGridModelTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Expert alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.started = QDate(2015, 1, 1);
        auto expert = ExpertRepository(db()).add(alice);
        ASSERT_OK(expert);
        m_expert = *expert;
        OrganisationRepository organisations(db());
        auto rucher = organisations.add(coop(QStringLiteral("Coopérative Le Rucher")));
        ASSERT_OK(rucher);
        m_rucher = *rucher;
        auto atelier = organisations.add(coop(QStringLiteral("Atelier du Bois")));
        ASSERT_OK(atelier);
        m_atelier = *atelier;
    }

    qint64 add(QDate date, int minutes, qint64 organisation)
    {
        ServiceEntry e;
        e.date = date;
        e.expertId = m_expert;
        e.organisationId = organisation;
        e.minutes = minutes;
        auto id = repo.add(e);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    // The grid on Alice's week of `day`.
    void show(WeekGridModel& model, QDate day = Wednesday)
    {
        model.setExpert(m_expert);
        model.setWeek(day);
    }

    QString cell(const WeekGridModel& model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }

    qint64 m_expert = 0;
    qint64 m_rucher = 0;
    qint64 m_atelier = 0;
    ServiceEntryRepository repo{db()};
};

TEST_F(WeekGridModelTest, WeekRunsFromMondayToSunday)
{
    WeekGridModel model(db());
    QAbstractItemModelTester tester(&model, Fatal);
    model.setWeek(Wednesday);
    EXPECT_EQ(model.weekStart(), Monday);
    model.setWeek(QDate(2025, 6, 15));
    EXPECT_EQ(model.weekStart(), Monday);
    model.setWeek(QDate(2025, 6, 16));
    EXPECT_EQ(model.weekStart(), QDate(2025, 6, 16));
    model.previousWeek();
    EXPECT_EQ(model.weekStart(), Monday);
    model.nextWeek();
    EXPECT_EQ(model.dayDate(6), QDate(2025, 6, 22));
    EXPECT_EQ(model.columnCount(), 8);
    EXPECT_EQ(model.headerData(WeekGridModel::TotalColumn, Qt::Horizontal).toString(),
              QStringLiteral("Total"));
}

TEST_F(WeekGridModelTest, RowsPerOrganisationWithDayAndWeekTotals)
{
    add(Monday, 90, m_rucher);
    add(Monday, 30, m_rucher);
    add(Monday.addDays(2), 60, m_atelier);
    add(Monday.addDays(6), 15, m_rucher);
    add(Monday.addDays(7), 600, m_rucher); // the next week
    WeekGridModel model(db());
    QAbstractItemModelTester tester(&model, Fatal);
    show(model);

    ASSERT_EQ(model.rowCount(), 3);
    // Rows by name: « Atelier du Bois » before « Coopérative Le Rucher ».
    EXPECT_EQ(model.organisationAt(0), m_atelier);
    EXPECT_EQ(model.headerData(1, Qt::Vertical).toString(),
              QStringLiteral("Coopérative Le Rucher"));
    EXPECT_EQ(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Total"));
    EXPECT_EQ(cell(model, 1, 0), QStringLiteral("2:00"));
    EXPECT_EQ(cell(model, 1, 1), QString());
    EXPECT_EQ(cell(model, 1, WeekGridModel::TotalColumn), QStringLiteral("2:15"));
    EXPECT_EQ(cell(model, 2, 2), QStringLiteral("1:00"));
    EXPECT_EQ(cell(model, 2, 1), QStringLiteral("0:00"));
    EXPECT_EQ(cell(model, 2, WeekGridModel::TotalColumn), QStringLiteral("3:15"));
    EXPECT_EQ(model.weekTotalMinutes(), 195);
    EXPECT_EQ(model.dayTotalMinutes(0), 120);
    EXPECT_EQ(model.dayTotalMinutes(6), 15);
    EXPECT_EQ(model.index(1, 0).data(WeekGridModel::EntryCountRole).toInt(), 2);
    EXPECT_FALSE(model.flags(model.index(2, 0)).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(
        model.flags(model.index(0, WeekGridModel::TotalColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));

    model.nextWeek();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.weekTotalMinutes(), 600);
}

TEST_F(WeekGridModelTest, EditingACellAddsChangesAndDeletesItsEntry)
{
    WeekGridModel model(db());
    QAbstractItemModelTester tester(&model, Fatal);
    show(model);
    ASSERT_EQ(model.addOrganisation(m_rucher), 0);
    EXPECT_EQ(model.addOrganisation(m_rucher), 0);
    ASSERT_EQ(model.rowCount(), 2);
    QSignalSpy totals(&model, &WeekGridModel::totalsChanged);

    ASSERT_TRUE(model.setData(model.index(0, 1), QStringLiteral("1h30")));
    EXPECT_EQ(cell(model, 0, 1), QStringLiteral("1:30"));
    EXPECT_EQ(*repo.minutesOnDay(m_expert, Monday.addDays(1)), 90);
    EXPECT_EQ(*repo.count({}), 1);

    ASSERT_TRUE(model.setData(model.index(0, 1), QStringLiteral("2,5")));
    EXPECT_EQ(cell(model, 0, 1), QStringLiteral("2:30"));
    EXPECT_EQ(*repo.count({}), 1);
    EXPECT_EQ(model.dayTotalMinutes(1), 150);
    EXPECT_EQ(cell(model, 1, WeekGridModel::TotalColumn), QStringLiteral("2:30"));

    ASSERT_TRUE(model.setData(model.index(0, 1), QString()));
    EXPECT_EQ(*repo.count({}), 0);
    EXPECT_EQ(model.rowCount(), 2) << "the emptied row stays for the next entry";
    EXPECT_EQ(model.weekTotalMinutes(), 0);
    EXPECT_EQ(totals.count(), 3);
}

TEST_F(WeekGridModelTest, ABadDurationIsRefusedAndTheCellKept)
{
    add(Monday, 60, m_rucher);
    WeekGridModel model(db());
    QAbstractItemModelTester tester(&model, Fatal);
    show(model);
    QSignalSpy errors(&model, &WeekGridModel::errorOccurred);

    EXPECT_FALSE(model.setData(model.index(0, 0), QStringLiteral("une heure")));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_FALSE(errors.first().at(0).toString().isEmpty());
    EXPECT_EQ(errors.first().at(1).toString(), QStringLiteral("duration"));
    EXPECT_EQ(cell(model, 0, 0), QStringLiteral("1:00"));
    EXPECT_EQ(*repo.totalMinutes({}), 60);
}

TEST_F(WeekGridModelTest, The24HourRuleIsRefusedThroughACellWithItsMessage)
{
    add(Monday, 20 * 60, m_atelier);
    WeekGridModel model(db());
    QAbstractItemModelTester tester(&model, Fatal);
    show(model);
    const int row = model.addOrganisation(m_rucher);
    QSignalSpy errors(&model, &WeekGridModel::errorOccurred);

    EXPECT_FALSE(model.setData(model.index(row, 0), QStringLiteral("5h")));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_THAT(errors.first().at(0).toString().toStdString(), HasSubstr("more than 24 h"));
    EXPECT_THAT(model.lastError().toStdString(), HasSubstr("more than 24 h"));
    EXPECT_EQ(cell(model, row, 0), QString());
    EXPECT_EQ(model.dayTotalMinutes(0), 20 * 60);
}

TEST_F(WeekGridModelTest, ACellOfSeveralEntriesIsLeftToTheList)
{
    add(Monday, 60, m_rucher);
    add(Monday, 30, m_rucher);
    WeekGridModel model(db());
    QAbstractItemModelTester tester(&model, Fatal);
    show(model);
    QSignalSpy errors(&model, &WeekGridModel::errorOccurred);

    EXPECT_FALSE(model.setData(model.index(0, 0), QStringLiteral("2h")));
    EXPECT_FALSE(model.setData(model.index(0, 0), QString()));
    ASSERT_EQ(errors.count(), 2);
    EXPECT_THAT(errors.first().at(0).toString().toStdString(), HasSubstr("list of entries"));
    EXPECT_EQ(*repo.count({}), 2);
}

TEST_F(WeekGridModelTest, AClosedYearsDaysAreReadOnlyInAWeekAcrossTwoYears)
{
    // Fiscal years start in April: Monday 2025-03-31 ends 2024-2025, the rest opens 2025-2026.
    const QDate monday(2025, 3, 31);
    add(monday, 60, m_rucher);
    add(monday.addDays(1), 60, m_rucher);
    ASSERT_OK(SettingsRepository(db()).closeYear(FiscalYear(2024)));
    WeekGridModel model(db());
    QAbstractItemModelTester tester(&model, Fatal);
    show(model, monday.addDays(3));
    QSignalSpy errors(&model, &WeekGridModel::errorOccurred);

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_FALSE(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model.index(0, 0).data(WeekGridModel::ClosedRole).toBool());
    EXPECT_THAT(model.index(0, 0).data(Qt::ToolTipRole).toString().toStdString(),
                HasSubstr("2024-2025"));
    EXPECT_TRUE(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model.closedYear(1).has_value());

    EXPECT_FALSE(model.setData(model.index(0, 0), QStringLiteral("2h")));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_THAT(errors.first().at(0).toString().toStdString(), HasSubstr("closed"));
    EXPECT_TRUE(model.setData(model.index(0, 1), QStringLiteral("2h")));
    EXPECT_EQ(model.weekTotalMinutes(), 180);
}

TEST_F(WeekGridModelTest, ThroughAnUndoStackEditsCanBeUndone)
{
    EntryCommandContext context(db());
    QUndoStack stack;
    WeekGridModel model(db());
    QAbstractItemModelTester tester(&model, Fatal);
    model.setUndoStack(&stack, &context);
    show(model);
    const int row = model.addOrganisation(m_rucher);

    ASSERT_TRUE(model.setData(model.index(row, 2), QStringLiteral("45 min")));
    ASSERT_TRUE(model.setData(model.index(row, 2), QStringLiteral("1:15")));
    EXPECT_EQ(model.dayTotalMinutes(2), 75);
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(model.dayTotalMinutes(2), 45);
    stack.undo();
    EXPECT_EQ(model.weekTotalMinutes(), 0);
    stack.redo();
    stack.redo();
    EXPECT_EQ(model.weekTotalMinutes(), 75);

    // A refused edit leaves nothing on the stack.
    EXPECT_FALSE(model.setData(model.index(row, 2), QStringLiteral("25h")));
    EXPECT_EQ(stack.count(), 2);
    EXPECT_EQ(model.weekTotalMinutes(), 75);
}

TEST_F(WeekGridModelTest, EntriesAddedElsewhereAppearOnReload)
{
    WeekGridModel model(db());
    QAbstractItemModelTester tester(&model, Fatal);
    show(model);
    EXPECT_EQ(model.rowCount(), 1);
    add(Monday.addDays(4), 30, m_atelier);
    model.reload();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.dayTotalMinutes(4), 30);
}

} // namespace
