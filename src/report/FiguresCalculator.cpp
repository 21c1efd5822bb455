#include "FiguresCalculator.h"

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "ExpertRepository.h"
#include "FigureMath.h"
#include "FinanceRepository.h"
#include "FinanceTotals.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "Privacy.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"
#include "SurveyRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bilan {

namespace {

using FigureMath::growthPct;
using FigureMath::sharePct;

// The minutes are > 0 on every entry, so a zero total means the range has no entry at all.
std::optional<qint64> nonZero(qint64 value)
{
    return value == 0 ? std::nullopt : std::optional<qint64>(value);
}

QSet<qint64> organisationsOf(const QList<Membership>& periods)
{
    QSet<qint64> ids;
    for (const Membership& period : periods)
        ids.insert(period.organisationId);
    return ids;
}

Result<FinanceTotals> financeTotals(FinanceRepository& finances, const FiscalYear& year,
                                    Scenario scenario)
{
    auto lines = finances.forYear(year.startYear());
    if (!lines)
        return lines.error();
    return FinanceTotals::of(*lines, scenario, year.name());
}

// The reads of one computation, each filling its part of the figures.
class YearReader
{
public:
    YearReader(Database& db, const FiscalYear& year, YearlyFigures& figures)
        : m_db(db), m_year(year), m_figures(figures)
    {}

