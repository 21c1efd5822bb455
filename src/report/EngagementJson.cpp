#include "EngagementJson.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace bilan {

namespace {

QJsonValue oneDecimal(const std::optional<double>& value)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue(QJsonValue::Null);
    return std::round(*value * 10.0) / 10.0;
}

QJsonValue orNull(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryObject(const EngagementSummary& summary)
{
    QJsonObject counts;
    for (int i = 0; i < EngagementStatusCount; ++i)
        counts.insert(QString::fromLatin1(engagementStatusWord(static_cast<EngagementStatus>(i))),
                      summary.statusCounts[static_cast<std::size_t>(i)]);
    QJsonObject json;
    json.insert(QStringLiteral("members_first_day"), summary.membersFirstDay);
    json.insert(QStringLiteral("members_last_day"), summary.membersLastDay);
    json.insert(QStringLiteral("retained"), summary.retained);
    json.insert(QStringLiteral("retention_pct"), oneDecimal(summary.retentionPct));
    json.insert(QStringLiteral("attrition_pct"), oneDecimal(summary.attritionPct));
    json.insert(QStringLiteral("net_gain"), summary.netGain);
    json.insert(QStringLiteral("counts"), counts);
    return json;
}

QJsonObject rowObject(const EngagementRow& row)
{
    QJsonArray trend;
    for (qint64 minutes : row.input.minutesByYear)
        trend.append(minutes);
    QJsonObject json;
    json.insert(QStringLiteral("name"), row.input.name);
    json.insert(QStringLiteral("kind"), toKey(row.input.kind));
    json.insert(QStringLiteral("region"), row.input.region);
    json.insert(QStringLiteral("category"), row.categoryAtEnd
                                                ? QJsonValue(toKey(*row.categoryAtEnd))
                                                : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("member"), row.memberAtEnd);
    json.insert(QStringLiteral("minutes_y"), row.minutesY);
    json.insert(QStringLiteral("minutes_y1"), row.minutesY1);
    json.insert(QStringLiteral("change_pct"), oneDecimal(row.changePct));
    json.insert(QStringLiteral("last_service"),
                row.input.lastService.isValid()
                    ? QJsonValue(row.input.lastService.toString(Qt::ISODate))
                    : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("months_since_last_service"), orNull(row.monthsSinceLastService));
    json.insert(QStringLiteral("experts"), row.input.experts);
    json.insert(QStringLiteral("fields"), row.input.fields);
    json.insert(QStringLiteral("minutes_trend"), trend);
    json.insert(QStringLiteral("status"), QString::fromLatin1(engagementStatusWord(row.status)));
    return json;
}

QJsonObject cohortObject(const EngagementCohort& cohort, int startMonth)
{
    QJsonArray still;
    for (int count : cohort.stillMembers)
        still.append(count);
    QJsonObject json;
    json.insert(QStringLiteral("fiscal_year"), FiscalYear(cohort.startYear, startMonth).name());
    json.insert(QStringLiteral("joined"), cohort.joined);
    json.insert(QStringLiteral("still_members"), still);
    return json;
}

} // namespace

QJsonObject toJson(const Engagement& engagement)
{
    QJsonArray organisations;
    for (const EngagementRow& row : engagement.rows)
        organisations.append(rowObject(row));
    QJsonArray cohorts;
    for (const EngagementCohort& cohort : engagement.cohorts)
        cohorts.append(cohortObject(cohort, engagement.year.startMonth()));
    QJsonObject json;
    json.insert(QStringLiteral("fiscal_year"), engagement.year.name());
    json.insert(QStringLiteral("period_start"), engagement.year.firstDay().toString(Qt::ISODate));
    json.insert(QStringLiteral("period_end"), engagement.year.lastDay().toString(Qt::ISODate));
    json.insert(QStringLiteral("summary"), summaryObject(engagement.summary));
    json.insert(QStringLiteral("organisations"), organisations);
    json.insert(QStringLiteral("cohorts"), cohorts);
    return json;
}

} // namespace bilan
