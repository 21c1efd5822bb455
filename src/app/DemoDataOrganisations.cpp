// The demo's organisations: the real networks and federations the seed report names, the
// organisations it names, and families of plausible Québec coopératives, mutuelles and OBNL
// spread over the towns of every region, each family grouped under its network.

#include "DemoDataContext.h"
#include "OrganisationRepository.h"

#include <QRegularExpression>
#include <QSet>

namespace bilan::demo {

namespace {

struct Town
{
    const char* name;
    const char* region;
};

constexpr Town towns[] = {
    {"Rimouski", "Bas-Saint-Laurent"},
    {"Rivière-du-Loup", "Bas-Saint-Laurent"},
    {"Matane", "Bas-Saint-Laurent"},
    {"Saguenay", "Saguenay–Lac-Saint-Jean"},
    {"Alma", "Saguenay–Lac-Saint-Jean"},
    {"Roberval", "Saguenay–Lac-Saint-Jean"},
    {"Dolbeau-Mistassini", "Saguenay–Lac-Saint-Jean"},
    {"Québec", "Capitale-Nationale"},
    {"Baie-Saint-Paul", "Capitale-Nationale"},
    {"Saint-Raymond", "Capitale-Nationale"},
    {"Trois-Rivières", "Mauricie"},
    {"Shawinigan", "Mauricie"},
    {"La Tuque", "Mauricie"},
    {"Sherbrooke", "Estrie"},
    {"Magog", "Estrie"},
    {"Coaticook", "Estrie"},
    {"Lac-Mégantic", "Estrie"},
    {"Montréal", "Montréal"},
    {"Verdun", "Montréal"},
    {"Rosemont", "Montréal"},
    {"Hochelaga", "Montréal"},
    {"Gatineau", "Outaouais"},
    {"Maniwaki", "Outaouais"},
    {"Rouyn-Noranda", "Abitibi-Témiscamingue"},
    {"Val-d'Or", "Abitibi-Témiscamingue"},
    {"Amos", "Abitibi-Témiscamingue"},
    {"Baie-Comeau", "Côte-Nord"},
    {"Sept-Îles", "Côte-Nord"},
    {"Chibougamau", "Nord-du-Québec"},
    {"Gaspé", "Gaspésie–Îles-de-la-Madeleine"},
    {"Carleton-sur-Mer", "Gaspésie–Îles-de-la-Madeleine"},
    {"Lévis", "Chaudière-Appalaches"},
    {"Saint-Georges", "Chaudière-Appalaches"},
    {"Thetford Mines", "Chaudière-Appalaches"},
    {"Montmagny", "Chaudière-Appalaches"},
    {"Laval", "Laval"},
    {"Joliette", "Lanaudière"},
    {"Terrebonne", "Lanaudière"},
    {"Saint-Jérôme", "Laurentides"},
    {"Mont-Laurier", "Laurentides"},
    {"Sainte-Agathe-des-Monts", "Laurentides"},
    {"Longueuil", "Montérégie"},
    {"Saint-Hyacinthe", "Montérégie"},
    {"Granby", "Montérégie"},
    {"Salaberry-de-Valleyfield", "Montérégie"},
    {"Saint-Jean-sur-Richelieu", "Montérégie"},
    {"Drummondville", "Centre-du-Québec"},
    {"Victoriaville", "Centre-du-Québec"},
    {"Nicolet", "Centre-du-Québec"},
};

// Names that make housing co-ops, day-care centres and workers' co-ops sound like themselves.
constexpr const char* placeNames[] = {
    "Les Tournesols",    "Le Chardon",  "La Ruche",      "Les Pignons",     "L'Escale",
    "Le Vieux-Moulin",   "Les Érables", "La Passerelle", "Le Campanile",    "Les Trois-Pignons",
    "L'Arc-en-ciel",     "Le Rucher",   "La Cordée",     "Les Marguerites", "Le Phare",
    "La Clé des champs", "Les Saules",  "Le Tremplin",   "La Boussole",     "Les Hirondelles",
};

struct Network
{
    const QString& name;
    OrganisationKind kind;
    const char* region;
    const char* sector;
};

struct Family
{
    const char* pattern; // %1: a town, %2: a place name
    OrganisationKind kind;
    const char* sector;
    const QString* network; // null: none
    int count;
    double weight;
};

const QString reseauCoop = QStringLiteral("Réseau COOP");
const QString coopsco = QStringLiteral("Fédération des coopératives en milieu scolaire du Québec");
const QString forest = QStringLiteral("Fédération québécoise des coopératives forestières");
const QString daycare = QStringLiteral("Association québécoise des centres de la petite enfance");
const QString cdcTable =
    QStringLiteral("Table nationale des corporations de développement communautaire");
const QString youth = QStringLiteral("Réseau des carrefours jeunesse-emploi du Québec");

Status addOne(OrganisationRepository& repository, DemoContext& context, Organisation organisation,
              double weight, double affinity)
{
    auto id = repository.add(organisation);
    if (!id)
        return id.error();
    context.organisations.append(
        DemoOrganisation{*id, organisation.name, organisation.kind, weight, affinity});
    return {};
}

} // namespace

Status addOrganisations(DemoContext& context)
{
    DemoRandom random = DemoContext::random(1);
    OrganisationRepository repository(context.db);
    using K = OrganisationKind;

    const Network networks[] = {
        {names::eesadNetwork, K::Network, "Capitale-Nationale", "Aide à domicile"},
        {names::food, K::Network, "Montréal", "Alimentation"},
        {names::housing, K::Network, "Capitale-Nationale", "Habitation"},
        {names::cqcm, K::Network, "Chaudière-Appalaches", "Développement coopératif"},
        {names::homeCare, K::Network, "Capitale-Nationale", "Santé et services à domicile"},
        {names::cable, K::Network, "Estrie", "Télécommunications"},
        {names::paramedics, K::Network, "Capitale-Nationale", "Soins préhospitaliers"},
        {names::health, K::Network, "Capitale-Nationale", "Santé"},
        {names::funeral, K::Network, "Montréal", "Funéraire"},
        {coopsco, K::Network, "Montréal", "Éducation"},
        {forest, K::Network, "Capitale-Nationale", "Foresterie"},
        {reseauCoop, K::Network, "Montréal", "Coopératives de travail"},
        {names::ontario, K::Network, "Ontario", "Développement coopératif"},
        {names::insertion, K::Network, "Montréal", "Insertion socioprofessionnelle"},
        {names::tresca, K::Network, "Chaudière-Appalaches", "Économie sociale"},
        {daycare, K::Network, "Montréal", "Petite enfance"},
        {cdcTable, K::Network, "Centre-du-Québec", "Développement communautaire"},
        {youth, K::Network, "Montréal", "Emploi"},
    };
    for (const Network& network : networks) {
        Organisation organisation;
        organisation.name = network.name;
        organisation.kind = network.kind;
        organisation.region = QString::fromUtf8(network.region);
        organisation.sector = QString::fromUtf8(network.sector);
        // The networks buy for their members: the largest clients.
        if (auto added = addOne(repository, context, organisation, 5.0, 0.6 + 0.4 * random.real());
            !added)
            return added;
    }

    struct Named
    {
        const QString name;
        K kind;
        const char* region;
        const char* sector;
        const QString* network;
        double weight;
    };
    const Named named[] = {
        {names::supporting, K::Other, "Capitale-Nationale", "Membres de soutien", nullptr, 0.2},
        {names::eesadMutual, K::Mutual, "Capitale-Nationale", "Prévention", &names::eesadNetwork,
         4.0},
        {names::cdrq, K::Coop, "Capitale-Nationale", "Développement coopératif", &names::cqcm, 2.0},
        {names::cdrOutaouais, K::Coop, "Outaouais", "Développement coopératif", &names::cqcm, 1.5},
        {names::valleyPole, K::Npo, "Montérégie", "Économie sociale", nullptr, 1.0},
        {names::memphremagog, K::Other, "Estrie", "Municipalité régionale de comté", nullptr, 0.5},
        {names::firstNations, K::Npo, "Capitale-Nationale", "Développement économique", nullptr,
         1.5},
        {QStringLiteral("Chantier de l'économie sociale"), K::Npo, "Montréal", "Économie sociale",
         nullptr, 1.0},
        {QStringLiteral("Conseil d'économie sociale de l'île de Montréal (CÉSIM)"), K::Npo,
         "Montréal", "Économie sociale", nullptr, 1.0},
        {QStringLiteral("Guilde du jeu vidéo du Québec"), K::Npo, "Montréal", "Culture", nullptr,
         1.0},
        {QStringLiteral("Groupe Femmes, Politique et Démocratie"), K::Npo, "Capitale-Nationale",
         "Démocratie", nullptr, 0.8},
        {QStringLiteral("Commission nationale des parents francophones"), K::Npo, "Hors Québec",
         "Éducation", nullptr, 0.8},
        {QStringLiteral("Société de coopération pour le développement international (SOCODEVI)"),
         K::Npo, "Capitale-Nationale", "Coopération internationale", &names::cqcm, 1.2},
    };
    for (const Named& entry : named) {
        Organisation organisation;
        organisation.name = entry.name;
        organisation.kind = entry.kind;
        organisation.region = QString::fromUtf8(entry.region);
        organisation.sector = QString::fromUtf8(entry.sector);
        if (entry.network)
            organisation.networkId = context.idOf(*entry.network);
        if (auto added = addOne(repository, context, organisation, entry.weight, 0.9); !added)
            return added;
    }

    const Family families[] = {
        {"Coopérative de services à domicile de %1", K::Coop, "Aide à domicile",
         &names::eesadNetwork, 34, 1.6},
        {"Service d'aide à domicile de %1", K::Npo, "Aide à domicile", &names::eesadNetwork, 26,
         1.4},
        {"Coop d'alimentation de %1", K::Coop, "Alimentation", &names::food, 20, 0.8},
        {"Marché coopératif %2 de %1", K::Coop, "Alimentation", &names::food, 15, 0.7},
        {"Coopérative d'habitation %2 de %1", K::Coop, "Habitation", &names::housing, 70, 0.5},
        {"Coopérative de solidarité santé de %1", K::Coop, "Santé", &names::health, 25, 1.0},
        {"Coopérative des paramédics de %1", K::Coop, "Soins préhospitaliers", &names::paramedics,
         10, 1.3},
        {"Coopérative funéraire de %1", K::Coop, "Funéraire", &names::funeral, 20, 0.8},
        {"Coopsco du Cégep de %1", K::Coop, "Éducation", &coopsco, 20, 0.6},
        {"Coopérative de câblodistribution de %1", K::Coop, "Télécommunications", &names::cable, 8,
         0.7},
        {"Coopérative forestière de %1", K::Coop, "Foresterie", &forest, 15, 0.9},
        {"Coopérative de travail %2", K::Coop, "Services", &reseauCoop, 20, 0.6},
        {"Mutuelle d'assurance de %1", K::Mutual, "Assurances", &names::cqcm, 12, 1.0},
        {"Centre de la petite enfance %2 de %1", K::Npo, "Petite enfance", &daycare, 40, 0.5},
        {"Entreprise d'insertion %2 de %1", K::Npo, "Insertion socioprofessionnelle",
         &names::insertion, 30, 0.7},
        {"Corporation de développement communautaire de %1", K::Npo, "Développement communautaire",
         &cdcTable, 25, 0.6},
        {"Carrefour jeunesse-emploi de %1", K::Npo, "Emploi", &youth, 25, 0.6},
        {"Ressourcerie %2 de %1", K::Npo, "Environnement", nullptr, 15, 0.5},
    };
    QSet<QString> taken;
    constexpr int townCount = static_cast<int>(std::size(towns));
    constexpr int placeCount = static_cast<int>(std::size(placeNames));
    for (const Family& family : families) {
        const qint64 networkId = family.network ? context.idOf(*family.network) : 0;
        int made = 0;
        int town = random.between(0, townCount - 1);
        while (made < family.count) {
            const Town& where = towns[town];
            town = (town + 1 + random.between(0, 2)) % townCount;
            // Not QString::arg: a pattern without %1 would take the town for its %2.
            QString name =
                QString::fromUtf8(family.pattern)
                    .replace(QLatin1String("%1"), QString::fromUtf8(where.name))
                    .replace(QLatin1String("%2"),
                             QString::fromUtf8(placeNames[random.between(0, placeCount - 1)]));
            // "de Alma" is written "d'Alma".
            static const QRegularExpression vowel(QStringLiteral(" de ([AEIOUÉÎ])"));
            name.replace(vowel, QStringLiteral(" d'\\1"));
            if (taken.contains(name))
                continue;
            taken.insert(name);
            Organisation organisation;
            organisation.name = name;
            organisation.kind = family.kind;
            organisation.region = QString::fromUtf8(where.region);
            organisation.sector = QString::fromUtf8(family.sector);
            // Chaudière-Appalaches OBNL group under TRÉSCA rather than their sector.
            if (family.kind == K::Npo &&
                organisation.region == QLatin1String("Chaudière-Appalaches"))
                organisation.networkId = context.idOf(names::tresca);
            else if (networkId != 0)
                organisation.networkId = networkId;
            const double weight = family.weight * (0.4 + 1.2 * random.real());
            if (auto added = addOne(repository, context, organisation, weight, random.real());
                !added)
                return added;
            ++made;
        }
    }
    return {};
}

} // namespace bilan::demo
