// The demo's report texts. The French of 2019-2020 is the seed activity report's (two typing
// slips corrected: "s'autofinançant", "efficaces et efficients"); the French of 2024-2025 is
// drawn from the 2025 press release. The English is a translation of both. Paragraphs are
// separated by a blank line, objectives are one per line.

#include "DemoDataContext.h"
#include "ReportTextRepository.h"

namespace bilan::demo {

namespace {

const char* const mission2019Fr = "Le Consortium existe pour que chaque entreprise collective "
                                  "puisse avoir accès à des services spécialisés de qualité.";
const char* const mission2019En = "The Consortium exists so that every collective enterprise can "
                                  "have access to quality specialised services.";

const char* const vision2019Fr =
    "Par l'expertise, la qualité et la disponibilité de son capital humain, son "
    "interdisciplinarité et son accessibilité, le Consortium est le partenaire privilégié des "
    "organisations d'économie sociale pour les accompagner dans leurs projets de changement "
    "d'échelle afin de reconstruire le tissu socioéconomique de toutes les régions du Québec et du "
    "Canada.";
const char* const vision2019En =
    "Through the expertise, quality and availability of its human capital, its "
    "interdisciplinarity and its accessibility, the Consortium is the preferred partner of social "
    "economy organisations, supporting their scaling-up projects in order to rebuild the "
    "socio-economic fabric of every region of Québec and Canada.";

const char* const president2019Fr =
    "Le Consortium est un succès collectif qui ne se dément pas. L'année qui vient de s'écouler "
    "est des plus convaincantes, avec un chiffre d'affaires global approchant la barre des 4.5 "
    "millions de dollars – ce qui représente une augmentation de 25 % – et une marge de manœuvre "
    "financière qui se maintient à 70 000 dollars d'excédent annuel.\n\n"
    "Au fil des ans, le Consortium poursuit sa mission et affirme de plus en plus son rôle d'outil "
    "de développement structurant pour toutes les entreprises collectives. Il contribue à les "
    "rendre encore plus performantes et plus solides.\n\n"
    "L'association des membres du Consortium permet de consolider un bassin d'expertises afin de "
    "rendre accessibles des services-conseils spécialisés de haut niveau. Le membrariat du "
    "Consortium, qui compte à présent plus de 80 organisations, a augmenté de 45 % durant la "
    "dernière année. Ces organisations, et les autres qui se joignent à elles chaque nouveau mois, "
    "ont à leur disposition, pour leurs propres besoins ou ceux de leurs membres, les services "
    "d'une cinquantaine d'experts !\n\n"
    "D'ailleurs, permettez-moi de souligner le premier anniversaire de la représentation des OBNL "
    "au Conseil d'administration, conformément aux orientations stratégiques présentées lors de la "
    "dernière assemblée générale.\n\n"
    "Au nom du Conseil d'administration, je remercie toutes les organisations membres du "
    "Consortium sans lesquelles celui-ci n'aurait pas un avenir aussi prometteur. Merci également "
    "à mes co-administratrices et co-administrateurs pour leur implication et leur collaboration. "
    "Finalement, et au vu des résultats exceptionnels de cette année 2019-2020, je renouvelle bien "
    "sûr notre très grande confiance à la direction du Consortium et notre reconnaissance à ses "
    "experts.";
const char* const president2019En =
    "The Consortium is a collective success that keeps proving itself. The year just ended is "
    "among the most convincing, with total revenue approaching the 4.5 million dollar mark – an "
    "increase of 25 % – and a financial margin holding at an annual surplus of 70,000 dollars.\n\n"
    "Year after year, the Consortium pursues its mission and increasingly asserts its role as a "
    "structuring development tool for all collective enterprises. It helps make them even more "
    "effective and more robust.\n\n"
    "By joining together, the members of the Consortium build up a pool of expertise that makes "
    "high-level specialised advisory services accessible. The Consortium's membership, now more "
    "than 80 organisations, grew by 45 % over the last year. These organisations, and the others "
    "joining them every month, can call on some fifty experts for their own needs or those of "
    "their members!\n\n"
    "Allow me also to mark the first anniversary of the representation of non-profit "
    "organisations on the Board of Directors, in line with the strategic orientations presented "
    "at the last general assembly.\n\n"
    "On behalf of the Board of Directors, I thank all the member organisations of the Consortium, "
    "without which it would not have such a promising future. Thanks also to my fellow directors "
    "for their involvement and collaboration. Finally, in view of the exceptional results of this "
    "2019-2020 year, I of course renew our very great confidence in the Consortium's management "
    "and our gratitude to its experts.";

const char* const director2019Fr =
    "Parce qu'il réunit l'économie sociale au-delà des secteurs d'activités et des modèles "
    "entrepreneuriaux, le Consortium est une remarquable aventure coopérative. Les membres peuvent "
    "en être fiers et ce, d'autant plus que cette solidarité maintient un bilan financier positif "
    "en s'autofinançant depuis sa création. La consommation de nos services, qui constitue notre "
    "unique source de revenus, progresse grâce à nos efforts de développement des affaires ainsi "
    "qu'à la mobilisation de nos membres. Résultat en 2019-2020 : une croissance de 15 % du nombre "
    "d'heures de services rendus qui a dépassé les 75 000 heures.\n\n"
    "Cette augmentation signifie que toujours plus d'entreprises collectives ont accès à l'aide "
    "dont elles ont besoin. Cette nouvelle ne peut que nous réjouir car l'économie sociale, ce "
    "sont avant tout des entreprises qui font une différence dans la vie des personnes et pour "
    "lesquelles nous nous engageons, nous aussi, à faire une différence.\n\n"
    "Encore une fois, cette année, le Consortium n'a pas dérogé à son principe directeur du juste "
    "coût, lui permettant de maintenir accessibles ses services spécialisés. Notre volume "
    "d'utilisateurs nous permet de recruter et de retenir des talents pour soutenir durablement "
    "l'entrepreneuriat collectif. Plus la demande est importante, plus notre offre est présente et "
    "plus elle se diversifie. Alors merci à celles et ceux qui croient dans ce projet de centre de "
    "services partagés, une solidarité atypique mais pertinente lorsque les temps deviennent "
    "incertains.\n\n"
    "Si finalement le Consortium confirme chaque année sa raison d'exister, c'est grâce à "
    "l'engagement de sa cinquantaine de professionnels spécialisés, une équipe paritaire et "
    "expérimentée dont nous devons être fiers. La qualité de leur service est toujours plus "
    "appréciée et c'est d'ailleurs là que la magie opère : plus nos organisations membres "
    "sollicitent nos experts, plus ceux-ci sont efficaces et efficients dans leurs interventions. "
    "On se souvient que le Consortium a été fondé pour offrir aux membres un service d'implication "
    "leur appartenant et répondant adéquatement à leurs besoins, sans motivation lucrative. "
    "Mission accomplie, à ce jour !";
const char* const director2019En =
    "Because it brings the social economy together across sectors of activity and business "
    "models, the Consortium is a remarkable cooperative venture. Members can be proud of it, all "
    "the more so as this solidarity keeps a positive financial record, self-financed since its "
    "creation. The use of our services, our only source of revenue, is growing thanks to our "
    "business-development efforts and to the commitment of our members. The result in 2019-2020: "
    "a 15 % growth in the hours of service rendered, which passed 75,000 hours.\n\n"
    "This increase means that ever more collective enterprises have access to the help they "
    "need. We can only rejoice, because the social economy is above all enterprises that make a "
    "difference in people's lives, and for which we too are committed to making a difference.\n\n"
    "Once again this year, the Consortium kept to its guiding principle of fair cost, which keeps "
    "its specialised services accessible. Our volume of users lets us recruit and retain talent "
    "to support collective entrepreneurship for the long term. The greater the demand, the more "
    "present and diverse our offer. So thank you to all who believe in this shared-services "
    "centre, an unusual but relevant form of solidarity when times become uncertain.\n\n"
    "If the Consortium confirms its reason for being every year, it is thanks to the commitment "
    "of its fifty or so specialised professionals, a balanced and experienced team we can be "
    "proud of. The quality of their service is ever more appreciated, and that is where the magic "
    "happens: the more our member organisations call on our experts, the more effective and "
    "efficient they become. Remember that the Consortium was founded to offer members a service "
    "that belongs to them and meets their needs, without a profit motive. Mission accomplished, "
    "to this day!";

const char* const objectives2019Fr = "Diversification des utilisateurs de services\n"
                                     "Accroissement de la capitalisation\n"
                                     "Amélioration de la qualité de service";
const char* const objectives2019En = "Diversify the users of our services\n"
                                     "Increase capitalisation\n"
                                     "Improve the quality of service";

const char* const president2024Fr =
    "Comme au hockey, c'est souvent la passe bien pensée qui crée le jeu. Faire briller les "
    "autres, c'est contribuer à l'action collective. Cette année, nous avons multiplié les passes "
    "décisives vers nos membres et partenaires, pour faire avancer l'entrepreneuriat collectif "
    "dans son ensemble.\n\n"
    "Le Consortium a su conjuguer vision stratégique et action concrète, tout en demeurant fidèle "
    "à son modèle autonome et autofinancé à 97,7 %, enraciné dans les besoins du terrain et des "
    "communautés. Cette approche a permis d'atteindre un taux de satisfaction et de "
    "recommandation de 93 % auprès des membres.";
const char* const president2024En =
    "As in hockey, it is often the well-thought-out pass that makes the play. Making others shine "
    "is contributing to collective action. This year, we multiplied the assists to our members "
    "and partners, to move collective entrepreneurship forward as a whole.\n\n"
    "The Consortium combined strategic vision and concrete action while remaining true to its "
    "autonomous model, 97.7 % self-financed and rooted in the needs of the field and of "
    "communities. This approach earned a satisfaction and recommendation rate of 93 % among "
    "members.";

const char* const director2024Fr =
    "On sent le vent prendre dans les voiles. Le Consortium fait parler de lui, suscite la "
    "curiosité, ici au Québec comme à l'international. Nous sommes prêts à accompagner les "
    "entreprises collectives dans leur développement et à contribuer à bâtir la résilience "
    "collective de demain.\n\n"
    "Au cours de la dernière année, le Consortium a accompagné 263 entreprises collectives "
    "(coopératives, mutuelles, OBNL) à travers le Québec, grâce à l'expertise de 93 expert•es "
    "issus de toutes les régions. Ce sont ainsi 85 487 heures de services qui ont été rendues à "
    "ces entreprises pour appuyer la réalisation de leurs missions.\n\n"
    "L'année a aussi été marquée par une croissance remarquable du membrariat, avec une "
    "augmentation de 27 %. Ce dynamisme témoigne de la pertinence de l'offre de services et de la "
    "confiance renouvelée des entreprises collectives envers notre organisation.\n\n"
    "Nous avons enfin présenté Regard d'experts, une boussole qui guide celles et ceux qui "
    "entreprennent collectivement vers des décisions plus éclairées : des contenus thématiques, "
    "des points de vue d'expert•es et des outils pour nourrir les démarches participatives.";
const char* const director2024En =
    "We can feel the wind filling the sails. The Consortium is being talked about and arouses "
    "curiosity, here in Québec and internationally. We are ready to support collective "
    "enterprises in their development and to help build tomorrow's collective resilience.\n\n"
    "Over the last year, the Consortium supported 263 collective enterprises (cooperatives, "
    "mutuals, non-profits) across Québec, through the expertise of 93 experts from every region. "
    "That is 85,487 hours of service rendered to these enterprises to help them carry out their "
    "missions.\n\n"
    "The year was also marked by a remarkable growth of the membership, up 27 %. This momentum "
    "shows the relevance of our services and the renewed confidence of collective enterprises in "
    "our organisation.\n\n"
    "Finally, we presented Regard d'experts, a compass that guides those who undertake "
    "collectively towards better-informed decisions: thematic content, experts' points of view "
    "and tools to feed participatory approaches.";

const char* const vision2024Fr =
    "Regrouper sous un même toit toutes les expertises professionnelles pertinentes au "
    "développement et à la consolidation de l'entrepreneuriat collectif, au juste coût, et être "
    "au cœur des transformations à venir en misant sur les services spécialisés, la "
    "mutualisation des ressources et l'impact social.";
const char* const vision2024En =
    "To bring together under one roof every professional expertise relevant to developing and "
    "consolidating collective entrepreneurship, at a fair cost, and to be at the heart of the "
    "transformations to come by relying on specialised services, the pooling of resources and "
    "social impact.";

const char* const objectives2024Fr = "Déploiement de Regard d'experts\n"
                                     "Croissance du membrariat dans toutes les régions\n"
                                     "Mutualisation des ressources et impact social";
const char* const objectives2024En = "Roll out Regard d'experts\n"
                                     "Grow the membership in every region\n"
                                     "Pool resources and increase social impact";

struct Texts
{
    int year;
    const char* language;
    const char* president;
    const char* director;
    const char* mission;
    const char* vision;
    const char* objectives;
};

const Texts texts[] = {
    {2019, "fr", president2019Fr, director2019Fr, mission2019Fr, vision2019Fr, objectives2019Fr},
    {2019, "en", president2019En, director2019En, mission2019En, vision2019En, objectives2019En},
    {2024, "fr", president2024Fr, director2024Fr, mission2019Fr, vision2024Fr, objectives2024Fr},
    {2024, "en", president2024En, director2024En, mission2019En, vision2024En, objectives2024En},
};

} // namespace

Status addReportTexts(DemoContext& context)
{
    ReportTextRepository repository(context.db);
    for (const Texts& t : texts) {
        ReportTexts report;
        report.fiscalYear = t.year;
        report.language = QString::fromLatin1(t.language);
        report.president = QString::fromUtf8(t.president);
        report.director = QString::fromUtf8(t.director);
        report.mission = QString::fromUtf8(t.mission);
        report.vision = QString::fromUtf8(t.vision);
        report.objectives = QString::fromUtf8(t.objectives);
        if (auto saved = repository.save(report); !saved)
            return saved;
    }
    // The other years' reports at least state the mission and the vision.
    for (int year = FirstYear; year < LastYear; ++year) {
        if (year == 2019)
            continue;
        for (const bool french : {true, false}) {
            ReportTexts report;
            report.fiscalYear = year;
            report.language = french ? QStringLiteral("fr") : QStringLiteral("en");
            report.mission = QString::fromUtf8(french ? mission2019Fr : mission2019En);
            report.vision = QString::fromUtf8(french ? vision2019Fr : vision2019En);
            if (auto saved = repository.save(report); !saved)
                return saved;
        }
    }
    return {};
}

} // namespace bilan::demo
