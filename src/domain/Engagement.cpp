#include "Engagement.h"

#include <QMap>

#include <algorithm>

namespace bilan {

namespace {

constexpr std::array<const char*, EngagementStatusCount> statusWords{
    "at_risk", "lapsed", "declining", "new", "steady", "growing", "non_member"};

constexpr int yearIndex = TrendYears - 1;
constexpr int previousYearIndex = TrendYears - 2;

// The period covering `day`, if any (periods of one organisation never overlap).
const Membership* coveringPeriod(const QList<Membership>& memberships, QDate day)
{
    for (const Membership& period : memberships)
        if (period.covers(day))
            return &period;
    return nullptr;
}

bool memberOn(const QList<Membership>& memberships, QDate day)
{
    return coveringPeriod(memberships, day) != nullptr;
}

// A member on some day of [first, last]: a period that starts by `last` and has not ended
// before `first` (it covers its `joined` day, not its `left` day).
bool memberDuring(const QList<Membership>& memberships, QDate first, QDate last)
{
    return std::any_of(memberships.cbegin(), memberships.cend(), [&](const Membership& period) {
        return period.joined <= last && (period.isOpen() || period.left > first);
    });
}

// The first day of the unbroken membership that covers `day`: periods that follow each other
// without a day's gap (a change of category, a renewal) are one membership. Invalid when
// `day` is not covered.
QDate membershipStart(const QList<Membership>& memberships, QDate day)
{
    const Membership* period = coveringPeriod(memberships, day);
    if (!period)
        return {};
    QDate start = period->joined;
    // Each step moves to an earlier period, so this ends after at most one step per period.
    for (const Membership* before = coveringPeriod(memberships, start.addDays(-1)); before;
         before = coveringPeriod(memberships, start.addDays(-1)))
        start = before->joined;
    return start;
}

QDate firstMembershipStart(const QList<Membership>& memberships)
{
    QDate first;
    for (const Membership& period : memberships)
        if (!first.isValid() || period.joined < first)
            first = period.joined;
    return first;
}

// Whole months from `from` to `to`: the largest n with from + n months <= to (a month added
// to the 31st lands on the month's last day, as QDate::addMonths does).
int wholeMonths(QDate from, QDate to)
{
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (from.addMonths(months) > to)
        --months;
    return std::max(months, 0);
}

// The change of hours, compared in integers so that exactly −10 % and +10 % fall where the
// rules say, whatever the rounding of a double.
EngagementStatus trendStatus(qint64 minutesY, qint64 minutesY1)
{
    if (minutesY1 == 0)
        return minutesY > 0 ? EngagementStatus::Growing : EngagementStatus::Steady;
    if (minutesY * 10 <= minutesY1 * 9)
        return EngagementStatus::Declining;
    if (minutesY * 10 >= minutesY1 * 11)
        return EngagementStatus::Growing;
    return EngagementStatus::Steady;
}

struct Facts
{
    bool memberDuringY = false;
    bool memberDuringY1 = false;
    bool memberAtEnd = false;
    QDate membershipStartAtEnd;
};

EngagementStatus statusOf(const FiscalYear& year, const EngagementRow& row, const Facts& facts)
{
    if (facts.memberDuringY && !facts.memberAtEnd)
        return EngagementStatus::Lapsed;
    if (!facts.memberAtEnd)
        return EngagementStatus::NonMember;
    if (facts.membershipStartAtEnd >= year.firstDay())
        return EngagementStatus::New;
    // The last six months of Y start on the first day of its seventh month (1 October for a
    // year that starts in April).
    const QDate lastSixMonths = year.firstDay().addMonths(6);
    const QDate last = row.input.lastService;
    const bool quiet = !last.isValid() || last < lastSixMonths;
    const bool halved = row.minutesY1 > 0 && row.minutesY * 2 <= row.minutesY1;
    if (quiet || halved)
        return EngagementStatus::AtRisk;
    return trendStatus(row.minutesY, row.minutesY1);
}

EngagementSummary summarise(const FiscalYear& year, const QList<EngagementInput>& inputs,
                            const QList<EngagementRow>& rows)
{
    EngagementSummary summary;
    for (const EngagementInput& input : inputs) {
        const bool first = memberOn(input.memberships, year.firstDay());
        const bool last = memberOn(input.memberships, year.lastDay());
        summary.membersFirstDay += first ? 1 : 0;
        summary.membersLastDay += last ? 1 : 0;
        summary.retained += first && last ? 1 : 0;
    }
    if (summary.membersFirstDay > 0) {
        summary.retentionPct = 100.0 * summary.retained / summary.membersFirstDay;
        summary.attritionPct =
            100.0 * (summary.membersFirstDay - summary.retained) / summary.membersFirstDay;
    }
    summary.netGain = summary.membersLastDay - summary.membersFirstDay;
    for (const EngagementRow& row : rows)
        ++summary.statusCounts[static_cast<std::size_t>(row.status)];
    return summary;
}

QList<EngagementCohort> cohorts(const FiscalYear& year, const QList<EngagementInput>& inputs)
{
    QMap<int, QList<const EngagementInput*>> byYear;
    for (const EngagementInput& input : inputs) {
        const QDate first = firstMembershipStart(input.memberships);
        if (!first.isValid() || first > year.lastDay())
            continue;
        byYear[FiscalYear::containing(first, year.startMonth()).startYear()] << &input;
    }
    QList<EngagementCohort> result;
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        EngagementCohort cohort;
        cohort.startYear = it.key();
        cohort.joined = static_cast<int>(it->size());
        for (int start = it.key(); start <= year.startYear(); ++start) {
            const QDate last = FiscalYear(start, year.startMonth()).lastDay();
            cohort.stillMembers << static_cast<int>(
                std::count_if(it->cbegin(), it->cend(), [&](const EngagementInput* input) {
                    return memberOn(input->memberships, last);
                }));
        }
        result << cohort;
    }
    return result;
}

bool listedBefore(const EngagementRow& a, const EngagementRow& b)
{
    if (a.status != b.status)
        return a.status < b.status;
    if (a.minutesY != b.minutesY)
        return a.minutesY > b.minutesY;
    if (const int byName = a.input.name.compare(b.input.name, Qt::CaseInsensitive); byName != 0)
        return byName < 0;
    return a.input.organisationId < b.input.organisationId;
}

} // namespace

