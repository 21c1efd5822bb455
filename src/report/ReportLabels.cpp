#include "ReportLabels.h"

#include <QHash>
#include <QLoggingCategory>

namespace bilan {

namespace {

// English → French. Placeholders (%1, %2) keep their numbers.
const QHash<QString, QString>& frenchTable()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("Activity report %1"), QStringLiteral("Rapport d'activités %1")},
        {QStringLiteral("Shared-services cooperative"),
         QStringLiteral("Coopérative de services partagés")},
        {QStringLiteral("Fiscal year from %1 to %2"), QStringLiteral("Exercice du %1 au %2")},
        {QStringLiteral("Page %1 of %2"), QStringLiteral("Page %1 sur %2")},
        // Sections
        {QStringLiteral("Word of the president"), QStringLiteral("Le mot de la présidence")},
        {QStringLiteral("Word of the director"), QStringLiteral("Le mot de la direction générale")},
        {QStringLiteral("Mission"), QStringLiteral("Mission")},
        {QStringLiteral("Vision"), QStringLiteral("Vision")},
        {QStringLiteral("Objectives for the year %1"),
         QStringLiteral("Les objectifs pour l'année %1")},
        {QStringLiteral("Associative life"), QStringLiteral("Vie associative")},
        {QStringLiteral("Composition of the board"),
         QStringLiteral("Composition du conseil d'administration")},
        {QStringLiteral("Membership"), QStringLiteral("Membrariat")},
        {QStringLiteral("Services to members"), QStringLiteral("Services aux membres")},
        {QStringLiteral("Financial affairs"), QStringLiteral("Affaires financières")},
        {QStringLiteral("Human capital"), QStringLiteral("Capital humain")},
        {QStringLiteral("Business development"), QStringLiteral("Développement des affaires")},
        // Associative life
        {QStringLiteral("GENERAL ASSEMBLY"), QStringLiteral("ASSEMBLÉE GÉNÉRALE")},
        {QStringLiteral("GENERAL ASSEMBLIES"), QStringLiteral("ASSEMBLÉES GÉNÉRALES")},
        {QStringLiteral("BOARD MEETING"), QStringLiteral("RENCONTRE DU CONSEIL")},
        {QStringLiteral("BOARD MEETINGS"), QStringLiteral("RENCONTRES DU CONSEIL")},
        {QStringLiteral("EXECUTIVE COMMITTEE MEETING"),
         QStringLiteral("RENCONTRE DU COMITÉ EXÉCUTIF")},
        {QStringLiteral("EXECUTIVE COMMITTEE MEETINGS"),
         QStringLiteral("RENCONTRES DU COMITÉ EXÉCUTIF")},
        {QStringLiteral("Attendance at meetings: %1"),
         QStringLiteral("Taux de présence aux rencontres : %1")},
        // The office, not the person: short and without "(e)", so it fits the board's column.
        {QStringLiteral("President"), QStringLiteral("Présidence")},
        {QStringLiteral("Vice-president"), QStringLiteral("Vice-présidence")},
        {QStringLiteral("Secretary-treasurer"), QStringLiteral("Secrétariat-trésorerie")},
        {QStringLiteral("Director"), QStringLiteral("Administration")},
        {QStringLiteral("No board member recorded in office at the end of the year."),
         QStringLiteral("Aucun membre du conseil en poste à la fin de l'exercice.")},
        // Membership
        {QStringLiteral("%1 new organisations joined the shared-services centre, a membership "
                        "growth of %2."),
         QStringLiteral("%1 nouvelles organisations ont adhéré au centre de services partagés, "
                        "représentant une croissance du membrariat de %2.")},
        {QStringLiteral("1 new organisation joined the shared-services centre, a membership "
                        "growth of %1."),
         QStringLiteral("1 nouvelle organisation a adhéré au centre de services partagés, "
                        "représentant une croissance du membrariat de %1.")},
        {QStringLiteral("%1 new organisations joined the shared-services centre; membership "
                        "still fell by %2."),
         QStringLiteral("%1 nouvelles organisations ont adhéré au centre de services partagés. "
                        "Le membrariat a toutefois connu une diminution de %2.")},
        {QStringLiteral("1 new organisation joined the shared-services centre; membership still "
                        "fell by %1."),
         QStringLiteral("1 nouvelle organisation a adhéré au centre de services partagés. Le "
                        "membrariat a toutefois connu une diminution de %1.")},
        {QStringLiteral("FISCAL YEAR"), QStringLiteral("EXERCICE")},
        {QStringLiteral("Retention rate"), QStringLiteral("Taux de rétention")},
        {QStringLiteral("Member organisations at year end"),
         QStringLiteral("Organisations membres à la fin de l'exercice")},
        {QStringLiteral("New member organisations"),
         QStringLiteral("Nouvelles organisations membres")},
        {QStringLiteral("Organisations that left"), QStringLiteral("Organisations ayant quitté")},
        {QStringLiteral("Membership growth"), QStringLiteral("Croissance du membrariat")},
        {QStringLiteral("Members by category"), QStringLiteral("Membres par catégorie")},
        {QStringLiteral("CATEGORY"), QStringLiteral("CATÉGORIE")},
        {QStringLiteral("ORGANISATIONS"), QStringLiteral("ORGANISATIONS")},
        {QStringLiteral("Members"), QStringLiteral("Membres")},
        {QStringLiteral("Auxiliary members"), QStringLiteral("Membres auxiliaires")},
        {QStringLiteral("Supporting members"), QStringLiteral("Membres de soutien")},
        {QStringLiteral("Fully managed members"), QStringLiteral("Membres sous entière gestion")},
        {QStringLiteral("Our new members: %1."), QStringLiteral("Nos nouveaux membres : %1.")},
        // Services
        {QStringLiteral("The number of hours of service rendered rose by %1."),
         QStringLiteral("Le nombre d'heures de services rendus a connu une augmentation de %1.")},
        {QStringLiteral("The number of hours of service rendered fell by %1."),
         QStringLiteral("Le nombre d'heures de services rendus a connu une diminution de %1.")},
        {QStringLiteral("Hours of service rendered"), QStringLiteral("Heures de services rendus")},
        {QStringLiteral("Change from the previous year"),
         QStringLiteral("Variation par rapport à l'année précédente")},
        {QStringLiteral("Enterprises served"), QStringLiteral("Entreprises servies")},
        {QStringLiteral("“Our organisation will be happy to recommend our services”"),
         QStringLiteral("« Notre organisation sera heureuse de recommander nos services »")},
        {QStringLiteral("%1 of respondents said YES"),
         QStringLiteral("%1 des répondants ont affirmé OUI")},
        {QStringLiteral("(%1 respondents)"), QStringLiteral("(%1 répondants)")},
        // Finances
        {QStringLiteral("Our business volume grew by %1."),
         QStringLiteral("Notre volume d'affaires a connu une croissance de %1.")},
        {QStringLiteral("Our business volume fell by %1."),
         QStringLiteral("Notre volume d'affaires a connu une diminution de %1.")},
        {QStringLiteral("DESCRIPTION"), QStringLiteral("DESCRIPTION")},
        {QStringLiteral("%1 ACTUAL"), QStringLiteral("%1 RÉEL")},
        {QStringLiteral("%1 BUDGET"), QStringLiteral("%1 BUDGÉTÉ")},
        {QStringLiteral("VAR"), QStringLiteral("VAR")},
        {QStringLiteral("REVENUE"), QStringLiteral("PRODUITS")},
        {QStringLiteral("OPERATING EXPENSES"), QStringLiteral("FRAIS D'EXPLOITATION")},
        {QStringLiteral("SURPLUS FOR THE YEAR"), QStringLiteral("EXCÉDENT DE L'EXERCICE")},
        {QStringLiteral("Revenue from members and from auxiliary members changed by %1 and %2 "
                        "respectively, compared with the previous year."),
         QStringLiteral("La progression des revenus en provenance des membres et des membres "
                        "auxiliaires est respectivement de %1 et %2, comparativement à l'année "
                        "précédente.")},
        {QStringLiteral("Self-financing ratio: %1 of revenue comes from services, not public "
                        "funding."),
         QStringLiteral("Taux d'autofinancement : %1 des produits proviennent des services, et "
                        "non du financement public.")},
        {QStringLiteral("Revenue from members"), QStringLiteral("Revenus des membres")},
        {QStringLiteral("Revenue from auxiliary members"),
         QStringLiteral("Revenus des membres auxiliaires")},
        {QStringLiteral("Other revenue"), QStringLiteral("Autres revenus")},
        {QStringLiteral("Public funding"), QStringLiteral("Financement public")},
        // Human capital
        {QStringLiteral("PROFESSIONALS"), QStringLiteral("RESSOURCES PROFESSIONNELLES")},
        {QStringLiteral("TRAINERS"), QStringLiteral("FORMATEURS")},
        {QStringLiteral("DIRECTORS"), QStringLiteral("DIRECTIONS")},
        {QStringLiteral("A balanced and experienced team."),
         QStringLiteral("Une équipe paritaire et expérimentée.")},
        {QStringLiteral("Women in the team"), QStringLiteral("Femmes dans l'équipe")},
        {QStringLiteral("AVERAGE AGE"), QStringLiteral("MOYENNE D'ÂGE")},
        {QStringLiteral("%1 YEARS"), QStringLiteral("%1 ANS")},
        {QStringLiteral("— withheld: fewer than %1 people gave this information."),
         QStringLiteral("— non publié : moins de %1 personnes ont donné cette information.")},
        {QStringLiteral("Professionals"), QStringLiteral("Ressources professionnelles")},
        {QStringLiteral("Trainers"), QStringLiteral("Formateurs")},
        {QStringLiteral("Directors"), QStringLiteral("Directions")},
        // Business development
        {QStringLiteral("Business development is essential to diversify our revenue and build "
                        "a critical mass of users. Among the many steps taken:"),
         QStringLiteral("Le développement des affaires est essentiel pour la diversification des "
                        "revenus et la consolidation d'une masse critique d'utilisateurs. Parmi "
                        "les multiples démarches entreprises :")},
        {QStringLiteral("BUSINESS RELATIONS WITH"), QStringLiteral("RELATIONS D'AFFAIRES AVEC")},
        {QStringLiteral("EVENTS ATTENDED"), QStringLiteral("PARTICIPATION À DES ÉVÉNEMENTS")},
        {QStringLiteral("DEVELOPMENT MEETINGS"), QStringLiteral("RENCONTRES DE DÉVELOPPEMENT")},
        {QStringLiteral("Cooperative and mutual networks"),
         QStringLiteral("Les réseaux coopératifs et mutualistes")},
        {QStringLiteral("Sectoral and regional groupings of non-profits"),
         QStringLiteral("Les regroupements sectoriels et territoriaux d'OBNL")},
        {QStringLiteral("Relay partners"), QStringLiteral("Les partenaires relayeurs")},
        {QStringLiteral("Besides service agreements, significant partnership agreements were "
                        "concluded during the year:"),
         QStringLiteral("En plus des ententes de service, des ententes de partenariat "
                        "significatives ont été conclues au cours de l'année :")},
        // Charts
        {QStringLiteral("Hours of service rendered, last five years"),
         QStringLiteral("Heures de services rendus, cinq dernières années")},
        {QStringLiteral("Member organisations at year end, last five years"),
         QStringLiteral("Organisations membres en fin d'exercice, cinq dernières années")},
        {QStringLiteral("Revenue by category"), QStringLiteral("Produits par catégorie")},
        {QStringLiteral("Experts by role"), QStringLiteral("Experts par rôle")},
        {QStringLiteral("Hours"), QStringLiteral("Heures")},
        {QStringLiteral("New members"), QStringLiteral("Nouveaux membres")},
    };
    return table;
}

} // namespace

QString ReportLabels::text(const char* english, ReportLanguage language)
{
    const QString key = QString::fromUtf8(english);
    if (language == ReportLanguage::English)
        return key;
    const auto found = frenchTable().constFind(key);
    if (found != frenchTable().constEnd())
        return *found;
    // A missing entry is a defect of this table; English beats an empty label.
    qWarning("report label without French text: %s", english);
    return key;
}

bool ReportLabels::hasFrench(const char* english)
{
    return frenchTable().contains(QString::fromUtf8(english));
}

} // namespace bilan
