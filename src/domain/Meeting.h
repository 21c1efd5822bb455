#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace bilan {

// One item of a meeting's agenda, in the order the meeting takes them (position from 1).
struct AgendaItem
{
    int position = 0;
    QString text;
};

// The votes on a resolution, when the meeting counted them (a show of hands often does not).
struct ResolutionVotes
{
    int inFavour = 0;
    int against = 0;
    int abstaining = 0;
};

// A resolution put to a meeting: what it says, who moved and seconded it (directors present at
// the meeting; 0 when none is recorded) and what the meeting decided.
struct Resolution
{
    qint64 id = 0;
    qint64 meetingId = 0;
    // As the secretary numbers them ("CA-2025-03", "7"): unique within the meeting.
    QString number;
    QString text;
    qint64 moverId = 0;
    qint64 seconderId = 0;
    ResolutionOutcome outcome = ResolutionOutcome::Adopted;
    std::optional<ResolutionVotes> votes;
};

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
    // Where it was held ("Head office, Lévis", "Video conference"); may be empty.
    QString place{};
    // When it opened and closed; invalid when not recorded. The end, when both are known, is
    // after the start.
    QTime startTime{};
    QTime endTime{};
    // In order; the positions are 1, 2, 3…
    QList<AgendaItem> agenda{};
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
