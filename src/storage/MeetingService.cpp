#include "MeetingService.h"

#include "MeetingRepository.h"

namespace bilan {

Result<qint64> MeetingService::save(const Meeting& meeting, const QList<Attendance>& attendance)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
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
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

} // namespace bilan
