#include "ServerCopy.h"

#include "SqlSupport.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

namespace bilan::ServerCopy {

namespace {

// What is sent to the server at a time: large enough that each write is one system call's worth
// of work, small enough to stay out of the way of a million rows' memory.
constexpr qsizetype ChunkBytes = 1 << 20;

PGconn* handleOf(Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    // Qt's QPSQL names the type by libpq's struct (pg_conn*), older builds by its typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.data());
}

// The server's refusal as Qt would have reported it, so that it is said in the user's words
// like any other (a row-level refusal, a constraint, a lost connection).
Error describe(Database& database, const PGresult* result, PGconn* connection)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString text = QString::fromUtf8(primary ? primary : PQerrorMessage(connection));
    return database.sqlError(QSqlError(QStringLiteral("COPY"), text, QSqlError::StatementError,
                                       QString::fromLatin1(state ? state : "")));
}

// Reads what the server says at the end of the COPY: every result, the first failure kept.
Status finish(Database& database, PGconn* connection)
{
    Status status;
    while (PGresult* result = PQgetResult(connection)) {
        if (status && PQresultStatus(result) != PGRES_COMMAND_OK)
            status = describe(database, result, connection);
        PQclear(result);
    }
    return status;
}

} // namespace

Result<bool> allowed(Database& database, const QString& table)
{
    if (!database.isServer() || !handleOf(database))
        return false;
    auto active = sql::scalar(database, QStringLiteral("SELECT row_security_active(?)"), {table});
    if (!active)
        return active.error();
    return !active->toBool();
}

Status copyIn(Database& database, const QString& statement, qsizetype rows,
              const std::function<void(qsizetype row, QByteArray& out)>& writeRow)
{
    PGconn* connection = handleOf(database);
    if (!connection)
        return fail(QStringLiteral("COPY needs a PostgreSQL connection"));
    PGresult* started = PQexec(connection, statement.toUtf8().constData());
    const bool copying = started && PQresultStatus(started) == PGRES_COPY_IN;
    if (!copying) {
        const Error error = describe(database, started, connection);
        PQclear(started);
        static_cast<void>(finish(database, connection));
        return error;
    }
    PQclear(started);
    QByteArray chunk;
    chunk.reserve(ChunkBytes + 4096);
    bool sent = true;
    for (qsizetype row = 0; row < rows && sent; ++row) {
        writeRow(row, chunk);
        if (chunk.size() >= ChunkBytes || row + 1 == rows) {
            sent =
                PQputCopyData(connection, chunk.constData(), static_cast<int>(chunk.size())) == 1;
            chunk.clear();
        }
    }
    // A connection lost half-way: libpq says so, and the server drops what it got.
    if (!sent || PQputCopyEnd(connection, nullptr) != 1) {
        const Error error = describe(database, nullptr, connection);
        static_cast<void>(finish(database, connection));
        return error;
    }
    return finish(database, connection);
}

void appendText(QByteArray& out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

} // namespace bilan::ServerCopy
