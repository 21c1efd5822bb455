#pragma once

#include "Database.h"
#include "Enums.h"
#include "FinanceLine.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace bilan {

// The actual and budgeted finance lines of one fiscal year, amounts editable in place, with the
// year's totals kept current as amounts change (the same definitions as the yearly figures).
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

    // Totals of one scenario; empty when the year has no line of that scenario.
    std::optional<qint64> revenue(bilan::Scenario scenario) const;
    std::optional<qint64> expenses(bilan::Scenario scenario) const;
    std::optional<qint64> surplus(bilan::Scenario scenario) const;
    qint64 kindTotal(bilan::Scenario scenario, FinanceKind kind) const;
    // Revenue other than public funding, as a share of revenue; empty without revenue.
    std::optional<double> selfFinancingPct(bilan::Scenario scenario) const;

    QString lastError() const { return m_lastError; }

    static QString scenarioLabel(bilan::Scenario scenario);
    static QString kindLabel(FinanceKind kind);

signals:
    void totalsChanged();
    void errorOccurred(const QString& message, const QString& field);

private:
    bool hasLines(bilan::Scenario scenario) const;
    bilan::Status report(bilan::Status status);
    void notify(const Error& error);

    Database& m_db;
    int m_year = 0;
    bool m_closed = false;
    QList<FinanceLine> m_lines;
    QString m_lastError;
};

} // namespace bilan
