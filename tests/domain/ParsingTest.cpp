#include "Parsing.h"

#include <gmock/gmock.h>

using bilan::Parsing;
using ::testing::HasSubstr;

namespace {

// What each parser made of a text, as something GoogleTest prints readably.
template <typename T> std::string errorOf(const bilan::Result<T>& result, const QString& text)
{
    EXPECT_FALSE(result.ok()) << '"' << text.toStdString() << "\" was accepted";
    return result.message().toStdString();
}

int minutes(const QString& text)
{
    auto parsed = Parsing::duration(text);
    EXPECT_TRUE(parsed.ok()) << text.toStdString() << ": " << parsed.message().toStdString();
    return parsed.ok() ? *parsed : -1;
}

qint64 cents(const QString& text)
{
    auto parsed = Parsing::amount(text);
    EXPECT_TRUE(parsed.ok()) << text.toStdString() << ": " << parsed.message().toStdString();
    return parsed.ok() ? *parsed : -1;
}

std::string durationError(const QString& text)
{
    return errorOf(Parsing::duration(text), text);
}

std::string amountError(const QString& text)
{
    return errorOf(Parsing::amount(text), text);
}

// --- dates

TEST(ParsingDate, ReadsAnIsoDate)
{
    auto date = Parsing::date(u"2019-04-01");
    ASSERT_TRUE(date.ok()) << date.message().toStdString();
    EXPECT_EQ(*date, QDate(2019, 4, 1));
    auto spaced = Parsing::date(u"  2020-03-31 ");
    ASSERT_TRUE(spaced.ok());
    EXPECT_EQ(*spaced, QDate(2020, 3, 31));
}

TEST(ParsingDate, AcceptsTheLeapDayOfALeapYearOnly)
{
    auto leap = Parsing::date(u"2020-02-29");
    ASSERT_TRUE(leap.ok()) << leap.message().toStdString();
    EXPECT_EQ(*leap, QDate(2020, 2, 29));
    EXPECT_THAT(errorOf(Parsing::date(u"2019-02-29"), QStringLiteral("2019-02-29")),
                HasSubstr("2019-02-29 does not exist in the calendar"));
}

TEST(ParsingDate, RefusesADayThatDoesNotExistRatherThanRollingOver)
{
    EXPECT_THAT(errorOf(Parsing::date(u"2019-02-30"), QStringLiteral("2019-02-30")),
                HasSubstr("2019-02-30 does not exist in the calendar"));
    EXPECT_THAT(errorOf(Parsing::date(u"2019-13-01"), QStringLiteral("2019-13-01")),
                HasSubstr("does not exist in the calendar"));
    EXPECT_THAT(errorOf(Parsing::date(u"2019-04-31"), QStringLiteral("2019-04-31")),
                HasSubstr("does not exist in the calendar"));
}

TEST(ParsingDate, RefusesOtherSpellings)
{
    for (const QString& text : {QStringLiteral("2019-2-3"), QStringLiteral("01/04/2019"),
                                QStringLiteral("2019-04-01T10:00"), QStringLiteral("20190401"),
                                QStringLiteral("April 1, 2019")}) {
        EXPECT_THAT(
            errorOf(Parsing::date(text), text),
            HasSubstr("\"" + text.toStdString() + "\" is not a date; write it as YYYY-MM-DD"));
    }
}

TEST(ParsingDate, RefusesAnEmptyDate)
{
    EXPECT_THAT(errorOf(Parsing::date(u"  "), QStringLiteral("  ")),
                HasSubstr("a date is required (YYYY-MM-DD)"));
}

TEST(ParsingDate, FormatsWhatItReads)
{
    EXPECT_EQ(Parsing::formatDate(QDate(2019, 4, 1)), "2019-04-01");
    auto back = Parsing::date(Parsing::formatDate(QDate(2020, 2, 29)));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, QDate(2020, 2, 29));
}

// --- durations

TEST(ParsingDuration, ReadsEverySpellingOfDesignMd)
{
    EXPECT_EQ(minutes(QStringLiteral("1.5")), 90);
    EXPECT_EQ(minutes(QStringLiteral("1,5")), 90);
    EXPECT_EQ(minutes(QStringLiteral("1:30")), 90);
    EXPECT_EQ(minutes(QStringLiteral("1h30")), 90);
    EXPECT_EQ(minutes(QStringLiteral("90min")), 90);
}

