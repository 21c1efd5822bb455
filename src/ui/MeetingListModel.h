#pragma once

#include "Database.h"
#include "Enums.h"
#include "FiscalYear.h"
#include "Meeting.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace bilan {

// The meetings of one fiscal year, oldest first, with how many directors attended each.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Title,
        Attendance,
        ColumnCount
    };
    enum DataRole
    {
        MeetingIdRole = Qt::UserRole + 1,
        // The MeetingKind as an int, on every column.
        KindRole,
        // Present and recorded counts, on every column (for a view that draws a gauge).
        PresentRole,
        RecordedRole,
    };

    explicit MeetingListModel(Database& database, QObject* parent = nullptr);

    FiscalYear year() const { return m_year; }
    // Loads the meetings of `year`.
    bilan::Status setYear(const FiscalYear& year);
    // Reads the year's meetings again (after a meeting was added, changed or removed).
    bilan::Status reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // An empty Meeting (id 0) outside the list.
    Meeting meetingAt(int row) const;
    // -1 when the meeting is not in the list.
    int rowOf(qint64 meetingId) const;
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString& message, const QString& field);

private:
    struct Row
    {
        bilan::Meeting meeting;
        int present = 0;
        int recorded = 0;
    };

    Database& m_db;
    FiscalYear m_year;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace bilan
