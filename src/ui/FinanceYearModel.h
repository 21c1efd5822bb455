#pragma once

#include "Database.h"
#include "Enums.h"
#include "FinanceLine.h"
#include "FinanceTotals.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

#include <optional>

namespace bilan {

// The actual and budgeted finance lines of one fiscal year, amounts editable in place, with the
// year's totals (FinanceTotals, the yearly figures' definitions) kept current as amounts change.
// A closed year is shown read-only.
class FinanceYearModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Scenario,
        Kind,
        Label,
        Amount,
        ColumnCount
    };
    enum DataRole
    {
        LineIdRole = Qt::UserRole + 1,
        // The amount in cents, on every column.
        CentsRole,
        // The Scenario and FinanceKind as ints, on every column.
        ScenarioRole,
        KindRole,
    };

    explicit FinanceYearModel(Database& database, QObject* parent = nullptr);

    // The fiscal year named by the calendar year it starts in (FinanceLine::fiscalYear).
    int fiscalYear() const { return m_year; }
    bilan::Status setFiscalYear(int startYear);
    bilan::Status reload();
    bool isReadOnly() const { return m_closed; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The amount, in any spelling Parsing::amount accepts, written at once. A refused amount
    // leaves the cell as it was and is reported through errorOccurred.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    FinanceLine lineAt(int row) const;
    // Adds a line to this year (its fiscalYear is set here); the list is read again.
    Result<qint64> addLine(FinanceLine line);
    bilan::Status removeLine(int row);

    // The year's totals of one scenario as the yearly figures define them (FinanceTotals); empty
    // when the year has no line of that scenario, or when its lines cannot be added up (the
    // reason went to errorOccurred).
    FinanceTotals totals(bilan::Scenario scenario) const { return m_totals.value(scenario); }

    QString lastError() const { return m_lastError; }

signals:
    void totalsChanged();
    void errorOccurred(const QString& message, const QString& field);

private:
    // Adds the lines up again and says so.
    void updateTotals();
    bilan::Status report(bilan::Status status);
    void notify(const Error& error);
    // Reports a refused write; a line changed or removed at another desk is read again first,
    // so the table shows the stored lines (RowVersion). Always false.
    bool refused(const Error& error);

    Database& m_db;
    int m_year = 0;
    bool m_closed = false;
    QString m_yearName;
    QList<FinanceLine> m_lines;
    QMap<bilan::Scenario, FinanceTotals> m_totals;
    QString m_lastError;
};

} // namespace bilan
