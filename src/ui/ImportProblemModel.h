#pragma once

#include "CsvImporter.h"

#include <QAbstractTableModel>
#include <QList>

namespace bilan {

// The problems an import check found, one per row, in the order the importer gives them (the
// order of the file; problems with the file as a whole last). Read-only.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        ColumnName,
        Message,
        ColumnCount
    };

    explicit ImportProblemModel(QObject* parent = nullptr);

    void setProblems(const QList<ImportProblem>& problems);
    void clear() { setProblems({}); }
    ImportProblem problemAt(int row) const { return m_problems.value(row); }
    const QList<ImportProblem>& problems() const { return m_problems; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

} // namespace bilan
