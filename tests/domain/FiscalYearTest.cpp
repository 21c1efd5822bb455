#include "FiscalYear.h"

#include <gmock/gmock.h>

using bilan::FiscalYear;
using ::testing::HasSubstr;

namespace {

std::string parseError(const QString& text, int startMonth = FiscalYear::DefaultStartMonth)
{
    auto parsed = FiscalYear::parse(text, startMonth);
    EXPECT_FALSE(parsed.ok()) << text.toStdString() << " parsed";
    return parsed.message().toStdString();
}

TEST(FiscalYear, AnAprilYearRunsFromAprilFirstToMarchThirtyFirst)
{
    const FiscalYear year(2019);
    EXPECT_TRUE(year.isValid());
    EXPECT_EQ(year.startYear(), 2019);
    EXPECT_EQ(year.startMonth(), 4);
    EXPECT_EQ(year.firstDay(), QDate(2019, 4, 1));
    EXPECT_EQ(year.lastDay(), QDate(2020, 3, 31));
    EXPECT_EQ(year.name(), "2019-2020");
}

TEST(FiscalYear, AJanuaryYearIsTheCalendarYearNamedByOneYear)
{
    const FiscalYear year(2019, 1);
    EXPECT_EQ(year.firstDay(), QDate(2019, 1, 1));
    EXPECT_EQ(year.lastDay(), QDate(2019, 12, 31));
    EXPECT_EQ(year.name(), "2019");
}

TEST(FiscalYear, AnOctoberYearEndsOnSeptemberThirtieth)
{
    const FiscalYear year(2019, 10);
    EXPECT_EQ(year.firstDay(), QDate(2019, 10, 1));
    EXPECT_EQ(year.lastDay(), QDate(2020, 9, 30));
    EXPECT_EQ(year.name(), "2019-2020");
}

TEST(FiscalYear, AMarchYearEndsOnTheLeapDay)
{
    EXPECT_EQ(FiscalYear(2019, 3).lastDay(), QDate(2020, 2, 29));
    EXPECT_EQ(FiscalYear(2020, 3).lastDay(), QDate(2021, 2, 28));
}

TEST(FiscalYear, AnImpossibleStartMonthFallsBackToApril)
{
    EXPECT_EQ(FiscalYear(2019, 0).startMonth(), 4);
    EXPECT_EQ(FiscalYear(2019, 13).startMonth(), 4);
    EXPECT_EQ(FiscalYear(2019, 12).startMonth(), 12);
}

TEST(FiscalYear, ADefaultYearIsInvalidAndEmpty)
{
    const FiscalYear none;
    EXPECT_FALSE(none.isValid());
    EXPECT_FALSE(none.firstDay().isValid());
    EXPECT_FALSE(none.lastDay().isValid());
    EXPECT_TRUE(none.name().isEmpty());
    EXPECT_FALSE(none.contains(QDate(2019, 4, 1)));
}

TEST(FiscalYear, ContainsBothBoundaryDaysAndNothingBeyond)
{
    const FiscalYear year(2019);
    EXPECT_FALSE(year.contains(QDate(2019, 3, 31)));
    EXPECT_TRUE(year.contains(QDate(2019, 4, 1)));
    EXPECT_TRUE(year.contains(QDate(2020, 3, 31)));
    EXPECT_FALSE(year.contains(QDate(2020, 4, 1)));
    EXPECT_FALSE(year.contains(QDate()));
}

TEST(FiscalYear, ContainingAnAprilBoundaryDay)
{
    EXPECT_EQ(FiscalYear::containing(QDate(2019, 3, 31)), FiscalYear(2018));
    EXPECT_EQ(FiscalYear::containing(QDate(2019, 4, 1)), FiscalYear(2019));
    EXPECT_EQ(FiscalYear::containing(QDate(2019, 12, 31)), FiscalYear(2019));
    EXPECT_EQ(FiscalYear::containing(QDate(2020, 1, 1)), FiscalYear(2019));
    EXPECT_EQ(FiscalYear::containing(QDate(2020, 3, 31)), FiscalYear(2019));
    EXPECT_EQ(FiscalYear::containing(QDate(2020, 4, 1)), FiscalYear(2020));
}

TEST(FiscalYear, ContainingWithJanuaryAndOctoberStarts)
{
    EXPECT_EQ(FiscalYear::containing(QDate(2018, 12, 31), 1), FiscalYear(2018, 1));
    EXPECT_EQ(FiscalYear::containing(QDate(2019, 1, 1), 1), FiscalYear(2019, 1));
    EXPECT_EQ(FiscalYear::containing(QDate(2019, 12, 31), 1), FiscalYear(2019, 1));

    EXPECT_EQ(FiscalYear::containing(QDate(2019, 9, 30), 10), FiscalYear(2018, 10));
    EXPECT_EQ(FiscalYear::containing(QDate(2019, 10, 1), 10), FiscalYear(2019, 10));
    EXPECT_EQ(FiscalYear::containing(QDate(2020, 9, 30), 10), FiscalYear(2019, 10));
    EXPECT_EQ(FiscalYear::containing(QDate(2020, 10, 1), 10), FiscalYear(2020, 10));
}

TEST(FiscalYear, ContainingIsConsistentWithContainsOverAWholeYear)
{
    for (int month : {1, 4, 7, 10, 12}) {
        const FiscalYear year(2019, month);
        for (QDate day = year.firstDay().addDays(-3); day <= year.lastDay().addDays(3);
             day = day.addDays(1)) {
            EXPECT_EQ(FiscalYear::containing(day, month) == year, year.contains(day))
                << month << " " << day.toString(Qt::ISODate).toStdString();
        }
    }
}

TEST(FiscalYear, ContainingAnInvalidDateIsInvalid)
{
    EXPECT_FALSE(FiscalYear::containing(QDate()).isValid());
}

TEST(FiscalYear, PreviousAndNextKeepTheStartMonth)
{
    const FiscalYear year(2019, 10);
    EXPECT_EQ(year.previous(), FiscalYear(2018, 10));
    EXPECT_EQ(year.next(), FiscalYear(2020, 10));
    EXPECT_EQ(year.previous().lastDay().addDays(1), year.firstDay());
    EXPECT_EQ(year.lastDay().addDays(1), year.next().firstDay());
    EXPECT_LT(year.previous(), year);
    EXPECT_NE(FiscalYear(2019, 10), FiscalYear(2019, 4));
}

TEST(FiscalYear, ParsesBothSpellings)
{
    auto pair = FiscalYear::parse(u"2019-2020");
    ASSERT_TRUE(pair.ok()) << pair.message().toStdString();
    EXPECT_EQ(*pair, FiscalYear(2019));

    auto single = FiscalYear::parse(u"2019");
    ASSERT_TRUE(single.ok()) << single.message().toStdString();
    EXPECT_EQ(*single, FiscalYear(2019));

    auto spaced = FiscalYear::parse(u" 2019 - 2020 ");
    ASSERT_TRUE(spaced.ok()) << spaced.message().toStdString();
    EXPECT_EQ(*spaced, FiscalYear(2019));
}

TEST(FiscalYear, ParseUsesTheGivenStartMonth)
{
    auto october = FiscalYear::parse(u"2019-2020", 10);
    ASSERT_TRUE(october.ok());
    EXPECT_EQ(*october, FiscalYear(2019, 10));
    EXPECT_EQ(october->firstDay(), QDate(2019, 10, 1));

    auto january = FiscalYear::parse(u"2019", 1);
    ASSERT_TRUE(january.ok());
    EXPECT_EQ(*january, FiscalYear(2019, 1));
}

TEST(FiscalYear, ParseNamesRoundTrip)
{
    for (int month : {1, 4, 10}) {
        const FiscalYear year(2024, month);
        auto parsed = FiscalYear::parse(year.name(), month);
        ASSERT_TRUE(parsed.ok()) << parsed.message().toStdString();
        EXPECT_EQ(*parsed, year);
    }
}

TEST(FiscalYear, ParseRefusesYearsThatDoNotFollowEachOther)
{
    EXPECT_THAT(parseError(QStringLiteral("2019-2021")),
                HasSubstr("\"2019-2021\" is not a fiscal year: the second year must follow the "
                          "first, as in 2019-2020"));
    EXPECT_THAT(parseError(QStringLiteral("2019-2019")), HasSubstr("as in 2019-2020"));
    EXPECT_THAT(parseError(QStringLiteral("2020-2019")), HasSubstr("as in 2020-2021"));
}

TEST(FiscalYear, ParseRefusesWhatIsNotAYear)
{
    for (const QString& text : {QStringLiteral("abcd"), QStringLiteral(""), QStringLiteral("19"),
                                QStringLiteral("2019/2020"), QStringLiteral("2019-20")}) {
        EXPECT_THAT(parseError(text), HasSubstr("\"" + text.toStdString() +
                                                "\" is not a fiscal year; write it as "
                                                "2019-2020 or 2019"));
    }
}

TEST(FiscalYear, ParseRefusesTwoYearsWhenYearsStartInJanuary)
{
    EXPECT_THAT(parseError(QStringLiteral("2019-2020"), 1),
                HasSubstr("fiscal years start in January here, so they are named by one year, "
                          "like 2019"));
}

TEST(FiscalYear, ParseRefusesImplausibleYears)
{
    EXPECT_THAT(parseError(QStringLiteral("1899")),
                HasSubstr("1899 is out of range for a fiscal year (fiscal years go from 1900 "
                          "to 2999)"));
    EXPECT_THAT(parseError(QStringLiteral("3000")),
                HasSubstr("3000 is out of range for a fiscal year (fiscal years go from 1900 "
                          "to 2999)"));
    EXPECT_TRUE(FiscalYear::parse(u"1900").ok());
    EXPECT_TRUE(FiscalYear::parse(u"2999").ok());
}

} // namespace
