#pragma once

#include "Database.h"
#include "Expert.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace bilan {

// The experts, ordered by name, one per row, read-only: the ExpertsView edits the selected one
// in its own panel and reloads the model after a save.
class ExpertTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        Fields,
        Region,
        Started,
        Ended,
        ColumnCount
    };

    explicit ExpertTableModel(Database& database, QObject* parent = nullptr);

    // Reads the experts again; on failure the rows are left empty and errorOccurred is emitted.
    bilan::Status reload();
    Expert expertAt(int row) const { return m_experts.value(row); }
    // The row of the expert with this id, -1 when absent.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString& message, const QString& field);

private:
    Database& m_db;
    QList<Expert> m_experts;
};

} // namespace bilan
