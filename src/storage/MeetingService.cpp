#include "MeetingService.h"

#include "BoardRepository.h"
#include "MeetingRepository.h"
#include "SqlSupport.h"

namespace bilan {

namespace {

// The status `attendance` gives the director, if any.
const Attendance* rowOf(const QList<Attendance>& attendance, qint64 directorId)
{
    for (const Attendance& row : attendance) {
        if (row.directorId == directorId)
            return &row;
    }
    return nullptr;
}

} // namespace

Result<qint64> MeetingService::save(const Meeting& meeting, const QList<Attendance>& attendance)
{
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        QList<Resolution> kept;
        if (meeting.id != 0) {
            auto stored = MeetingRepository(m_db).resolutions(meeting.id);
            if (!stored)
                return stored.error();
            kept = *stored;
        }
        // Said in the list's own terms: the form being saved shows attendance, not resolutions.
        for (const Resolution& resolution : std::as_const(kept)) {
            for (qint64 directorId : {resolution.moverId, resolution.seconderId}) {
                if (directorId == 0)
                    continue;
                const Attendance* row = rowOf(attendance, directorId);
                if (row && row->status == AttendanceStatus::Present)
                    continue;
                auto director = BoardRepository(m_db).director(directorId);
                if (!director)
                    return director.error();
                return MeetingRepository::namedInResolution(director->name, resolution.number,
                                                            row ? QStringLiteral("status")
                                                                : QStringLiteral("director"));
            }
        }
        return save(meeting, attendance, kept);
    });
}

Result<qint64> MeetingService::save(const Meeting& meeting, const QList<Attendance>& attendance,
                                    const QList<Resolution>& resolutions)
{
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        MeetingRepository meetings(m_db);
        qint64 id = meeting.id;
        // The former resolutions are set aside while the attendance is rewritten (they may name
        // directors the new list leaves out), and the new ones written against the new list.
        MeetingRepository::TakenResolutions taken;
        if (id == 0) {
            auto added = meetings.add(meeting);
            if (!added)
                return added.error();
            id = *added;
        } else {
            auto stored = meetings.get(id);
            if (!stored)
                return stored.error();
            auto former = meetings.takeResolutions(id);
            if (!former)
                return former.error();
            taken = *former;
            // The repository refuses to move a meeting away from the day its attendees were in
            // office: the former list goes first, and the new one is written below.
            if (stored->date != meeting.date) {
                if (auto cleared = meetings.replaceAttendance(id, {}); !cleared)
                    return cleared.error();
            }
            if (auto updated = meetings.update(meeting); !updated)
                return updated.error();
        }
        if (auto written = meetings.replaceAttendance(id, attendance); !written)
            return written.error();
        if (auto written = meetings.putResolutions(id, resolutions, taken); !written)
            return written.error();
        return id;
    });
}

} // namespace bilan
