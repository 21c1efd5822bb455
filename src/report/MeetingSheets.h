#pragma once

#include "Enums.h"
#include "Meeting.h"
#include "Paper.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>
#include <optional>

class QTextDocument;

namespace bilan {

// One director in office on the meeting's day, as the sheets print them. Labels come already
// translated: the sheets only lay them out.
struct MeetingSheetDirector
{
    QString name;
    QString role;
    QString organisation;
    AttendanceStatus status = AttendanceStatus::Absent;
};

// One resolution as the minutes print it: names and the outcome's label already in the
// window's language.
struct MeetingSheetResolution
{
    QString number;
    QString text;
    // Empty when the minutes do not record who moved or seconded it.
    QString mover;
    QString seconder;
    QString outcome;
    // Only when the meeting counted them.
    std::optional<ResolutionVotes> votes;
};

// What the attendance sheet and the minutes of one meeting show: plain values, so the
// documents can be built and tested without a database or a widget.
struct MeetingSheetInput
{
    QString organisationName;
    QString kind;
    QString title;
    QDate date;
    // In the order of the checklist (role, then name).
    QList<MeetingSheetDirector> directors;
    int required = 0;
    bool quorumReached = false;
    // The rule in words ("more than half of the directors in office"); may be empty.
    QString quorumRule;
    QString notes;
    // Empty or invalid when not recorded: the minutes then print no label for them.
    QString place;
    QTime startTime;
    QTime endTime;
    // The agenda's items in order.
    QStringList agenda;
    // In the order the meeting took them.
    QList<MeetingSheetResolution> resolutions;
    // Who signs the minutes: the directors in office that day as secretary and as president;
    // empty when unknown (the line is left for a name written by hand).
    QString secretaryName;
    QString presidentName;

    int count(AttendanceStatus status) const;
};

// The two documents the secretary prints for a meeting: the attendance sheet that the directors
// sign, and the minutes: where and when the meeting was held, who attended and whether that
// made quorum, the agenda, each resolution and what became of it, the notes, and the lines
// where the secretary and the president sign.
class MeetingSheets
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MeetingSheets)

public:
    static std::unique_ptr<QTextDocument> attendanceSheet(const MeetingSheetInput& input);
    static std::unique_ptr<QTextDocument> minutes(const MeetingSheetInput& input);

    // "Quorum reached: 6 present of 11 directors in office, 6 required."
    static QString quorumLine(const MeetingSheetInput& input);
    // "From 7:00 p.m. to 9:00 p.m.", "From 7:00 p.m.", "Until 9:00 p.m."; empty without times.
    static QString timeLine(const MeetingSheetInput& input);
    // "Proposed by Alice Tremblay, seconded by Bob Gagnon."; empty when neither is recorded.
    static QString movedLine(const MeetingSheetResolution& resolution);
    // "For: 5, against: 1, abstaining: 0"
    static QString votesText(const ResolutionVotes& votes);
    // "Board meeting of 2025-06-10", for a window title or a file name.
    static QString heading(const MeetingSheetInput& input);

    // A PDF on `paper` at `path`, through OutputFile (never over the database at
    // `databasePath`, owner-only, all or nothing); the error names the file and says why it
    // cannot be written.
    static Status writePdf(const QTextDocument& document, const QString& path,
                           const QString& databasePath = {}, PaperSize paper = PaperSize::A4);
};

} // namespace bilan
