// The pages that edit a row keep the version they showed (RowVersion): when another desk saved
// the row since, the save is refused with the other desk's name and the page shows the stored
// row. Two Database objects on one file or server database are two desks.

#include "BoardRepository.h"
#include "ExpertRepository.h"
#include "ExpertTableModel.h"
#include "ExpertsView.h"
#include "FinanceRepository.h"
#include "FinanceYearModel.h"
#include "MandateTableModel.h"
#include "MandatesPanel.h"
#include "ReportTextRepository.h"
#include "ReportsView.h"
#include "RowVersion.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <gmock/gmock.h>

#include <memory>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

class SeveralDesksPagesTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_other = m_test.openAnotherDesk();
        ASSERT_TRUE(m_other);
    }

    Database& deskB() { return *m_other; }

    std::string refusal() const
    {
        return ("changed at another desk by " + RowVersion::author(*m_other)).toStdString();
    }

    std::unique_ptr<Database> m_other;
};

TEST_F(SeveralDesksPagesTest, TheExpertsPageShowsTheStoredExpertAfterARefusal)
{
    Expert expert;
    expert.name = QStringLiteral("Alice Martin");
    expert.started = QDate(2020, 1, 6);
    auto id = ExpertRepository(db()).add(expert);
    ASSERT_OK(id);

    ExpertsView view(db());
    view.show();
    view.editRow(view.model()->rowOf(*id));
    auto* name = view.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* region = view.findChild<QLineEdit*>(QStringLiteral("regionEdit"));
    ASSERT_TRUE(name && region);

    // Desk B changes the expert while the page shows it.
    Expert atB = ExpertRepository(deskB()).get(*id).value();
    atB.region = QStringLiteral("Estrie");
    ASSERT_OK(ExpertRepository(deskB()).update(atB));

    name->clear();
    QTest::keyClicks(name, QStringLiteral("Alice Martin-Roy"));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    EXPECT_THAT(view.errorText().toStdString(), HasSubstr(refusal()));
    EXPECT_EQ(name->text(), QStringLiteral("Alice Martin"));
    EXPECT_EQ(region->text(), QStringLiteral("Estrie"));
    EXPECT_EQ(ExpertRepository(db()).get(*id)->name, QStringLiteral("Alice Martin"));

    // Made again on the stored version, the change is saved, and so is the next one.
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Alice Martin-Roy"));
    EXPECT_OK(view.save());
    EXPECT_EQ(ExpertRepository(deskB()).get(*id)->name, QStringLiteral("Alice Martin-Roy"));
    EXPECT_EQ(ExpertRepository(deskB()).get(*id)->region, QStringLiteral("Estrie"));
    region->clear();
    QTest::keyClicks(region, QStringLiteral("Outaouais"));
    EXPECT_OK(view.save());
}

