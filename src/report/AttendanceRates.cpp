#include "AttendanceRates.h"

#include "BoardRepository.h"
#include "FigureMath.h"
#include "MeetingRepository.h"

#include <QSet>

namespace bilan {

Result<QHash<qint64, MeetingAttendanceCount>> AttendanceRates::perMeeting(Database& database,
                                                                          QDate from, QDate to)
{
    auto rows = MeetingRepository(database).attendanceBetween(from, to);
    if (!rows)
        return rows.error();
    QHash<qint64, QList<Attendance>> byMeeting;
    for (const Attendance& row : std::as_const(*rows))
        byMeeting[row.meetingId] << row;
    QHash<qint64, MeetingAttendanceCount> counts;
    for (auto it = byMeeting.cbegin(); it != byMeeting.cend(); ++it)
        counts.insert(it.key(),
                      {FigureMath::presentCount(it.value()), static_cast<int>(it.value().size())});
    return counts;
}

Result<QList<DirectorAttendanceRate>> AttendanceRates::perDirector(Database& database, QDate from,
                                                                   QDate to,
                                                                   std::optional<MeetingKind> kind)
{
    MeetingRepository meetings(database);
    auto rows = meetings.attendanceBetween(from, to);
    if (!rows)
        return rows.error();
    QSet<qint64> kept;
    if (kind) {
        auto listed = meetings.list(from, to);
        if (!listed)
            return listed.error();
        for (const Meeting& meeting : std::as_const(*listed)) {
            if (meeting.kind == *kind)
                kept.insert(meeting.id);
        }
    }
    QHash<qint64, QList<Attendance>> byDirector;
    for (const Attendance& row : std::as_const(*rows)) {
        if (!kind || kept.contains(row.meetingId))
            byDirector[row.directorId] << row;
    }
    // directors() is ordered by name, which gives the table its order.
    auto directors = BoardRepository(database).directors();
    if (!directors)
        return directors.error();
    QList<DirectorAttendanceRate> rates;
    for (const Director& director : std::as_const(*directors)) {
        const auto found = byDirector.constFind(director.id);
        if (found == byDirector.cend())
            continue;
        rates << DirectorAttendanceRate{
            director.id, director.name, FigureMath::presentCount(*found),
            static_cast<int>(found->size()), FigureMath::attendanceRatePct(*found)};
    }
    return rates;
}

} // namespace bilan
