#include "FiguresJson.h"

#include <QJsonValue>

#include <cmath>

namespace bilan {

namespace {

QJsonValue whole(const std::optional<qint64>& cents)
{
    return cents ? QJsonValue(*cents) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// One decimal is what a reader of the figures needs; the struct keeps full precision.
QJsonValue oneDecimal(const std::optional<double>& value)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue(QJsonValue::Null);
    return std::round(*value * 10.0) / 10.0;
}

template <typename E> QJsonObject countsByKey(const QMap<E, int>& counts)
{
    QJsonObject object;
    for (E value : allValues<E>())
        object.insert(toKey(value), counts.value(value, 0));
    return object;
}

QJsonObject activitiesObject(const QMap<QPair<Audience, ActivityType>, int>& activities)
{
    QJsonObject byAudience;
    for (Audience audience : allValues<Audience>()) {
        QJsonObject byType;
        for (ActivityType type : allValues<ActivityType>())
            byType.insert(toKey(type), activities.value({audience, type}, 0));
        byAudience.insert(toKey(audience), byType);
    }
    return byAudience;
}

} // namespace

QJsonObject toJson(const YearlyFigures& f)
{
    QJsonObject json;
    json.insert(QStringLiteral("fiscal_year"), f.year.name());
    json.insert(QStringLiteral("period_start"), f.year.firstDay().toString(Qt::ISODate));
    json.insert(QStringLiteral("period_end"), f.year.lastDay().toString(Qt::ISODate));

    json.insert(QStringLiteral("minutes_rendered"), whole(f.minutesRendered));
    json.insert(QStringLiteral("hours_growth_pct"), oneDecimal(f.hoursGrowthPct));
    json.insert(QStringLiteral("enterprises_served"), count(f.enterprisesServed));
    json.insert(QStringLiteral("operations_with_members_pct"),
                oneDecimal(f.operationsWithMembersPct));

    json.insert(QStringLiteral("members_end"), count(f.membersEnd));
    json.insert(QStringLiteral("members_new"), count(f.membersNew));
    json.insert(QStringLiteral("members_left"), count(f.membersLeft));
    json.insert(QStringLiteral("membership_growth_pct"), oneDecimal(f.membershipGrowthPct));
    json.insert(QStringLiteral("members_by_category"), countsByKey(f.membersByCategory));

    json.insert(QStringLiteral("revenue_cents"), whole(f.revenueCents));
    json.insert(QStringLiteral("expenses_cents"), whole(f.expensesCents));
    json.insert(QStringLiteral("surplus_cents"), whole(f.surplusCents));
    json.insert(QStringLiteral("budget_revenue_cents"), whole(f.budgetRevenueCents));
    json.insert(QStringLiteral("budget_expenses_cents"), whole(f.budgetExpensesCents));
    json.insert(QStringLiteral("budget_surplus_cents"), whole(f.budgetSurplusCents));
    json.insert(QStringLiteral("revenue_vs_budget_pct"), oneDecimal(f.revenueVsBudgetPct));
    json.insert(QStringLiteral("expenses_vs_budget_pct"), oneDecimal(f.expensesVsBudgetPct));
    json.insert(QStringLiteral("next_budget_revenue_cents"), whole(f.nextBudgetRevenueCents));
    json.insert(QStringLiteral("next_budget_expenses_cents"), whole(f.nextBudgetExpensesCents));
    json.insert(QStringLiteral("next_budget_surplus_cents"), whole(f.nextBudgetSurplusCents));
    json.insert(QStringLiteral("revenue_growth_pct"), oneDecimal(f.revenueGrowthPct));
    json.insert(QStringLiteral("revenue_members_growth_pct"),
                oneDecimal(f.revenueMembersGrowthPct));
    json.insert(QStringLiteral("revenue_auxiliary_growth_pct"),
                oneDecimal(f.revenueAuxiliaryGrowthPct));
    json.insert(QStringLiteral("self_financing_pct"), oneDecimal(f.selfFinancingPct));
    json.insert(QStringLiteral("satisfaction_pct"), oneDecimal(f.satisfactionPct));

    json.insert(QStringLiteral("experts_by_role"), countsByKey(f.expertsByRole));
    json.insert(QStringLiteral("average_age"), oneDecimal(f.averageAge));
    json.insert(QStringLiteral("women_pct"), oneDecimal(f.womenPct));

    json.insert(QStringLiteral("meetings_by_kind"), countsByKey(f.meetingsByKind));
    json.insert(QStringLiteral("attendance_pct"), oneDecimal(f.attendancePct));
    json.insert(QStringLiteral("activities"), activitiesObject(f.activities));
    return json;
}

} // namespace bilan
