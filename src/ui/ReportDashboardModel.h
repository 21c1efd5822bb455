#pragma once

#include "YearlyFigures.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

#include <array>

namespace bilan {

// The reports screen's dashboard: the year's main figures beside the previous year's, with the
// change, formatted for the interface's locale. Read-only; the view fills it from the figures.
class ReportDashboardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The rows, in order.
    enum Row
    {
        Hours,
        EnterprisesServed,
        MembersAtYearEnd,
        NewMembers,
        Revenue,
        Expenses,
        Surplus,
        SelfFinancing,
        Satisfaction,
        RowCount
    };
    enum Column
    {
        FigureColumn,
        PreviousColumn,
        CurrentColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit ReportDashboardModel(QObject* parent = nullptr);

    // Shows `current` beside `previous`, formatted in `locale`.
    void setFigures(const YearlyFigures& previous, const YearlyFigures& current,
                    const QLocale& locale = QLocale());
    // Empties the figures (after an error: no stale year on screen).
    void clear();

    QString text(Row row, Column column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void setRow(Row row, const QString& previous, const QString& current, const QString& change);
    static QString name(Row row);

    std::array<std::array<QString, ColumnCount>, RowCount> m_cells;
    QString m_previousYear;
    QString m_currentYear;
};

} // namespace bilan
