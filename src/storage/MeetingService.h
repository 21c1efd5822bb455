#pragma once

#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QList>

namespace bilan {

// The board secretary's use case: a meeting saved with its attendance list, both or neither.
// The window's meeting form calls it; a command or a server backend would call the same.
class MeetingService
{
public:
    explicit MeetingService(Database& database) : m_db(database) {}

    // Adds the meeting (id 0) or updates it, then makes `attendance` its whole list (the rows'
    // meeting ids are ignored), in one transaction: any refusal, of the meeting or of one
    // attendance row, leaves the database as it was. A meeting moved to another day has its
    // list written for that day's directors only. Returns the meeting's id; errors name the
    // field at fault (date, kind, title, notes, director, status).
    Result<qint64> save(const Meeting& meeting, const QList<Attendance>& attendance);

private:
    Database& m_db;
};

} // namespace bilan
