#include "FinancesView.h"

#include "FinanceRepository.h"
#include "FinanceYearModel.h"
#include "FiscalYear.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

#include <gtest/gtest.h>

#include <memory>

using namespace bilan;

namespace {

// Which year the Finances page opens on, the question before removing a line, and closing and
// reopening the year shown.
class FiscalYearClosingTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void TearDown() override { QLocale::setDefault(m_savedLocale); }

    void add(int year, Scenario scenario, FinanceKind kind, const QString& label, qint64 cents)
    {
        FinanceLine line;
        line.fiscalYear = year;
        line.scenario = scenario;
        line.kind = kind;
        line.label = label;
        line.amountCents = cents;
        ASSERT_OK(FinanceRepository(db()).add(line));
    }

    void makeView()
    {
        m_view = std::make_unique<FinancesView>(db(), nullptr, &m_test.clock());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QPushButton* button(const char* name)
    {
        auto* found = m_view->findChild<QPushButton*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    QLocale m_savedLocale;
    std::unique_ptr<FinancesView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

// The test clock says 2026-11-24: the current fiscal year is 2026-2027.
TEST_F(FiscalYearClosingTest, OpensOnTheCurrentYearOnceItHasLines)
{
    add(2021, Scenario::Actual, FinanceKind::Expense, QStringLiteral("Rent"), 100'000);
    add(2026, Scenario::Budget, FinanceKind::Expense, QStringLiteral("Rent"), 120'000);
    makeView();
    EXPECT_EQ(m_view->year(), FiscalYear(2026));
    EXPECT_EQ(m_view->model()->rowCount(), 1);
}

TEST_F(FiscalYearClosingTest, OpensOnTheLatestYearWithLinesWhenTheCurrentOneHasNone)
{
    add(2019, Scenario::Actual, FinanceKind::Expense, QStringLiteral("Rent"), 100'000);
    add(2023, Scenario::Actual, FinanceKind::Expense, QStringLiteral("Rent"), 110'000);
    add(2023, Scenario::Actual, FinanceKind::RevenueMembers, QStringLiteral("Dues"), 90'000);
    makeView();
    EXPECT_EQ(m_view->year(), FiscalYear(2023));
    EXPECT_EQ(m_view->model()->rowCount(), 2);
}

TEST_F(FiscalYearClosingTest, OpensOnTheCurrentYearWithoutAnyLine)
{
    makeView();
    EXPECT_EQ(m_view->year(), FiscalYear(2026));
    EXPECT_EQ(m_view->model()->rowCount(), 0);
}

TEST_F(FiscalYearClosingTest, TheRemovalQuestionNamesTheLine)
{
    add(2023, Scenario::Budget, FinanceKind::Expense, QStringLiteral("Rent"), 50'000);
    makeView();
    const QString name = m_view->lineDescription(0);
    EXPECT_EQ(name, QStringLiteral("Budget — Expense — Rent: $500.00")) << name.toStdString();
    EXPECT_TRUE(m_view->lineDescription(1).isEmpty());
    EXPECT_TRUE(m_view->lineDescription(-1).isEmpty());
}

TEST_F(FiscalYearClosingTest, ClosingMakesTheYearReadOnlyAndReopeningLiftsIt)
{
    add(2023, Scenario::Actual, FinanceKind::Expense, QStringLiteral("Rent"), 110'000);
    makeView();
    ASSERT_EQ(m_view->year(), FiscalYear(2023));
    QPushButton* toggle = button("closeYearButton");
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(toggle->text(), QStringLiteral("&Close the year…"));
    EXPECT_TRUE(m_view->bannerText().isEmpty());

    ASSERT_OK(m_view->setYearClosed(true));
    auto closed = SettingsRepository(db()).isClosed(2023);
    ASSERT_OK(closed);
    EXPECT_TRUE(*closed);
    // Read-only, and it says so.
    EXPECT_EQ(m_view->bannerText(),
              QStringLiteral("The fiscal year 2023-2024 is closed: its lines can be read but not "
                             "changed."));
    EXPECT_TRUE(m_view->model()->isReadOnly());
    EXPECT_FALSE(m_view->model()
                     ->flags(m_view->model()->index(0, FinanceYearModel::Amount))
                     .testFlag(Qt::ItemIsEditable));
    EXPECT_EQ(m_view->findChild<QTableView*>(QStringLiteral("linesView"))->editTriggers(),
              QAbstractItemView::NoEditTriggers);
    EXPECT_FALSE(button("addButton")->isEnabled());
    EXPECT_FALSE(button("removeButton")->isEnabled());
    EXPECT_TRUE(toggle->isEnabled());
    EXPECT_EQ(toggle->text(), QStringLiteral("&Reopen the year…"));
    // The amounts refuse a change too.
    EXPECT_FALSE(m_view->model()->setData(m_view->model()->index(0, FinanceYearModel::Amount),
                                          QStringLiteral("1 200")));
    EXPECT_EQ(m_view->model()->lineAt(0).amountCents, 110'000);

    ASSERT_OK(m_view->setYearClosed(false));
    closed = SettingsRepository(db()).isClosed(2023);
    ASSERT_OK(closed);
    EXPECT_FALSE(*closed);
    EXPECT_TRUE(m_view->bannerText().isEmpty());
    EXPECT_FALSE(m_view->model()->isReadOnly());
    EXPECT_TRUE(button("addButton")->isEnabled());
    EXPECT_EQ(toggle->text(), QStringLiteral("&Close the year…"));
    EXPECT_TRUE(m_view->model()->setData(m_view->model()->index(0, FinanceYearModel::Amount),
                                         QStringLiteral("1200")));
    EXPECT_EQ(m_view->model()->lineAt(0).amountCents, 120'000);
}

TEST_F(FiscalYearClosingTest, ReopeningAnOpenYearIsRefusedAndShown)
{
    makeView();
    EXPECT_FALSE(m_view->setYearClosed(false).ok());
    EXPECT_FALSE(m_view->errorText().isEmpty());
    EXPECT_FALSE(m_view->model()->isReadOnly());
}

} // namespace
