// The demo's experts: about fifty at the start in 2015, 47 professionals, 20 trainers and 6
// directors on 2020-03-31 (average age 45, as the seed report says) and 93 on 2025-03-31 (the
// 2025 press release), with arrivals and departures in between.

#include "DemoDataContext.h"
#include "ExpertRepository.h"

#include <QSet>

namespace bilan::demo {

namespace {

constexpr const char* womenNames[] = {
    "Marie-Ève", "Isabelle", "Catherine",  "Julie",     "Nathalie",     "Geneviève", "Mélanie",
    "Stéphanie", "Annie",    "Valérie",    "Caroline",  "Sophie",       "Émilie",    "Karine",
    "Josée",     "Chantal",  "Audrey",     "Véronique", "Marie-Claude", "Amélie",    "Anne-Marie",
    "Sylvie",    "Manon",    "Julie-Anne", "Maude",     "Élise",        "Noémie",    "Gabrielle",
};
constexpr const char* menNames[] = {
    "Mathieu",   "Jean-François", "Patrick",  "Sébastien",  "Martin",   "Éric",    "François",
    "Alexandre", "Simon",         "Nicolas",  "Marc-André", "Philippe", "Olivier", "Luc",
    "Guillaume", "Jonathan",      "Frédéric", "Pierre-Luc", "Maxime",   "Louis",   "Benoît",
    "Daniel",    "Vincent",       "Hugo",     "Étienne",    "Samuel",   "Charles", "Félix",
};
constexpr const char* familyNames[] = {
    "Tremblay",   "Gagnon",   "Roy",      "Côté",      "Bouchard",  "Gauthier", "Morin",
    "Lavoie",     "Fortin",   "Gagné",    "Ouellet",   "Pelletier", "Bélanger", "Lévesque",
    "Bergeron",   "Leblanc",  "Paquette", "Girard",    "Simard",    "Boucher",  "Caron",
    "Beaulieu",   "Cloutier", "Dubé",     "Poirier",   "Fournier",  "Lapointe", "Leclerc",
    "Lefebvre",   "Poulin",   "Thibault", "St-Pierre", "Nadeau",    "Martin",   "Landry",
    "Martel",     "Bédard",   "Grenier",  "Lessard",   "Richard",   "Michaud",  "Hébert",
    "Desjardins", "Couture",  "Turcotte", "Lachance",  "Parent",    "Blais",    "Gosselin",
    "Savard",     "Proulx",   "Beaudoin", "Demers",    "Perron",    "Boudreau", "Vachon",
};

const QStringList professionalFields{
    QStringLiteral("Ressources humaines"),
    QStringLiteral("Droit des coopératives"),
    QStringLiteral("Comptabilité"),
    QStringLiteral("Fiscalité"),
    QStringLiteral("Planification stratégique"),
    QStringLiteral("Communications"),
    QStringLiteral("Web et numérique"),
    QStringLiteral("Transformation numérique"),
    QStringLiteral("Développement organisationnel"),
    QStringLiteral("Gouvernance"),
    QStringLiteral("Financement"),
    QStringLiteral("Gestion de projets"),
    QStringLiteral("Santé et sécurité du travail"),
    QStringLiteral("Études de marché"),
};
const QStringList trainerTopics{QStringLiteral("Gouvernance"),
                                QStringLiteral("Ressources humaines"),
                                QStringLiteral("Santé et sécurité du travail"),
                                QStringLiteral("Communications"), QStringLiteral("Comptabilité")};
const QStringList directorTopics{QStringLiteral("Gouvernance"),
                                 QStringLiteral("Planification stratégique"),
                                 QStringLiteral("Développement des affaires")};
const QStringList regions{QStringLiteral("Capitale-Nationale"),
                          QStringLiteral("Capitale-Nationale"),
                          QStringLiteral("Capitale-Nationale"),
                          QStringLiteral("Montréal"),
                          QStringLiteral("Montréal"),
                          QStringLiteral("Chaudière-Appalaches"),
                          QStringLiteral("Estrie"),
                          QStringLiteral("Mauricie"),
                          QStringLiteral("Saguenay–Lac-Saint-Jean"),
                          QStringLiteral("Outaouais"),
                          QStringLiteral("Bas-Saint-Laurent"),
                          QStringLiteral("Montérégie")};

// How many experts of each role a cohort brings or loses.
struct RoleCounts
{
    int professionals;
    int trainers;
    int directors;

