// The activities list fills its width: the title column takes what the others leave, even when
// the titles are short or empty (it shrank to a sliver beside an empty white area).

#include "DevelopmentView.h"

#include "TestDatabase.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class DevelopmentViewLayoutTest : public test::DatabaseTest
{};

TEST_F(DevelopmentViewLayoutTest, TheTitleColumnTakesTheRestOfTheWidth)
{
    // As at a new cooperative's desk: an empty list, then an activity saved with no title.
    DevelopmentView view(db());
    view.resize(1200, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_OK(view.setFiscalYear(2019));
    QCoreApplication::processEvents();
    view.findChild<QDateEdit*>(QStringLiteral("activityDateEdit"))->setDate(QDate(2019, 5, 2));
    ASSERT_OK(view.saveActivityFromForm());
    QCoreApplication::processEvents();
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("activitiesTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_GE(table->horizontalHeader()->length(), table->viewport()->width() - 2);
    EXPECT_GT(table->columnWidth(3), table->columnWidth(2));
}

} // namespace
