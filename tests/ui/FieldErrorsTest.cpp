// Errors shown in the window (issue 12, defect 13): they begin with a capital, and a long one
// under a field of the Hours entry row leaves the row's fields where they were.

#include "ErrorText.h"
#include "ExpertRepository.h"
#include "HoursView.h"
#include "MainWindow.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class FieldErrorsTest : public test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Expert alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.started = QDate(2015, 1, 1);
        ASSERT_OK(ExpertRepository(db()).add(alice));
        Organisation organisation;
        organisation.name = QStringLiteral("Coopérative Le Rucher");
        organisation.kind = OrganisationKind::Coop;
        ASSERT_OK(OrganisationRepository(db()).add(organisation));
    }

    template <typename T> T* child(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
};

TEST_F(FieldErrorsTest, ALongErrorUnderAFieldLeavesTheRowsFieldsWhereTheyWere)
{
    QUndoStack stack;
    HoursView view(db(), &stack, m_test.clock());
    view.resize(1024, 700);
    view.show();
    QApplication::processEvents();
    const QList<QWidget*> row{
        child<QWidget>(&view, "expertCombo"), child<QWidget>(&view, "organisationEdit"),
        child<QWidget>(&view, "durationEdit"), child<QWidget>(&view, "noteEdit")};
    QList<QRect> before;
    for (QWidget* field : row)
        before << field->geometry();

    QTest::keyClicks(child<QLineEdit>(&view, "organisationEdit"), QStringLiteral("rucher"));
    QTest::keyClicks(child<QLineEdit>(&view, "durationEdit"),
                     QStringLiteral("forty-two hours and a half, more or less, I would think"));
    QTest::keyClick(child<QLineEdit>(&view, "durationEdit"), Qt::Key_Return);
    QApplication::processEvents();

    auto* error = child<QLabel>(&view, "durationError");
    ASSERT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().at(0).isLower()) << error->text().toStdString();
    for (int i = 0; i < row.size(); ++i)
        EXPECT_EQ(row.at(i)->geometry(), before.at(i)) << row.at(i)->objectName().toStdString();
}

TEST_F(FieldErrorsTest, TheStatusBarsProblemStartsASentence)
{
    MainWindow window;
    window.showProblem(QStringLiteral("the database is locked by another program"));
    EXPECT_EQ(window.statusBar()->currentMessage(),
              QStringLiteral("The database is locked by another program"));
}

TEST(ErrorTextTest, OnlyALowerCaseFirstLetterChanges)
{
    EXPECT_EQ(ErrorText::sentence(QStringLiteral("état inconnu")), QStringLiteral("État inconnu"));
    EXPECT_EQ(ErrorText::sentence(QStringLiteral("\"abc\" is not a duration")),
              QStringLiteral("\"abc\" is not a duration"));
    EXPECT_EQ(ErrorText::sentence(QString()), QString());
}

} // namespace
