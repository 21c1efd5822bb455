#include "EngagementRepository.h"

#include "SqlSupport.h"

#include <QHash>

#include <algorithm>

namespace bilan {

namespace {

// The fiscal years Y-4 … Y, oldest first (index TrendYears - 1 is Y).
std::array<FiscalYear, TrendYears> trendYears(const FiscalYear& year)
{
    std::array<FiscalYear, TrendYears> years;
    FiscalYear each = year;
    for (int i = TrendYears - 1; i >= 0; --i) {
        years[static_cast<std::size_t>(i)] = each;
        each = each.previous();
    }
    return years;
}

struct Reader
{
    Database& db;
    const FiscalYear& year;
    QHash<qint64, EngagementInput> byId;
    QList<qint64> order;

    // Every organisation, with its latest service up to Y's last day: one index seek per
    // organisation on (organisation_id, entry_date), on either backend.
    Status readOrganisations()
    {
        auto query =
            sql::run(db,
                     QStringLiteral("SELECT o.id, o.name, o.kind, o.region, "
                                    "(SELECT MAX(e.entry_date) FROM service_entries e "
                                    "WHERE e.organisation_id = o.id AND e.entry_date <= ?) "
                                    "FROM organisations o ORDER BY o.name_key, o.id"),
                     {sql::date(year.lastDay())});
        if (!query)
            return query.error();
        return sql::forEachRow(db, *query, [&](const QSqlQuery& row) {
            EngagementInput input;
            input.organisationId = row.value(0).toLongLong();
            input.name = row.value(1).toString();
            input.kind = fromKey<OrganisationKind>(row.value(2).toString())
                             .value_or(OrganisationKind::Other);
            input.region = row.value(3).toString();
            input.lastService = sql::toDate(row.value(4));
            order << input.organisationId;
            byId.insert(input.organisationId, input);
        });
    }

    Status readMemberships()
    {
        auto query = sql::run(db, QStringLiteral("SELECT organisation_id, category, joined_on, "
                                                 "left_on, id FROM memberships"));
        if (!query)
            return query.error();
        return sql::forEachRow(db, *query, [&](const QSqlQuery& row) {
            auto found = byId.find(row.value(0).toLongLong());
            if (found == byId.end())
                return;
            Membership membership;
            membership.organisationId = found->organisationId;
            membership.category = fromKey<MembershipCategory>(row.value(1).toString())
                                      .value_or(MembershipCategory::Member);
            membership.joined = sql::toDate(row.value(2));
            membership.left = sql::toDate(row.value(3));
            membership.id = row.value(4).toLongLong();
            found->memberships << membership;
        });
    }

    // The minutes of each of Y-4 … Y-1, one grouped query a year over the covering date index
    // (entry_date, organisation_id, minutes). One scan of the five years with a CASE a year
    // took twice as long on 1 000 000 entries (docs/performance.md); Y's minutes come with its
    // experts and fields (readYear).
    Status readEarlierMinutes()
    {
        const auto years = trendYears(year);
        for (int i = 0; i < TrendYears - 1; ++i) {
            const FiscalYear& each = years[static_cast<std::size_t>(i)];
            auto query = sql::run(db,
                                  QStringLiteral("SELECT organisation_id, "
                                                 "CAST(SUM(minutes) AS BIGINT) "
                                                 "FROM service_entries "
                                                 "WHERE entry_date >= ? AND entry_date <= ? "
                                                 "GROUP BY organisation_id"),
                                  {sql::date(each.firstDay()), sql::date(each.lastDay())});
            if (!query)
                return query.error();
            auto read = sql::forEachRow(db, *query, [&](const QSqlQuery& row) {
                auto found = byId.find(row.value(0).toLongLong());
                if (found != byId.end())
                    found->minutesByYear[static_cast<std::size_t>(i)] = row.value(1).toLongLong();
            });
            if (!read)
                return read;
        }
        return {};
    }

    // Y's minutes, distinct experts and distinct fields (an entry without a field adds none).
    Status readYear()
    {
        auto query = sql::run(
            db,
            QStringLiteral("SELECT organisation_id, CAST(SUM(minutes) AS BIGINT), "
                           "COUNT(DISTINCT expert_id), COUNT(DISTINCT field_id) "
                           "FROM service_entries "
                           "WHERE entry_date >= ? AND entry_date <= ? GROUP BY organisation_id"),
            {sql::date(year.firstDay()), sql::date(year.lastDay())});
        if (!query)
            return query.error();
        return sql::forEachRow(db, *query, [&](const QSqlQuery& row) {
            auto found = byId.find(row.value(0).toLongLong());
            if (found == byId.end())
                return;
            found->minutesByYear[TrendYears - 1] = row.value(1).toLongLong();
            found->experts = row.value(2).toInt();
            found->fields = row.value(3).toInt();
        });
    }

    QList<EngagementInput> inputs() const
    {
        QList<EngagementInput> kept;
        for (qint64 id : order) {
            const EngagementInput& input = byId.value(id);
            const bool served =
                std::any_of(input.minutesByYear.cbegin(), input.minutesByYear.cend(),
                            [](qint64 minutes) { return minutes > 0; });
            if (served || !input.memberships.isEmpty())
                kept << input;
        }
        return kept;
    }
};

} // namespace

Result<QList<EngagementInput>> EngagementRepository::load(const FiscalYear& year)
{
    ReadTransaction snapshot(m_db);
    if (!snapshot.begun())
        return snapshot.begun().error();
    Reader reader{m_db, year, {}, {}};
    for (Status (Reader::*read)() : {&Reader::readOrganisations, &Reader::readMemberships,
                                     &Reader::readEarlierMinutes, &Reader::readYear}) {
        if (const Status status = (reader.*read)(); !status)
            return status.error();
    }
    return reader.inputs();
}

} // namespace bilan