Engagement computeEngagement(const FiscalYear& year, const QList<EngagementInput>& inputs)
{
    Engagement engagement;
    engagement.year = year;
    const FiscalYear previous = year.previous();
    for (const EngagementInput& input : inputs) {
        Facts facts;
        facts.memberDuringY = memberDuring(input.memberships, year.firstDay(), year.lastDay());
        facts.memberDuringY1 =
            memberDuring(input.memberships, previous.firstDay(), previous.lastDay());
        const Membership* atEnd = coveringPeriod(input.memberships, year.lastDay());
        facts.memberAtEnd = atEnd != nullptr;
        facts.membershipStartAtEnd = membershipStart(input.memberships, year.lastDay());

        EngagementRow row;
        row.input = input;
        row.minutesY = input.minutesByYear[yearIndex];
        row.minutesY1 = input.minutesByYear[previousYearIndex];
        const bool served = row.minutesY > 0 || row.minutesY1 > 0;
        if (!facts.memberDuringY && !facts.memberDuringY1 && !served)
            continue;
        if (atEnd)
            row.categoryAtEnd = atEnd->category;
        row.memberAtEnd = facts.memberAtEnd;
        if (row.minutesY1 > 0)
            row.changePct = 100.0 * static_cast<double>(row.minutesY - row.minutesY1) /
                            static_cast<double>(row.minutesY1);
        if (input.lastService.isValid() && input.lastService <= year.lastDay())
            row.monthsSinceLastService = wholeMonths(input.lastService, year.lastDay());
        else
            row.input.lastService = QDate();
        row.status = statusOf(year, row, facts);
        engagement.rows << row;
    }
    std::sort(engagement.rows.begin(), engagement.rows.end(), listedBefore);
    engagement.summary = summarise(year, inputs, engagement.rows);
    engagement.cohorts = cohorts(year, inputs);
    return engagement;
}

const char* engagementStatusWord(EngagementStatus status)
{
    return statusWords[static_cast<std::size_t>(status)];
}

std::optional<EngagementStatus> engagementStatusFromWord(QStringView word)
{
    for (std::size_t i = 0; i < statusWords.size(); ++i)
        if (word == QLatin1String(statusWords[i]))
            return static_cast<EngagementStatus>(i);
    return std::nullopt;
}

} // namespace bilan
