#pragma once

#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace bilan {

// The board secretary's use case: a meeting saved with its attendance list and its
// resolutions, all or nothing. The window's meeting form calls it; a command or a server
// backend would call the same.
class MeetingService
{
public:
    explicit MeetingService(Database& database) : m_db(database) {}

    // Adds the meeting (id 0) or updates it, with its place, times and agenda, then makes
    // `attendance` its whole list (the rows' meeting ids are ignored), in one transaction: any
    // refusal, of the meeting or of one attendance row, leaves the database as it was. A
    // meeting moved to another day has its list written for that day's directors only. The
    // meeting's resolutions stay as they are: a director who moved or seconded one stays
    // present (refused otherwise, under status or director). Returns the meeting's id; errors
    // name the field at fault (date, kind, title, notes, place, start_time, end_time, agenda,
    // director, status).
    Result<qint64> save(const Meeting& meeting, const QList<Attendance>& attendance);
    // Same, and `resolutions` becomes the meeting's whole list (their meeting ids are ignored;
    // one given with the id of one of the meeting's keeps that id), its movers and seconders
    // checked against `attendance`. Errors name as well number, text, mover, seconder,
    // outcome, votes_for, votes_against and votes_abstaining.
    Result<qint64> save(const Meeting& meeting, const QList<Attendance>& attendance,
                        const QList<Resolution>& resolutions);

private:
    Database& m_db;
};

} // namespace bilan
