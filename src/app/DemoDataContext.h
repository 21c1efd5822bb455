#pragma once

#include "Database.h"
#include "Enums.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <array>

// What the parts of the demo database share: the yearly targets they must meet, the
// organisations and experts already written, and one random stream per part. Each part draws
// from its own fixed-seed generator so that changing one part never reshuffles another.
namespace bilan::demo {

// The targets of one fiscal year (named by the year it starts in). The 2019-2020 row
// reproduces the seed activity report, the 2024-2025 row the 2025 press release; the others
// are plausible in between.
struct YearPlan
{
    int startYear;
    int hours;       // whole hours rendered
    int served;      // distinct organisations served
    int newMembers;  // organisations that join (or rejoin) during the year
    int leftMembers; // organisations that stop being members during the year
};

inline constexpr std::array<YearPlan, 10> yearPlans{{
    {2015, 48200, 150, 30, 0},
    {2016, 56800, 175, 8, 2},
    {2017, 62190, 205, 10, 2},
    {2018, 65300, 250, 16, 2}, // +5 %: a third of 2019-2020's rise
    {2019, 75100, 300, 26, 0}, // 58 -> 84 members: +45 %
    {2020, 72400, 285, 31, 3},
    {2021, 76900, 270, 40, 4},
    {2022, 79850, 275, 47, 5},
    {2023, 81640, 268, 57, 6},
    {2024, 85487, 263, 72, 7}, // 241 -> 306 members: +27 %
}};

inline constexpr int FirstYear = 2015;
inline constexpr int LastYear = 2024;

struct DemoOrganisation
{
    qint64 id = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Other;
    // How much the organisation buys when served, and how likely it is to be served at all.
    double weight = 1.0;
    double affinity = 0.5;
};

struct DemoExpert
{
    qint64 id = 0;
    ExpertRole role = ExpertRole::Professional;
    QDate started;
    QDate ended;
    QStringList fields;
    double pace = 1.0; // share of a full day of billable hours

    bool activeOn(QDate day) const { return started <= day && (!ended.isValid() || ended >= day); }
};

// A membership period as planned before it is written.
struct PlannedMembership
{
    int organisation = 0; // index in DemoContext::organisations
    MembershipCategory category = MembershipCategory::Member;
    QDate joined;
    QDate left;
};

class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_generator(seed) {}
    // In [lowest, highest], both included.
    int between(int lowest, int highest) { return m_generator.bounded(lowest, highest + 1); }
    double real() { return m_generator.generateDouble(); }
    bool chance(double probability) { return real() < probability; }
    QDate dateBetween(QDate first, QDate last)
    {
        return first.addDays(between(0, static_cast<int>(first.daysTo(last))));
    }
    template <typename T> void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, static_cast<int>(i)));
    }

private:
    QRandomGenerator m_generator;
};

struct DemoContext
{
    explicit DemoContext(Database& database) : db(database) {}

    Database& db;
    QList<DemoOrganisation> organisations;
    QList<PlannedMembership> memberships;
    QList<DemoExpert> experts;

    // The index of a named organisation of the demo (they are all known in advance).
    int indexOf(const QString& name) const;
    qint64 idOf(const QString& name) const { return organisations.at(indexOf(name)).id; }
    bool isMemberOn(int organisation, QDate day) const;

    static DemoRandom random(quint32 part) { return DemoRandom(20200331u + part * 7919u); }
};

// The parts, in the order they are written (each needs the ones before it).
Status addOrganisations(DemoContext& context);
Status addMemberships(DemoContext& context);
Status addExperts(DemoContext& context);
Status addHours(DemoContext& context);
Status addBoardAndMeetings(DemoContext& context);
Status addFinancesAndSurveys(DemoContext& context);
Status addActivities(DemoContext& context);
Status addReportTexts(DemoContext& context);

// Names used by several parts.
namespace names {
inline const QString supporting = QStringLiteral("Membre de soutien");
inline const QString eesadNetwork = QStringLiteral("Réseau de coopération des EÉSAD");
inline const QString eesadMutual = QStringLiteral("La mutuelle de prévention des EÉSAD");
inline const QString housing =
    QStringLiteral("Confédération québécoise des coopératives d'habitation");
inline const QString food = QStringLiteral("Fédération des coopératives d'alimentation du Québec");
inline const QString cqcm =
    QStringLiteral("Conseil québécois de la coopération et de la mutualité");
inline const QString tresca =
    QStringLiteral("Table régionale d'économie sociale de Chaudière-Appalaches (TRÉSCA)");
inline const QString homeCare =
    QStringLiteral("Fédération des coopératives de services à domicile et de santé du Québec");
inline const QString cable = QStringLiteral(
    "Fédération des coopératives de câblodistribution et de télécommunication du Québec");
inline const QString cdrq = QStringLiteral("Coopérative de développement régional du Québec");
inline const QString paramedics =
    QStringLiteral("Fédération des coopératives des paramédics du Québec");
inline const QString health = QStringLiteral("Fédération québécoise des coopératives de santé");
inline const QString ontario = QStringLiteral("Conseil de la coopération de l'Ontario");
inline const QString insertion = QStringLiteral("Collectif des entreprises d'insertion du Québec");
inline const QString funeral = QStringLiteral("Fédération des coopératives funéraires du Québec");
inline const QString cdrOutaouais =
    QStringLiteral("Coopérative de développement régional Outaouais-Laurentides");
inline const QString valleyPole =
    QStringLiteral("Pôle d'économie sociale de la Vallée-du-Haut-Saint-Laurent");
inline const QString memphremagog = QStringLiteral("MRC de Memphrémagog");
inline const QString firstNations = QStringLiteral(
    "Commission de développement économique des Premières Nations du Québec et du Labrador");
} // namespace names

} // namespace bilan::demo
