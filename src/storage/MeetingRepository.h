#pragma once

#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace bilan {

// Meetings (one per kind and day) and who attended them. Attendance is recorded only for
// directors in office on the meeting's day.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MeetingRepository)

public:
    explicit MeetingRepository(Database& database) : m_db(database) {}

    // Errors name the CSV column at fault (date, kind, title).
    Result<qint64> add(const Meeting& meeting);
    // Refused when the new date would leave recorded attendees out of office.
    Status update(const Meeting& meeting);
    // Removes its attendance too.
    // Refused when another desk changed the meeting since `loaded` (invalid: not checked).
    Status remove(qint64 id, const QDateTime& loaded = {});
    Result<Meeting> get(qint64 id);
    Result<std::optional<Meeting>> find(QDate date, MeetingKind kind);
    // Ordered by date, then kind.
    Result<QList<Meeting>> list(QDate from, QDate to);

    // Adds or changes one director's status. Errors name the column (director, status).
    Status setAttendance(const Attendance& attendance);
    // Replaces the whole list of a meeting in one transaction.
    Status replaceAttendance(qint64 meetingId, const QList<Attendance>& attendance);
    Status removeAttendance(qint64 meetingId, qint64 directorId);
    Result<QList<Attendance>> attendance(qint64 meetingId);
    // Every attendance row of the meetings dated in [from, to].
    Result<QList<Attendance>> attendanceBetween(QDate from, QDate to);
    Result<QMap<MeetingKind, int>> countByKind(QDate from, QDate to);

private:
    Database& m_db;
};

} // namespace bilan
