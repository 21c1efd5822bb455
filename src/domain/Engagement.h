#pragma once

#include "Enums.h"
#include "FiscalYear.h"
#include "Membership.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace bilan {

// Member engagement for one fiscal year Y (issue 14; definitions in docs/report.md, "Member
// engagement"). The rules live here once: storage reads the facts (EngagementInput), the
// command line, the Engagement page and their exports show what computeEngagement() says.

// In the order the page sorts them (most urgent first). The JSON words are at_risk, lapsed,
// declining, new, steady, growing, non_member (engagementStatusWord()).
enum class EngagementStatus
{
    AtRisk,
    Lapsed,
    Declining,
    New,
    Steady,
    Growing,
    NonMember
};
inline constexpr int EngagementStatusCount = 7;
// Years of hours kept for the trend: Y-4 … Y (index TrendYears - 1 is Y).
inline constexpr int TrendYears = 5;

// What storage reads of one organisation for year Y.
struct EngagementInput
{
    qint64 organisationId = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Other;
    QString region;
    // Every membership period of the organisation, whatever its dates.
    QList<Membership> memberships;
    // Minutes rendered in each of the fiscal years Y-4 … Y.
    std::array<qint64, TrendYears> minutesByYear{};
    // The latest service up to Y's last day; invalid when never served.
    QDate lastService;
    // Distinct experts and distinct fields of expertise that served it in Y.
    int experts = 0;
    int fields = 0;
};

// One line of the engagement list.
struct EngagementRow
{
    EngagementInput input;
    // The category of the membership covering Y's last day, if any.
    std::optional<MembershipCategory> categoryAtEnd;
    bool memberAtEnd = false;
    qint64 minutesY = 0;
    qint64 minutesY1 = 0;
    // (Y - Y-1) / Y-1 × 100; none when Y-1 is zero.
    std::optional<double> changePct;
    // Whole months from the last service to Y's last day; none when never served.
    std::optional<int> monthsSinceLastService;
    EngagementStatus status = EngagementStatus::NonMember;
};

struct EngagementSummary
{
    int membersFirstDay = 0;
    int membersLastDay = 0;
    // Members on both Y's first and last day.
    int retained = 0;
    // retained ÷ membersFirstDay × 100, and the members of the first day who are not members
    // on the last ÷ membersFirstDay × 100; none when there was no member on the first day.
    std::optional<double> retentionPct;
    std::optional<double> attritionPct;
    // membersLastDay - membersFirstDay.
    int netGain = 0;
    // Rows of each status, indexed by EngagementStatus.
    std::array<int, EngagementStatusCount> statusCounts{};
};

// Organisations whose first membership began in one fiscal year, and how many of them were
// members on the last day of that year and of each following year up to Y.
struct EngagementCohort
{
    int startYear = 0; // the fiscal year joined (FiscalYear::startYear())
    int joined = 0;
    // stillMembers[0]: on the last day of the year joined; [k]: k years later; up to Y.
    QList<int> stillMembers;
};

struct Engagement
{
    FiscalYear year;
    // Sorted by status (EngagementStatus order), then by hours in Y descending, then by name.
    QList<EngagementRow> rows;
    EngagementSummary summary;
    // Oldest cohort first; cohorts that joined after Y are left out.
    QList<EngagementCohort> cohorts;
};

// `inputs`: every organisation that has a membership or was served in Y-4 … Y (storage may
// give more; the rules decide who is listed: a member at some moment of Y or Y-1, or served in
// Y or Y-1).
Engagement computeEngagement(const FiscalYear& year, const QList<EngagementInput>& inputs);

const char* engagementStatusWord(EngagementStatus status);
std::optional<EngagementStatus> engagementStatusFromWord(QStringView word);

} // namespace bilan
