#pragma once

#include "Database.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <array>
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
    // Copied by SQLite: `utf8` may go away before step().
    void bind(int index, const QByteArray& utf8);
    // Not copied: `utf8` must stay alive and unchanged until step() has run (a bulk insert
    // binds a buffer it keeps, saving one allocation a value).
    void bindStatic(int index, QByteArrayView utf8);
    // An ISO YYYY-MM-DD date, formatted into the statement's own buffer (no allocation).
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
    // Room for the dates of the first DateSlots parameters, kept until the next bind.
    static constexpr int DateSlots = 8;
    std::array<char, DateSlots * 10> m_dates{};
};

} // namespace bilan
