#pragma once

#include "Enums.h"
#include "Paper.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

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

    int count(AttendanceStatus status) const;
};

// The two documents the secretary prints for a meeting: the attendance sheet that the directors
// sign, and the minutes with who attended and whether the meeting had quorum.
class MeetingSheets
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MeetingSheets)

public:
    static std::unique_ptr<QTextDocument> attendanceSheet(const MeetingSheetInput& input);
    static std::unique_ptr<QTextDocument> minutes(const MeetingSheetInput& input);

    // "Quorum reached: 6 present of 11 directors in office, 6 required."
    static QString quorumLine(const MeetingSheetInput& input);
    // "Board meeting of 2025-06-10", for a window title or a file name.
    static QString heading(const MeetingSheetInput& input);

    // A PDF on `paper` at `path`, through OutputFile (never over the database at
    // `databasePath`, owner-only, all or nothing); the error names the file and says why it
    // cannot be written.
    static Status writePdf(const QTextDocument& document, const QString& path,
                           const QString& databasePath = {}, PaperSize paper = PaperSize::A4);
};

} // namespace bilan
