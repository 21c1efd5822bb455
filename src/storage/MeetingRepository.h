#pragma once

#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace bilan {

// Meetings (one per kind and day), who attended them and the resolutions put to them.
// Attendance is recorded only for directors in office on the meeting's day; a resolution is
// moved and seconded only by directors recorded present.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MeetingRepository)

public:
    explicit MeetingRepository(Database& database) : m_db(database) {}

    // The meeting with its place, times and agenda (the agenda's positions are renumbered 1, 2,
    // 3… in the list's order). Errors name the CSV column at fault (date, kind, title, notes,
    // place, start_time, end_time, agenda).
    Result<qint64> add(const Meeting& meeting);
    // Refused when the new date would leave recorded attendees out of office. The agenda
    // becomes `meeting.agenda`.
    Status update(const Meeting& meeting);
    // Removes its attendance, agenda and resolutions too.
    // Refused when another desk changed the meeting since `loaded` (invalid: not checked).
    Status remove(qint64 id, const QDateTime& loaded = {});
    // With place, times and agenda.
    Result<Meeting> get(qint64 id);
    Result<std::optional<Meeting>> find(QDate date, MeetingKind kind);
    // Ordered by date, then kind.
    Result<QList<Meeting>> list(QDate from, QDate to);

    // Adds or changes one director's status. Errors name the column (director, status). A
    // director who moved or seconded one of the meeting's resolutions stays present.
    Status setAttendance(const Attendance& attendance);
    // Replaces the whole list of a meeting in one transaction.
    Status replaceAttendance(qint64 meetingId, const QList<Attendance>& attendance);
    Status removeAttendance(qint64 meetingId, qint64 directorId);
    Result<QList<Attendance>> attendance(qint64 meetingId);
    // Every attendance row of the meetings dated in [from, to].
    Result<QList<Attendance>> attendanceBetween(QDate from, QDate to);
    Result<QMap<MeetingKind, int>> countByKind(QDate from, QDate to);

    // The meeting's resolutions in the order of their numbers, read as people read them ("2"
    // before "10", "CA-2024-9" before "CA-2024-10").
    Result<QList<Resolution>> resolutions(qint64 meetingId);
    // The resolutions of the meetings dated in [from, to] (invalid: open), for a year's
    // register: by meeting date, then kind, then number.
    Result<QList<Resolution>> resolutionsBetween(QDate from, QDate to);
    // Adds one resolution to its meeting (resolution.meetingId). Errors name the CSV column at
    // fault (number, text, mover, seconder, outcome, votes_for, votes_against,
    // votes_abstaining): a number the meeting already has, a mover or seconder not recorded
    // present at the meeting.
    Result<qint64> addResolution(const Resolution& resolution);
    // Makes `resolutions` the meeting's whole list in one transaction (the rows' meeting ids
    // are ignored). A resolution given with the id of one of the meeting's keeps that id and its
    // creation time.
    Status replaceResolutions(qint64 meetingId, const QList<Resolution>& resolutions);

private:
    friend class MeetingService;

    // The meeting's resolutions as stored, taken out so that its attendance can be rewritten
    // freely, and put back (with the ids and creation times of the ones kept) once it is.
    struct StoredResolution
    {
        Resolution resolution;
        QString createdAt;
        QString updatedAt;
        QString updatedBy;
    };
    using TakenResolutions = QList<StoredResolution>;
    Result<TakenResolutions> takeResolutions(qint64 meetingId);
    Status putResolutions(qint64 meetingId, const QList<Resolution>& resolutions,
                          const TakenResolutions& taken);
    Status checkResolution(const Resolution& resolution);
    // "Jane moved or seconded resolution 7 of this meeting, so stays recorded as present…"
    static Error namedInResolution(const QString& director, const QString& number,
                                   const QString& field);
    // Refused when the director moved or seconded one of the meeting's resolutions.
    Status refuseIfNamedInResolutions(qint64 meetingId, qint64 directorId, const QString& field);

    // The agenda (MeetingAgenda.cpp).
    Status writeAgenda(qint64 meetingId, const QList<AgendaItem>& agenda);
    Status readAgenda(Meeting& meeting);
    Status readAgendas(QList<Meeting>& meetings, QDate from, QDate to);

    Database& m_db;
};

} // namespace bilan
