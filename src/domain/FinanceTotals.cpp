#include "FinanceTotals.h"

#include "EnumNames.h"
#include "FigureMath.h"
#include "Parsing.h"

#include <QtNumeric>

namespace bilan {

Result<FinanceTotals> FinanceTotals::of(const QList<FinanceLine>& lines, Scenario scenario,
                                        const QString& yearName)
{
    FinanceTotals result;
    qint64 all = 0;
    bool any = false;
    for (const FinanceLine& line : lines) {
        if (line.scenario != scenario)
            continue;
        any = true;
        if (qAddOverflow(all, line.amountCents, &all) || all > FinanceLine::MaxTotalCents)
            return fail(tr("the finance lines of %1 (%2) add up to more than %3, the most Bilan "
                           "can add up; correct their amounts")
                            .arg(yearName, displayName(scenario),
                                 Parsing::formatAmount(FinanceLine::MaxTotalCents)));
        result.m_byKind[line.kind] += line.amountCents;
    }
    if (!any)
        return result;
    // Within the bound, so no sum below can overflow.
    qint64 revenue = 0;
    for (FinanceKind kind : allValues<FinanceKind>()) {
        const qint64 amount = result.m_byKind.value(kind, 0);
        result.m_byKind.insert(kind, amount);
        if (kind != FinanceKind::Expense)
            revenue += amount;
    }
    result.m_revenue = revenue;
    result.m_expenses = result.m_byKind.value(FinanceKind::Expense);
    return result;
}

std::optional<qint64> FinanceTotals::surplus() const
{
    return FigureMath::difference(m_expenses, m_revenue);
}

std::optional<qint64> FinanceTotals::kind(FinanceKind kind) const
{
    if (m_byKind.isEmpty())
        return std::nullopt;
    return m_byKind.value(kind);
}

std::optional<double> FinanceTotals::selfFinancingPct() const
{
    if (!m_revenue)
        return std::nullopt;
    return FigureMath::sharePct(*m_revenue - m_byKind.value(FinanceKind::PublicFunding),
                                *m_revenue);
}

} // namespace bilan
