#include "MeetingService.h"

#include "MeetingRepository.h"
#include "SqlSupport.h"

namespace bilan {

Result<qint64> MeetingService::save(const Meeting& meeting, const QList<Attendance>& attendance)
{
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        MeetingRepository meetings(m_db);
        qint64 id = meeting.id;
        if (id == 0) {
            auto added = meetings.add(meeting);
            if (!added)
                return added.error();
            id = *added;
        } else {
            auto stored = meetings.get(id);
            if (!stored)
                return stored.error();
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
        return id;
    });
}

} // namespace bilan
