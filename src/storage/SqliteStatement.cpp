#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace bilan {

std::optional<SqliteStatement> SqliteStatement::prepare(Database& database, const char* sql)
{
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_stmt* statement = nullptr;
    if (!db || sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    return SqliteStatement(database, db, statement);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db), m_handle(other.m_handle), m_statement(other.m_statement),
      m_dates(other.m_dates)
{
    other.m_statement = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindStatic(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.data(), static_cast<int>(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bind(int index, QDate date)
{
    if (!date.isValid()) {
        bindNull(index);
        return;
    }
    const bool slot = index >= 1 && index <= DateSlots;
    char local[10];
    char* text = slot ? m_dates.data() + (index - 1) * 10 : local;
    const int parts[3] = {date.year(), date.month(), date.day()};
    int y = parts[0];
    for (int i = 3; i >= 0; --i, y /= 10)
        text[i] = static_cast<char>('0' + y % 10);
    text[4] = '-';
    text[5] = static_cast<char>('0' + parts[1] / 10);
    text[6] = static_cast<char>('0' + parts[1] % 10);
    text[7] = '-';
    text[8] = static_cast<char>('0' + parts[2] / 10);
    text[9] = static_cast<char>('0' + parts[2] % 10);
    sqlite3_bind_text(m_statement, index, text, 10, slot ? SQLITE_STATIC : SQLITE_TRANSIENT);
}

Status SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_DONE || code == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        return {};
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_statement);
    return m_db->sqlError(message, code & 0xff);
}

} // namespace bilan
