// The demo's board and meetings. The board in office on 2020-03-31 is the seed report's
// "Composition"; mandates change at each general assembly (the old board sits until the end of
// the assembly's day). Each year has a general assembly, board meetings and executive committee
// meetings, with the attendance of the directors in office, and their minutes (DemoDataMinutes).

#include "BoardRepository.h"
#include "DemoDataContext.h"
#include "DemoDataMinutes.h"
#include "MeetingService.h"

namespace bilan::demo {

namespace {

// The general assembly of each fiscal year, from 2015-2016 on.
const QDate assemblies[] = {
    QDate(2015, 9, 16), QDate(2016, 9, 21),  QDate(2017, 9, 20), QDate(2018, 9, 19),
    QDate(2019, 9, 18), QDate(2020, 9, 23),  QDate(2021, 9, 22), QDate(2022, 9, 21),
    QDate(2023, 9, 20), QDate(2024, 10, 16),
};

QDate assembly(int startYear)
{
    return assemblies[startYear - FirstYear];
}

// A seat taken the day after one assembly and given up at the end of another (0: still held).
struct Seat
{
    const char* director;
    const QString& organisation;
    BoardRole role;
    int fromAssembly; // the start year of the assembly after which the seat starts; 0: 2015-04-01
    int toAssembly;
};

const QString Individual;

const Seat seats[] = {
    // A supporting member sitting as an individual: he represents no organisation.
    {"Yvan Laurin", Individual, BoardRole::President, 0, 2022},
    {"Manon Loranger", names::eesadNetwork, BoardRole::VicePresident, 0, 2023},
    {"Jocelyne Rouleau", names::housing, BoardRole::SecretaryTreasurer, 0, 2021},
    {"Clément Asselin", names::food, BoardRole::Director, 0, 2020},
    {"Gaston Bédard", names::cqcm, BoardRole::Director, 0, 2021},
    {"Lynda Bélanger", names::eesadMutual, BoardRole::Director, 0, 2021},
    {"Lynda Bélanger", names::eesadMutual, BoardRole::SecretaryTreasurer, 2021, 0},
    {"Robert Brouillard", names::homeCare, BoardRole::Director, 0, 2022},
    {"Gaston Dufour", names::cable, BoardRole::Director, 0, 2023},
    {"Sylvie Gagnon", names::health, BoardRole::Director, 0, 2018},
    {"Denis Pelletier", names::cdrq, BoardRole::Director, 0, 2019},
    {"Marc Lavoie", names::paramedics, BoardRole::Director, 0, 2017},
    // The first seat of the OBNL, whose first anniversary the 2019-2020 report celebrates.
    {"Céline Bernier", names::tresca, BoardRole::Director, 2018, 2024},
    {"Jean R. Soublière", names::cdrq, BoardRole::Director, 2019, 0},
    {"Pascal Rivard", names::paramedics, BoardRole::Director, 2017, 2023},
    {"Pascal Rivard", names::paramedics, BoardRole::VicePresident, 2023, 0},
    {"Isabelle Fortin", names::insertion, BoardRole::Director, 2020, 0},
    {"Mathieu Gagné", names::food, BoardRole::Director, 2020, 0},
    {"René Rouleau", names::funeral, BoardRole::Director, 2021, 2022},
    {"René Rouleau", names::funeral, BoardRole::President, 2022, 0},
    {"Chantal Ouellet", names::cqcm, BoardRole::Director, 2021, 0},
    {"Stéphane Roy", names::housing, BoardRole::Director, 2021, 0},
    {"Nathalie Lévesque", names::cdrOutaouais, BoardRole::Director, 2022, 0},
    {"Sophie Tremblay", names::eesadNetwork, BoardRole::Director, 2023, 0},
    {"Luc Bergeron", names::cable, BoardRole::Director, 2023, 0},
    {"Annie Côté", names::tresca, BoardRole::Director, 2024, 0},
};

// The `n`th (1-based) Wednesday of a month.
QDate wednesday(int year, int month, int n)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != 3)
        day = day.addDays(1);
    return day.addDays(7 * (n - 1));
}

struct PlannedMeeting
{
    QDate date;
    MeetingKind kind;
    QString title;
};

