// The demo's minutes: where and when each meeting sat, its agenda in the words a Québec
// cooperative's secretary uses, and the resolutions of its board meetings and general
// assemblies. Drawn from their own random stream, so that the attendance and every figure
// stay as they were.

#include "DemoDataMinutes.h"

#include "Parsing.h"

namespace bilan::demo {

namespace {

QString frenchDate(QDate day)
{
    static const char* const months[] = {"janvier",   "février", "mars",     "avril",
                                         "mai",       "juin",    "juillet",  "août",
                                         "septembre", "octobre", "novembre", "décembre"};
    return QStringLiteral("%1%2 %3 %4")
        .arg(day.day())
        .arg(day.day() == 1 ? QStringLiteral("er") : QString())
        .arg(QString::fromUtf8(months[day.month() - 1]))
        .arg(day.year());
}

// The fiscal year (April to March) a date falls in, by its first year.
int fiscalStart(QDate day)
{
    return day.month() >= 4 ? day.year() : day.year() - 1;
}

// What a board meeting of that month turns on.
enum class Topic
{
    ActionPlan,
    Assembly,
    Members,
    Statements,
    Budget,
    Other
};

Topic topicOf(QDate day)
{
    switch (day.month()) {
    case 5:
    case 6:
        return Topic::Statements;
    case 8:
    case 9:
    case 10:
        return Topic::Assembly;
    case 11:
    case 12:
        return Topic::Members;
    case 1:
    case 2:
        return Topic::ActionPlan;
    case 3:
        return Topic::Budget;
    default:
        return Topic::Other;
    }
}

bool online(QDate day)
{
    // The pandemic's meetings, from April 2020 to the autumn of 2021.
    return day >= QDate(2020, 4, 1) && day < QDate(2021, 10, 1);
}

} // namespace

void DemoMinutes::describe(Meeting& meeting, QDate previous)
{
    const QDate day = meeting.date;
    const int y = fiscalStart(day);
    const QString minutesOf =
        previous.isValid() ? QStringLiteral(" du %1").arg(frenchDate(previous)) : QString();
    QStringList items;
    switch (meeting.kind) {
    case MeetingKind::Agm:
        meeting.place = online(day)
                            ? QStringLiteral("Visioconférence (Zoom)")
                            : QStringLiteral("Centre des congrès de Lévis, salle Chaudière");
        meeting.startTime = QTime(13, 30);
        meeting.endTime = QTime(16, m_random.between(0, 3) * 15);
        items = {
            QStringLiteral("Ouverture de l'assemblée et vérification du quorum"),
            QStringLiteral("Nomination d'un président et d'un secrétaire d'assemblée"),
            QStringLiteral("Lecture et adoption de l'ordre du jour"),
            QStringLiteral("Adoption du procès-verbal de l'assemblée générale annuelle%1")
                .arg(minutesOf),
            QStringLiteral("Présentation du rapport annuel d'activités %1-%2").arg(y - 1).arg(y),
            QStringLiteral("Présentation des états financiers au 31 mars %1").arg(y),
            QStringLiteral("Élection des administrateurs et administratrices"),
            QStringLiteral("Levée de l'assemblée")};
        break;
    case MeetingKind::Board: {
        meeting.place = online(day) ? QStringLiteral("Visioconférence (Teams)")
                        : m_random.chance(0.15)
                            ? QStringLiteral("Bureau de Québec, 275, rue du Parvis")
                            : QStringLiteral("Siège social, 5955, rue Saint-Laurent, Lévis");
        const bool morning = m_random.chance(0.6);
        meeting.startTime = morning ? QTime(9, 30) : QTime(13, 30);
        meeting.endTime = meeting.startTime.addSecs(60 * (120 + 15 * m_random.between(0, 4)));
        items = {QStringLiteral("Ouverture de la séance et vérification du quorum"),
                 QStringLiteral("Adoption de l'ordre du jour"),
                 QStringLiteral("Adoption du procès-verbal de la séance%1").arg(minutesOf),
                 QStringLiteral("Suivi du procès-verbal"),
                 QStringLiteral("Rapport de la direction générale")};
        switch (topicOf(day)) {
        case Topic::Statements:
            items << QStringLiteral("États financiers au 31 mars %1").arg(day.year());
            break;
        case Topic::Assembly:
            items << QStringLiteral("Préparation de l'assemblée générale annuelle");
            break;
        case Topic::Members:
            items << QStringLiteral("Admission de nouveaux membres");
            break;
        case Topic::ActionPlan:
            items << QStringLiteral("Plan d'action %1-%2").arg(y + 1).arg(y + 2);
            break;
        case Topic::Budget:
            items << QStringLiteral("Adoption du budget %1-%2").arg(y + 1).arg(y + 2);
            break;
        case Topic::Other:
            items << QStringLiteral("Politique de gestion des risques");
            break;
        }
        items << QStringLiteral("Varia") << QStringLiteral("Levée de la séance");
        break;
    }
    case MeetingKind::Executive:
        meeting.place = online(day) ? QStringLiteral("Conférence téléphonique")
                                    : QStringLiteral("Siège social, Lévis");
        meeting.startTime = QTime(8, 30);
        meeting.endTime = QTime(10, m_random.between(0, 2) * 15);
        items = {
            QStringLiteral("Ouverture de la séance"), QStringLiteral("Adoption de l'ordre du jour"),
            QStringLiteral("Adoption du procès-verbal de la séance%1").arg(minutesOf),
            QStringLiteral("Suivi budgétaire et trésorerie"), QStringLiteral("Levée de la séance")};
        break;
    }
    meeting.agenda.clear();
    for (const QString& item : std::as_const(items))
        meeting.agenda << AgendaItem{int(meeting.agenda.size()) + 1, item};
}

QString DemoMinutes::nextNumber(MeetingKind kind, int year)
{
    const QString prefix =
        QStringLiteral("%1-%2")
            .arg(kind == MeetingKind::Agm ? QStringLiteral("AGA") : QStringLiteral("CA"))
            .arg(year);
    const int n = ++m_counts[prefix];
    return QStringLiteral("%1-%2").arg(prefix).arg(n, 2, 10, QLatin1Char('0'));
}

QList<Resolution> DemoMinutes::resolutions(const Meeting& meeting, QDate previous,
                                           const QList<Attendance>& attendance)
{
    if (meeting.kind == MeetingKind::Executive)
        return {};
    QList<qint64> present;
    for (const Attendance& row : attendance) {
        if (row.status == AttendanceStatus::Present)
            present << row.directorId;
    }
    const QDate day = meeting.date;
    const int y = fiscalStart(day);
    struct Draft
    {
        QString text;
        ResolutionOutcome outcome = ResolutionOutcome::Adopted;
        std::optional<ResolutionVotes> votes;
    };
    QList<Draft> drafts;
    if (meeting.kind == MeetingKind::Agm) {
        const int delegates = 28 + m_random.between(0, 20);
        drafts << Draft{QStringLiteral("Il est résolu d'adopter l'ordre du jour tel que "
                                       "présenté."),
                        {},
                        {}};
        if (previous.isValid())
            drafts << Draft{QStringLiteral("Il est résolu d'adopter le procès-verbal de "
                                           "l'assemblée générale annuelle du %1 tel que rédigé.")
                                .arg(frenchDate(previous)),
                            {},
                            {}};
        drafts << Draft{QStringLiteral("Il est résolu de recevoir les états financiers audités "
                                       "de l'exercice terminé le 31 mars %1.")
                            .arg(y),
                        {},
                        {}};
        const int against = m_random.between(0, 3);
        const int abstaining = m_random.between(0, 2);
        drafts << Draft{QStringLiteral("Il est résolu de nommer la firme Mallette S.E.N.C.R.L. "
                                       "auditrice de la coopérative pour l'exercice %1-%2.")
                            .arg(y)
                            .arg(y + 1),
                        ResolutionOutcome::Adopted,
                        ResolutionVotes{delegates - against - abstaining, against, abstaining}};
        if (m_random.chance(0.4))
            drafts << Draft{QStringLiteral("Il est résolu de ratifier les actes posés par le "
                                           "conseil d'administration au cours de l'exercice "
                                           "%1-%2.")
                                .arg(y - 1)
                                .arg(y),
                            {},
                            {}};
    } else {
        drafts << Draft{QStringLiteral("Il est résolu d'adopter l'ordre du jour tel que "
                                       "présenté, en laissant le point Varia ouvert."),
                        {},
                        {}};
        if (previous.isValid())
            drafts << Draft{QStringLiteral("Il est résolu d'adopter le procès-verbal de la "
                                           "séance du %1 tel que rédigé.")
                                .arg(frenchDate(previous)),
                            {},
                            {}};
        const int voters = int(present.size());
        switch (topicOf(day)) {
        case Topic::Statements:
            drafts << Draft{QStringLiteral("Il est résolu d'approuver les états financiers au "
                                           "31 mars %1 et de les présenter à l'assemblée "
                                           "générale annuelle.")
                                .arg(day.year()),
                            {},
                            {}};
            break;
        case Topic::Assembly:
            drafts << Draft{QStringLiteral("Il est résolu de convoquer l'assemblée générale "
                                           "annuelle et d'en adopter l'ordre du jour."),
                            {},
                            {}};
            break;
        case Topic::Members:
            drafts << Draft{QStringLiteral("Il est résolu d'admettre comme membres les "
                                           "organisations dont la demande d'adhésion a été "
                                           "déposée à la présente séance."),
                            {},
                            {}};
            break;
        case Topic::ActionPlan:
            drafts << Draft{QStringLiteral("Il est résolu d'adopter le plan d'action %1-%2 tel "
                                           "que présenté par la direction générale.")
                                .arg(y + 1)
                                .arg(y + 2),
                            {},
                            {}};
            break;
        case Topic::Budget: {
            const int against = voters > 3 ? m_random.between(0, 1) : 0;
            drafts << Draft{QStringLiteral("Il est résolu d'adopter le budget de l'exercice "
                                           "%1-%2 tel que présenté.")
                                .arg(y + 1)
                                .arg(y + 2),
                            ResolutionOutcome::Adopted,
                            ResolutionVotes{voters - against, against, 0}};
            // The one the board put off: telework, the month the offices closed.
            if (day.year() == 2020)
                drafts << Draft{QStringLiteral("Il est résolu de reporter à une séance "
                                               "ultérieure l'adoption de la politique de "
                                               "télétravail, le temps d'en mesurer les effets."),
                                ResolutionOutcome::Deferred,
                                {}};
            break;
        }
        case Topic::Other:
            drafts << Draft{QStringLiteral("Il est résolu d'adopter la politique de gestion "
                                           "des risques."),
                            {},
                            {}};
            break;
        }
        if (m_random.chance(0.3))
            drafts << Draft{QStringLiteral("Il est résolu d'autoriser la direction générale à "
                                           "signer l'entente de partenariat avec la TRÉSCA."),
                            {},
                            {}};
    }
    QList<Resolution> resolutions;
    for (const Draft& draft : std::as_const(drafts)) {
        Resolution resolution;
        resolution.number = nextNumber(meeting.kind, day.year());
        resolution.text = draft.text;
        resolution.outcome = draft.outcome;
        resolution.votes = draft.votes;
        if (!present.isEmpty()) {
            const int mover = m_random.between(0, int(present.size()) - 1);
            resolution.moverId = present.at(mover);
            if (present.size() > 1) {
                const int other = (mover + 1 + m_random.between(0, int(present.size()) - 2)) %
                                  int(present.size());
                resolution.seconderId = present.at(other);
            }
        }
        resolutions << resolution;
    }
    return resolutions;
}

} // namespace bilan::demo
