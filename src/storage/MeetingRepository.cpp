#include "MeetingRepository.h"

#include "BoardRepository.h"
#include "Parsing.h"
#include "RowVersion.h"
#include "SqlSupport.h"
#include "Validation.h"

#include <QSet>

#include <algorithm>

namespace bilan {

namespace {

const QString SelectMeetings =
    QStringLiteral("SELECT id, meeting_date, kind, title, notes, created_at, updated_at, place, "
                   "start_time, end_time FROM meetings");

const QString SelectAttendance = QStringLiteral(
    "SELECT a.meeting_id, a.director_id, a.status, a.created_at, a.updated_at FROM attendance a "
    "JOIN meetings m ON m.id = a.meeting_id JOIN directors d ON d.id = a.director_id");

// Times of day are stored "HH:MM", to the minute, or NULL when not recorded.
QVariant timeValue(QTime time)
{
    return time.isValid() ? QVariant(Parsing::formatTime(time))
                          : QVariant(QMetaType::fromType<QString>());
}

QTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

Meeting meetingFrom(const QSqlQuery& query)
{
    Meeting meeting;
    meeting.id = query.value(0).toLongLong();
    meeting.date = sql::toDate(query.value(1));
    meeting.kind = fromKey<MeetingKind>(query.value(2).toString()).value_or(MeetingKind::Board);
    meeting.title = query.value(3).toString();
    meeting.notes = query.value(4).toString();
    meeting.createdAt = sql::toTimestamp(query.value(5));
    meeting.updatedAt = sql::toTimestamp(query.value(6));
    meeting.place = query.value(7).toString();
    meeting.startTime = timeFrom(query.value(8));
    meeting.endTime = timeFrom(query.value(9));
    return meeting;
}

Attendance attendanceFrom(const QSqlQuery& query)
{
    Attendance attendance;
    attendance.meetingId = query.value(0).toLongLong();
    attendance.directorId = query.value(1).toLongLong();
    attendance.status =
        fromKey<AttendanceStatus>(query.value(2).toString()).value_or(AttendanceStatus::Absent);
    attendance.createdAt = sql::toTimestamp(query.value(3));
    attendance.updatedAt = sql::toTimestamp(query.value(4));
    return attendance;
}

// The title is one line; the notes, the minutes' text, may hold line breaks. Then the place,
// times and agenda.
Status checkText(const Meeting& meeting)
{
    if (auto valid = Validation::oneLineText(meeting.title, QStringLiteral("title")); !valid)
        return valid;
    if (auto valid = Validation::multiLineText(meeting.notes, QStringLiteral("notes")); !valid)
        return valid;
    return Validation::meetingMinutes(meeting);
}

Error duplicateMeeting(MeetingKind kind, QDate day)
{
    QString message;
    switch (kind) {
    case MeetingKind::Agm:
        message = MeetingRepository::tr("a general assembly on %1 already exists");
        break;
    case MeetingKind::Board:
        message = MeetingRepository::tr("a board meeting on %1 already exists");
        break;
    case MeetingKind::Executive:
        message = MeetingRepository::tr("an executive meeting on %1 already exists");
        break;
    }
    return fail(message.arg(Parsing::formatDate(day)), QStringLiteral("date"));
}

Result<bool> inOffice(Database& db, qint64 directorId, QDate day)
{
    auto mandates = BoardRepository(db).mandatesOf(directorId);
    if (!mandates)
        return mandates.error();
    return std::any_of(mandates->cbegin(), mandates->cend(),
                       [&](const BoardMandate& m) { return m.inOfficeOn(day); });
}

} // namespace

Result<qint64> MeetingRepository::add(const Meeting& meeting)
{
    if (!meeting.date.isValid())
        return fail(tr("the date is required"), QStringLiteral("date"));
    if (auto valid = checkText(meeting); !valid)
        return valid.error();
    if (auto inRange = Validation::dateInRange(meeting.date, QStringLiteral("date")); !inRange)
        return inRange.error();
    // The uniqueness check and the insert must see the same meetings.
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        auto existing = find(meeting.date, meeting.kind);
        if (!existing)
            return existing.error();
        if (*existing)
            return duplicateMeeting(meeting.kind, meeting.date);
        const QString now = m_db.timestamp();
        auto id = sql::insert(
            m_db,
            QStringLiteral("INSERT INTO meetings (meeting_date, kind, title, notes, place, "
                           "start_time, end_time, created_at, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {sql::date(meeting.date), toKey(meeting.kind), sql::text(meeting.title.trimmed()),
             sql::text(meeting.notes), sql::text(meeting.place.trimmed()),
             timeValue(meeting.startTime), timeValue(meeting.endTime), now, now,
             RowVersion::author(m_db)},
            QStringLiteral("date"));
        if (!id)
            return id;
        if (auto written = writeAgenda(*id, meeting.agenda); !written)
            return written.error();
        return id;
    });
}

