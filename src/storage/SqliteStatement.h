#pragma once

#include "Database.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace bilan {

// A statement prepared with SQLite's own interface, for the bulk writes where Qt's binding
// costs more than SQLite's insert itself (a million hour rows). Only for a QSQLITE
// connection: forConnection() gives nothing on another driver, which then uses QSqlQuery.
class SqliteStatement
{
public:
    static std::optional<SqliteStatement> prepare(Database& database, const char* sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bindNull(int index);
    void bind(int index, const QByteArray& utf8);
    // An ISO YYYY-MM-DD date, formatted without allocating.
    void bind(int index, QDate date);
    // Runs the statement once and makes it ready for the next values.
    Status step();

private:
    SqliteStatement(Database& database, sqlite3* handle, sqlite3_stmt* statement)
        : m_db(&database), m_handle(handle), m_statement(statement)
    {}
    Database* m_db;
    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
};

} // namespace bilan
