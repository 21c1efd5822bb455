#include "FinancesView.h"

#include "FinanceRepository.h"
#include "FinanceYearModel.h"
#include "FiscalYear.h"
#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

const int Year = 2019;

class FinancesViewTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        // The labels follow the current locale; English keeps the expected text stable.
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        add(Scenario::Actual, FinanceKind::RevenueMembers, QStringLiteral("Dues"), 600'000);
        add(Scenario::Actual, FinanceKind::PublicFunding, QStringLiteral("Grant"), 400'000);
        add(Scenario::Actual, FinanceKind::Expense, QStringLiteral("Salaries"), 900'000);
        add(Scenario::Budget, FinanceKind::RevenueMembers, QStringLiteral("Dues"), 500'000);
    }

    void TearDown() override { QLocale::setDefault(m_savedLocale); }

    void add(Scenario scenario, FinanceKind kind, const QString& label, qint64 cents)
    {
        FinanceLine line;
        line.fiscalYear = Year;
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
        m_view->show();
    }

    QString labelText(const char* name)
    {
        auto* label = m_view->findChild<QLabel*>(QString::fromLatin1(name));
        EXPECT_NE(label, nullptr) << name;
        return label ? label->text() : QString();
    }

    int row(const QString& label, Scenario scenario = Scenario::Actual)
    {
        FinanceYearModel* model = m_view->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const FinanceLine line = model->lineAt(r);
            if (line.scenario == scenario && line.label == label)
                return r;
        }
        return -1;
    }

    QLocale m_savedLocale;
    std::unique_ptr<FinancesView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(FinancesViewTest, OffersTheYearsWithLinesAndTheCurrentAndNextOnes)
{
    makeView();
    auto* combo = m_view->findChild<QComboBox*>(QStringLiteral("yearCombo"));
    ASSERT_NE(combo, nullptr);
    QStringList names;
    for (int i = 0; i < combo->count(); ++i)
        names << combo->itemText(i);
    // The test clock says 2026-11-24: fiscal year 2026-2027 (April start).
    EXPECT_EQ(names, (QStringList{QStringLiteral("2027-2028"), QStringLiteral("2026-2027"),
                                  QStringLiteral("2019-2020")}));
    // The current year has no line: the page opens on the latest year that has some.
    EXPECT_EQ(combo->currentText(), QStringLiteral("2019-2020"));
    EXPECT_EQ(m_view->model()->rowCount(), 4);
}

TEST_F(FinancesViewTest, ShowsTheYearsLinesAndTotals)
{
    makeView();
    ASSERT_OK(m_view->setFiscalYear(Year));
    EXPECT_EQ(m_view->findChild<QComboBox*>(QStringLiteral("yearCombo"))->currentText(),
              QStringLiteral("2019-2020"));
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("linesView"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model(), m_view->model());
    EXPECT_EQ(m_view->model()->rowCount(), 4);
    EXPECT_EQ(labelText("actualRevenueLabel"), QStringLiteral("$10,000.00"));
    EXPECT_EQ(labelText("actualExpensesLabel"), QStringLiteral("$9,000.00"));
    EXPECT_EQ(labelText("actualSurplusLabel"), QStringLiteral("$1,000.00"));
    EXPECT_EQ(labelText("actualSelfFinancingLabel"), QStringLiteral("60.0%"));
    EXPECT_EQ(labelText("budgetRevenueLabel"), QStringLiteral("$5,000.00"));
    EXPECT_TRUE(m_view->bannerText().isEmpty());
    EXPECT_TRUE(m_view->errorText().isEmpty());
}

TEST_F(FinancesViewTest, EditingAnAmountUpdatesTheTotals)
{
    makeView();
    ASSERT_OK(m_view->setFiscalYear(Year));
    FinanceYearModel* model = m_view->model();
    const QModelIndex dues = model->index(row(QStringLiteral("Dues")), FinanceYearModel::Amount);
    ASSERT_TRUE(model->setData(dues, QStringLiteral("7000")));
    EXPECT_EQ(labelText("actualRevenueLabel"), QStringLiteral("$11,000.00"));
    EXPECT_EQ(labelText("actualSurplusLabel"), QStringLiteral("$2,000.00"));
    EXPECT_TRUE(m_view->errorText().isEmpty());
}

TEST_F(FinancesViewTest, ARefusedAmountShowsTheInlineError)
{
    makeView();
    ASSERT_OK(m_view->setFiscalYear(Year));
    FinanceYearModel* model = m_view->model();
    const QModelIndex dues = model->index(row(QStringLiteral("Dues")), FinanceYearModel::Amount);
    EXPECT_FALSE(model->setData(dues, QStringLiteral("lots")));
    EXPECT_FALSE(m_view->errorText().isEmpty());
    EXPECT_TRUE(m_view->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    EXPECT_EQ(labelText("actualRevenueLabel"), QStringLiteral("$10,000.00"));

    // A good (different) amount afterwards clears it.
    ASSERT_TRUE(model->setData(dues, QStringLiteral("6500")));
    EXPECT_TRUE(m_view->errorText().isEmpty());
    EXPECT_EQ(labelText("actualRevenueLabel"), QStringLiteral("$10,500.00"));

    // So does typing the amount already there after a refusal: it is good, nothing to write.
    EXPECT_FALSE(model->setData(dues, QStringLiteral("lots")));
    EXPECT_FALSE(m_view->errorText().isEmpty());
    ASSERT_TRUE(model->setData(dues, QStringLiteral("6500")));
    EXPECT_TRUE(m_view->errorText().isEmpty());
}

TEST_F(FinancesViewTest, AClosedYearIsShownReadOnlyUnderABanner)
{
    ASSERT_OK(SettingsRepository(db()).closeYear(FiscalYear(Year)));
    makeView();
    ASSERT_OK(m_view->setFiscalYear(Year));
    EXPECT_THAT(m_view->bannerText().toStdString(), HasSubstr("2019-2020"));
    FinanceYearModel* model = m_view->model();
    const QModelIndex dues = model->index(row(QStringLiteral("Dues")), FinanceYearModel::Amount);
    EXPECT_FALSE(model->flags(dues).testFlag(Qt::ItemIsEditable));
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("linesView"));
    EXPECT_EQ(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    EXPECT_FALSE(m_view->findChild<QPushButton*>(QStringLiteral("addButton"))->isEnabled());

    // An open year lifts the banner.
    ASSERT_OK(m_view->setFiscalYear(Year + 1));
    EXPECT_TRUE(m_view->bannerText().isEmpty());
    EXPECT_TRUE(m_view->findChild<QPushButton*>(QStringLiteral("addButton"))->isEnabled());
}

TEST_F(FinancesViewTest, AddsAndRemovesLinesFromTheForm)
{
    makeView();
    ASSERT_OK(m_view->setFiscalYear(Year));
    auto* kind = m_view->findChild<QComboBox*>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(FinanceKind::Expense)));
    m_view->findChild<QLineEdit*>(QStringLiteral("labelEdit"))->setText(QStringLiteral("Rent"));
    auto* amount = m_view->findChild<QLineEdit*>(QStringLiteral("amountEdit"));

    amount->setText(QStringLiteral("nope"));
    EXPECT_FALSE(m_view->addLineFromForm().ok());
    EXPECT_FALSE(m_view->errorText().isEmpty());

    amount->setText(QStringLiteral("500"));
    ASSERT_OK(m_view->addLineFromForm());
    EXPECT_TRUE(m_view->errorText().isEmpty());
    EXPECT_EQ(m_view->model()->rowCount(), 5);
    EXPECT_EQ(labelText("actualSurplusLabel"), QStringLiteral("$500.00"));

    // Nothing selected: said, not done.
    EXPECT_FALSE(m_view->removeSelectedLine().ok());
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("linesView"));
    table->setCurrentIndex(m_view->model()->index(row(QStringLiteral("Rent")), 0));
    ASSERT_OK(m_view->removeSelectedLine());
    EXPECT_EQ(m_view->model()->rowCount(), 4);
    EXPECT_EQ(labelText("actualSurplusLabel"), QStringLiteral("$1,000.00"));
}
