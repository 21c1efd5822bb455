#pragma once

#include "ChangeLog.h"
#include "TableFile.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace bilan {

// The history of changes as a list (the History page and a row's History dialog): one row a
// ChangeRecord, newest first as ChangeLog gives them. When is shown in local time, with the UTC
// time in its tooltip; Changes shows the changed columns on one line and all of them, one a line,
// in its tooltip.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Desk,
        Source,
        Operation,
        Table,
        Row,
        Changes,
        Late,
        ColumnCount
    };
    enum DataRole
    {
        RecordIdRole = Qt::UserRole + 1,
        // Whether the change is late, on every column.
        LateRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<ChangeRecord> records);
    const QList<ChangeRecord>& records() const { return m_records; }
    std::optional<ChangeRecord> recordAt(int row) const;
    // The row of the record with this id, -1 when absent.
    int rowOf(qint64 recordId) const;
    // What the list shows, for TableFile (When in UTC, the changes one a line).
    TableData tableData() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The local time a change was made, as the list shows it.
    static QString localTime(const QDateTime& at);
    // Every field of a change as lines of text, for its dialog.
    static QString describe(const ChangeRecord& record);

private:
    QVariant display(const ChangeRecord& record, int column) const;

    QList<ChangeRecord> m_records;
};

} // namespace bilan
