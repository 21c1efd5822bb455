#include "ForeignFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace bilan::test {

namespace {

// Runs `statements` on `path` through a connection of its own, then `whileOpen` before the
// connection closes (closing would checkpoint the log or finish the transaction).
bool withConnection(const QString& path, const QStringList& statements, QString* why,
                    const std::function<bool()>& whileOpen)
{
    const QString name = QStringLiteral("foreign-builder");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *why = db.lastError().text();
            ok = false;
        } else {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    *why = statement + QStringLiteral(": ") + query.lastError().text();
                    ok = false;
                    break;
                }
            }
            if (ok)
                ok = whileOpen();
            query.finish();
            query.exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Copies `from` and each of its side files named by `suffixes` to `to`, as a backup tool
// copies a program's files while it runs.
bool copyWithSideFiles(const QString& from, const QString& to, const QStringList& suffixes,
                       QString* why)
{
    for (const QString& suffix : QStringList{QString()} + suffixes) {
        if (QFileInfo(from + suffix).size() == 0) {
            *why = from + suffix + QStringLiteral(" is missing or empty");
            return false;
        }
        if (!QFile::copy(from + suffix, to + suffix)) {
            *why = QStringLiteral("cannot copy ") + from + suffix;
            return false;
        }
    }
    return true;
}

QString rowsInsert(int rows, int first)
{
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << QStringLiteral("('post %1', '%2')")
                      .arg(first + i)
                      .arg(QString(200, QLatin1Char('a' + i % 26)));
    return QStringLiteral("INSERT INTO posts (title, body) VALUES ") +
           values.join(QLatin1Char(','));
}

} // namespace

QStringList railsSchema()
{
    return {QStringLiteral("CREATE TABLE schema_migrations (version varchar NOT NULL PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE ar_internal_metadata (key varchar NOT NULL PRIMARY KEY, "
                           "value varchar, created_at datetime(6) NOT NULL, updated_at "
                           "datetime(6) NOT NULL)"),
            QStringLiteral("CREATE TABLE posts (id integer PRIMARY KEY, title varchar, body "
                           "text)"),
            QStringLiteral("INSERT INTO schema_migrations VALUES ('20190101000000'), "
                           "('20190301093000')")};
}

bool buildForeignWithPendingLog(const QString& path, int rows, QString* why)
{
    const QString source = path + QStringLiteral(".source");
    QStringList statements{QStringLiteral("PRAGMA journal_mode = WAL")};
    statements << railsSchema();
    // The tables reach the main file; what follows stays in the log.
    statements << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
               << QStringLiteral("PRAGMA wal_autocheckpoint = 0") << rowsInsert(rows, 0);
    const bool built = withConnection(source, statements, why, [&] {
        return copyWithSideFiles(source, path, {QStringLiteral("-wal")}, why);
    });
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(source + QLatin1String(suffix));
    return built;
}

bool buildForeignWithHotJournal(const QString& path, int rows, QString* why)
{
    const QString source = path + QStringLiteral(".source");
    QStringList statements{QStringLiteral("PRAGMA journal_mode = DELETE")};
    statements << railsSchema() << rowsInsert(rows, 0);
    // A cache of a few pages spills the changed pages into the file mid-transaction, after
    // their originals went to the journal: the journal is hot until the transaction ends.
    statements << QStringLiteral("PRAGMA cache_size = 2") << QStringLiteral("BEGIN")
               << QStringLiteral("UPDATE posts SET body = upper(body)") << rowsInsert(rows, rows);
    const bool built = withConnection(source, statements, why, [&] {
        return copyWithSideFiles(source, path, {QStringLiteral("-journal")}, why);
    });
    for (const char* suffix : {"", "-journal"})
        QFile::remove(source + QLatin1String(suffix));
    return built;
}

} // namespace bilan::test
