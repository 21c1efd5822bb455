#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace bilan {

// A general assembly, board or executive meeting; one of each kind per day at most.
struct Meeting
{
    qint64 id = 0;
    QDate date;
    MeetingKind kind = MeetingKind::Board;
    QString title;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Whether a director in office on the meeting's day attended it.
struct Attendance
{
    qint64 meetingId = 0;
    qint64 directorId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace bilan
