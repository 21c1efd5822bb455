#include "ActivityRepository.h"

#include "RowVersion.h"
#include "SettingsRepository.h"
#include "SqlSupport.h"
#include "Validation.h"

namespace bilan {

namespace {

const QString Columns =
    QStringLiteral("id, activity_date, type, audience, title, created_at, updated_at");

Result<Activity> activityFrom(const QSqlQuery& query)
{
    const auto type = fromKey<ActivityType>(query.value(2).toString());
    const auto audience = fromKey<Audience>(query.value(3).toString());
    // The schema's CHECK constraints keep both columns to known keys; a file edited by hand
    // could still hold anything, and must not be read as some other type.
    if (!type || !audience)
        return fail(ActivityRepository::tr("activity %1 holds an unknown type or audience "
                                           "(\"%2\", \"%3\")")
                        .arg(query.value(0).toLongLong())
                        .arg(query.value(2).toString(), query.value(3).toString()));
    Activity activity;
    activity.id = query.value(0).toLongLong();
    activity.date = sql::toDate(query.value(1));
    activity.type = *type;
    activity.audience = *audience;
    activity.title = query.value(4).toString();
    activity.createdAt = sql::toTimestamp(query.value(5));
    activity.updatedAt = sql::toTimestamp(query.value(6));
    return activity;
}

Result<QList<Activity>> activitiesFrom(Database& db, QSqlQuery& query)
{
    return sql::rows(db, query, activityFrom);
}

// The activities of a closed year are what its report counted: none is added, changed,
// removed, or moved in or out.
Status refuseClosedYear(Database& db, QDate day)
{
    return SettingsRepository(db).refuseIfClosedOn(day, QStringLiteral("date"),
                                                   Validation::ClosedRecords::Activities);
}

} // namespace

Result<qint64> ActivityRepository::add(const Activity& activity)
{
    if (auto valid = Validation::activity(activity); !valid)
        return valid.error();
    // The closed-year check and the insert see the same state of closed_years.
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto open = refuseClosedYear(m_db, activity.date); !open)
            return open.error();
        const QString now = m_db.timestamp();
        return sql::insert(m_db,
                           QStringLiteral("INSERT INTO activities (activity_date, type, "
                                          "audience, title, created_at, updated_at, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {sql::date(activity.date), toKey(activity.type),
                            toKey(activity.audience), sql::text(activity.title.simplified()), now,
                            now, RowVersion::author(m_db)});
    });
}

Status ActivityRepository::update(const Activity& activity)
{
    if (auto valid = Validation::activity(activity); !valid)
        return valid;
    return sql::inTransaction(m_db, [&]() -> Status {
        auto stored = get(activity.id);
        if (!stored)
            return stored.error();
        // Checked first: a row changed at another desk is shown again rather than judged.
        if (auto current = RowVersion::check(m_db, QStringLiteral("activities"), activity.id,
                                             activity.updatedAt);
            !current)
            return current;
        // Out of a closed year changes its counts as much as into one.
        if (auto open = refuseClosedYear(m_db, stored->date); !open)
            return open;
        if (auto open = refuseClosedYear(m_db, activity.date); !open)
            return open;
        return RowVersion::update(
            m_db, QStringLiteral("activities"),
            QStringLiteral("activity_date = ?, type = ?, audience = ?, title = ?"),
            {sql::date(activity.date), toKey(activity.type), toKey(activity.audience),
             sql::text(activity.title.simplified())},
            activity.id, activity.updatedAt);
    });
}

Status ActivityRepository::remove(qint64 id, const QDateTime& loaded)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto current = RowVersion::check(m_db, QStringLiteral("activities"), id, loaded);
            !current)
            return current;
        auto stored = get(id);
        if (!stored)
            return stored.error();
        if (auto open = refuseClosedYear(m_db, stored->date); !open)
            return open;
        return sql::removeRow(m_db, QStringLiteral("activities"), id,
                              tr("no activity with id %1").arg(id));
    });
}

Result<Activity> ActivityRepository::get(qint64 id)
{
    return sql::one(
        m_db,
        sql::run(m_db, QStringLiteral("SELECT %1 FROM activities WHERE id = ?").arg(Columns), {id}),
        activityFrom, tr("no activity with id %1").arg(id));
}

Result<QList<Activity>> ActivityRepository::list(QDate from, QDate to)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT %1 FROM activities WHERE activity_date >= ? "
                                         "AND activity_date <= ? ORDER BY activity_date, id")
                              .arg(Columns),
                          {sql::rangeStart(from), sql::rangeEnd(to)});
    if (!query)
        return query.error();
    return activitiesFrom(m_db, *query);
}

Result<QList<Activity>> ActivityRepository::all()
{
    auto query = sql::run(
        m_db, QStringLiteral("SELECT %1 FROM activities ORDER BY activity_date, id").arg(Columns));
    if (!query)
        return query.error();
    return activitiesFrom(m_db, *query);
}

Result<QMap<QPair<Audience, ActivityType>, int>>
ActivityRepository::countByAudienceAndType(QDate from, QDate to)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT audience, type, COUNT(*) FROM activities "
                                         "WHERE activity_date >= ? AND activity_date <= ? "
                                         "GROUP BY audience, type"),
                          {sql::rangeStart(from), sql::rangeEnd(to)});
    if (!query)
        return query.error();
    QMap<QPair<Audience, ActivityType>, int> counts;
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) -> Status {
        const auto audience = fromKey<Audience>(row.value(0).toString());
        const auto type = fromKey<ActivityType>(row.value(1).toString());
        if (!audience || !type)
            return fail(tr("the activities hold an unknown audience or type (\"%1\", \"%2\")")
                            .arg(row.value(0).toString(), row.value(1).toString()));
        counts.insert({*audience, *type}, row.value(2).toInt());
        return {};
    });
    if (!read)
        return read.error();
    return counts;
}

} // namespace bilan
