#include "ExpertsView.h"

#include "ExpertRepository.h"
#include "ExpertTableModel.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace bilan;

namespace {

class ExpertsViewTest : public bilan::test::DatabaseTest
{
protected:
    void makeView()
    {
        m_view = std::make_unique<ExpertsView>(db());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view->show();
    }

    template <typename W> W* child(const char* name)
    {
        auto* widget = m_view->findChild<W*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void fill(const QString& name, const QString& fields)
    {
        child<QPushButton>("newButton")->click();
        QTest::keyClicks(child<QLineEdit>("nameEdit"), name);
        QTest::keyClicks(child<QLineEdit>("fieldsEdit"), fields);
        QTest::keyClicks(child<QLineEdit>("regionEdit"), QStringLiteral("Estrie"));
        child<QDateEdit>("startedEdit")->setDate(QDate(2020, 3, 1));
    }

    qint64 countExperts()
    {
        auto experts = ExpertRepository(db()).all();
        EXPECT_TRUE(experts.ok()) << experts.message().toStdString();
        return experts ? experts->size() : -1;
    }

    std::unique_ptr<ExpertsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(ExpertsViewTest, AddsAnExpertFromTheEditor)
{
    makeView();
    fill(QStringLiteral("Anne Roy"), QStringLiteral("Governance | Law"));
    child<QComboBox>("roleCombo")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    EXPECT_TRUE(m_view->errorText().isEmpty());
    EXPECT_TRUE(m_view->errorText(QStringLiteral("name")).isEmpty());

    auto found = ExpertRepository(db()).findByName(QStringLiteral("Anne Roy"));
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    const Expert& expert = **found;
    EXPECT_EQ(expert.role, ExpertRole::Trainer);
    EXPECT_EQ(expert.fields, (QStringList{QStringLiteral("Governance"), QStringLiteral("Law")}));
    EXPECT_EQ(expert.region, QStringLiteral("Estrie"));
    EXPECT_EQ(expert.started, QDate(2020, 3, 1));
    EXPECT_FALSE(expert.ended.isValid());
    // Optional personal information left alone is stored as not given.
    EXPECT_FALSE(expert.gender.has_value());
    EXPECT_FALSE(expert.birthYear.has_value());

    // The list shows the new expert, selected, and the editor now edits it.
    ExpertTableModel* model = m_view->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, ExpertTableModel::Fields).data().toString(),
              QStringLiteral("Governance, Law"));
    EXPECT_EQ(model->index(0, ExpertTableModel::Role).data().toString(), QStringLiteral("Trainer"));
    EXPECT_EQ(m_view->editedId(), expert.id);
}

TEST_F(ExpertsViewTest, StoresTheOptionalPersonalInformationWhenGiven)
{
    makeView();
    fill(QStringLiteral("Luc Tremblay"), QString());
    child<QComboBox>("genderCombo")->setCurrentIndex(3);
    child<QSpinBox>("birthYearSpin")->setValue(1970);
    child<QCheckBox>("stillActiveCheck")->setChecked(false);
    child<QDateEdit>("endedEdit")->setDate(QDate(2024, 6, 30));
    ASSERT_OK(m_view->save());

    auto found = ExpertRepository(db()).findByName(QStringLiteral("Luc Tremblay"));
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->gender, Gender::X);
    EXPECT_EQ((*found)->birthYear, 1970);
    EXPECT_EQ((*found)->ended, QDate(2024, 6, 30));
    EXPECT_TRUE((*found)->fields.isEmpty());
}

TEST_F(ExpertsViewTest, ADuplicateNameShowsTheErrorNextToTheNameAndWritesNothing)
{
    makeView();
    fill(QStringLiteral("Anne Roy"), QStringLiteral("Law"));
    ASSERT_OK(m_view->save());
    ASSERT_EQ(countExperts(), 1);

    fill(QStringLiteral("anne  roy"), QStringLiteral("Finance"));
    EXPECT_EQ(m_view->editedId(), 0);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    EXPECT_FALSE(m_view->errorText(QStringLiteral("name")).isEmpty());
    EXPECT_TRUE(child<QLabel>("nameError")->isVisible());
    EXPECT_EQ(countExperts(), 1);
    EXPECT_EQ(m_view->model()->rowCount(), 1);
}

