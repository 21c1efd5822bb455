// The demo's membership periods, planned year by year so that each fiscal year's new members,
// departures and members at year end are exactly those of yearPlans; a few organisations leave
// and rejoin later.

#include "DemoDataContext.h"
#include "MembershipRepository.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace bilan::demo {

namespace {

// The organisations that must be members from a given year: the founders, the organisations the
// board's directors represent and those the seed report names as new members. They never leave.
QMap<int, QStringList> requiredJoins()
{
    return {
        {2015,
         {names::supporting, names::eesadNetwork, names::eesadMutual, names::paramedics,
          names::health, names::housing, names::food, names::cqcm, names::homeCare, names::cable,
          names::cdrq}},
        {2018, {names::tresca}},
        {2019, {names::ontario, names::insertion}},
        {2020, {names::funeral}},
        {2021, {names::cdrOutaouais}},
    };
}

MembershipCategory categoryOf(const DemoOrganisation& organisation)
{
    static const QStringList managed{names::eesadNetwork, names::eesadMutual, names::paramedics,
                                     names::health};
    if (managed.contains(organisation.name))
        return MembershipCategory::Managed;
    switch (organisation.kind) {
    case OrganisationKind::Npo:
        return MembershipCategory::Auxiliary;
    case OrganisationKind::Other:
        return MembershipCategory::Supporting;
    default:
        return MembershipCategory::Member;
    }
}

} // namespace

Status addMemberships(DemoContext& context)
{
    DemoRandom random = DemoContext::random(2);
    const QMap<int, QStringList> required = requiredJoins();
    QSet<int> protectedOrganisations;
    for (const QStringList& list : required) {
        for (const QString& name : list)
            protectedOrganisations.insert(context.indexOf(name));
    }

    // Who joins next: a shuffled queue with the networks towards the front (they join early).
    QList<QPair<double, int>> ranked;
    for (int i = 0; i < context.organisations.size(); ++i) {
        const DemoOrganisation& organisation = context.organisations.at(i);
        if (protectedOrganisations.contains(i) || organisation.kind == OrganisationKind::Other)
            continue;
        const double bonus = organisation.kind == OrganisationKind::Network ? 0.6 : 0.0;
        ranked.append({random.real() + bonus, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<int> queue;
    for (const auto& entry : ranked)
        queue.append(entry.second);

    QList<int> departed; // periods (indexes in context.memberships) closed and not yet rejoined
    for (const YearPlan& plan : yearPlans) {
        const QDate first(plan.startYear, 4, 1);
        const QDate last(plan.startYear + 1, 3, 31);

        // Departures, among the members at the end of the year before.
        QList<int> open;
        for (int p = 0; p < context.memberships.size(); ++p) {
            const PlannedMembership& period = context.memberships.at(p);
            if (!period.left.isValid() && period.joined < first &&
                !protectedOrganisations.contains(period.organisation))
                open.append(p);
        }
        random.shuffle(open);
        for (int k = 0; k < plan.leftMembers; ++k) {
            PlannedMembership& period = context.memberships[open.at(k)];
            period.left = random.dateBetween(first.addDays(1), last);
            departed.append(open.at(k));
        }

        // Arrivals: the required ones early in the year (before their directors take a seat),
        // one organisation back after a gap every other year, then the queue.
        QList<QPair<int, QDate>> joins;
        for (const QString& name : required.value(plan.startYear)) {
            const QDate joined =
                plan.startYear == FirstYear ? first : random.dateBetween(first, first.addDays(90));
            joins.append({context.indexOf(name), joined});
        }
        if (plan.startYear >= 2019 && plan.startYear % 2 == 1) {
            for (qsizetype d = 0; d < departed.size(); ++d) {
                const PlannedMembership& gone = context.memberships.at(departed.at(d));
                if (gone.left < first.addYears(-1)) {
                    joins.append({gone.organisation, random.dateBetween(first, last)});
                    departed.removeAt(d);
                    break;
                }
            }
        }
        while (joins.size() < plan.newMembers) {
            // The founders all joined on the first day of the first year.
            const QDate joined =
                plan.startYear == FirstYear ? first : random.dateBetween(first, last);
            joins.append({queue.takeFirst(), joined});
        }
        for (const auto& [organisation, joined] : joins) {
            context.memberships.append(PlannedMembership{
                organisation, categoryOf(context.organisations.at(organisation)), joined, {}});
        }
    }

    MembershipRepository repository(context.db);
    for (const PlannedMembership& planned : context.memberships) {
        Membership membership;
        membership.organisationId = context.organisations.at(planned.organisation).id;
        membership.category = planned.category;
        membership.joined = planned.joined;
        membership.left = planned.left;
        if (auto added = repository.add(membership); !added)
            return added.error();
    }
    return {};
}

} // namespace bilan::demo
