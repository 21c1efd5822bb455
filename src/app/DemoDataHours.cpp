// The demo's hours: for each fiscal year, every working day of every active expert gets a share
// of the year's planned hours (by the expert's pace, the season and chance), split into one to
// three entries for the organisations served that year. The year's total is exact to the minute
// and exactly the planned number of organisations is served.

#include "DemoDataContext.h"
#include "FieldRepository.h"
#include "ServiceEntryRepository.h"

#include <algorithm>

namespace bilan::demo {

namespace {

constexpr int Quarter = 15;     // entries are whole quarter hours
constexpr int LongestDay = 600; // no expert logs more than 10 h a day here

constexpr const char* notes[] = {
    "Rencontre de suivi",
    "Accompagnement du conseil d'administration",
    "Analyse et recommandations",
    "Formation en ligne",
    "Préparation de l'assemblée générale",
    "Révision des politiques",
    "Diagnostic organisationnel",
    "Rédaction du rapport",
    "Appel avec la direction",
    "Atelier de planification",
};

bool isWorkingDay(QDate day)
{
    if (day.dayOfWeek() > 5)
        return false;
    // The office closes over the holidays and on the two national days.
    if ((day.month() == 12 && day.day() >= 24) || (day.month() == 1 && day.day() <= 2))
        return false;
    return !((day.month() == 6 && day.day() == 24) || (day.month() == 7 && day.day() == 1));
}

double seasonOf(QDate day)
{
    switch (day.month()) {
    case 7:
        return 0.55;
    case 8:
        return 0.8;
    case 12:
        return 0.85;
    default:
        return 1.0;
    }
}

struct Slot
{
    QDate day;
    int expert;
    double weight;
    int minutes = 0;
};

// The year's (day, expert) pairs with the minutes each one logs, summing exactly to `total`.
QList<Slot> planSlots(const DemoContext& context, const YearPlan& plan, DemoRandom& random)
{
    QList<Slot> daySlots;
    double weights = 0;
    for (QDate day(plan.startYear, 4, 1); day <= QDate(plan.startYear + 1, 3, 31);
         day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        for (int e = 0; e < context.experts.size(); ++e) {
            const DemoExpert& expert = context.experts.at(e);
            if (!expert.activeOn(day) || random.chance(0.08)) // away that day
                continue;
            const double weight = expert.pace * seasonOf(day) * (0.6 + 0.8 * random.real());
            daySlots.append(Slot{day, e, weight});
            weights += weight;
        }
    }
    const qint64 total = qint64(plan.hours) * 60;
    qint64 planned = 0;
    for (Slot& slot : daySlots) {
        const double share = static_cast<double>(total) * slot.weight / weights;
        slot.minutes = std::clamp(int(std::lround(share / Quarter)) * Quarter, Quarter, LongestDay);
        planned += slot.minutes;
    }
    // Rounding leaves a few hundred minutes over or under: settle them a quarter at a time.
    const int last = static_cast<int>(daySlots.size()) - 1;
    while (planned != total) {
        Slot& slot = daySlots[random.between(0, last)];
        const int step = planned < total ? Quarter : -Quarter;
        const int minutes = slot.minutes + step;
        if (minutes < Quarter || minutes > LongestDay)
            continue;
        slot.minutes = minutes;
        planned += step;
    }
    return daySlots;
}

// The organisations served in the year: members first (most of them buy services), then the
// others most used to buying.
QList<int> servedIn(const DemoContext& context, const YearPlan& plan, DemoRandom& random)
{
    const QDate first(plan.startYear, 4, 1);
    const QDate last(plan.startYear + 1, 3, 31);
    QList<QPair<double, int>> ranked;
    for (int o = 0; o < context.organisations.size(); ++o) {
        const DemoOrganisation& organisation = context.organisations.at(o);
        if (organisation.name == names::supporting)
            continue;
        const bool member = context.isMemberOn(o, first) || context.isMemberOn(o, last);
        ranked.append(
            {(member ? 0.7 : 0.0) + 0.8 * organisation.affinity + 0.5 * random.real(), o});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<int> served;
    for (int i = 0; i < plan.served; ++i)
        served.append(ranked.at(i).second);
    return served;
}

// Picks organisations in proportion to what they buy.
class WeightedPicker
{
public:
    WeightedPicker(const DemoContext& context, const QList<int>& organisations)
        : m_organisations(organisations)
    {
        double sum = 0;
        for (int o : organisations) {
            const DemoOrganisation& organisation = context.organisations.at(o);
            sum += organisation.weight * (0.5 + organisation.affinity);
            m_cumulative.append(sum);
        }
    }
    int pick(DemoRandom& random) const
    {
        const double target = random.real() * m_cumulative.last();
        const auto found = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
        const qsizetype at = std::min(found - m_cumulative.cbegin(), m_cumulative.size() - 1);
        return m_organisations.at(at);
    }

private:
    QList<int> m_organisations;
    QList<double> m_cumulative;
};

QList<ServiceEntry> entriesOf(const DemoContext& context, const YearPlan& plan, DemoRandom& random)
{
    const QList<Slot> daySlots = planSlots(context, plan, random);
    QList<ServiceEntry> entries;
    entries.reserve(daySlots.size() * 2);
    for (const Slot& slot : daySlots) {
        const DemoExpert& expert = context.experts.at(slot.expert);
        int units = slot.minutes / Quarter;
        const int parts = std::min(units, units >= 8   ? random.between(1, 3)
                                          : units >= 4 ? random.between(1, 2)
                                                       : 1);
        for (int p = parts; p > 0; --p) {
            const int even = units / p;
            const int size =
                p == 1 ? units
                       : std::clamp(even + random.between(-even / 2, even / 2), 1, units - (p - 1));
            units -= size;
            ServiceEntry entry;
            entry.date = slot.day;
            entry.expertId = expert.id;
            entry.minutes = size * Quarter;
            entry.field = expert.fields.at(random.between(0, int(expert.fields.size()) - 1));
            if (random.chance(0.25))
                entry.note = QString::fromUtf8(notes[random.between(0, int(std::size(notes)) - 1)]);
            entries.append(entry);
        }
    }

    // Every organisation served gets at least one entry; the rest go by what each one buys.
    const QList<int> served = servedIn(context, plan, random);
    QList<int> order;
    order.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i)
        order.append(i);
    random.shuffle(order);
    const WeightedPicker picker(context, served);
    for (int k = 0; k < order.size(); ++k) {
        const int organisation = k < served.size() ? served.at(k) : picker.pick(random);
        entries[order.at(k)].organisationId = context.organisations.at(organisation).id;
    }
    return entries;
}

} // namespace

Status addHours(DemoContext& context)
{
    DemoRandom random = DemoContext::random(5);
    auto fieldIds = FieldRepository(context.db).idsByKey();
    if (!fieldIds)
        return fieldIds.error();
    ServiceEntryRepository repository(context.db);
    for (const YearPlan& plan : yearPlans) {
        if (auto written = repository.insertChecked(entriesOf(context, plan, random), *fieldIds);
            !written)
            return written;
    }
    return {};
}

} // namespace bilan::demo