TEST(ParsingDuration, ReadsOtherCommonSpellings)
{
    EXPECT_EQ(minutes(QStringLiteral("2h")), 120);
    EXPECT_EQ(minutes(QStringLiteral("2")), 120);
    EXPECT_EQ(minutes(QStringLiteral("1 h 30")), 90);
    EXPECT_EQ(minutes(QStringLiteral("1H30")), 90);
    EXPECT_EQ(minutes(QStringLiteral("1h30min")), 90);
    EXPECT_EQ(minutes(QStringLiteral("1h05")), 65);
    EXPECT_EQ(minutes(QStringLiteral("1h5")), 65);
    EXPECT_EQ(minutes(QStringLiteral("45 min")), 45);
    EXPECT_EQ(minutes(QStringLiteral("90 MIN")), 90);
    EXPECT_EQ(minutes(QStringLiteral("45m")), 45);
    EXPECT_EQ(minutes(QStringLiteral("0.25")), 15);
    EXPECT_EQ(minutes(QStringLiteral("1.5h")), 90);
    EXPECT_EQ(minutes(QStringLiteral("1,5 heures")), 90);
    EXPECT_EQ(minutes(QStringLiteral("2 hours")), 120);
    EXPECT_EQ(minutes(QStringLiteral("0:05")), 5);
    EXPECT_EQ(minutes(QStringLiteral(" 10:00 ")), 600);
}

TEST(ParsingDuration, ReturnsZeroForZeroAndLeavesTheRefusalToValidation)
{
    EXPECT_EQ(minutes(QStringLiteral("0")), 0);
    EXPECT_EQ(minutes(QStringLiteral("0:00")), 0);
}

TEST(ParsingDuration, RoundsToTheNearestMinute)
{
    EXPECT_EQ(minutes(QStringLiteral("0.333")), 20); // 19.98 min
    EXPECT_EQ(minutes(QStringLiteral("0,3333")), 20);
    EXPECT_EQ(minutes(QStringLiteral("0.325")), 20);  // 19.5 min rounds up
    EXPECT_EQ(minutes(QStringLiteral("0.3249")), 19); // 19.494 min
    EXPECT_EQ(minutes(QStringLiteral("0.01")), 1);    // 0.6 min
    EXPECT_EQ(minutes(QStringLiteral("0.008")), 0);   // 0.48 min
    EXPECT_EQ(minutes(QStringLiteral("1.75")), 105);
}

TEST(ParsingDuration, RefusesAnEmptyDuration)
{
    EXPECT_THAT(durationError(QString()), HasSubstr("a duration is required"));
    EXPECT_THAT(durationError(QStringLiteral("   ")), HasSubstr("a duration is required"));
}

TEST(ParsingDuration, RefusesWhatIsNotADuration)
{
    for (const QString& text :
         {QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("1.5.2"),
          QStringLiteral("1:5"), QStringLiteral("h30"), QStringLiteral("1 1/2")}) {
        EXPECT_THAT(durationError(text),
                    HasSubstr("\"" + text.toStdString() +
                              "\" is not a duration; write 1.5, 1,5, 1:30, 1h30 or 90min"));
    }
}

TEST(ParsingDuration, RefusesMinutesOfSixtyOrMore)
{
    EXPECT_THAT(durationError(QStringLiteral("1:75")),
                HasSubstr("\"1:75\": minutes must be below 60"));
    EXPECT_THAT(durationError(QStringLiteral("1:60")), HasSubstr("minutes must be below 60"));
    EXPECT_THAT(durationError(QStringLiteral("1h60")), HasSubstr("minutes must be below 60"));
    EXPECT_EQ(minutes(QStringLiteral("1:59")), 119);
}

TEST(ParsingDuration, RefusesFigureTooLongToBeADuration)
{
    EXPECT_THAT(durationError(QStringLiteral("123456")),
                HasSubstr("\"123456\" is far too long for a duration"));
    EXPECT_THAT(durationError(QStringLiteral("12345678min")), HasSubstr("far too long"));
    EXPECT_EQ(minutes(QStringLiteral("99999")), 99999 * 60);
}

