#pragma once

#include "Database.h"
#include "FinanceLine.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace bilan {

// Actual and budgeted finance lines per fiscal year. (year, scenario, kind, label) is unique.
// Lines of a closed fiscal year can no longer be added, changed or deleted.
class FinanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::FinanceRepository)

public:
    explicit FinanceRepository(Database& database) : m_db(database) {}

    // Errors name the CSV column at fault (year, scenario, kind, label, amount).
    Result<qint64> add(const FinanceLine& line);
    // Refused when another desk changed the line since `line.updatedAt` (RowVersion).
    Status update(const FinanceLine& line);
    // Refused when another desk changed the line since `loaded` (invalid: not checked).
    Status remove(qint64 id, const QDateTime& loaded = {});
    Result<FinanceLine> get(qint64 id);
    // Ordered by scenario, kind, label.
    Result<QList<FinanceLine>> forYear(int fiscalYear);
    // Ordered by year, scenario, kind, label.
    Result<QList<FinanceLine>> all();
    // Sum per kind; kinds without lines are absent.
    Result<QMap<FinanceKind, qint64>> totals(int fiscalYear, Scenario scenario);

private:
    Status checkOpen(int fiscalYear);
    Database& m_db;
};

} // namespace bilan
