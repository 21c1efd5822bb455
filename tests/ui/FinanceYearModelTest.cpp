#include "FinanceYearModel.h"

#include "EnumNames.h"
#include "FinanceRepository.h"
#include "FiscalYear.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

const int Year = 2025;

class FinanceYearModelTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        add(Scenario::Actual, FinanceKind::RevenueMembers, QStringLiteral("Dues"), 6'000'000);
        add(Scenario::Actual, FinanceKind::RevenueOther, QStringLiteral("Training"), 1'000'000);
        add(Scenario::Actual, FinanceKind::PublicFunding, QStringLiteral("Grant"), 3'000'000);
        add(Scenario::Actual, FinanceKind::Expense, QStringLiteral("Salaries"), 9'000'000);
        add(Scenario::Budget, FinanceKind::RevenueMembers, QStringLiteral("Dues"), 5'000'000);
        add(Scenario::Budget, FinanceKind::Expense, QStringLiteral("Salaries"), 4'000'000);
        // Another year's line never shows.
        add(Scenario::Actual, FinanceKind::Expense, QStringLiteral("Salaries"), 1, Year - 1);
    }

    void add(Scenario scenario, FinanceKind kind, const QString& label, qint64 cents,
             int year = Year)
    {
        FinanceLine line;
        line.fiscalYear = year;
        line.scenario = scenario;
        line.kind = kind;
        line.label = label;
        line.amountCents = cents;
        ASSERT_OK(FinanceRepository(db()).add(line));
    }

    // The row of the actual line labelled `label`.
    static int actualRow(const FinanceYearModel& model, const QString& label)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const FinanceLine line = model.lineAt(row);
            if (line.scenario == Scenario::Actual && line.label == label)
                return row;
        }
        return -1;
    }
};

} // namespace

TEST_F(FinanceYearModelTest, ListsTheYearsLinesWithTheirTotals)
{
    FinanceYearModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.setFiscalYear(Year));
    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_FALSE(model.isReadOnly());
    EXPECT_EQ(model.index(0, FinanceYearModel::Scenario).data().toString(),
              displayName(Scenario::Actual));
    const int dues = actualRow(model, QStringLiteral("Dues"));
    ASSERT_GE(dues, 0);
    EXPECT_EQ(model.index(dues, FinanceYearModel::Kind).data().toString(),
              displayName(FinanceKind::RevenueMembers));
    EXPECT_EQ(model.index(dues, FinanceYearModel::Amount).data(Qt::EditRole).toString(),
              QStringLiteral("60000.00"));
    EXPECT_EQ(model.index(dues, FinanceYearModel::Amount).data(FinanceYearModel::CentsRole),
              6'000'000);

    EXPECT_EQ(model.totals(Scenario::Actual).revenue(), 10'000'000);
    EXPECT_EQ(model.totals(Scenario::Actual).expenses(), 9'000'000);
    EXPECT_EQ(model.totals(Scenario::Actual).surplus(), 1'000'000);
    EXPECT_DOUBLE_EQ(*model.totals(Scenario::Actual).selfFinancingPct(), 70.0);
    EXPECT_EQ(model.totals(Scenario::Budget).surplus(), 1'000'000);
    EXPECT_DOUBLE_EQ(*model.totals(Scenario::Budget).selfFinancingPct(), 100.0);
}

TEST_F(FinanceYearModelTest, AYearWithoutLinesHasNoTotals)
{
    FinanceYearModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.setFiscalYear(Year + 3));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.totals(Scenario::Actual).revenue());
    EXPECT_FALSE(model.totals(Scenario::Budget).surplus());
    EXPECT_FALSE(model.totals(Scenario::Actual).selfFinancingPct());
}