// Found by the CSV import fuzzer: twelve digits before a unit overflowed an int on the quick
// path (signed overflow, reported by scripts/sanitize.sh's UBSan) before it was refused.
TEST(ParsingDuration, RefusesTwelveDigitsBeforeAUnitWithoutOverflowing)
{
    EXPECT_THAT(durationError(QStringLiteral("21474836489h")), HasSubstr("far too long"));
    EXPECT_THAT(durationError(QStringLiteral("99999999999m")), HasSubstr("far too long"));
    EXPECT_THAT(durationError(QStringLiteral("1h2147483648")), HasSubstr("not a duration"));
}

TEST(ParsingDuration, FormatsAsHoursAndMinutes)
{
    EXPECT_EQ(Parsing::formatDuration(90), "1:30");
    EXPECT_EQ(Parsing::formatDuration(5), "0:05");
    EXPECT_EQ(Parsing::formatDuration(0), "0:00");
    EXPECT_EQ(Parsing::formatDuration(1440), "24:00");
    EXPECT_EQ(Parsing::formatDuration(6000), "100:00");
    EXPECT_EQ(Parsing::formatDuration(-90), "-1:30");
}

TEST(ParsingDuration, ReadsBackWhatItFormats)
{
    for (int m : {0, 1, 9, 10, 59, 60, 61, 90, 599, 1439, 1440, 6001}) {
        auto back = Parsing::duration(Parsing::formatDuration(m));
        ASSERT_TRUE(back.ok()) << m << ": " << back.message().toStdString();
        EXPECT_EQ(*back, m);
    }
}

// --- amounts

TEST(ParsingAmount, ReadsEverySpellingOfDesignMd)
{
    EXPECT_EQ(cents(QStringLiteral("1234.56")), 123456);
    EXPECT_EQ(cents(QStringLiteral("1 234,56")), 123456);
    EXPECT_EQ(cents(QStringLiteral("1234,56 $")), 123456);
}

TEST(ParsingAmount, ReadsOtherCommonSpellings)
{
    EXPECT_EQ(cents(QStringLiteral("$1,234.56")), 123456);
    EXPECT_EQ(cents(QStringLiteral("1,234,567")), 123456700);
    EXPECT_EQ(cents(QStringLiteral("1.234.567")), 123456700);
    EXPECT_EQ(cents(QStringLiteral("1,234,567.89")), 123456789);
    EXPECT_EQ(cents(QStringLiteral("1.234.567,89")), 123456789);
    EXPECT_EQ(cents(QStringLiteral("4 475 852 $")), 447585200);
    EXPECT_EQ(cents(QStringLiteral("12")), 1200);
    EXPECT_EQ(cents(QStringLiteral("12.5")), 1250);
    EXPECT_EQ(cents(QStringLiteral("12,5")), 1250);
    EXPECT_EQ(cents(QStringLiteral("0.05")), 5);
    EXPECT_EQ(cents(QStringLiteral("0")), 0);
    EXPECT_EQ(cents(QStringLiteral("-12.5")), -1250);
    EXPECT_EQ(cents(QStringLiteral("\t 12 \t")), 1200);
}

TEST(ParsingAmount, TakesNoBreakSpacesAsGrouping)
{
    EXPECT_EQ(cents(QStringLiteral("1\u00A0234,56")), 123456);
    EXPECT_EQ(cents(QStringLiteral("1\u202F234,56\u00A0$")), 123456);
    EXPECT_EQ(cents(QStringLiteral("4\u202F475\u202F852")), 447585200);
}

TEST(ParsingAmount, RefusesMoreThanTwoDecimals)
{
    EXPECT_THAT(amountError(QStringLiteral("12.3456")),
                HasSubstr("\"12.3456\" has more than two decimals"));
    // Three digits after one separator read as English thousands or as decimals: ask.
    EXPECT_THAT(amountError(QStringLiteral("12.345")), HasSubstr("\"12.345\" is ambiguous"));
    EXPECT_THAT(amountError(QStringLiteral("1,234")), HasSubstr("is ambiguous: write 1234"));
}

TEST(ParsingAmount, RefusesWhatIsNotAnAmount)
{
    for (const QString& text :
         {QStringLiteral("abc"), QStringLiteral("12a"), QStringLiteral("1.2.3,4,5"),
          QStringLiteral("--5"), QStringLiteral(".5"), QStringLiteral("5.")}) {
        EXPECT_THAT(amountError(text),
                    HasSubstr("\"" + text.toStdString() +
                              "\" is not an amount; write 1234.56, 1 234,56 or 1234,56 $"));
    }
}

