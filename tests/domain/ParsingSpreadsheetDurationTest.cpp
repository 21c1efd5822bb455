// Durations as a spreadsheet writes them back (issue 9, finding 14): a spreadsheet that opens
// an export takes "1:30" for a time and saves it as "1:30:00" or "01:30:00 AM".

#include "Parsing.h"

#include <gmock/gmock.h>

using bilan::Parsing;
using ::testing::HasSubstr;

namespace {

int minutes(const QString& text)
{
    auto parsed = Parsing::duration(text);
    EXPECT_TRUE(parsed.ok()) << text.toStdString() << ": " << parsed.message().toStdString();
    return parsed.ok() ? *parsed : -1;
}

std::string error(const QString& text)
{
    auto parsed = Parsing::duration(text);
    EXPECT_FALSE(parsed.ok()) << '"' << text.toStdString() << "\" was accepted";
    return parsed.message().toStdString();
}

TEST(ParsingSpreadsheetDuration, ReadsHoursMinutesAndSeconds)
{
    EXPECT_EQ(minutes(QStringLiteral("1:30:00")), 90);
    EXPECT_EQ(minutes(QStringLiteral("01:30:00")), 90);
    EXPECT_EQ(minutes(QStringLiteral("0:01:00")), 1);
    EXPECT_EQ(minutes(QStringLiteral("24:00:00")), 1440);
    EXPECT_EQ(minutes(QStringLiteral("36:00:00")), 2160);
    EXPECT_EQ(minutes(QStringLiteral(" 2:00:00 ")), 120);
}

TEST(ParsingSpreadsheetDuration, RoundsSecondsToTheNearestMinute)
{
    EXPECT_EQ(minutes(QStringLiteral("1:30:29")), 90);
    EXPECT_EQ(minutes(QStringLiteral("1:30:30")), 91);
    EXPECT_EQ(minutes(QStringLiteral("0:00:20")), 0); // validation refuses a zero duration
}

TEST(ParsingSpreadsheetDuration, ReadsATimeOfDayAsTheTimeSinceMidnight)
{
    EXPECT_EQ(minutes(QStringLiteral("02:00:00 AM")), 120);
    EXPECT_EQ(minutes(QStringLiteral("2:00 AM")), 120);
    EXPECT_EQ(minutes(QStringLiteral("12:30 AM")), 30);
    EXPECT_EQ(minutes(QStringLiteral("12:00:00 AM")), 0);
    EXPECT_EQ(minutes(QStringLiteral("12:30:00 PM")), 750);
    EXPECT_EQ(minutes(QStringLiteral("01:30 PM")), 810);
    EXPECT_EQ(minutes(QStringLiteral("11:59:00 pm")), 1439);
    EXPECT_EQ(minutes(QStringLiteral("1:30pm")), 810);
    EXPECT_EQ(minutes(QStringLiteral("1:30 a.m.")), 90);
}

TEST(ParsingSpreadsheetDuration, RefusesWhatNoClockShows)
{
    EXPECT_THAT(error(QStringLiteral("1:75:00")), HasSubstr("below 60"));
    EXPECT_THAT(error(QStringLiteral("1:30:75")), HasSubstr("below 60"));
    EXPECT_THAT(error(QStringLiteral("13:00 PM")), HasSubstr("is not a time of day"));
    EXPECT_THAT(error(QStringLiteral("1:30:00:00")), HasSubstr("is not a duration"));
    EXPECT_THAT(error(QStringLiteral("1:3:00")), HasSubstr("is not a duration"));
    EXPECT_THAT(error(QStringLiteral("1:30 XM")), HasSubstr("is not a duration"));
}

TEST(ParsingSpreadsheetDuration, ExportsInTheFormSpreadsheetsKeepAsADuration)
{
    // h:mm, read by spreadsheets as a duration and written back as h:mm:ss, which Bilan reads.
    for (int m : {1, 59, 90, 605, 1439, 1440}) {
        const QString written = Parsing::formatDuration(m);
        EXPECT_EQ(minutes(written), m);
        EXPECT_EQ(minutes(written + QStringLiteral(":00")), m);
    }
}

} // namespace
