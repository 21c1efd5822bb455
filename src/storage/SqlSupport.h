#pragma once

#include "Database.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace bilan::sql {

// Conversions between Bilan's value types and what the columns hold.
inline QVariant date(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType::fromType<QString>());
}
inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
inline QDateTime toTimestamp(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
// A null QString binds as SQL NULL, which the NOT NULL DEFAULT '' text columns refuse.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
inline QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}
inline QVariant optionalInt(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

// Prepares `statement`, binds `values` in order and runs it; the query is returned positioned
// before its first row. Every statement in Bilan goes through a prepared query like this.
inline Result<QSqlQuery> run(Database& database, const QString& statement,
                             std::initializer_list<QVariant> values = {}, const QString& field = {})
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return database.sqlError(query, field);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return database.sqlError(query, field);
    return query;
}

// Runs an INSERT and returns the id of the new row: the one place that knows how a driver
// tells it (PostgreSQL will need `RETURNING id` here).
inline Result<qint64> insert(Database& database, const QString& statement,
                             std::initializer_list<QVariant> values, const QString& field = {})
{
    auto inserted = run(database, statement, values, field);
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

// Same, for a query kept prepared across many executions (bulk writes).
inline Status exec(Database& database, QSqlQuery& query, const QString& field = {})
{
    if (!query.exec())
        return database.sqlError(query, field);
    return {};
}

} // namespace bilan::sql