    int of(ExpertRole role) const
    {
        return role == ExpertRole::Professional ? professionals
               : role == ExpertRole::Trainer    ? trainers
                                                : directors;
    }
};

constexpr RoleCounts founders{34, 12, 3}; // and the general director
constexpr RoleCounts leftBefore2020{6, 3, 0};
constexpr RoleCounts joined2016To2019{19, 11, 2}; // 2020-03-31: 47 / 20 / 6
constexpr RoleCounts left2020To2025{10, 6, 1};
constexpr RoleCounts joined2020To2025{27, 8, 2}; // 2025-03-31: 64 / 22 / 7 = 93

const QString director = QStringLiteral("J. Benoit Caron");

class ExpertPlanner
{
public:
    ExpertPlanner() : m_random(DemoContext::random(3)) {}

    void cohort(const RoleCounts& counts, QDate from, QDate to, QDate foundingDay = {})
    {
        for (ExpertRole role : allValues<ExpertRole>()) {
            for (int i = 0; i < counts.of(role); ++i) {
                // Most founders were there on the first day.
                const QDate started = foundingDay.isValid() && m_random.chance(0.7)
                                          ? foundingDay
                                          : m_random.dateBetween(from, to);
                add(role, started);
            }
        }
    }

    // `counts` of the experts active on `day` leave between `from` and `to`.
    void departures(const RoleCounts& counts, QDate day, QDate from, QDate to)
    {
        for (ExpertRole role : allValues<ExpertRole>()) {
            QList<int> candidates;
            for (int i = 0; i < m_experts.size(); ++i) {
                if (m_experts.at(i).role == role && m_experts.at(i).activeOn(day) &&
                    m_names.at(i) != director)
                    candidates.append(i);
            }
            m_random.shuffle(candidates);
            for (int k = 0; k < counts.of(role); ++k) {
                Expert& expert = m_experts[candidates.at(k)];
                expert.ended =
                    m_random.dateBetween(std::max(from, expert.started.addDays(120)), to);
            }
        }
    }

    // The general director, there from the first day, gave no personal information.
    void generalDirector(QDate started)
    {
        Expert expert;
        expert.name = director;
        expert.role = ExpertRole::Director;
        expert.started = started;
        expert.region = regions.first();
        expert.fields = {QStringLiteral("Direction"), QStringLiteral("Développement des affaires")};
        m_names.append(expert.name);
        m_experts.append(expert);
    }

    // Nudges birth years until the average age on `day` is exactly `age`.
    void averageAgeOn(QDate day, int age)
    {
        QList<int> counted;
        int sum = 0;
        for (int i = 0; i < m_experts.size(); ++i) {
            if (m_experts.at(i).activeOn(day) && m_experts.at(i).birthYear) {
                counted.append(i);
                sum += day.year() - *m_experts.at(i).birthYear;
            }
        }
        int missing = age * static_cast<int>(counted.size()) - sum;
        while (missing != 0) {
            auto& birthYear =
                m_experts[counted.at(m_random.between(0, static_cast<int>(counted.size()) - 1))]
                    .birthYear;
            if (missing > 0 && *birthYear > 1956) {
                --*birthYear;
                --missing;
            } else if (missing < 0 && *birthYear < 1994) {
                ++*birthYear;
                ++missing;
            }
        }
    }

