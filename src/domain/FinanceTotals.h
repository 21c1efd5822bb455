#pragma once

#include "Enums.h"
#include "FinanceLine.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace bilan {

// Revenue, expenses, surplus and self-financing of one scenario of one fiscal year: the one
// definition the yearly figures and the Finances page both use. Empty when the year has no line
// of that scenario at all; missing kinds then count 0.
class FinanceTotals
{
    Q_DECLARE_TR_FUNCTIONS(bilan::FinanceTotals)

public:
    // Adds up the lines of `scenario` among `lines` (the lines of the year named `yearName`).
    // Added here with a check rather than by SQL: the lines of a year and scenario stay within
    // FinanceLine::MaxTotalCents when written, but a database written before that bound may hold
    // more, and SQL's SUM then fails with a bare "integer overflow".
    static Result<FinanceTotals> of(const QList<FinanceLine>& lines, Scenario scenario,
                                    const QString& yearName);

    bool isEmpty() const { return !m_revenue; }
    // Every kind but expense.
    std::optional<qint64> revenue() const { return m_revenue; }
    std::optional<qint64> expenses() const { return m_expenses; }
    // revenue − expenses; negative for a deficit.
    std::optional<qint64> surplus() const;
    std::optional<qint64> kind(FinanceKind kind) const;
    // (revenue − public_funding) ÷ revenue; empty without revenue.
    std::optional<double> selfFinancingPct() const;
    // Every kind present when the year has lines of this scenario.
    const QMap<FinanceKind, qint64>& byKind() const { return m_byKind; }

private:
    std::optional<qint64> m_revenue;
    std::optional<qint64> m_expenses;
    QMap<FinanceKind, qint64> m_byKind;
};

} // namespace bilan