TEST_F(ExpertsViewTest, SelectingAnExpertEditsAndUpdatesIt)
{
    makeView();
    fill(QStringLiteral("Anne Roy"), QStringLiteral("Law"));
    ASSERT_OK(m_view->save());
    fill(QStringLiteral("Bea Cote"), QStringLiteral("HR"));
    ASSERT_OK(m_view->save());

    child<QPushButton>("newButton")->click();
    EXPECT_EQ(m_view->editedId(), 0);
    EXPECT_TRUE(child<QLineEdit>("nameEdit")->text().isEmpty());

    auto* table = child<QTableView>("expertsView");
    table->setCurrentIndex(m_view->model()->index(0, ExpertTableModel::Name));
    EXPECT_EQ(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Anne Roy"));
    QLineEdit* fields = child<QLineEdit>("fieldsEdit");
    fields->clear();
    QTest::keyClicks(fields, QStringLiteral("Law | Ethics"));
    ASSERT_OK(m_view->save());
    EXPECT_EQ(countExperts(), 2);
    auto found = ExpertRepository(db()).findByName(QStringLiteral("Anne Roy"));
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->fields, (QStringList{QStringLiteral("Law"), QStringLiteral("Ethics")}));
}

TEST_F(ExpertsViewTest, AMissingNameIsShownInline)
{
    makeView();
    fill(QString(), QStringLiteral("Law"));
    EXPECT_FALSE(m_view->save().ok());
    EXPECT_FALSE(m_view->errorText(QStringLiteral("name")).isEmpty());
    EXPECT_EQ(countExperts(), 0);
}

TEST_F(ExpertsViewTest, TheModelListsExpertsByName)
{
    Expert expert;
    expert.name = QStringLiteral("Zoé Gagnon");
    expert.role = ExpertRole::Director;
    expert.fields = {QStringLiteral("Finance"), QStringLiteral("HR")};
    expert.started = QDate(2019, 1, 1);
    expert.ended = QDate(2023, 12, 31);
    ASSERT_OK(ExpertRepository(db()).add(expert));
    expert.name = QStringLiteral("Alain Fortin");
    expert.ended = QDate();
    ASSERT_OK(ExpertRepository(db()).add(expert));

    ExpertTableModel model(db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_OK(model.reload());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), ExpertTableModel::ColumnCount);
    EXPECT_EQ(model.index(0, ExpertTableModel::Name).data().toString(),
              QStringLiteral("Alain Fortin"));
    EXPECT_EQ(model.index(1, ExpertTableModel::Fields).data().toString(),
              QStringLiteral("Finance, HR"));
    EXPECT_EQ(model.index(1, ExpertTableModel::Role).data().toString(), QStringLiteral("Director"));
    EXPECT_TRUE(model.index(0, ExpertTableModel::Ended).data().toString().isEmpty());
    EXPECT_FALSE(model.index(1, ExpertTableModel::Ended).data().toString().isEmpty());
    EXPECT_EQ(model.rowOf(model.expertAt(1).id), 1);
    EXPECT_EQ(model.headerData(ExpertTableModel::Fields, Qt::Horizontal).toString(),
              QStringLiteral("Fields of expertise"));
}

TEST_F(ExpertsViewTest, ANewExpertStartsOnTheClocksToday)
{
    // A day far from the real one: a form that asked the system for today would show another.
    m_test.clock().set(QDateTime(QDate(2019, 6, 15), QTime(12, 0), Qt::UTC));
    makeView();
    child<QPushButton>("newButton")->click();
    EXPECT_EQ(child<QDateEdit>("startedEdit")->date(), QDate(2019, 6, 15));
    // The end date offered, should the expert be marked as no longer active, is today too.
    EXPECT_EQ(child<QDateEdit>("endedEdit")->date(), QDate(2019, 6, 15));
}