    QList<Expert>& experts() { return m_experts; }

private:
    void add(ExpertRole role, QDate started)
    {
        Expert expert;
        expert.role = role;
        expert.started = started;
        expert.region = regions.at(m_random.between(0, static_cast<int>(regions.size()) - 1));
        // A few experts keep their personal information to themselves.
        if (!m_random.chance(0.05)) {
            expert.gender = m_experts.size() % 2 == 0 ? Gender::F : Gender::M;
            if (m_random.chance(0.01))
                expert.gender = Gender::X;
            // Those hired in the 2020s are younger: the team renews itself.
            const bool recent = started.year() >= 2020;
            const int youngest = role == ExpertRole::Director ? 1980 : recent ? 1998 : 1992;
            expert.birthYear = m_random.between(recent ? 1965 : 1958, youngest);
        }
        expert.name = uniqueName(expert.gender == Gender::F);
        expert.fields = fieldsFor(role);
        m_names.append(expert.name);
        m_experts.append(expert);
    }

    QString uniqueName(bool woman)
    {
        for (;;) {
            const QString first = QString::fromUtf8(
                woman ? womenNames[m_random.between(0, static_cast<int>(std::size(womenNames)) - 1)]
                      : menNames[m_random.between(0, static_cast<int>(std::size(menNames)) - 1)]);
            const QString family = QString::fromUtf8(
                familyNames[m_random.between(0, static_cast<int>(std::size(familyNames)) - 1)]);
            const QString name = first + u' ' + family;
            if (!m_names.contains(name))
                return name;
        }
    }

    QStringList fieldsFor(ExpertRole role)
    {
        auto pick = [this](const QStringList& from) {
            return from.at(m_random.between(0, static_cast<int>(from.size()) - 1));
        };
        switch (role) {
        case ExpertRole::Trainer:
            return {QStringLiteral("Formation"), pick(trainerTopics)};
        case ExpertRole::Director:
            return {QStringLiteral("Direction"), pick(directorTopics)};
        case ExpertRole::Professional:
            break;
        }
        QStringList fields{pick(professionalFields)};
        if (m_random.chance(0.5)) {
            const QString second = pick(professionalFields);
            if (!fields.contains(second))
                fields.append(second);
        }
        return fields;
    }

    DemoRandom m_random;
    QList<Expert> m_experts;
    QStringList m_names;
};

double paceOf(ExpertRole role, DemoRandom& random)
{
    switch (role) {
    case ExpertRole::Professional:
        return 0.85 + 0.3 * random.real();
    case ExpertRole::Trainer:
        return 0.5 + 0.4 * random.real();
    case ExpertRole::Director:
        break;
    }
    return 0.25 + 0.2 * random.real();
}

} // namespace

Status addExperts(DemoContext& context)
{
    ExpertPlanner planner;
    const QDate endOf2019(2020, 3, 31);
    const QDate endOf2024(2025, 3, 31);
    planner.generalDirector(QDate(2015, 4, 1));
    planner.cohort(founders, QDate(2015, 4, 2), QDate(2015, 9, 30), QDate(2015, 4, 1));
    planner.departures(leftBefore2020, QDate(2015, 9, 30), QDate(2016, 1, 15), QDate(2020, 2, 28));
    planner.cohort(joined2016To2019, QDate(2016, 4, 1), QDate(2020, 2, 28));
    planner.departures(left2020To2025, endOf2019, QDate(2020, 4, 15), QDate(2025, 2, 28));
    planner.cohort(joined2020To2025, QDate(2020, 5, 1), QDate(2025, 3, 1));
    planner.averageAgeOn(endOf2019, 45);

    DemoRandom random = DemoContext::random(4);
    ExpertRepository repository(context.db);
    for (const Expert& expert : planner.experts()) {
        auto id = repository.add(expert);
        if (!id)
            return id.error();
        context.experts.append(DemoExpert{*id, expert.role, expert.started, expert.ended,
                                          expert.fields, paceOf(expert.role, random)});
    }
    return {};
}

} // namespace bilan::demo