    Status readServices();
    Status readMembership();
    Status readFinances();
    Status readSatisfaction();
    Status readHumanCapital();
    Status readAssociativeLife();
    Status readBusinessDevelopment();

private:
    Database& m_db;
    const FiscalYear& m_year;
    YearlyFigures& m_figures;
};

Status YearReader::readServices()
{
    ServiceEntryRepository entries(m_db);
    const FiscalYear previous = m_year.previous();
    auto minutes = entries.totalMinutes({m_year.firstDay(), m_year.lastDay(), {}, {}});
    if (!minutes)
        return minutes.error();
    auto previousMinutes = entries.totalMinutes({previous.firstDay(), previous.lastDay(), {}, {}});
    if (!previousMinutes)
        return previousMinutes.error();
    m_figures.minutesRendered = nonZero(*minutes);
    m_figures.previousMinutesRendered = nonZero(*previousMinutes);
    m_figures.hoursGrowthPct =
        growthPct(m_figures.minutesRendered, m_figures.previousMinutesRendered);
    if (m_figures.minutesRendered) {
        auto served = entries.distinctOrganisations(m_year.firstDay(), m_year.lastDay());
        if (!served)
            return served.error();
        m_figures.enterprisesServed = *served;
        auto byMembership =
            MembershipRepository(m_db).minutesByMembership(m_year.firstDay(), m_year.lastDay());
        if (!byMembership)
            return byMembership.error();
        m_figures.operationsWithMembersPct =
            sharePct(byMembership->members(), *m_figures.minutesRendered);
    }
    return {};
}

Status YearReader::readMembership()
{
    MembershipRepository memberships(m_db);
    for (MembershipCategory category : allValues<MembershipCategory>())
        m_figures.membersByCategory.insert(category, 0);
    auto all = memberships.all();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return {};

    const QDate first = m_year.firstDay();
    const QDate last = m_year.lastDay();
    auto end = memberships.countMembersOn(last);
    if (!end)
        return end.error();
    auto previousEnd = memberships.countMembersOn(m_year.previous().lastDay());
    if (!previousEnd)
        return previousEnd.error();
    auto arrived = memberships.countNewMembers(first, last);
    if (!arrived)
        return arrived.error();
    auto left = memberships.countLeft(first, last);
    if (!left)
        return left.error();
    auto byCategory = memberships.countByCategoryOn(last);
    if (!byCategory)
        return byCategory.error();

    m_figures.membersEnd = *end;
    m_figures.previousMembersEnd = *previousEnd;
    m_figures.membersNew = *arrived;
    m_figures.membersLeft = *left;
    m_figures.membershipGrowthPct = growthPct(m_figures.membersEnd, m_figures.previousMembersEnd);
    for (auto it = byCategory->cbegin(); it != byCategory->cend(); ++it)
        m_figures.membersByCategory[it.key()] = it.value();

    auto names = memberships.newMemberNames(first, last);
    if (!names)
        return names.error();
    m_figures.newMemberNames = *names;
    auto managed = memberships.memberNamesOn(last, MembershipCategory::Managed);
    if (!managed)
        return managed.error();
    m_figures.managedMemberNames = *managed;
    return {};
}

Status YearReader::readFinances()
{
    FinanceRepository finances(m_db);
    auto actual = financeTotals(finances, m_year, Scenario::Actual);
    if (!actual)
        return actual.error();
    auto previous = financeTotals(finances, m_year.previous(), Scenario::Actual);
    if (!previous)
        return previous.error();
    auto budget = financeTotals(finances, m_year, Scenario::Budget);
    if (!budget)
        return budget.error();
    auto nextBudget = financeTotals(finances, m_year.next(), Scenario::Budget);
    if (!nextBudget)
        return nextBudget.error();

    YearlyFigures& f = m_figures;
    f.revenueCents = actual->revenue();
    f.expensesCents = actual->expenses();
    f.surplusCents = actual->surplus();
    f.actualByKind = actual->byKind();
    f.previousRevenueCents = previous->revenue();
    f.previousExpensesCents = previous->expenses();
    f.previousSurplusCents = previous->surplus();
    f.budgetRevenueCents = budget->revenue();
    f.budgetExpensesCents = budget->expenses();
    f.budgetSurplusCents = budget->surplus();
    f.nextBudgetRevenueCents = nextBudget->revenue();
    f.nextBudgetExpensesCents = nextBudget->expenses();
    f.nextBudgetSurplusCents = nextBudget->surplus();

    f.revenueVsBudgetPct = FigureMath::variancePct(f.revenueCents, f.budgetRevenueCents);
    f.expensesVsBudgetPct = FigureMath::variancePct(f.expensesCents, f.budgetExpensesCents);
    f.revenueGrowthPct = growthPct(f.revenueCents, f.previousRevenueCents);
    f.revenueMembersGrowthPct = growthPct(actual->kind(FinanceKind::RevenueMembers),
                                          previous->kind(FinanceKind::RevenueMembers));
    f.revenueAuxiliaryGrowthPct = growthPct(actual->kind(FinanceKind::RevenueAuxiliary),
                                            previous->kind(FinanceKind::RevenueAuxiliary));
    f.selfFinancingPct = actual->selfFinancingPct();
    return {};
}

Status YearReader::readSatisfaction()
{
    auto survey = SurveyRepository(m_db).forYear(m_year.startYear());
    if (!survey)
        return survey.error();
    if (survey->has_value()) {
        m_figures.surveyRespondents = (*survey)->respondents;
        m_figures.satisfactionPct = sharePct((*survey)->recommend, (*survey)->respondents);
    }
    return {};
}

Status YearReader::readHumanCapital()
{
    for (ExpertRole role : allValues<ExpertRole>())
        m_figures.expertsByRole.insert(role, 0);
    const QDate last = m_year.lastDay();
    ExpertRepository repository(m_db);
    auto experts = repository.activeOn(last);
    if (!experts)
        return experts.error();
    for (const Expert& expert : std::as_const(*experts))
        ++m_figures.expertsByRole[expert.role];
    // Summed where the rows are: on a server, a login that may not read them one by one gets
    // the same sums and counts.
    auto personal = repository.personalAggregates(last);
    if (!personal)
        return personal.error();
    const qint64 ageSum = personal->ageSum;
    const int withAge = personal->withAge;
    const int withGender = personal->withGender;
    const int women = personal->women;
    // One rule for every personal aggregate: below the minimum it is withheld, not computed.
    if (Privacy::mayShowAggregate(withAge))
        m_figures.averageAge = static_cast<double>(ageSum) / withAge;
    else
        m_figures.averageAgeWithheld = withAge > 0;
    if (Privacy::mayShowAggregate(withGender))
        m_figures.womenPct = sharePct(women, withGender);
    else
        m_figures.womenPctWithheld = withGender > 0;
    return {};
}

Status YearReader::readAssociativeLife()
{
    MeetingRepository meetings(m_db);
    const QDate first = m_year.firstDay();
    const QDate last = m_year.lastDay();
    for (MeetingKind kind : allValues<MeetingKind>())
        m_figures.meetingsByKind.insert(kind, 0);
    auto byKind = meetings.countByKind(first, last);
    if (!byKind)
        return byKind.error();
    for (auto it = byKind->cbegin(); it != byKind->cend(); ++it)
        m_figures.meetingsByKind[it.key()] = it.value();
    auto attendance = meetings.attendanceBetween(first, last);
    if (!attendance)
        return attendance.error();
    m_figures.attendancePct = FigureMath::attendanceRatePct(*attendance);

    BoardRepository board(m_db);
    auto seats = board.inOfficeOn(last);
    if (!seats)
        return seats.error();
    if (seats->isEmpty())
        return {};
    auto directors = board.directors();
    if (!directors)
        return directors.error();
    QHash<qint64, QString> directorNames;
    for (const Director& director : std::as_const(*directors))
        directorNames.insert(director.id, director.name);
    OrganisationRepository organisations(m_db);
    for (const BoardMandate& mandate : std::as_const(*seats)) {
        // An individual member represents no organisation: the seat names none.
        QString organisationName;
        if (mandate.organisationId != 0) {
            auto organisation = organisations.get(mandate.organisationId);
            if (!organisation)
                return organisation.error();
            organisationName = organisation->name;
        }
        m_figures.board << BoardSeat{directorNames.value(mandate.directorId), mandate.role,
                                     organisationName};
    }
    std::stable_sort(m_figures.board.begin(), m_figures.board.end(),
                     [](const BoardSeat& a, const BoardSeat& b) {
                         if (a.role != b.role)
                             return a.role < b.role;
                         return a.director.compare(b.director, Qt::CaseInsensitive) < 0;
                     });
    return {};
}

Status YearReader::readBusinessDevelopment()
{
    ActivityRepository activities(m_db);
    const QDate first = m_year.firstDay();
    const QDate last = m_year.lastDay();
    for (Audience audience : allValues<Audience>())
        for (ActivityType type : allValues<ActivityType>())
            m_figures.activities.insert({audience, type}, 0);
    auto counts = activities.countByAudienceAndType(first, last);
    if (!counts)
        return counts.error();
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        m_figures.activities[it.key()] = it.value();
    auto list = activities.list(first, last);
    if (!list)
        return list.error();
    for (const Activity& activity : std::as_const(*list)) {
        if (activity.type == ActivityType::Agreement)
            m_figures.agreements << activity.title;
        else if (!activity.title.trimmed().isEmpty())
            m_figures.activityTitles[{activity.audience, activity.type}]
                << activity.title.trimmed();
    }
    return {};
}

// The parts `reads` of the figures of the fiscal year starting in `startYear`, in one snapshot.
Result<YearlyFigures> readYear(Database& database, int startYear,
                               std::initializer_list<Status (YearReader::*)()> reads)
{
    ReadTransaction snapshot(database);
    if (!snapshot.begun())
        return snapshot.begun().error();
    auto year = SettingsRepository(database).fiscalYear(startYear);
    if (!year)
        return year.error();
    YearlyFigures figures;
    figures.year = *year;
    YearReader reader(database, *year, figures);
    for (Status (YearReader::*read)() : reads) {
        if (const Status status = (reader.*read)(); !status)
            return status.error();
    }
    return figures;
}

} // namespace

