// The figures as JSON (DESIGN.md's keys, cents, minutes, one decimal, null) and as a table.

#include "FiguresJson.h"
#include "FiguresTestFixture.h"
#include "FiguresText.h"

#include <QJsonArray>

#include <gmock/gmock.h>

using namespace bilan;
using bilan::test::FiguresTest;
using ::testing::HasSubstr;

namespace {

const QStringList TopKeys = {"fiscal_year",
                             "period_start",
                             "period_end",
                             "minutes_rendered",
                             "hours_growth_pct",
                             "enterprises_served",
                             "operations_with_members_pct",
                             "members_end",
                             "members_new",
                             "members_left",
                             "membership_growth_pct",
                             "members_by_category",
                             "revenue_cents",
                             "expenses_cents",
                             "surplus_cents",
                             "budget_revenue_cents",
                             "budget_expenses_cents",
                             "budget_surplus_cents",
                             "revenue_vs_budget_pct",
                             "expenses_vs_budget_pct",
                             "next_budget_revenue_cents",
                             "next_budget_expenses_cents",
                             "next_budget_surplus_cents",
                             "revenue_growth_pct",
                             "revenue_members_growth_pct",
                             "revenue_auxiliary_growth_pct",
                             "self_financing_pct",
                             "satisfaction_pct",
                             "experts_by_role",
                             "average_age",
                             "women_pct",
                             "meetings_by_kind",
                             "attendance_pct",
                             "activities"};

YearlyFigures sample()
{
    YearlyFigures f;
    f.year = FiscalYear(2019);
    f.minutesRendered = 4'506'000; // 75 100 h
    f.hoursGrowthPct = 15.04;
    f.enterprisesServed = 300;
    f.membersEnd = 84;
    f.membersNew = 26;
    f.membershipGrowthPct = 44.827586;
    f.membersByCategory = {{MembershipCategory::Member, 50},
                           {MembershipCategory::Auxiliary, 30},
                           {MembershipCategory::Supporting, 4},
                           {MembershipCategory::Managed, 0}};
    f.revenueCents = 447'585'200;
    f.expensesCents = 440'510'900;
    f.surplusCents = 7'074'300;
    f.selfFinancingPct = 97.66;
    f.expertsByRole = {
        {ExpertRole::Professional, 47}, {ExpertRole::Trainer, 20}, {ExpertRole::Director, 6}};
    f.averageAge = 45.0;
    f.meetingsByKind = {
        {MeetingKind::Agm, 1}, {MeetingKind::Board, 5}, {MeetingKind::Executive, 2}};
    f.activities.insert({Audience::NpoGroups, ActivityType::Meeting}, 32);
    return f;
}

TEST(FiguresJson, HasEveryKeyOfTheDesignAndNoOther)
{
    const QJsonObject json = toJson(sample());
    QStringList keys = json.keys();
    QStringList expected = TopKeys;
    keys.sort();
    expected.sort();
    EXPECT_EQ(keys, expected);
    EXPECT_EQ(json.value("members_by_category").toObject().keys(),
              QStringList({"auxiliary", "managed", "member", "supporting"}));
    EXPECT_EQ(json.value("experts_by_role").toObject().keys(),
              QStringList({"director", "professional", "trainer"}));
    EXPECT_EQ(json.value("meetings_by_kind").toObject().keys(),
              QStringList({"agm", "board", "executive"}));
    const QJsonObject activities = json.value("activities").toObject();
    EXPECT_EQ(activities.keys(), QStringList({"networks", "npo_groups", "relay_partners"}));
    for (const QString& audience : activities.keys())
        EXPECT_EQ(activities.value(audience).toObject().keys(),
                  QStringList({"agreement", "event", "meeting"}));
}

TEST(FiguresJson, WritesCentsMinutesOneDecimalAndNulls)
{
    const QJsonObject json = toJson(sample());
    EXPECT_EQ(json.value("fiscal_year").toString(), QStringLiteral("2019-2020"));
    EXPECT_EQ(json.value("period_start").toString(), QStringLiteral("2019-04-01"));
    EXPECT_EQ(json.value("period_end").toString(), QStringLiteral("2020-03-31"));
    EXPECT_EQ(json.value("minutes_rendered").toInteger(), 4'506'000);
    EXPECT_EQ(json.value("revenue_cents").toInteger(), 447'585'200);
    EXPECT_EQ(json.value("surplus_cents").toInteger(), 7'074'300);
    EXPECT_DOUBLE_EQ(json.value("hours_growth_pct").toDouble(), 15.0);
    EXPECT_DOUBLE_EQ(json.value("membership_growth_pct").toDouble(), 44.8);
    EXPECT_DOUBLE_EQ(json.value("self_financing_pct").toDouble(), 97.7);
    EXPECT_DOUBLE_EQ(json.value("average_age").toDouble(), 45.0);
    EXPECT_EQ(json.value("enterprises_served").toInt(), 300);
    EXPECT_TRUE(json.value("members_left").isNull());
    EXPECT_TRUE(json.value("budget_revenue_cents").isNull());
    EXPECT_TRUE(json.value("satisfaction_pct").isNull());
    EXPECT_EQ(json.value("experts_by_role").toObject().value("trainer").toInt(), 20);
    EXPECT_EQ(json.value("meetings_by_kind").toObject().value("board").toInt(), 5);
    const QJsonObject npo = json.value("activities").toObject().value("npo_groups").toObject();
    EXPECT_EQ(npo.value("meeting").toInt(), 32);
    EXPECT_EQ(npo.value("event").toInt(), 0);
}

TEST_F(FiguresTest, AYearWithoutDataIsAllNullsInJson)
{
    const QJsonObject json = toJson(compute(2019));
    for (const char* key : {"minutes_rendered",
                            "hours_growth_pct",
                            "enterprises_served",
                            "operations_with_members_pct",
                            "members_end",
                            "members_new",
                            "members_left",
                            "membership_growth_pct",
                            "revenue_cents",
                            "expenses_cents",
                            "surplus_cents",
                            "budget_revenue_cents",
                            "budget_expenses_cents",
                            "budget_surplus_cents",
                            "revenue_vs_budget_pct",
                            "expenses_vs_budget_pct",
                            "next_budget_revenue_cents",
                            "next_budget_expenses_cents",
                            "next_budget_surplus_cents",
                            "revenue_growth_pct",
                            "revenue_members_growth_pct",
                            "revenue_auxiliary_growth_pct",
                            "self_financing_pct",
                            "satisfaction_pct",
                            "average_age",
                            "women_pct",
                            "attendance_pct"})
        EXPECT_TRUE(json.value(QLatin1String(key)).isNull()) << key;
    EXPECT_EQ(json.value("members_by_category").toObject().value("member").toInt(-1), 0);
}

TEST(FiguresText, AlignsLabelAndValueInFrenchAndEnglish)
{
    const QString english =
        FiguresText::render(sample(), Formatting(QLocale(QLocale::English, QLocale::Canada)));
    EXPECT_THAT(english.toStdString(), HasSubstr("2019-2020"));
    EXPECT_THAT(english.toStdString(), HasSubstr("75,100\u00a0h"));
    EXPECT_THAT(english.toStdString(), HasSubstr("$4,475,852"));
    EXPECT_THAT(english.toStdString(), HasSubstr("+15.0%"));
    EXPECT_THAT(english.toStdString(), HasSubstr("97.7%"));
    // Every value ends in the same column, right after its label's padding.
    const QStringList lines = english.split(u'\n');
    const auto rowOf = [&](const QString& label) {
        for (const QString& line : lines) {
            if (line.startsWith(QStringLiteral("  ") + label + QStringLiteral("  ")))
                return line;
        }
        return QString();
    };
    const QString hours = rowOf(QStringLiteral("Hours rendered"));
    EXPECT_TRUE(hours.endsWith(QStringLiteral(" 75,100\u00a0h"))) << hours.toStdString();
    EXPECT_TRUE(rowOf(QStringLiteral("Revenue")).endsWith(QStringLiteral(" $4,475,852")));
    EXPECT_TRUE(rowOf(QStringLiteral("Self-financing")).endsWith(QStringLiteral(" 97.7%")));
    EXPECT_EQ(rowOf(QStringLiteral("Revenue")).size(), hours.size());
    EXPECT_EQ(rowOf(QStringLiteral("Self-financing")).size(), hours.size());
    EXPECT_EQ(rowOf(QStringLiteral("Women")).size(), hours.size());

    const QString french =
        FiguresText::render(sample(), Formatting(QLocale(QLocale::French, QLocale::Canada)));
    EXPECT_THAT(french.toStdString(), HasSubstr("4\u00a0475\u00a0852\u00a0$"));
    EXPECT_THAT(french.toStdString(), HasSubstr("+15,0\u00a0%"));
    // An absent figure is a dash, never 0.
    EXPECT_THAT(french.toStdString(), HasSubstr("—"));
}

} // namespace
