#pragma once

#include "Database.h"
#include "Enums.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bilan {

// One director's attendance over a period, for the "attendance rate for the year" table.
struct DirectorAttendanceRate
{
    qint64 directorId = 0;
    QString name;
    int present = 0;
    // Every attendance row of theirs in the period: present, absent or excused.
    int recorded = 0;
    // present ÷ recorded × 100 (FigureMath::attendanceRatePct); empty when nothing is recorded.
    std::optional<double> ratePct;
};

// One meeting's attendance: its present rows among every row recorded for it.
struct MeetingAttendanceCount
{
    int present = 0;
    int recorded = 0;
};

// Attendance per director and per meeting, by the same rate as the year's attendance in
// YearlyFigures.
class AttendanceRates
{
public:
    // Meeting id → its counts, for each meeting of [from, to] with attendance recorded.
    static Result<QHash<qint64, MeetingAttendanceCount>> perMeeting(Database& database, QDate from,
                                                                    QDate to);
    // Every director with attendance recorded in [from, to], by name; `kind` keeps only the
    // meetings of that kind (the board's own meetings, say).
    static Result<QList<DirectorAttendanceRate>>
    perDirector(Database& database, QDate from, QDate to,
                std::optional<MeetingKind> kind = std::nullopt);
};

} // namespace bilan
