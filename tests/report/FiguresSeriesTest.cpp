// The five-year series of the report's charts, retention included.

#include "FiguresTestFixture.h"

#include <gmock/gmock.h>

using namespace bilan;
using bilan::test::FiguresTest;
using bilan::test::valueOf;
using ::testing::DoubleNear;
using ::testing::ElementsAre;
using ::testing::Optional;

namespace {

const QDate Day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// Members at the end of each year (March 31st):
//   2014-2015: A B      2015-2016: A B C      2016-2017: A C D
//   2017-2018: A C E    2018-2019: A C D E    2019-2020: A C D
// D leaves on 2018-01-01 and rejoins on 2018-06-01.
TEST_F(FiguresTest, SeriesGiveFiveYearsWithRetention)
{
    const qint64 a = organisation(QStringLiteral("A")), b = organisation(QStringLiteral("B")),
                 c = organisation(QStringLiteral("C")), d = organisation(QStringLiteral("D")),
                 e = organisation(QStringLiteral("E"));
    period(a, Day(2014, 1, 1));
    period(b, Day(2014, 1, 1), Day(2016, 6, 1));
    period(c, Day(2015, 5, 1));
    period(d, Day(2016, 5, 1), Day(2018, 1, 1));
    period(d, Day(2018, 6, 1));
    period(e, Day(2017, 5, 1), Day(2019, 5, 1));
    const qint64 x = expert(QStringLiteral("X"));
    hours(Day(2015, 4, 1), x, a, 60);
    hours(Day(2017, 7, 1), x, a, 120);
    hours(Day(2019, 3, 31), x, a, 30);
    hours(Day(2019, 6, 1), x, a, 90);

    const FiguresSeries s = valueOf(FiguresCalculator(db()).series(2019));
    ASSERT_EQ(s.years.size(), 5);
    EXPECT_EQ(s.years.first().name(), QStringLiteral("2015-2016"));
    EXPECT_EQ(s.years.last().name(), QStringLiteral("2019-2020"));
    EXPECT_THAT(s.minutes, ElementsAre(60, std::nullopt, 120, 30, 90));
    EXPECT_THAT(s.membersEnd, ElementsAre(3, 3, 3, 4, 3));
    EXPECT_THAT(s.membersNew, ElementsAre(1, 1, 1, 1, 0));
    EXPECT_THAT(s.membersLeft, ElementsAre(0, 1, 1, 0, 1));
    ASSERT_EQ(s.retentionPct.size(), 5);
    EXPECT_THAT(s.retentionPct[0], Optional(DoubleNear(100.0, 1e-9)));       // A B of A B
    EXPECT_THAT(s.retentionPct[1], Optional(DoubleNear(200.0 / 3.0, 1e-9))); // A C of A B C
    EXPECT_THAT(s.retentionPct[2], Optional(DoubleNear(200.0 / 3.0, 1e-9))); // A C of A C D
    EXPECT_THAT(s.retentionPct[3], Optional(DoubleNear(100.0, 1e-9)));       // all of A C E
    EXPECT_THAT(s.retentionPct[4], Optional(DoubleNear(75.0, 1e-9)));        // A C D of 4

    // The series agree with the year's own figures.
    const YearlyFigures y2018 = compute(2018);
    EXPECT_EQ(y2018.membersEnd, s.membersEnd[3]);
    EXPECT_EQ(y2018.membersNew, s.membersNew[3]);
    EXPECT_EQ(y2018.membersLeft, s.membersLeft[3]);
    EXPECT_EQ(y2018.minutesRendered, s.minutes[3]);
}

TEST_F(FiguresTest, SeriesWithoutMembersHaveNoRetention)
{
    const FiguresSeries s = valueOf(FiguresCalculator(db()).series(2019, 3));
    ASSERT_EQ(s.years.size(), 3);
    EXPECT_EQ(s.years.first(), FiscalYear(2017));
    EXPECT_THAT(s.minutes, ElementsAre(std::nullopt, std::nullopt, std::nullopt));
    EXPECT_THAT(s.membersEnd, ElementsAre(std::nullopt, std::nullopt, std::nullopt));
    EXPECT_THAT(s.retentionPct, ElementsAre(std::nullopt, std::nullopt, std::nullopt));
}

TEST_F(FiguresTest, RetentionIsEmptyWhenNobodyWasAMemberTheYearBefore)
{
    period(organisation(QStringLiteral("A")), Day(2019, 5, 1));
    const FiguresSeries s = valueOf(FiguresCalculator(db()).series(2019, 2));
    EXPECT_THAT(s.membersEnd, ElementsAre(0, 1));
    EXPECT_THAT(s.retentionPct, ElementsAre(std::nullopt, std::nullopt));
}

} // namespace