TEST_F(SeveralDesksPagesTest, TheFinancesTableShowsTheStoredAmountAfterARefusal)
{
    FinanceLine line;
    line.fiscalYear = 2025;
    line.scenario = Scenario::Actual;
    line.kind = FinanceKind::Expense;
    line.label = QStringLiteral("Rent");
    line.amountCents = 1'200'000;
    auto id = FinanceRepository(db()).add(line);
    ASSERT_OK(id);

    FinanceYearModel model(db());
    ASSERT_OK(model.setFiscalYear(2025));
    ASSERT_EQ(model.rowCount(), 1);
    FinanceLine atB = FinanceRepository(deskB()).get(*id).value();
    atB.amountCents = 1'500'000;
    ASSERT_OK(FinanceRepository(deskB()).update(atB));

    const QModelIndex amount = model.index(0, FinanceYearModel::Amount);
    EXPECT_FALSE(model.setData(amount, QStringLiteral("9000")));
    EXPECT_THAT(model.lastError().toStdString(), HasSubstr(refusal()));
    EXPECT_EQ(model.lineAt(0).amountCents, 1'500'000);
    EXPECT_EQ(FinanceRepository(db()).get(*id)->amountCents, 1'500'000);

    // The table now holds the stored version: typed again, twice, the amount is saved.
    EXPECT_TRUE(model.setData(amount, QStringLiteral("9000")));
    EXPECT_TRUE(model.setData(amount, QStringLiteral("9500")));
    EXPECT_EQ(FinanceRepository(deskB()).get(*id)->amountCents, 950'000);

    // A removal from a stale row is refused as well.
    atB = FinanceRepository(deskB()).get(*id).value();
    atB.amountCents = 100;
    ASSERT_OK(FinanceRepository(deskB()).update(atB));
    EXPECT_FALSE(model.removeLine(0).ok());
    EXPECT_EQ(model.lineAt(0).amountCents, 100);
    EXPECT_OK(model.removeLine(0));
}

TEST_F(SeveralDesksPagesTest, TheMandateFormShowsTheStoredMandateAfterARefusal)
{
    BoardRepository board(db());
    auto director = board.addDirector(QStringLiteral("Paul Tremblay"));
    ASSERT_OK(director);
    auto organisationId = sql::insert(
        db(),
        QStringLiteral("INSERT INTO organisations (name, name_key, kind, created_at, updated_at) "
                       "VALUES ('Coop Le Rucher', 'coop le rucher', 'coop', ?, ?)"),
        {db().timestamp(), db().timestamp()});
    ASSERT_OK(organisationId);
    BoardMandate mandate;
    mandate.directorId = *director;
    mandate.organisationId = *organisationId;
    mandate.started = QDate(2019, 6, 1);
    auto id = board.addMandate(mandate);
    ASSERT_OK(id);

    MandatesPanel panel(db());
    panel.show();
    ASSERT_OK(panel.editMandate(*id));
    BoardMandate atB = BoardRepository(deskB()).mandate(*id).value();
    atB.role = BoardRole::President;
    ASSERT_OK(BoardRepository(deskB()).updateMandate(atB));

    MandateInput typed = panel.formInput();
    typed.ended = QDate(2022, 5, 31);
    panel.setFormInput(typed);
    auto refused = panel.save();
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(panel.errorText().toStdString(), HasSubstr(refusal()));
    EXPECT_EQ(panel.formInput().role, BoardRole::President);
    EXPECT_FALSE(panel.formInput().ended.isValid());
    EXPECT_FALSE(BoardRepository(db()).mandate(*id)->ended.isValid());

    typed = panel.formInput();
    typed.ended = QDate(2022, 5, 31);
    panel.setFormInput(typed);
    ASSERT_OK(panel.save());
    const BoardMandate stored = BoardRepository(deskB()).mandate(*id).value();
    EXPECT_EQ(stored.role, BoardRole::President);
    EXPECT_EQ(stored.ended, QDate(2022, 5, 31));
}

TEST_F(SeveralDesksPagesTest, TheReportTextsShowTheStoredTextsAndUndoBringsBackTheTyping)
{
    ReportsView view(db());
    view.setFiscalYear(2019);
    view.setTextLanguage(QStringLiteral("fr"));
    auto* president = view.findChild<QPlainTextEdit*>(QStringLiteral("presidentEdit"));
    ASSERT_NE(president, nullptr);
    ASSERT_EQ(president->toPlainText(), QString());

    // Desk B writes the year's first texts while the page shows none.
    ReportTexts atB = ReportTextRepository(deskB()).get(2019, QStringLiteral("fr")).value();
    atB.president = QStringLiteral("Le mot de B.");
    ASSERT_OK(ReportTextRepository(deskB()).save(atB));

    president->insertPlainText(QStringLiteral("Le mot de A."));
    EXPECT_FALSE(view.saveTexts());
    EXPECT_THAT(view.lastError().toStdString(), HasSubstr(refusal()));
    EXPECT_EQ(president->toPlainText(), QStringLiteral("Le mot de B."));
    EXPECT_FALSE(view.textsModified());
    EXPECT_EQ(ReportTextRepository(db()).get(2019, QStringLiteral("fr"))->president,
              QStringLiteral("Le mot de B."));

    // What A typed is one undo away; saved on the stored version, it goes through.
    president->undo();
    EXPECT_EQ(president->toPlainText(), QStringLiteral("Le mot de A."));
    EXPECT_TRUE(view.saveTexts());
    president->insertPlainText(QStringLiteral(" Encore."));
    EXPECT_TRUE(view.saveTexts());
    EXPECT_EQ(ReportTextRepository(deskB()).get(2019, QStringLiteral("fr"))->president,
              QStringLiteral("Le mot de A. Encore."));
}

} // namespace
