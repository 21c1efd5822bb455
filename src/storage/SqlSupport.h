#pragma once

#include "Database.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>

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

// Reading rows. QSqlQuery::next() returns false both after the last row and when SQLite could
// not read the next one (a damaged page, an I/O error): only lastError() tells the two apart. A
// loop on next() alone ends early on a damaged file and passes part of a table off as the whole
// (an export of 47 534 rows out of 319 523, reported as a success). Every read in Bilan steps
// through these instead, so that a scan cut short is an error.

// Moves to the next row: true when there is one, false after the last, an error when the row
// could not be read.
inline Result<bool> next(Database& database, QSqlQuery& query)
{
    if (query.next())
        return true;
    if (query.lastError().isValid())
        return database.sqlError(query);
    return false;
}

// Calls `read(query)` on every row. `read` returns nothing, or a Status whose error stops the
// scan and is returned.
template <typename Read> Status forEachRow(Database& database, QSqlQuery& query, Read&& read)
{
    while (query.next()) {
        if constexpr (std::is_void_v<std::invoke_result_t<Read&, QSqlQuery&>>) {
            read(query);
        } else {
            if (auto done = read(query); !done)
                return done.error();
        }
    }
    if (query.lastError().isValid())
        return database.sqlError(query);
    return {};
}

// Every row, each made into a T by `read(query)`.
template <typename Read>
auto rows(Database& database, QSqlQuery& query, Read&& read)
    -> Result<QList<std::decay_t<std::invoke_result_t<Read&, QSqlQuery&>>>>
{
    QList<std::decay_t<std::invoke_result_t<Read&, QSqlQuery&>>> all;
    if (auto scanned = forEachRow(database, query, [&](QSqlQuery& row) { all << read(row); });
        !scanned)
        return scanned.error();
    return all;
}

// Same, for a query just run: its error, or its rows.
template <typename Read> auto rows(Database& database, Result<QSqlQuery>&& query, Read&& read)
{
    using Rows = decltype(rows(database, *query, std::forward<Read>(read)));
    if (!query)
        return Rows(query.error());
    return rows(database, *query, std::forward<Read>(read));
}

// The first column of the first row (an aggregate, a count), or a null value when there is no
// row (which toInt() reads as 0).
inline Result<QVariant> scalar(Database& database, QSqlQuery& query)
{
    auto found = next(database, query);
    if (!found)
        return found.error();
    return *found ? query.value(0) : QVariant();
}

// Same, for a statement to run first.
inline Result<QVariant> scalar(Database& database, const QString& statement,
                               std::initializer_list<QVariant> values = {})
{
    auto query = run(database, statement, values);
    if (!query)
        return query.error();
    return scalar(database, *query);
}

} // namespace bilan::sql