Status MeetingRepository::update(const Meeting& meeting)
{
    // The attendees' mandates must not change between the check and the write.
    return sql::inTransaction(m_db, [&]() -> Status {
        auto stored = get(meeting.id);
        if (!stored)
            return stored.error();
        if (auto current =
                RowVersion::check(m_db, QStringLiteral("meetings"), meeting.id, meeting.updatedAt);
            !current)
            return current;
        if (!meeting.date.isValid())
            return fail(tr("the date is required"), QStringLiteral("date"));
        if (auto valid = checkText(meeting); !valid)
            return valid;
        if (auto inRange = Validation::dateInRange(meeting.date, QStringLiteral("date")); !inRange)
            return inRange;
        auto existing = find(meeting.date, meeting.kind);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->id != meeting.id)
            return duplicateMeeting(meeting.kind, meeting.date);
        if (meeting.date != stored->date) {
            auto attendees = attendance(meeting.id);
            if (!attendees)
                return attendees.error();
            for (const Attendance& attendee : *attendees) {
                auto there = inOffice(m_db, attendee.directorId, meeting.date);
                if (!there)
                    return there.error();
                if (*there)
                    continue;
                auto director = BoardRepository(m_db).director(attendee.directorId);
                if (!director)
                    return director.error();
                Error error = Validation::notInOffice(director->name, meeting.date);
                error.field = QStringLiteral("date");
                return error;
            }
        }
        if (auto updated = RowVersion::update(
                m_db, QStringLiteral("meetings"),
                QStringLiteral("meeting_date = ?, kind = ?, title = ?, notes = ?, place = ?, "
                               "start_time = ?, end_time = ?"),
                {sql::date(meeting.date), toKey(meeting.kind), sql::text(meeting.title.trimmed()),
                 sql::text(meeting.notes), sql::text(meeting.place.trimmed()),
                 timeValue(meeting.startTime), timeValue(meeting.endTime)},
                meeting.id, meeting.updatedAt);
            !updated)
            return updated;
        return writeAgenda(meeting.id, meeting.agenda);
    });
}

Status MeetingRepository::remove(qint64 id, const QDateTime& loaded)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto current = RowVersion::check(m_db, QStringLiteral("meetings"), id, loaded);
            !current)
            return current;
        return sql::removeRow(m_db, QStringLiteral("meetings"), id,
                              tr("no meeting with id %1").arg(id));
    });
}

Result<Meeting> MeetingRepository::get(qint64 id)
{
    auto meeting =
        sql::one(m_db, sql::run(m_db, SelectMeetings + QStringLiteral(" WHERE id = ?"), {id}),
                 meetingFrom, tr("no meeting with id %1").arg(id));
    if (!meeting)
        return meeting;
    if (auto read = readAgenda(*meeting); !read)
        return read.error();
    return meeting;
}

Result<std::optional<Meeting>> MeetingRepository::find(QDate date, MeetingKind kind)
{
    auto meeting = sql::optionalOne(
        m_db,
        sql::run(m_db, SelectMeetings + QStringLiteral(" WHERE meeting_date = ? AND kind = ?"),
                 {sql::date(date), toKey(kind)}),
        meetingFrom);
    if (!meeting || !*meeting)
        return meeting;
    if (auto read = readAgenda(**meeting); !read)
        return read.error();
    return meeting;
}

Result<QList<Meeting>> MeetingRepository::list(QDate from, QDate to)
{
    // The kinds' keys sort in their declaration order (agm, board, executive).
    auto query =
        sql::run(m_db,
                 SelectMeetings + QStringLiteral(" WHERE meeting_date >= ? AND meeting_date <= ? "
                                                 "ORDER BY meeting_date, kind"),
                 {sql::rangeStart(from), sql::rangeEnd(to)});
    if (!query)
        return query.error();
    auto meetings = sql::rows(m_db, *query, meetingFrom);
    if (!meetings)
        return meetings;
    if (auto read = readAgendas(*meetings, from, to); !read)
        return read.error();
    return meetings;
}

