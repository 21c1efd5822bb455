#pragma once

#include "Database.h"
#include "Enums.h"
#include "Meeting.h"
#include "Quorum.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace bilan {

// The attendance checklist of one meeting: a row per director in office on the meeting's day,
// each present, absent or excused, and the quorum that follows from it. Edits stay in the
// model until save() writes the whole list at once.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Director,
        Role,
        Organisation,
        Status,
        ColumnCount
    };
    enum DataRole
    {
        // The AttendanceStatus as an int, on every column.
        StatusRole = Qt::UserRole + 1,
        DirectorIdRole,
    };

    explicit AttendanceModel(Database& database, QObject* parent = nullptr);

    // A new meeting: the directors in office on `day`, all absent until ticked.
    bilan::Status loadForDate(QDate day);
    // A recorded meeting: its day's directors with the statuses saved for them.
    bilan::Status loadMeeting(qint64 meetingId);
    // The editor moved the meeting to another day: the directors of that day, keeping the
    // status of those still in office.
    bilan::Status changeDate(QDate day);
    QDate date() const { return m_date; }

    QuorumRule rule() const { return m_rule; }
    void setRule(const QuorumRule& rule);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Status takes an AttendanceStatus (or its int), its translated label or its key (case and
    // accents ignored, or the start of only one of them); the
    // Director column's check box marks present (checked) or absent (unchecked).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    qint64 directorIdAt(int row) const;
    AttendanceStatus statusAt(int row) const;
    BoardRole roleAt(int row) const;
    bool setStatus(int row, AttendanceStatus status);
    // "Everyone present" and the like, in one change.
    void setAllStatuses(AttendanceStatus status);

    int presentCount() const;
    int inOfficeCount() const { return static_cast<int>(m_rows.size()); }
    int requiredCount() const { return Quorum::required(m_rule, inOfficeCount()); }
    bool quorumReached() const { return quorumReached(m_rule); }
    bool quorumReached(const QuorumRule& rule) const;
    // Whether statuses changed since the last load or save.
    bool isModified() const { return m_modified; }

    // The list as ticked, one row per director in office (no meeting id), for
    // MeetingService::save.
    QList<Attendance> attendance() const;
    // Replaces the meeting's attendance with this list, in one transaction.
    bilan::Status save(qint64 meetingId);
    // The list is now what the database holds (written with its meeting by MeetingService).
    void markSaved();
    // Shows an error about the list (a director or a status refused when the meeting was
    // saved) as the model's own, so that it goes once the row is fixed.
    void notify(const Error& error);
    QString lastError() const { return m_lastError; }

    // What setData accepts as a status; empty when it names none or more than one.
    static std::optional<AttendanceStatus> parseStatus(const QVariant& value);

signals:
    void quorumChanged(bool reached, int present, int required);
    void errorOccurred(const QString& message, const QString& field);
    // The error last reported for `field` is fixed (a valid status after a refused one).
    void errorCleared(const QString& field);

private:
    struct Row
    {
        qint64 directorId = 0;
        QString name;
        BoardRole role = BoardRole::Director;
        QString organisation;
        AttendanceStatus status = AttendanceStatus::Absent;
    };

    bilan::Status load(QDate day, const QHash<qint64, AttendanceStatus>& statuses);
    bilan::Status report(bilan::Status status);
    void emitQuorum();

    Database& m_db;
    QDate m_date;
    QuorumRule m_rule;
    QList<Row> m_rows;
    bool m_modified = false;
    QString m_lastError;
    QString m_lastErrorField;
};

} // namespace bilan
