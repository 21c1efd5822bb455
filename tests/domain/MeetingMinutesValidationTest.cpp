// Times of day (Parsing::timeOfDay) and the checks of what minutes record
// (Validation::meetingMinutes, Validation::resolution), each naming its CSV column.

#include "Parsing.h"
#include "Validation.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

QTime timeOf(const char* text)
{
    auto parsed = Parsing::timeOfDay(QString::fromUtf8(text));
    EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.message().toStdString();
    return parsed.ok() ? *parsed : QTime();
}

TEST(ParsingTimeTest, ReadsClockFrenchAndSpreadsheetSpellings)
{
    EXPECT_EQ(timeOf("19:30"), QTime(19, 30));
    EXPECT_EQ(timeOf(" 9:05 "), QTime(9, 5));
    EXPECT_EQ(timeOf("00:00"), QTime(0, 0));
    EXPECT_EQ(timeOf("23:59"), QTime(23, 59));
    EXPECT_EQ(timeOf("19 h 30"), QTime(19, 30));
    EXPECT_EQ(timeOf("19h"), QTime(19, 0));
    EXPECT_EQ(timeOf("19:30:59"), QTime(19, 30)); // seconds dropped
    EXPECT_EQ(timeOf("7:30 PM"), QTime(19, 30));
    EXPECT_EQ(timeOf("07:30:00 p.m."), QTime(19, 30));
    EXPECT_EQ(timeOf("12:15 AM"), QTime(0, 15));
    EXPECT_EQ(timeOf("12:15 pm"), QTime(12, 15));
    EXPECT_EQ(Parsing::formatTime(QTime(9, 5)), QStringLiteral("09:05"));
    EXPECT_EQ(Parsing::formatTime(QTime()), QString());
}

TEST(ParsingTimeTest, RefusesWhatIsNoTimeOfDay)
{
    for (const char* text :
         {"24:00", "19:60", "13:00 PM", "0:30 AM", "soir", "1930", "19.30", "-1:00", "19:5"}) {
        auto parsed = Parsing::timeOfDay(QString::fromUtf8(text));
        EXPECT_FALSE(parsed.ok()) << text;
    }
    EXPECT_THAT(Parsing::timeOfDay(u"").message().toStdString(), HasSubstr("HH:MM"));
}

TEST(MeetingMinutesValidationTest, TheEndComesAfterTheStartAndItemsSaySomething)
{
    Meeting meeting;
    meeting.startTime = QTime(19, 0);
    meeting.endTime = QTime(19, 1);
    meeting.agenda = {AgendaItem{1, QStringLiteral("Ouverture")}};
    EXPECT_TRUE(Validation::meetingMinutes(meeting).ok());
    meeting.endTime = QTime(19, 0);
    EXPECT_EQ(Validation::meetingMinutes(meeting).error().field, QStringLiteral("end_time"));
    meeting.endTime = QTime();
    meeting.agenda << AgendaItem{2, QStringLiteral("\t ")};
    const auto empty = Validation::meetingMinutes(meeting);
    EXPECT_EQ(empty.error().field, QStringLiteral("agenda"));
    EXPECT_THAT(empty.message().toStdString(), HasSubstr("agenda item 2 is empty"));
}

TEST(MeetingMinutesValidationTest, AResolutionHasANumberATextAndTwoPeople)
{
    Resolution r;
    r.number = QStringLiteral("CA-1");
    r.text = QStringLiteral("Adopter");
    r.moverId = 3;
    r.seconderId = 4;
    r.votes = ResolutionVotes{0, 0, 0};
    EXPECT_TRUE(Validation::resolution(r).ok());
    Resolution same = r;
    same.seconderId = 3;
    EXPECT_EQ(Validation::resolution(same).error().field, QStringLiteral("seconder"));
    Resolution negative = r;
    negative.votes = ResolutionVotes{1, 1, -2};
    EXPECT_EQ(Validation::resolution(negative).error().field, QStringLiteral("votes_abstaining"));
    Resolution twoLines = r;
    twoLines.number = QStringLiteral("CA\n1");
    EXPECT_EQ(Validation::resolution(twoLines).error().field, QStringLiteral("number"));
    Resolution outcome = r;
    outcome.outcome = static_cast<ResolutionOutcome>(3);
    EXPECT_EQ(Validation::resolution(outcome).error().field, QStringLiteral("outcome"));
}

} // namespace
