// The yearly figures about people and activities: satisfaction, human capital, associative life
// (meetings, attendance, the board at year end) and business development.

#include "FiguresTestFixture.h"

#include <gmock/gmock.h>

using namespace bilan;
using bilan::test::FiguresTest;
using ::testing::ElementsAre;

namespace {

const QDate Day(int y, int m, int d)
{
    return QDate(y, m, d);
}

TEST_F(FiguresTest, SatisfactionIsRecommendOverRespondents)
{
    survey(2019, 200, 182);
    survey(2018, 100, 50);
    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.surveyRespondents, 200);
    EXPECT_NEAR(f.satisfactionPct.value_or(0), 91.0, 1e-9);
}

// Active on 2020-03-31: P1 (F, 1975), P2 (M, 1980), P3 (nothing given), P5 (M, 1965), T1 (F,
// 1970, whose last day it is), D1 (X, 1985, whose first day it is). P4 ended the day before, T2
// starts the day after. Ages 45, 40, 55, 50, 35 → 45; women 2 of the 5 who gave a gender.
TEST_F(FiguresTest, HumanCapitalCountsExpertsActiveOnTheLastDay)
{
    using R = ExpertRole;
    const QDate start(2010, 1, 1);
    expert(QStringLiteral("P1"), R::Professional, start, {}, Gender::F, 1975);
    expert(QStringLiteral("P2"), R::Professional, start, {}, Gender::M, 1980);
    expert(QStringLiteral("P3"), R::Professional, start);
    expert(QStringLiteral("P5"), R::Professional, start, {}, Gender::M, 1965);
    expert(QStringLiteral("T1"), R::Trainer, start, Day(2020, 3, 31), Gender::F, 1970);
    expert(QStringLiteral("D1"), R::Director, Day(2020, 3, 31), {}, Gender::X, 1985);
    expert(QStringLiteral("P4"), R::Professional, start, Day(2020, 3, 30), Gender::F, 1950);
    expert(QStringLiteral("T2"), R::Trainer, Day(2020, 4, 1), {}, Gender::F, 1990);

    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.expertsByRole.value(R::Professional), 4);
    EXPECT_EQ(f.expertsByRole.value(R::Trainer), 1);
    EXPECT_EQ(f.expertsByRole.value(R::Director), 1);
    EXPECT_NEAR(f.averageAge.value_or(0), 45.0, 1e-9);
    EXPECT_NEAR(f.womenPct.value_or(0), 40.0, 1e-9);
    EXPECT_FALSE(f.averageAgeWithheld);
    EXPECT_FALSE(f.womenPctWithheld);
}

TEST_F(FiguresTest, NoAgeOrGenderGivenLeavesThoseFiguresEmpty)
{
    expert(QStringLiteral("P3"));
    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.expertsByRole.value(ExpertRole::Professional), 1);
    EXPECT_FALSE(f.averageAge);
    EXPECT_FALSE(f.womenPct);
    // Nothing was given, so nothing is withheld either.
    EXPECT_FALSE(f.averageAgeWithheld);
    EXPECT_FALSE(f.womenPctWithheld);
}