Result<YearlyFigures> FiguresCalculator::development(int startYear)
{
    return readYear(m_db, startYear,
                    {&YearReader::readSatisfaction, &YearReader::readBusinessDevelopment});
}

Result<YearlyFigures> FiguresCalculator::compute(int startYear)
{
    return readYear(m_db, startYear,
                    {&YearReader::readServices, &YearReader::readMembership,
                     &YearReader::readFinances, &YearReader::readSatisfaction,
                     &YearReader::readHumanCapital, &YearReader::readAssociativeLife,
                     &YearReader::readBusinessDevelopment});
}

Result<FiguresSeries> FiguresCalculator::series(int lastStartYear, int count)
{
    ReadTransaction snapshot(m_db);
    if (!snapshot.begun())
        return snapshot.begun().error();
    auto firstYear = SettingsRepository(m_db).fiscalYear(lastStartYear - count + 1);
    if (!firstYear)
        return firstYear.error();
    ServiceEntryRepository entries(m_db);
    MembershipRepository memberships(m_db);
    auto all = memberships.all();
    if (!all)
        return all.error();
    const bool anyMembership = !all->isEmpty();

    FiguresSeries series;
    QSet<qint64> membersBefore; // at the end of the year before the one being read
    if (anyMembership) {
        auto covering = memberships.coveringDay(firstYear->previous().lastDay());
        if (!covering)
            return covering.error();
        membersBefore = organisationsOf(*covering);
    }
    for (FiscalYear year = *firstYear; year.startYear() <= lastStartYear; year = year.next()) {
        series.years << year;
        auto minutes = entries.totalMinutes({year.firstDay(), year.lastDay(), {}, {}});
        if (!minutes)
            return minutes.error();
        series.minutes << nonZero(*minutes);
        auto byMembership = memberships.minutesByMembership(year.firstDay(), year.lastDay());
        if (!byMembership)
            return byMembership.error();
        series.memberMinutesByCategory << byMembership->byCategory;
        if (!anyMembership) {
            series.membersEnd << std::nullopt;
            series.membersNew << std::nullopt;
            series.membersLeft << std::nullopt;
            series.retentionPct << std::nullopt;
            continue;
        }
        auto covering = memberships.coveringDay(year.lastDay());
        if (!covering)
            return covering.error();
        auto arrived = memberships.countNewMembers(year.firstDay(), year.lastDay());
        if (!arrived)
            return arrived.error();
        auto left = memberships.countLeft(year.firstDay(), year.lastDay());
        if (!left)
            return left.error();
        const QSet<qint64> members = organisationsOf(*covering);
        series.membersEnd << static_cast<int>(members.size());
        series.membersNew << *arrived;
        series.membersLeft << *left;
        series.retentionPct << sharePct(QSet<qint64>(members).intersect(membersBefore).size(),
                                        membersBefore.size());
        membersBefore = members;
    }
    return series;
}

} // namespace bilan
