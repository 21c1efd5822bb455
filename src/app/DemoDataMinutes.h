#pragma once

// What the demo's minutes record of a meeting beside its attendance: place, times, agenda and
// the resolutions of board meetings and general assemblies (DemoDataBoard.cpp calls it).

#include "DemoDataContext.h"
#include "Meeting.h"

#include <QHash>
#include <QList>

namespace bilan::demo {

class DemoMinutes
{
public:
    DemoMinutes() : m_random(DemoContext::random(8)) {}

    // Sets the meeting's place, times and agenda; `previous` is the date of the meeting of the
    // same kind before it (invalid for the first).
    void describe(Meeting& meeting, QDate previous);
    // The resolutions put to the meeting, moved and seconded by directors `attendance` says were
    // present; none for an executive meeting.
    QList<Resolution> resolutions(const Meeting& meeting, QDate previous,
                                  const QList<Attendance>& attendance);

private:
    QString nextNumber(MeetingKind kind, int year);

    DemoRandom m_random;
    QHash<QString, int> m_counts; // "CA-2024" -> resolutions numbered so far
};

} // namespace bilan::demo
