#pragma once

#include "Database.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <functional>

namespace bilan {

// PostgreSQL's COPY … FROM STDIN on the open server connection's own libpq handle: rows stream to
// the server in its text format, with none of the per-row parsing and planning an INSERT costs.
// It runs inside the caller's transaction, so a refused row (a constraint, a permission) leaves
// nothing written once the caller rolls back. Errors are said as any server error is
// (Database::sqlError).
namespace ServerCopy {

// Whether a COPY into `table` is allowed for this login: PostgreSQL refuses COPY FROM on a table
// whose row-level security applies to the login (a staff or director login after `bilan server
// init`); their rows go through INSERT, which the policies check row by row.
Result<bool> allowed(Database& database, const QString& table);

// Sends `rows` rows, each written by `writeRow(index, out)` as one line of COPY's text format
// (values separated by a tab, the line ending with '\n'), to `statement` ("COPY table (columns)
// FROM STDIN").
Status copyIn(Database& database, const QString& statement, qsizetype rows,
              const std::function<void(qsizetype row, QByteArray& out)>& writeRow);

// Appends `text` as one value of COPY's text format: a backslash, a tab, a line feed and a
// carriage return escaped, everything else as UTF-8.
void appendText(QByteArray& out, QStringView text);
// The text format's NULL.
inline void appendNull(QByteArray& out)
{
    out += "\\N";
}

} // namespace ServerCopy

} // namespace bilan