TEST_F(FinanceYearModelTest, EditingAnAmountUpdatesTheTotals)
{
    FinanceYearModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.setFiscalYear(Year));
    QSignalSpy totals(&model, &FinanceYearModel::totalsChanged);
    QSignalSpy changed(&model, &FinanceYearModel::dataChanged);
    const int grant = actualRow(model, QStringLiteral("Grant"));
    const QModelIndex amount = model.index(grant, FinanceYearModel::Amount);
    EXPECT_TRUE(model.flags(amount) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(grant, FinanceYearModel::Label)) & Qt::ItemIsEditable);

    ASSERT_TRUE(model.setData(amount, QStringLiteral("50 000,00 $")));
    EXPECT_EQ(totals.count(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.totals(Scenario::Actual).revenue(), 12'000'000);
    EXPECT_EQ(model.totals(Scenario::Actual).surplus(), 3'000'000);
    EXPECT_NEAR(*model.totals(Scenario::Actual).selfFinancingPct(), 7'000'000.0 / 12'000'000 * 100,
                1e-9);
    // The budget is another scenario: untouched.
    EXPECT_EQ(model.totals(Scenario::Budget).revenue(), 5'000'000);

    auto stored = FinanceRepository(db()).get(model.lineAt(grant).id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->amountCents, 5'000'000);
}

TEST_F(FinanceYearModelTest, ABadAmountIsRefusedAndTheCellKept)
{
    FinanceYearModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.setFiscalYear(Year));
    QSignalSpy totals(&model, &FinanceYearModel::totalsChanged);
    QSignalSpy errors(&model, &FinanceYearModel::errorOccurred);
    const int dues = actualRow(model, QStringLiteral("Dues"));
    const QModelIndex amount = model.index(dues, FinanceYearModel::Amount);

    EXPECT_FALSE(model.setData(amount, QStringLiteral("lots")));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_FALSE(errors.last().at(0).toString().isEmpty());
    EXPECT_EQ(errors.last().at(1).toString(), QStringLiteral("amount"));
    // Validation refuses a negative amount after the parse.
    EXPECT_FALSE(model.setData(amount, QStringLiteral("-12.50")));
    EXPECT_EQ(errors.count(), 2);
    EXPECT_FALSE(model.lastError().isEmpty());

    EXPECT_EQ(totals.count(), 0);
    EXPECT_EQ(amount.data(FinanceYearModel::CentsRole), 6'000'000);
    EXPECT_EQ(model.totals(Scenario::Actual).revenue(), 10'000'000);
    auto stored = FinanceRepository(db()).get(model.lineAt(dues).id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->amountCents, 6'000'000);
}

TEST_F(FinanceYearModelTest, AClosedYearIsReadOnly)
{
    ASSERT_OK(SettingsRepository(db()).closeYear(FiscalYear(Year)));
    FinanceYearModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy errors(&model, &FinanceYearModel::errorOccurred);
    ASSERT_OK(model.setFiscalYear(Year));
    EXPECT_TRUE(model.isReadOnly());
    const QModelIndex amount = model.index(0, FinanceYearModel::Amount);
    EXPECT_FALSE(model.flags(amount) & Qt::ItemIsEditable);
    const QVariant before = amount.data(FinanceYearModel::CentsRole);

    EXPECT_FALSE(model.setData(amount, QStringLiteral("1.00")));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(amount.data(FinanceYearModel::CentsRole), before);

    // Reopened, the same model becomes editable again once reloaded.
    ASSERT_OK(SettingsRepository(db()).reopenYear(Year));
    ASSERT_OK(model.reload());
    EXPECT_FALSE(model.isReadOnly());
    EXPECT_TRUE(model.flags(model.index(0, FinanceYearModel::Amount)) & Qt::ItemIsEditable);
}

TEST_F(FinanceYearModelTest, AddsAndRemovesLines)
{
    FinanceYearModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.setFiscalYear(Year));
    QSignalSpy totals(&model, &FinanceYearModel::totalsChanged);

    FinanceLine rent;
    rent.scenario = Scenario::Budget;
    rent.kind = FinanceKind::Expense;
    rent.label = QStringLiteral("Rent");
    rent.amountCents = 500'000;
    auto added = model.addLine(rent);
    ASSERT_OK(added);
    EXPECT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.totals(Scenario::Budget).expenses(), 4'500'000);
    EXPECT_EQ(totals.count(), 1);

    // The same line twice is refused by the repository and reported.
    QSignalSpy errors(&model, &FinanceYearModel::errorOccurred);
    EXPECT_FALSE(model.addLine(rent).ok());
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(model.rowCount(), 7);

    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.lineAt(i).id == *added)
            row = i;
    }
    ASSERT_GE(row, 0);
    ASSERT_OK(model.removeLine(row));
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.totals(Scenario::Budget).expenses(), 4'000'000);
    EXPECT_FALSE(model.removeLine(42).ok());
}
