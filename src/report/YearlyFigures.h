#pragma once

#include "Board.h"
#include "Enums.h"
#include "FiscalYear.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace bilan {

// Who sat on the board at the end of the year, for the report's "Composition".
struct BoardSeat
{
    QString director;
    BoardRole role = BoardRole::Director;
    QString organisation;
};

// Every figure of DESIGN.md's table for one fiscal year Y (Y-1 is the year before). Plain data:
// computed by FiguresCalculator, rendered by the report and the window, printed as JSON by
// `bilan figures`. A figure that cannot be computed (no data, a zero denominator) is empty,
// never 0. Money in cents, time in minutes, percentages as plain numbers (15.0 means +15 %).
struct YearlyFigures
{
    FiscalYear year;

    // Services to members
    std::optional<qint64> minutesRendered; // null when Y has no entry
    std::optional<qint64> previousMinutesRendered;
    std::optional<double> hoursGrowthPct;
    std::optional<int> enterprisesServed; // null when Y has no entry
    // Article 17: minutes rendered to organisations that were members on the entry's day, or
    // whose network was, ÷ all minutes of Y (MembershipRepository::minutesByMembership). Null
    // when Y has no entry.
    std::optional<double> operationsWithMembersPct;

    // Membership (counts of organisations)
    std::optional<int> membersEnd; // null when no membership was ever recorded
    std::optional<int> previousMembersEnd;
    std::optional<int> membersNew;
    std::optional<int> membersLeft;
    std::optional<double> membershipGrowthPct;
    QMap<MembershipCategory, int> membersByCategory; // at Y's last day, every category present
    QStringList newMemberNames;                      // sorted
    QStringList managedMemberNames; // fully managed members at Y's last day, sorted

    // Finances: actual of Y-1, actual and budget of Y, budget of Y+1
    std::optional<qint64> previousRevenueCents;
    std::optional<qint64> previousExpensesCents;
    std::optional<qint64> previousSurplusCents;
    std::optional<qint64> revenueCents;
    std::optional<qint64> expensesCents;
    std::optional<qint64> surplusCents;
    std::optional<qint64> budgetRevenueCents;
    std::optional<qint64> budgetExpensesCents;
    std::optional<qint64> budgetSurplusCents;
    std::optional<double> revenueVsBudgetPct; // actual ÷ budget − 1
    std::optional<double> expensesVsBudgetPct;
    std::optional<qint64> nextBudgetRevenueCents;
    std::optional<qint64> nextBudgetExpensesCents;
    std::optional<qint64> nextBudgetSurplusCents;
    std::optional<double> revenueGrowthPct;
    std::optional<double> revenueMembersGrowthPct;
    std::optional<double> revenueAuxiliaryGrowthPct;
    std::optional<double> selfFinancingPct;
    QMap<FinanceKind, qint64> actualByKind; // Y's actual lines per kind (revenue chart)

    // Satisfaction
    std::optional<int> surveyRespondents;
    std::optional<double> satisfactionPct;

    // Human capital, over experts active on Y's last day. Age and gender are personal: each
    // figure is empty when nobody gave the datum, and withheld (empty, flag set) when fewer
    // than Privacy::MinimumPeople did.
    QMap<ExpertRole, int> expertsByRole; // every role present
    std::optional<double> averageAge;    // over those who gave a birth year
    std::optional<double> womenPct;      // over those who gave a gender
    bool averageAgeWithheld = false;
    bool womenPctWithheld = false;

    // Associative life
    QMap<MeetingKind, int> meetingsByKind; // every kind present
    std::optional<double> attendancePct;   // present ÷ attendance rows of Y's meetings
    QList<BoardSeat> board;                // in office on Y's last day, by role then name

    // Business development: (audience, type) -> activities dated in Y, every pair present
    QMap<QPair<Audience, ActivityType>, int> activities;
    // The titles of those activities, by date; untitled ones left out.
    QMap<QPair<Audience, ActivityType>, QStringList> activityTitles;
    QStringList agreements; // titles of Y's activities of type agreement, by date
};

// The last five years (oldest first) for the report's charts.
struct FiguresSeries
{
    QList<FiscalYear> years;
    QList<std::optional<qint64>> minutes;
    QList<std::optional<int>> membersEnd;
    QList<std::optional<int>> membersNew;
    QList<std::optional<int>> membersLeft;
    // Members at the end of Y-1 still members at the end of Y ÷ members at the end of Y-1.
    QList<std::optional<double>> retentionPct;
    // Minutes rendered to members in each year, by the category of the membership that covered
    // the entry (the organisation's own, else its network's); every category present.
    QList<QMap<MembershipCategory, qint64>> memberMinutesByCategory;
};

} // namespace bilan
