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
// An open end of a date range, bound as text that every ISO date sorts after (the start) or
// before (the end): a range query keeps one shape, with every bound bound, whatever the range.
inline QVariant rangeStart(QDate day)
{
    return day.isValid() ? date(day) : QVariant(QStringLiteral("0000-00-00"));
}
inline QVariant rangeEnd(QDate day)
{
    return day.isValid() ? date(day) : QVariant(QStringLiteral("9999-99-99"));
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
                             const QVariantList& values, const QString& field = {})
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        bool ran = query.prepare(statement);
        if (ran) {
            for (const QVariant& value : values)
                query.addBindValue(value);
            ran = query.exec();
        }
        if (ran)
            return query;
        // A server connection lost between two transactions (a restart, a network cut) is
        // opened again and the statement run once more; inside a transaction the whole
        // transaction has failed and its caller says so.
        if (attempt == 0 && database.isIdle() && database.isConnectionLost(query.lastError()) &&
            database.reconnect())
            continue;
        return database.sqlError(query, field);
    }
}

// Same, for values known where the statement is written.
inline Result<QSqlQuery> run(Database& database, const QString& statement,
                             std::initializer_list<QVariant> values = {}, const QString& field = {})
{
    return run(database, statement, QVariantList(values), field);
}

// Runs an INSERT and returns the id of the new row, through `RETURNING id`, which both SQLite
// and PostgreSQL understand.
inline Result<qint64> insert(Database& database, const QString& statement,
                             std::initializer_list<QVariant> values, const QString& field = {})
{
    auto inserted = run(database, statement + QStringLiteral(" RETURNING id"), values, field);
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return database.sqlError(*inserted, field);
    return inserted->value(0).toLongLong();
}

// Same, for a query kept prepared across many executions (bulk writes).
inline Status exec(Database& database, QSqlQuery& query, const QString& field = {})
{
    if (!query.exec())
        return database.sqlError(query, field);
    return {};
}

// An identifier in a statement (a table from the catalogue, a login typed by the
// administrator): names cannot be bound like values, so they are quoted as PostgreSQL quotes
// them (quote_ident), which leaves no way out of the name.
inline QString identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// DDL and role statements cannot be prepared on PostgreSQL: they run as they are. Only for
// statements made of Bilan's own words and identifier()-quoted names, never of values.
inline Status execUnprepared(Database& database, const QString& statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement))
        return database.sqlError(query);
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

// What a row reader gives: a T, or a Result<T> when a row may hold what no T can be.
template <typename T> struct AsResult
{
    using Type = Result<T>;
    using Value = T;
    static constexpr bool MayFail = false;
};
template <typename T> struct AsResult<Result<T>>
{
    using Type = Result<T>;
    using Value = T;
    static constexpr bool MayFail = true;
};
template <typename Read>
using ReadResult = AsResult<std::decay_t<std::invoke_result_t<Read&, QSqlQuery&>>>;

// Every row, each made into a T by `read(query)`; when `read` returns a Result<T>, its first
// error stops the scan and is returned.
template <typename Read>
auto rows(Database& database, QSqlQuery& query, Read&& read)
    -> Result<QList<typename ReadResult<Read>::Value>>
{
    QList<typename ReadResult<Read>::Value> all;
    auto scanned = forEachRow(database, query, [&](QSqlQuery& row) -> Status {
        if constexpr (ReadResult<Read>::MayFail) {
            auto one = read(row);
            if (!one)
                return one.error();
            all << std::move(one).value();
        } else {
            all << read(row);
        }
        return {};
    });
    if (!scanned)
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

// Same, for a query just run.
inline Result<QVariant> scalar(Database& database, Result<QSqlQuery>&& query)
{
    if (!query)
        return query.error();
    return scalar(database, *query);
}

// Same, for a statement to run first.
inline Result<QVariant> scalar(Database& database, const QString& statement,
                               std::initializer_list<QVariant> values = {})
{
    return scalar(database, run(database, statement, values));
}

// Whether `table` has a row with this id. `table` is one of Bilan's own table names, never input.
inline Result<bool> exists(Database& database, const QString& table, qint64 id)
{
    auto query = run(database, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!query)
        return query.error();
    return next(database, *query);
}

// Whether another row of `table` than `exceptId` has this name key (names are unique as keys).
inline Result<bool> nameTaken(Database& database, const QString& table, const QString& nameKey,
                              qint64 exceptId)
{
    auto query =
        run(database, QStringLiteral("SELECT 1 FROM %1 WHERE name_key = ? AND id <> ?").arg(table),
            {nameKey, exceptId}, QStringLiteral("name"));
    if (!query)
        return query.error();
    return next(database, *query);
}

// Moves a query just run to its first row: whether there is one, or why it could not run or be
// read.
inline Result<bool> first(Database& database, Result<QSqlQuery>& query)
{
    if (!query)
        return query.error();
    return next(database, *query);
}

// The one row a query just run finds, made into a T by `read(query)` (which may itself return a
// Result<T>); `notFound` when there is none.
template <typename Read>
auto one(Database& database, Result<QSqlQuery>&& query, Read&& read, const QString& notFound) ->
    typename ReadResult<Read>::Type
{
    auto found = first(database, query);
    if (!found)
        return found.error();
    if (!*found)
        return fail(notFound);
    return read(*query);
}

// The row a query just run finds, made into a T by `read(query)`, or nothing when there is none.
template <typename Read>
auto optionalOne(Database& database, Result<QSqlQuery>&& query, Read&& read)
    -> Result<std::optional<std::decay_t<std::invoke_result_t<Read&, QSqlQuery&>>>>
{
    using Row = std::decay_t<std::invoke_result_t<Read&, QSqlQuery&>>;
    auto found = first(database, query);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Row>();
    return std::optional<Row>(read(*query));
}

// Runs `update`; when it changed no row, runs `insert` instead: a row written whether or not it
// was there already, its creation time kept when it was.
inline Status updateElseInsert(Database& database, const QString& update,
                               std::initializer_list<QVariant> updateValues, const QString& insert,
                               std::initializer_list<QVariant> insertValues,
                               const QString& field = {})
{
    auto updated = run(database, update, updateValues, field);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() > 0)
        return {};
    auto inserted = run(database, insert, insertValues, field);
    if (!inserted)
        return inserted.error();
    return {};
}

// Deletes the row of `table` with this id; `notFound` when there was none.
inline Status removeRow(Database& database, const QString& table, qint64 id,
                        const QString& notFound)
{
    auto removed = run(database, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return fail(notFound);
    return {};
}

// The begin / check / write / commit skeleton of every write: `write()` runs inside one write
// transaction, which is committed when it succeeds and rolled back when it fails. Returns what
// `write()` returns (a Status, or a Result such as the new row's id), or the failure to begin or
// to commit.
template <typename Write> auto inTransaction(Database& database, Write&& write)
{
    using Outcome = std::invoke_result_t<Write&>;
    Transaction transaction(database);
    if (!transaction.begun())
        return Outcome(transaction.begun().error());
    Outcome done = write();
    if (!done)
        return done;
    if (auto committed = transaction.commit(); !committed)
        return Outcome(committed.error());
    return done;
}

} // namespace bilan::sql
