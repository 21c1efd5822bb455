#pragma once

#include "Database.h"
#include "Enums.h"
#include "Meeting.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTime>
#include <QWidget>

#include <memory>
#include <optional>

class QTextDocument;

namespace Ui {
class MeetingEditor;
}

namespace bilan {

class AttendanceModel;
struct MeetingSheetInput;

// The board secretary's form for one meeting: its date, kind, title, place and times; on tabs,
// who attended and whether that makes quorum, the agenda, the resolutions (moved and seconded
// by directors present), and the notes for the minutes. A plain widget, so it can sit in a
// dialog, a side panel or a stacked page.
class MeetingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingEditor(Database& database, QWidget* parent = nullptr);
    ~MeetingEditor() override;

    // An unsaved meeting on `day`, every director in office that day absent until
    // ticked.
    bilan::Status newMeeting(QDate day, MeetingKind kind = MeetingKind::Board);
    // A recorded meeting with its attendance.
    bilan::Status loadMeeting(qint64 meetingId);
    // Adds or updates the meeting with its attendance, agenda and resolutions (MeetingService:
    // one transaction).
    bilan::Status save();

    // True when the form differs from what was last loaded or saved: its date, kind, title,
    // place, times, agenda, resolutions or notes, or a tick of the attendance.
    bool hasUnsavedChanges() const;
    // Asks whether to save unsaved changes before they are left: Save (true once saved),
    // Discard (true) or Cancel (false, the form stays as it is). True at once when nothing is
    // unsaved.
    bool confirmLeaving();

    // 0 until a new meeting is saved.
    qint64 meetingId() const { return m_meetingId; }
    // The version of the meeting on the form (RowVersion); invalid for a new one.
    QDateTime version() const { return m_version; }
    AttendanceModel* attendanceModel() const { return m_attendance; }
    bool quorumReached() const;
    QString quorumText() const;
    // The error shown under the form; empty when the last action went well.
    QString errorText() const;
    // The error shown under the field named `field` (place, start_time, end_time, agenda, or a
    // resolution's field), or under the form for the others; empty when none is.
    QString fieldErrorText(const QString& field) const;
    // The warning shown under the attendance when no director is in office on the meeting's
    // day; empty otherwise.
    QString noDirectorWarning() const;
    // Lists the directors in office on the meeting's day again (after a mandate changed),
    // keeping the statuses already ticked.
    bilan::Status refreshDirectors();

    // Reads the quorum rule from the settings again and updates the indicator (the
    // preferences may have changed it since the meeting was opened).
    void reloadQuorumRule();

    // The meeting as the form shows it, ticks included, saved or not.
    MeetingSheetInput sheetInput() const;
    std::unique_ptr<QTextDocument> attendanceSheet() const;
    std::unique_ptr<QTextDocument> minutes() const;
    // Write the documents without asking; the buttons ask for the file first.
    bilan::Status saveAttendanceSheetPdf(const QString& path);
    bilan::Status saveMinutesPdf(const QString& path);

signals:
    void saved(qint64 meetingId);
    void errorOccurred(const QString& message, const QString& field);

private:
    void loadRule();
    void setUpMinutesFields();
    void setUpPrinting();
    // The directors present, for the resolutions' mover and seconder lists.
    void refreshResolutionDirectors();
    // The year's last resolution number before this meeting, for the next one's number.
    void refreshNumberBefore();
    QString directorName(qint64 directorId) const;
    QString signatoryName(BoardRole role) const;
    void loadMinutesFields(const Meeting& meeting, const QList<Resolution>& resolutions);
    void readMinutesFields(Meeting& meeting) const;
    void printDocument(const QTextDocument& document);
    void chooseAttendanceSheetPdf();
    void chooseMinutesPdf();
    QString fileStem() const;
    void changeDate(QDate day);
    void updateNoDirectorWarning();
    // The Save button: asks first when no director is in office on the meeting's day.
    void saveAfterAsking();
    void updateQuorum(bool reached, int present, int required);
    bilan::Status report(bilan::Status status);
    void showError(const QString& message, const QString& field);
    void clearError();
    // Shows an error of the place, times, agenda or a resolution under its field (true), or
    // leaves it to the form's error line (false).
    bool showFieldError(const QString& message, const QString& field);
    void clearFieldErrors();
    void setDateSilently(QDate day);
    void setKind(MeetingKind kind);
    MeetingKind kind() const;

    Database& m_db;
    std::unique_ptr<Ui::MeetingEditor> m_ui;
    AttendanceModel* m_attendance = nullptr;
    // Remembers the form as loaded or saved, for hasUnsavedChanges().
    void markClean();

    qint64 m_meetingId = 0;
    // The version of the meeting the form loaded (RowVersion); invalid for a new one.
    QDateTime m_version;
    bool m_settingDate = false;
    struct Clean
    {
        QDate date;
        MeetingKind kind = MeetingKind::Board;
        QString title;
        QString notes;
        QString place;
        QTime startTime;
        QTime endTime;
        QStringList agenda;
        QList<Resolution> resolutions;
    };
    std::optional<Clean> m_clean;
    // The field of the error on show, to clear it when that field is fixed.
    QString m_errorField;
};

} // namespace bilan
