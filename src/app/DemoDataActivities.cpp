// The demo's business-development activities. 2019-2020 has the seed report's counts (networks
// 16 events / 16 meetings, OBNL groups 7 / 32, relay partners 21 / 10) led by the titles it
// lists, and its five partnership agreements; the other years vary around those counts.

#include "ActivityRepository.h"
#include "DemoDataContext.h"

#include <algorithm>

namespace bilan::demo {

namespace {

struct Kind
{
    Audience audience;
    ActivityType type;
    int seedCount; // 2019-2020
    QStringList seedTitles;
    const char* generic; // %1: an organisation of the demo
};

QList<Kind> kinds()
{
    using A = Audience;
    using T = ActivityType;
    return {
        {A::Networks,
         T::Event,
         16,
         {QStringLiteral(
              "Assises du Conseil québécois de la coopération et de la mutualité (CQCM)"),
          QStringLiteral("Congrès de Coopératives et mutuelles Canada (CMC)"),
          QStringLiteral("Golf de la relève du CQCM"),
          QStringLiteral("Forum Québec-Ontario sur l'économie sociale"),
          QStringLiteral("Plan stratégique et brunch SOCODEVI")},
         "Assemblée générale : %1"},
        {A::Networks,
         T::Meeting,
         16,
         {QStringLiteral("Rencontre des réseaux"),
          QStringLiteral("Coopérative de développement régional du Québec (CDRQ)"),
          QStringLiteral("La Capitale"), QStringLiteral("SSQ (événement)")},
         "Rencontre de développement : %1"},
        {A::NpoGroups,
         T::Event,
         7,
         {QStringLiteral("Assemblée générale annuelle de la Table régionale d'économie sociale de "
                         "Chaudière-Appalaches (TRÉSCA)"),
          QStringLiteral("Congrès annuel du Collectif des entreprises d'insertion du Québec"),
          QStringLiteral("Assemblée générale annuelle de la Corporation de développement "
                         "économique communautaire (CDEC) de Québec"),
          QStringLiteral("Réseau des Sociétés d'aide au développement des collectivités (SADC) et "
                         "des Centres d'aide aux entreprises (CAE)")},
         "Assemblée générale annuelle : %1"},
        {A::NpoGroups,
         T::Meeting,
         32,
         {QStringLiteral("Commission nationale des parents francophones (CNPF)"),
          QStringLiteral("Groupe Femmes, Politique et Démocratie"),
          QStringLiteral("Guilde du jeu vidéo du Québec"),
          QStringLiteral("Pôle d'économie sociale de la Vallée-du-Haut-St-Laurent"),
          QStringLiteral("Administration régionale Baie-James (ARBJ)"),
          QStringLiteral("Fédération des communautés francophones et acadienne du Canada (FCFAC)"),
          QStringLiteral("Conseil d'économie sociale de l'île de Montréal (CÉSIM)")},
         "Rencontre de développement : %1"},
        {A::RelayPartners,
         T::Event,
         21,
         {QStringLiteral("Co-organisation d'un événement avec le TIESS : Diagnostic 360 et "
                         "juridique"),
          QStringLiteral("Réouverture de La Station (Fonds d'emprunt)"),
          QStringLiteral("Perspective 2020 de la Chambre de commerce et d'industrie de Québec "
                         "(CCIQ)"),
          QStringLiteral("Association of Cooperative Educators Institute (panel)"),
          QStringLiteral("Expo Entrepreneurs Pro (panel)")},
         "Panel ou kiosque : %1"},
        {A::RelayPartners,
         T::Meeting,
         10,
         {QStringLiteral("Chantier de l'économie sociale"), QStringLiteral("MRC de Memphrémagog"),
          QStringLiteral("Ville de Montréal"), QStringLiteral("RISQ et Cap Finance"),
          QStringLiteral("Forces AVENIR"), QStringLiteral("CCIQ"), QStringLiteral("PME Montréal")},
         "Rencontre avec un partenaire relayeur : %1"},
    };
}

struct Agreement
{
    Audience audience;
    const QString& title;
};

const QString trescaAgreement =
    QStringLiteral("Table régionale d'économie sociale de Chaudière-Appalaches (TRESCA)");

// The seed report's partnership agreements, in its order.
const Agreement agreements2019[] = {
    {Audience::NpoGroups, names::insertion},  {Audience::RelayPartners, names::memphremagog},
    {Audience::Networks, names::ontario},     {Audience::NpoGroups, trescaAgreement},
    {Audience::NpoGroups, names::valleyPole},
};

// Organisations of the kinds an audience is about, to name generic activities after them.
QStringList organisationsFor(const DemoContext& context, Audience audience)
{
    QStringList list;
    for (const DemoOrganisation& organisation : context.organisations) {
        const bool network = organisation.kind == OrganisationKind::Network;
        const bool npo = organisation.kind == OrganisationKind::Npo;
        if ((audience == Audience::Networks && network) ||
            (audience == Audience::NpoGroups && npo) ||
            (audience == Audience::RelayPartners && (npo || !network)))
            list.append(organisation.name);
    }
    return list;
}

// `count` dates spread over the year, in order.
QList<QDate> datesIn(int startYear, int count, DemoRandom& random)
{
    QList<QDate> dates;
    for (int i = 0; i < count; ++i) {
        QDate day = random.dateBetween(QDate(startYear, 4, 1), QDate(startYear + 1, 3, 31));
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        if (day > QDate(startYear + 1, 3, 31))
            day = QDate(startYear + 1, 3, 31).addDays(-3);
        dates.append(day);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace

Status addActivities(DemoContext& context)
{
    DemoRandom random = DemoContext::random(7);
    ActivityRepository repository(context.db);
    auto add = [&](QDate date, ActivityType type, Audience audience, const QString& title) {
        Activity activity;
        activity.date = date;
        activity.type = type;
        activity.audience = audience;
        activity.title = title;
        auto id = repository.add(activity);
        return id ? Status() : Status(id.error());
    };

    const QList<Kind> all = kinds();
    for (int year = FirstYear; year <= LastYear; ++year) {
        const bool seed = year == 2019;
        for (const Kind& kind : all) {
            const int count =
                seed ? kind.seedCount
                     : std::max(1, int(std::lround(kind.seedCount * (0.55 + 0.6 * random.real()))));
            const QStringList candidates = organisationsFor(context, kind.audience);
            const QList<QDate> dates = datesIn(year, count, random);
            for (int i = 0; i < count; ++i) {
                const QString title =
                    seed && i < kind.seedTitles.size()
                        ? kind.seedTitles.at(i)
                        : QString::fromUtf8(kind.generic)
                              .arg(candidates.at(random.between(0, int(candidates.size()) - 1)));
                if (auto added = add(dates.at(i), kind.type, kind.audience, title); !added)
                    return added;
            }
        }
        if (seed) {
            const QList<QDate> dates = datesIn(year, int(std::size(agreements2019)), random);
            for (int i = 0; i < int(std::size(agreements2019)); ++i) {
                const Agreement& agreement = agreements2019[i];
                if (auto added = add(dates.at(i), ActivityType::Agreement, agreement.audience,
                                     agreement.title);
                    !added)
                    return added;
            }
            continue;
        }
        const int count = random.between(1, 4);
        const QList<QDate> dates = datesIn(year, count, random);
        for (int i = 0; i < count; ++i) {
            const auto audience = static_cast<Audience>(random.between(0, 2));
            const QStringList candidates = organisationsFor(context, audience);
            const QString title =
                QStringLiteral("Entente de partenariat : %1")
                    .arg(candidates.at(random.between(0, int(candidates.size()) - 1)));
            if (auto added = add(dates.at(i), ActivityType::Agreement, audience, title); !added)
                return added;
        }
    }
    return {};
}

} // namespace bilan::demo