Status MeetingRepository::setAttendance(const Attendance& attendance)
{
    // The director's mandates must not change between the check and the write.
    return sql::inTransaction(m_db, [&]() -> Status {
        auto meeting = get(attendance.meetingId);
        if (!meeting)
            return relabel(meeting.error(), QStringLiteral("date"));
        auto director = BoardRepository(m_db).director(attendance.directorId);
        if (!director)
            return relabel(director.error(), QStringLiteral("director"));
        auto there = inOffice(m_db, attendance.directorId, meeting->date);
        if (!there)
            return there.error();
        if (!*there)
            return Validation::notInOffice(director->name, meeting->date);
        if (attendance.status != AttendanceStatus::Present) {
            if (auto named = refuseIfNamedInResolutions(attendance.meetingId, attendance.directorId,
                                                        QStringLiteral("status"));
                !named)
                return named;
        }

        const QString now = m_db.timestamp();
        const QString status = toKey(attendance.status);
        const QString author = RowVersion::author(m_db);
        return sql::updateElseInsert(
            m_db,
            QStringLiteral("UPDATE attendance SET status = ?, updated_at = ?, updated_by = ? "
                           "WHERE meeting_id = ? AND director_id = ?"),
            {status, now, author, attendance.meetingId, attendance.directorId},
            QStringLiteral("INSERT INTO attendance (meeting_id, director_id, status, created_at, "
                           "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)"),
            {attendance.meetingId, attendance.directorId, status, now, now, author},
            QStringLiteral("status"));
    });
}

Status MeetingRepository::replaceAttendance(qint64 meetingId, const QList<Attendance>& attendance)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto meeting = get(meetingId);
        if (!meeting)
            return meeting.error();
        // Rows that stay keep their creation time: they are changed in place, not recreated.
        QSet<qint64> kept;
        for (Attendance row : attendance) {
            row.meetingId = meetingId;
            if (kept.contains(row.directorId)) {
                auto director = BoardRepository(m_db).director(row.directorId);
                if (!director)
                    return director.error();
                return fail(tr("%1 is listed twice for the meeting on %2")
                                .arg(director->name, Parsing::formatDate(meeting->date)),
                            QStringLiteral("director"));
            }
            if (auto set = setAttendance(row); !set)
                return set;
            kept.insert(row.directorId);
        }
        auto current = this->attendance(meetingId);
        if (!current)
            return current.error();
        for (const Attendance& row : *current) {
            if (kept.contains(row.directorId))
                continue;
            if (auto removed = removeAttendance(meetingId, row.directorId); !removed)
                return removed;
        }
        return {};
    });
}

Status MeetingRepository::removeAttendance(qint64 meetingId, qint64 directorId)
{
    // No resolution may name the director between the check and the delete.
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto named =
                refuseIfNamedInResolutions(meetingId, directorId, QStringLiteral("director"));
            !named)
            return named;
        auto removed = sql::run(m_db,
                                QStringLiteral("DELETE FROM attendance "
                                               "WHERE meeting_id = ? AND director_id = ?"),
                                {meetingId, directorId});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return fail(tr("no attendance of director %1 is recorded at meeting %2")
                            .arg(directorId)
                            .arg(meetingId),
                        QStringLiteral("director"));
        return {};
    });
}

Result<QList<Attendance>> MeetingRepository::attendance(qint64 meetingId)
{
    auto query = sql::run(
        m_db, SelectAttendance + QStringLiteral(" WHERE a.meeting_id = ? ORDER BY d.name_key"),
        {meetingId});
    if (!query)
        return query.error();
    return sql::rows(m_db, *query, attendanceFrom);
}

Result<QList<Attendance>> MeetingRepository::attendanceBetween(QDate from, QDate to)
{
    auto query = sql::run(m_db,
                          SelectAttendance +
                              QStringLiteral(" WHERE m.meeting_date >= ? AND m.meeting_date <= ? "
                                             "ORDER BY m.meeting_date, m.kind, d.name_key"),
                          {sql::rangeStart(from), sql::rangeEnd(to)});
    if (!query)
        return query.error();
    return sql::rows(m_db, *query, attendanceFrom);
}

Result<QMap<MeetingKind, int>> MeetingRepository::countByKind(QDate from, QDate to)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT kind, COUNT(*) FROM meetings "
                                         "WHERE meeting_date >= ? AND meeting_date <= ? "
                                         "GROUP BY kind"),
                          {sql::rangeStart(from), sql::rangeEnd(to)});
    if (!query)
        return query.error();
    // Every kind is present, so a year without a general assembly reads 0, not "missing".
    QMap<MeetingKind, int> counts;
    for (MeetingKind kind : allValues<MeetingKind>())
        counts.insert(kind, 0);
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) {
        if (auto kind = fromKey<MeetingKind>(row.value(0).toString()))
            counts[*kind] = row.value(1).toInt();
    });
    if (!read)
        return read.error();
    return counts;
}

} // namespace bilan