// 2019-2020 has the seed report's five board and two executive meetings; the other years vary a
// little around them.
QList<PlannedMeeting> meetingsOf(int startYear, DemoRandom& random)
{
    const int y = startYear;
    QList<PlannedMeeting> meetings{
        {assembly(y), MeetingKind::Agm, QStringLiteral("Assemblée générale annuelle %1").arg(y)},
    };
    QList<QDate> board{wednesday(y, 6, 2), assembly(y).addDays(7), wednesday(y, 11, 4),
                       wednesday(y + 1, 1, 4), wednesday(y + 1, 3, 4)};
    QList<QDate> executive{wednesday(y, 10, 3), wednesday(y + 1, 2, 3)};
    if (y != 2019) {
        if (random.chance(0.4))
            board.append(wednesday(y, 5, 1));
        if (random.chance(0.3))
            executive.append(wednesday(y, 8, 2));
        if (random.chance(0.3))
            executive.removeFirst();
    }
    for (QDate date : board)
        meetings.append(
            {date, MeetingKind::Board, QStringLiteral("Réunion du conseil d'administration")});
    for (QDate date : executive)
        meetings.append({date, MeetingKind::Executive, QStringLiteral("Comité exécutif")});
    return meetings;
}

AttendanceStatus statusOf(DemoRandom& random)
{
    const double draw = random.real();
    return draw < 0.87   ? AttendanceStatus::Present
           : draw < 0.96 ? AttendanceStatus::Excused
                         : AttendanceStatus::Absent;
}

} // namespace

Status addBoardAndMeetings(DemoContext& context)
{
    BoardRepository board(context.db);
    for (const Seat& seat : seats) {
        auto director = board.directorIdFor(QString::fromUtf8(seat.director));
        if (!director)
            return director.error();
        BoardMandate mandate;
        mandate.directorId = *director;
        mandate.organisationId = seat.organisation.isEmpty() ? 0 : context.idOf(seat.organisation);
        mandate.role = seat.role;
        mandate.started = seat.fromAssembly == 0 ? QDate(FirstYear, 4, 1)
                                                 : assembly(seat.fromAssembly).addDays(1);
        if (seat.toAssembly != 0)
            mandate.ended = assembly(seat.toAssembly);
        if (auto added = board.addMandate(mandate); !added)
            return added.error();
    }

    DemoRandom random = DemoContext::random(6);
    DemoMinutes minutes;
    QMap<MeetingKind, QDate> previous; // the last meeting of each kind
    MeetingService meetings(context.db);
    for (int year = FirstYear; year <= LastYear; ++year) {
        // The attendance is drawn in the order the year is planned (the figures depend on it)…
        struct Held
        {
            Meeting meeting;
            QList<Attendance> attendance;
        };
        QList<Held> held;
        for (const PlannedMeeting& planned : meetingsOf(year, random)) {
            Meeting meeting;
            meeting.date = planned.date;
            meeting.kind = planned.kind;
            meeting.title = planned.title;
            auto inOffice = board.inOfficeOn(planned.date);
            if (!inOffice)
                return inOffice.error();
            QList<Attendance> attendance;
            for (const BoardMandate& mandate : *inOffice) {
                // The executive committee: the president, vice-president and secretary-treasurer.
                if (planned.kind == MeetingKind::Executive && mandate.role == BoardRole::Director)
                    continue;
                attendance.append(Attendance{0, mandate.directorId, statusOf(random), {}, {}});
            }
            held.append({meeting, attendance});
        }
        // …and the minutes written in the order the meetings sat, each following the previous
        // one of its kind, the resolutions numbered through the calendar year.
        std::stable_sort(held.begin(), held.end(), [](const Held& a, const Held& b) {
            return a.meeting.date < b.meeting.date;
        });
        for (Held& one : held) {
            const QDate before = previous.value(one.meeting.kind);
            minutes.describe(one.meeting, before);
            const QList<Resolution> resolutions =
                minutes.resolutions(one.meeting, before, one.attendance);
            if (auto saved = meetings.save(one.meeting, one.attendance, resolutions); !saved)
                return saved.error();
            previous.insert(one.meeting.kind, one.meeting.date);
        }
    }
    return {};
}

} // namespace bilan::demo
