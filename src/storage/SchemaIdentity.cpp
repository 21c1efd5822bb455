#include "SchemaIdentity.h"

#include "SqlSupport.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QUrl>

#include <algorithm>

namespace bilan {

namespace {

// The tables that Bilan's steps up to `version` leave in the file.
QSet<QString> tablesUpTo(const std::vector<Migration>& steps, qint64 version)
{
    static const QRegularExpression create(
        QStringLiteral(R"(^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
        QStringLiteral(R"(^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rename(
        QStringLiteral(R"(^\s*ALTER\s+TABLE\s+(\w+)\s+RENAME\s+TO\s+(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    QSet<QString> tables;
    for (const Migration& step : steps) {
        if (step.version > version)
            break;
        for (const QString& statement : step.statements) {
            if (const auto m = create.match(statement); m.hasMatch()) {
                tables.insert(m.captured(1).toLower());
            } else if (const auto m = drop.match(statement); m.hasMatch()) {
                tables.remove(m.captured(1).toLower());
            } else if (const auto m = rename.match(statement); m.hasMatch()) {
                tables.remove(m.captured(1).toLower());
                tables.insert(m.captured(2).toLower());
            }
        }
    }
    return tables;
}

} // namespace

Result<RecordedSchema> readRecordedSchema(Database& database, const std::vector<Migration>& steps)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    QHash<QString, QString> objects; // lower-case name -> type
    const bool server = database.isServer();
    // On a server: the tables and views of the schema Bilan works in (the login's first on its
    // search path, `public` by default), from the catalogue, which lists them all:
    // information_schema shows only those the login may use, and a staff login may not read
    // the finances (ServerRoles).
    const QString listing =
        server ? QStringLiteral("SELECT c.relname, CASE c.relkind WHEN 'v' THEN 'view' "
                                "ELSE 'table' END FROM pg_class c JOIN pg_namespace n "
                                "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                                "AND c.relkind IN ('r', 'p', 'v', 'f')")
               : QStringLiteral("SELECT name, type FROM sqlite_master");
    if (!query.exec(listing))
        return database.sqlError(query);
    auto listed = sql::forEachRow(database, query, [&](const QSqlQuery& row) {
        objects.insert(row.value(0).toString().toLower(), row.value(1).toString());
    });
    if (!listed)
        return listed.error();
    const QString versionTable = QStringLiteral("schema_migrations");
    if (objects.value(versionTable) != QLatin1String("table"))
        return RecordedSchema{
            objects.isEmpty() ? RecordedSchema::Owner::Nobody : RecordedSchema::Owner::Other, 0};

    // cid, name, type, notnull, default, pk
    const QString describe =
        server ? QStringLiteral(
                     "SELECT c.ordinal_position, c.column_name, CASE c.data_type WHEN 'bigint' "
                     "THEN 'INTEGER' ELSE upper(c.data_type) END, CASE WHEN c.is_nullable = 'NO' "
                     "AND c.column_name <> 'version' THEN 1 ELSE 0 END, NULL, CASE "
                     "c.column_name WHEN 'version' THEN 1 ELSE 0 END "
                     "FROM information_schema.columns c WHERE c.table_schema = current_schema() "
                     "AND c.table_name = 'schema_migrations' ORDER BY c.ordinal_position")
               : QStringLiteral("PRAGMA table_info(schema_migrations)");
    if (!query.exec(describe))
        return database.sqlError(query);
    QStringList shape;
    auto described = sql::forEachRow(database, query, [&](const QSqlQuery& row) {
        shape << QStringLiteral("%1 %2 %3 %4")
                     .arg(row.value(1).toString().toLower(), row.value(2).toString().toUpper())
                     .arg(row.value(3).toInt())
                     .arg(row.value(5).toInt());
    });
    if (!described)
        return described.error();
    const QStringList bilanShape{QStringLiteral("version INTEGER 0 1"),
                                 QStringLiteral("description TEXT 1 0"),
                                 QStringLiteral("applied_at TEXT 1 0")};
    if (shape != bilanShape)
        return RecordedSchema{RecordedSchema::Owner::Other, 0};

    if (!query.exec(server ? QStringLiteral("SELECT version, 'integer', description "
                                            "FROM schema_migrations ORDER BY version")
                           : QStringLiteral("SELECT version, typeof(version), description "
                                            "FROM schema_migrations ORDER BY version")))
        return database.sqlError(query);
    QHash<qint64, QString> known;
    for (const Migration& step : steps)
        known.insert(step.version, QString::fromUtf8(step.description));
    const qint64 latest = steps.back().version;
    qint64 version = 0;
    qsizetype knownRows = 0;
    bool bilans = true;
    auto versions = sql::forEachRow(database, query, [&](const QSqlQuery& row) {
        const qint64 recorded = row.value(0).toLongLong();
        if (row.value(1).toString() != QLatin1String("integer") || recorded < 1) {
            bilans = false;
        } else if (recorded <= latest) {
            // Bilan records its known steps one by one, each with the words of its step.
            ++knownRows;
            if (known.value(recorded) != row.value(2).toString())
                bilans = false;
        }
        version = std::max(version, recorded);
    });
    if (!versions)
        return versions.error();
    // None of Bilan's steps may be missing below the highest one recorded.
    const auto stepsBelow = std::count_if(steps.cbegin(), steps.cend(),
                                          [&](const Migration& s) { return s.version <= version; });
    if (!bilans || knownRows != stepsBelow)
        return RecordedSchema{RecordedSchema::Owner::Other, 0};
    const QSet<QString> tables = tablesUpTo(steps, std::min(version, latest));
    for (const QString& table : tables) {
        if (objects.value(table) != QLatin1String("table"))
            return RecordedSchema{RecordedSchema::Owner::Other, 0};
    }
    // An empty version table beside other tables is no Bilan file either: Bilan records its
    // first step in the transaction that creates its tables.
    if (version == 0 && objects.size() > 1)
        return RecordedSchema{RecordedSchema::Owner::Other, 0};
    return RecordedSchema{RecordedSchema::Owner::Bilan, version};
}

Result<RecordedSchema> Database::readOnDisk(const QString& path, const Options& options)
{
    // immutable=1: no lock, no journal or log looked for, nothing written or created. SQLite
    // reads the main file as it was last checkpointed, ignoring a -wal and a hot -journal: a
    // view that may be older than the file's content, but one that cannot change it.
    static QAtomicInt counter;
    const QString name = QStringLiteral("bilan-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Database probe(name, absolute, Access::ReadOnly, options.clock, options.migrations);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return fail(tr("the SQLite driver for Qt is missing (install libqt6sql6-sqlite)"));
    QUrl url = QUrl::fromLocalFile(absolute);
    url.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return probe.sqlError(db.lastError().text(), db.lastError().nativeErrorCode().toInt());
    return readRecordedSchema(probe, *probe.m_migrations);
}

} // namespace bilan