TEST(ParsingAmount, RefusesThousandsGroupsThatAreNotThreeDigits)
{
    // A date or a typo in an amount column must not become a plausible sum of money.
    for (const QString& text :
         {QStringLiteral("1.5.2025"), QStringLiteral("12,5,3"), QStringLiteral("1,23.45"),
          QStringLiteral("1.2345,67"), QStringLiteral("1234,567,890")}) {
        EXPECT_THAT(amountError(text),
                    HasSubstr("\"" + text.toStdString() + "\" is not an amount"));
    }
}

TEST(ParsingAmount, RefusesAnEmptyAmount)
{
    EXPECT_THAT(amountError(QString()), HasSubstr("an amount is required"));
    EXPECT_THAT(amountError(QStringLiteral(" $ ")), HasSubstr("an amount is required"));
}

TEST(ParsingAmount, RefusesAnAmountTooLargeForCents)
{
    EXPECT_THAT(amountError(QStringLiteral("1234567890123456")),
                HasSubstr("\"1234567890123456\" is too large an amount"));
    EXPECT_EQ(cents(QStringLiteral("123456789012345")), 12345678901234500LL);
}

TEST(ParsingAmount, FormatsWithTwoDecimalsAndReadsItBack)
{
    EXPECT_EQ(Parsing::formatAmount(123456), "1234.56");
    EXPECT_EQ(Parsing::formatAmount(5), "0.05");
    EXPECT_EQ(Parsing::formatAmount(1200), "12.00");
    EXPECT_EQ(Parsing::formatAmount(-1250), "-12.50");
    for (qint64 c : {0LL, 5LL, 99LL, 100LL, 123456LL, -1250LL, -7LL, 999999999999LL}) {
        auto back = Parsing::amount(Parsing::formatAmount(c));
        ASSERT_TRUE(back.ok()) << c << ": " << back.message().toStdString();
        EXPECT_EQ(*back, c);
    }
}

// --- whole numbers

TEST(ParsingInteger, ReadsAWholeNumber)
{
    auto n = Parsing::integer(u" 42 ");
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 42);
    auto negative = Parsing::integer(u"-3");
    ASSERT_TRUE(negative.ok());
    EXPECT_EQ(*negative, -3);
}

TEST(ParsingInteger, RefusesWhatIsNotAWholeNumber)
{
    for (const QString& text : {QStringLiteral("1.5"), QStringLiteral("abc"), QString()}) {
        EXPECT_THAT(errorOf(Parsing::integer(text), text),
                    HasSubstr("\"" + text.toStdString() + "\" is not a whole number"));
    }
}

// --- names

TEST(ParsingNames, NameKeyIgnoresCaseAndRepeatedSpaces)
{
    EXPECT_EQ(Parsing::nameKey(u"  Coop   Le  Rucher "), "coop le rucher");
    EXPECT_EQ(Parsing::nameKey(u"COOP le rucher"), Parsing::nameKey(u"coop  Le\tRucher"));
    EXPECT_EQ(Parsing::nameKey(QStringLiteral("ÉLAN")), QStringLiteral("élan"));
}

TEST(ParsingNames, NameKeyKeepsAccentsApart)
{
    EXPECT_NE(Parsing::nameKey(QStringLiteral("Coopérative")), Parsing::nameKey(u"Cooperative"));
}

TEST(ParsingNames, SearchKeyIgnoresCaseAccentsAndSpacing)
{
    EXPECT_EQ(Parsing::searchKey(QStringLiteral("Coopérative  Le Rucher")),
              "cooperative le rucher");
    EXPECT_EQ(Parsing::searchKey(QStringLiteral("ÉLAN Québec")), "elan quebec");
}

TEST(ParsingNames, SearchKeyFindsANameByItsParts)
{
    const QString name = Parsing::searchKey(QStringLiteral("Coopérative Le Rucher"));
    const QStringList parts = Parsing::searchKey(u"coop rucher").split(u' ');
    ASSERT_EQ(parts.size(), 2);
    for (const QString& part : parts)
        EXPECT_TRUE(name.contains(part)) << part.toStdString();
    EXPECT_FALSE(name.contains(Parsing::searchKey(u"ruche d'or")));
    EXPECT_TRUE(name.contains(Parsing::searchKey(QStringLiteral("COOPÉ"))));
}

} // namespace
