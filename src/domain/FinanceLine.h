#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace bilan {

// One actual or budgeted amount of a fiscal year (named by the year it starts in).
struct FinanceLine
{
    // Amounts are bounded so that no figure can overflow: one line holds at most ten billion
    // dollars, and the lines of one fiscal year and scenario add up to at most ten trillion.
    // Every figure is then a sum of at most one year and scenario's lines, or a difference of
    // two such sums, far inside qint64, and below 2^53, so that the ratios computed in double
    // start from exact values.
    static constexpr qint64 MaxAmountCents = 1'000'000'000'000;    // 10^10 $
    static constexpr qint64 MaxTotalCents = 1'000'000'000'000'000; // 10^13 $
    static_assert(2 * MaxTotalCents < (qint64(1) << 53));

    qint64 id = 0;
    int fiscalYear = 0;
    Scenario scenario = Scenario::Actual;
    FinanceKind kind = FinanceKind::Expense;
    QString label;
    qint64 amountCents = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace bilan
