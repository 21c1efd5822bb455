#include "IntegrityCheck.h"

#include "SqlSupport.h"

namespace bilan {

Status checkReadable(Database& database)
{
    // SQLITE_CORRUPT: the code whose message says the file is damaged and what to do.
    constexpr int SqliteCorrupt = 11;
    // A server keeps its own pages (checksums, WAL replay); a damaged one fails the read itself.
    if (database.m_readable || database.isServer())
        return {};
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return database.sqlError(query);
    QStringList problems;
    auto read = sql::forEachRow(database, query,
                                [&](const QSqlQuery& row) { problems << row.value(0).toString(); });
    if (!read)
        return read;
    if (problems != QStringList{QStringLiteral("ok")})
        return database.sqlError(problems.join(QLatin1Char('\n')), SqliteCorrupt);
    database.m_readable = true;
    return {};
}

} // namespace bilan
