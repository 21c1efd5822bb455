#include "OrganisationTableModel.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class OrganisationTableModelTest : public bilan::test::DatabaseTest
{};

} // namespace

TEST_F(OrganisationTableModelTest, ShowsMembershipsOnTheClocksToday)
{
    // A day far from the real one: a model that asked the system for today would show another.
    m_test.clock().set(QDateTime(QDate(2019, 6, 15), QTime(12, 0), Qt::UTC));
    OrganisationTableModel model(db());
    EXPECT_EQ(model.memberOn(), QDate(2019, 6, 15));
}