// Jane (president, from 2019) and Luc (director, through 2020-03-31) sit all year; Ann (vice
// president) joins on 2019-06-01; Bob leaves on 2020-03-30. In 2019-2020: the AGM (2 of 4
// present), the boards of 2019-04-01 (2 of 3) and 2020-03-31 (3 of 3), the executive (1 of 1):
// 8 present of 11 rows. The boards of 2019-03-31 and 2020-04-01 belong to other years.
TEST_F(FiguresTest, AssociativeLifeCountsMeetingsAttendanceAndTheBoard)
{
    const qint64 a = organisation(QStringLiteral("Coop A"));
    const qint64 b = organisation(QStringLiteral("Coop B"));
    using BR = BoardRole;
    const qint64 jane = mandate(QStringLiteral("Jane"), a, BR::President, Day(2019, 1, 1));
    const qint64 luc =
        mandate(QStringLiteral("Luc"), b, BR::Director, Day(2018, 1, 1), Day(2020, 3, 31));
    const qint64 ann = mandate(QStringLiteral("Ann"), a, BR::VicePresident, Day(2019, 6, 1));
    const qint64 bob =
        mandate(QStringLiteral("Bob"), b, BR::Director, Day(2018, 1, 1), Day(2020, 3, 30));
    using S = AttendanceStatus;
    const qint64 agm = meeting(Day(2019, 6, 15), MeetingKind::Agm);
    attend(agm, jane, S::Present);
    attend(agm, luc, S::Present);
    attend(agm, ann, S::Absent);
    attend(agm, bob, S::Excused);
    const qint64 firstBoard = meeting(Day(2019, 4, 1), MeetingKind::Board);
    attend(firstBoard, jane, S::Present);
    attend(firstBoard, luc, S::Absent);
    attend(firstBoard, bob, S::Present);
    const qint64 lastBoard = meeting(Day(2020, 3, 31), MeetingKind::Board);
    attend(lastBoard, jane, S::Present);
    attend(lastBoard, luc, S::Present);
    attend(lastBoard, ann, S::Present);
    attend(meeting(Day(2019, 10, 10), MeetingKind::Executive), jane, S::Present);
    attend(meeting(Day(2020, 4, 1), MeetingKind::Board), jane, S::Absent);
    attend(meeting(Day(2019, 3, 31), MeetingKind::Board), luc, S::Absent);

    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.meetingsByKind.value(MeetingKind::Agm), 1);
    EXPECT_EQ(f.meetingsByKind.value(MeetingKind::Board), 2);
    EXPECT_EQ(f.meetingsByKind.value(MeetingKind::Executive), 1);
    EXPECT_NEAR(f.attendancePct.value_or(0), 800.0 / 11.0, 1e-9);
    ASSERT_EQ(f.board.size(), 3);
    EXPECT_EQ(f.board.at(0).director, QStringLiteral("Jane"));
    EXPECT_EQ(f.board.at(0).role, BR::President);
    EXPECT_EQ(f.board.at(0).organisation, QStringLiteral("Coop A"));
    EXPECT_EQ(f.board.at(1).director, QStringLiteral("Ann"));
    EXPECT_EQ(f.board.at(1).role, BR::VicePresident);
    EXPECT_EQ(f.board.at(2).director, QStringLiteral("Luc"));
    EXPECT_EQ(f.board.at(2).organisation, QStringLiteral("Coop B"));
}

TEST_F(FiguresTest, BusinessDevelopmentCountsActivitiesByAudienceAndType)
{
    using A = Audience;
    using T = ActivityType;
    activity(Day(2019, 4, 1), A::Networks, T::Event);
    activity(Day(2020, 3, 31), A::Networks, T::Event);
    activity(Day(2019, 11, 1), A::Networks, T::Agreement, QStringLiteral("Network agreement"));
    activity(Day(2019, 8, 1), A::NpoGroups, T::Meeting);
    activity(Day(2019, 5, 1), A::RelayPartners, T::Agreement, QStringLiteral("Relay agreement"));
    activity(Day(2020, 4, 1), A::Networks, T::Agreement, QStringLiteral("Next year"));
    activity(Day(2019, 3, 31), A::Networks, T::Event);

    const YearlyFigures f = compute(2019);
    EXPECT_EQ(f.activities.value({A::Networks, T::Event}), 2);
    EXPECT_EQ(f.activities.value({A::Networks, T::Meeting}), 0);
    EXPECT_EQ(f.activities.value({A::Networks, T::Agreement}), 1);
    EXPECT_EQ(f.activities.value({A::NpoGroups, T::Meeting}), 1);
    EXPECT_EQ(f.activities.value({A::RelayPartners, T::Agreement}), 1);
    EXPECT_EQ(f.activities.size(), 9);
    EXPECT_THAT(f.agreements, ElementsAre(QStringLiteral("Relay agreement"),
                                          QStringLiteral("Network agreement")));
}

} // namespace
