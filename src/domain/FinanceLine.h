#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace bilan {

// One actual or budgeted amount of a fiscal year (named by the year it starts in).
struct FinanceLine
{
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
