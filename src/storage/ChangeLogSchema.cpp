#include "ChangeLogSchema.h"

#include "ChangeLog.h"
#include "SqlSupport.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace bilan {

namespace {

// A recorded table: its key columns ('/' between two) and the row it belongs to, if any.
struct RecordedTable
{
    const char* name;
    const char* key;
    const char* parentTable = "";
    const char* parentColumn = "";
};

const QList<RecordedTable>& described()
{
    static const QList<RecordedTable> tables{
        {"service_entries", "id"},
        {"organisations", "id"},
        {"memberships", "id", "organisations", "organisation_id"},
        {"experts", "id"},
        {"expert_fields", "expert_id/field_id", "experts", "expert_id"},
        {"fields", "id"},
        {"directors", "id"},
        {"board_mandates", "id", "directors", "director_id"},
        {"meetings", "id"},
        {"attendance", "meeting_id/director_id", "meetings", "meeting_id"},
        {"agenda_items", "meeting_id/position", "meetings", "meeting_id"},
        {"resolutions", "id", "meetings", "meeting_id"},
        {"finance_lines", "id"},
        {"surveys", "id"},
        {"activities", "id"},
        {"report_texts", "fiscal_year/language"},
        {"settings", "key"},
        {"closed_years", "fiscal_year"},
    };
    return tables;
}

// Columns that say when and by whom a row was written, or repeat its name: the record keeps
// them itself, and a change of them alone is no change.
const QStringList& bookkeeping()
{
    static const QStringList columns{QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by"), QStringLiteral("name_key")};
    return columns;
}

const char* const Refused = "the history of changes cannot be altered";

QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

// ---- a file ----

QString sqliteTable()
{
    return QStringLiteral(R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        changed_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        desk TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('window', 'import', 'copy', 'command', 'other')),
        operation TEXT NOT NULL
            CHECK (operation IN ('insert', 'update', 'delete', 'import', 'copy')),
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL DEFAULT '',
        parent_table TEXT,
        parent_key TEXT,
        before_values TEXT,
        after_values TEXT,
        detail TEXT,
        late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1))))");
}

QStringList indexes()
{
    return {
        QStringLiteral("CREATE INDEX change_log_row ON change_log (table_name, row_key)"),
        QStringLiteral("CREATE INDEX change_log_parent ON change_log (parent_table, parent_key)"),
        QStringLiteral("CREATE INDEX change_log_at ON change_log (changed_at)"),
        QStringLiteral("CREATE INDEX change_log_actor ON change_log (actor)"),
    };
}

// `row` (NEW or OLD) as the record's key: its key columns joined by '/'.
QString sqliteKey(const RecordedTable& table, const QString& row)
{
    QStringList parts;
    for (const QString& column : latin(table.key).split(u'/'))
        parts << QStringLiteral("CAST(%1.%2 AS TEXT)").arg(row, column);
    return parts.join(QStringLiteral(" || '/' || "));
}

QString sqliteObject(const QStringList& columns, const QString& row)
{
    QStringList pairs;
    for (const QString& column : columns)
        pairs << QStringLiteral("'%1', %2.%1").arg(column, row);
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

// The object of `row`'s columns that changed: json_remove takes out each unchanged one (a
// changed one names a path that does not exist, which removes nothing).
QString sqliteChanged(const QStringList& columns, const QString& row)
{
    QStringList paths;
    for (const QString& column : columns)
        paths << QStringLiteral(
                     "CASE WHEN OLD.%1 IS NOT NEW.%1 THEN '$.no_such_column' ELSE '$.%1' END")
                     .arg(column);
    return QStringLiteral("json_remove(%1, %2)")
        .arg(sqliteObject(columns, row), paths.join(QStringLiteral(", ")));
}

// A service entry is late when the change's day (UTC) is more than LateAfterDays after the
// earlier of its old and new dates.
QString sqliteLate(const RecordedTable& table, const QString& earliestDate)
{
    if (qstrcmp(table.name, "service_entries") != 0)
        return QStringLiteral("0");
    return QStringLiteral("(julianday(date('now')) - julianday(%1) > %2)")
        .arg(earliestDate)
        .arg(ChangeLog::LateAfterDays);
}

QString sqliteRecord(const RecordedTable& table, const char* operation, const QString& row,
                     const QString& before, const QString& after, const QString& late)
{
    const bool parent = *table.parentTable != '\0';
    return QStringLiteral(
               "INSERT INTO change_log (changed_at, actor, desk, source, operation, table_name, "
               "row_key, parent_table, parent_key, before_values, after_values, late) VALUES ("
               "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), bilan_change_actor(), "
               "bilan_change_desk(), bilan_change_source(), '%1', '%2', %3, %4, %5, %6, %7, %8)")
        .arg(latin(operation), latin(table.name), sqliteKey(table, row),
             parent ? QStringLiteral("'%1'").arg(latin(table.parentTable)) : QStringLiteral("NULL"),
             parent ? QStringLiteral("CAST(%1.%2 AS TEXT)").arg(row, latin(table.parentColumn))
                    : QStringLiteral("NULL"),
             before, after, late);
}

Result<QStringList> sqliteColumns(Database& db, const QString& table)
{
    auto columns = sql::rows(db, sql::run(db, QStringLiteral("PRAGMA table_info(%1)").arg(table)),
                             [](QSqlQuery& row) { return row.value(1).toString(); });
    if (!columns)
        return columns.error();
    columns->removeIf([](const QString& column) { return bookkeeping().contains(column); });
    return *columns;
}

Result<QStringList> sqliteStatements(Database& db)
{
    QStringList statements{sqliteTable()};
    statements << indexes();
    for (const char* operation : {"UPDATE", "DELETE"})
        statements << QStringLiteral("CREATE TRIGGER change_log_append_only_%1 BEFORE %2 ON "
                                     "change_log BEGIN SELECT RAISE(ABORT, '%3'); END")
                          .arg(QString::fromLatin1(operation).toLower(), latin(operation),
                               latin(Refused));
    for (const RecordedTable& table : described()) {
        auto columns = sqliteColumns(db, latin(table.name));
        if (!columns)
            return columns.error();
        const QString name = latin(table.name);
        const bool entries = name == QLatin1String("service_entries");
        // An import or a copy records one event for the rows it inserts (ChangeEvent).
        statements << QStringLiteral("CREATE TRIGGER change_log_%1_insert AFTER INSERT ON %1 "
                                     "WHEN bilan_change_recording() BEGIN %2; END")
                          .arg(name,
                               sqliteRecord(table, "insert", QStringLiteral("NEW"),
                                            QStringLiteral("NULL"),
                                            sqliteObject(*columns, QStringLiteral("NEW")),
                                            sqliteLate(table, QStringLiteral("NEW.entry_date"))));
        QStringList changed;
        for (const QString& column : std::as_const(*columns))
            changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(column);
        statements << QStringLiteral("CREATE TRIGGER change_log_%1_update AFTER UPDATE ON %1 "
                                     "WHEN %2 BEGIN %3; END")
                          .arg(name, changed.join(QStringLiteral(" OR ")),
                               sqliteRecord(
                                   table, "update", QStringLiteral("NEW"),
                                   sqliteChanged(*columns, QStringLiteral("OLD")),
                                   sqliteChanged(*columns, QStringLiteral("NEW")),
                                   sqliteLate(table, entries ? QStringLiteral("min(OLD.entry_date, "
                                                                              "NEW.entry_date)")
                                                             : QString())));
        statements << QStringLiteral("CREATE TRIGGER change_log_%1_delete AFTER DELETE ON %1 "
                                     "BEGIN %2; END")
                          .arg(name,
                               sqliteRecord(table, "delete", QStringLiteral("OLD"),
                                            sqliteObject(*columns, QStringLiteral("OLD")),
                                            QStringLiteral("NULL"),
                                            sqliteLate(table, QStringLiteral("OLD.entry_date"))));
    }
    return statements;
}

// ---- a server ----

QString serverTable()
{
    return QStringLiteral(R"(CREATE TABLE change_log (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        changed_at TEXT COLLATE "C" NOT NULL,
        actor TEXT COLLATE "C" NOT NULL,
        desk TEXT COLLATE "C" NOT NULL,
        source TEXT COLLATE "C" NOT NULL
            CHECK (source IN ('window', 'import', 'copy', 'command', 'other')),
        operation TEXT COLLATE "C" NOT NULL
            CHECK (operation IN ('insert', 'update', 'delete', 'import', 'copy')),
        table_name TEXT COLLATE "C" NOT NULL,
        row_key TEXT COLLATE "C" NOT NULL DEFAULT '',
        parent_table TEXT COLLATE "C",
        parent_key TEXT COLLATE "C",
        before_values TEXT,
        after_values TEXT,
        detail TEXT,
        late BIGINT NOT NULL DEFAULT 0 CHECK (late IN (0, 1))))");
}

// What every record of a server says of who made it: the login of the session, its desk
// (bilan.desk, which Bilan sets; else the client's address) and source (bilan.source; 'other'
// for psql or a script).
const char* const ServerWho =
    "to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), session_user, "
    "COALESCE(NULLIF(current_setting('bilan.desk', true), ''), host(inet_client_addr()), "
    "'local'), CASE WHEN current_setting('bilan.source', true) IN ('window', 'import', 'copy', "
    "'command') THEN current_setting('bilan.source', true) ELSE 'other' END";

// One generic trigger function for every table: TG_ARGV holds the key columns ('/' between
// two), the parent table and the parent's column. It runs with its owner's rights (no role
// may write change_log itself), its search path fixed.
QStringList serverFunctions(const QString& schema)
{
    const QString skip =
        QStringLiteral("ARRAY['%1']").arg(bookkeeping().join(QStringLiteral("', '")));
    return {
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION bilan_record_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, %1, pg_temp AS $f$
DECLARE
    old_row jsonb;
    new_row jsonb;
    before_v jsonb;
    after_v jsonb;
    key_row jsonb;
    row_key text;
    is_late boolean := false;
BEGIN
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD) - %2; END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW) - %2; END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_row -> o.key)
            INTO before_v, after_v
            FROM jsonb_each(old_row) o WHERE o.value IS DISTINCT FROM new_row -> o.key;
        IF before_v IS NULL THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        after_v := new_row;
    ELSE
        before_v := old_row;
    END IF;
    key_row := COALESCE(new_row, old_row);
    SELECT string_agg(key_row ->> u.c, '/' ORDER BY u.n) INTO row_key
        FROM unnest(string_to_array(TG_ARGV[0], '/')) WITH ORDINALITY AS u(c, n);
    IF TG_TABLE_NAME = 'service_entries' THEN
        is_late := (now() AT TIME ZONE 'utc')::date
            - LEAST(old_row ->> 'entry_date', new_row ->> 'entry_date')::date > %3;
    END IF;
    INSERT INTO change_log (changed_at, actor, desk, source, operation, table_name, row_key,
            parent_table, parent_key, before_values, after_values, late)
        VALUES (%4, lower(TG_OP), TG_TABLE_NAME, COALESCE(row_key, ''), NULLIF(TG_ARGV[1], ''),
            CASE WHEN TG_ARGV[2] <> '' THEN key_row ->> TG_ARGV[2] END,
            before_v::text, after_v::text, is_late::int);
    RETURN NULL;
END
$f$)")
            .arg(schema, skip)
            .arg(ChangeLog::LateAfterDays)
            .arg(latin(ServerWho)),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION bilan_refuse_history_change() RETURNS trigger
LANGUAGE plpgsql AS $f$ BEGIN RAISE EXCEPTION '%1'; END $f$)")
            .arg(latin(Refused)),
        // The one record of an import or a copy, for roles that may not write change_log.
        QStringLiteral(
            R"(CREATE OR REPLACE FUNCTION bilan_record_event(operation TEXT, table_name TEXT,
    detail TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, %1, pg_temp AS $f$
DECLARE
    made BIGINT;
BEGIN
    IF operation NOT IN ('import', 'copy') THEN
        RAISE EXCEPTION 'bilan_record_event: % is not an event', operation USING ERRCODE = '22023';
    END IF;
    INSERT INTO change_log (changed_at, actor, desk, source, operation, table_name, detail)
        VALUES (%2, operation, table_name, detail) RETURNING id INTO made;
    INSERT INTO change_log_bulk (txid, table_name, recorded) VALUES (txid_current(), '', true)
        ON CONFLICT ON CONSTRAINT change_log_bulk_pkey DO UPDATE SET recorded = true;
    RETURN made;
END
$f$)")
            .arg(schema, latin(ServerWho)),
        // The Hours list's flag, for every role: which of these entries have a late change.
        QStringLiteral(
            R"(CREATE OR REPLACE FUNCTION bilan_late_entries(ids TEXT) RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, %1, pg_temp AS $f$
    SELECT DISTINCT row_key::bigint FROM change_log
    WHERE table_name = 'service_entries' AND late = 1
      AND row_key = ANY (string_to_array(ids, ','))
$f$)")
            .arg(schema),
    };
}

QStringList serverTriggers()
{
    QStringList statements{
        QStringLiteral("CREATE TRIGGER bilan_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "
                       "change_log FOR EACH STATEMENT EXECUTE FUNCTION "
                       "bilan_refuse_history_change()")};
    for (const RecordedTable& table : described()) {
        const QString arguments =
            QStringLiteral("'%1', '%2', '%3'")
                .arg(latin(table.key), latin(table.parentTable), latin(table.parentColumn));
        // An import or a copy records one event for the rows it inserts: bilan.bulk is set for
        // its transaction only (ChangeEvent). Updates and deletes are recorded always.
        statements << QStringLiteral("CREATE TRIGGER bilan_record_insert AFTER INSERT ON %1 FOR "
                                     "EACH ROW WHEN (current_setting('bilan.bulk', true) IS "
                                     "DISTINCT FROM 'on') EXECUTE FUNCTION "
                                     "bilan_record_change(%2)")
                          .arg(latin(table.name), arguments)
                   << QStringLiteral("CREATE TRIGGER bilan_record_change AFTER UPDATE OR DELETE "
                                     "ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                     "bilan_record_change(%2)")
                          .arg(latin(table.name), arguments);
    }
    return statements;
}

// ---- the functions a file's triggers call ----

const Database* ownerOf(sqlite3_context* context)
{
    return static_cast<const Database*>(sqlite3_user_data(context));
}

void resultText(sqlite3_context* context, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    sqlite3_result_text(context, bytes.constData(), static_cast<int>(bytes.size()),
                        SQLITE_TRANSIENT);
}

void actor(sqlite3_context* context, int, sqlite3_value**)
{
    resultText(context, ChangeLogSchema::localActor());
}

void desk(sqlite3_context* context, int, sqlite3_value**)
{
    resultText(context, ChangeLogSchema::localDesk());
}

void source(sqlite3_context* context, int, sqlite3_value**)
{
    const Database* owner = ownerOf(context);
    sqlite3_result_text(context,
                        changeSourceWord(owner ? owner->changeSource() : ChangeSource::Other), -1,
                        SQLITE_STATIC);
}

void recording(sqlite3_context* context, int, sqlite3_value**)
{
    const Database* owner = ownerOf(context);
    sqlite3_result_int(context, owner && owner->isBulkWriting() ? 0 : 1);
}

} // namespace

Status ChangeLogSchema::registerFunctions(const QSqlDatabase& connection, const Database* owner)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(QStringLiteral("not a SQLite connection"));
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    if (!db)
        return fail(QStringLiteral("not an open SQLite connection"));
    void* data = const_cast<Database*>(owner);
    struct Function
    {
        const char* name;
        void (*call)(sqlite3_context*, int, sqlite3_value**);
    };
    for (const Function& function :
         {Function{"bilan_change_actor", actor}, Function{"bilan_change_desk", desk},
          Function{"bilan_change_source", source}, Function{"bilan_change_recording", recording}}) {
        if (sqlite3_create_function(db, function.name, 0, SQLITE_UTF8, data, function.call, nullptr,
                                    nullptr) != SQLITE_OK)
            return fail(QStringLiteral("cannot register %1: %2")
                            .arg(latin(function.name), QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return {};
}

QStringList ChangeLogSchema::serverGrants()
{
    return {
        QStringLiteral("REVOKE ALL ON TABLE change_log FROM PUBLIC, bilan_director, "
                       "bilan_secretary, bilan_staff"),
        QStringLiteral("GRANT SELECT ON TABLE change_log TO bilan_director"),
        QStringLiteral("REVOKE ALL ON TABLE change_log_bulk FROM PUBLIC, bilan_director, "
                       "bilan_secretary, bilan_staff"),
        QStringLiteral("REVOKE ALL ON FUNCTION bilan_record_change() FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION bilan_record_event(TEXT, TEXT, TEXT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION bilan_record_event(TEXT, TEXT, TEXT) TO "
                       "bilan_director, bilan_secretary, bilan_staff"),
        QStringLiteral("REVOKE ALL ON FUNCTION bilan_late_entries(TEXT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION bilan_late_entries(TEXT) TO bilan_director, "
                       "bilan_secretary, bilan_staff"),
    };
}

Status ChangeLogSchema::applyServerSession(Database& database)
{
    if (!database.isServer())
        return {};
    QSqlQuery query(database.connection());
    if (!query.prepare(QStringLiteral("SELECT set_config('bilan.desk', ?, false), "
                                      "set_config('bilan.source', ?, false)")))
        return database.sqlError(query);
    query.addBindValue(localDesk());
    query.addBindValue(QString::fromLatin1(changeSourceWord(database.changeSource())));
    if (!query.exec())
        return database.sqlError(query);
    return {};
}

Status ChangeLogSchema::install(Database& database)
{
    QStringList statements;
    if (database.isServer()) {
        auto schema = sql::scalar(database, QStringLiteral("SELECT current_schema()"));
        if (!schema)
            return schema.error();
        statements << serverTable() << indexes()
                   << serverBulkGuard(sql::identifier(schema->toString()))
                   << serverFunctions(sql::identifier(schema->toString())) << serverTriggers();
        // Tables made by this administrator go to the groups by default privileges; the
        // history is for the director to read only. Groups that do not exist yet get their
        // grants from `bilan server init`.
        statements << QStringLiteral("REVOKE ALL ON TABLE change_log FROM PUBLIC")
                   << QStringLiteral("REVOKE ALL ON TABLE change_log_bulk FROM PUBLIC")
                   << QStringLiteral(
                          "DO $g$ BEGIN IF (SELECT count(*) FROM pg_roles WHERE rolname IN "
                          "('bilan_director', 'bilan_secretary', 'bilan_staff')) = 3 THEN %1; "
                          "END IF; END $g$")
                          .arg(serverGrants().join(QStringLiteral("; ")));
    } else {
        auto made = sqliteStatements(database);
        if (!made)
            return made.error();
        statements = *made;
    }
    for (const QString& statement : std::as_const(statements)) {
        if (auto done = sql::execUnprepared(database, statement); !done)
            return done;
    }
    return {};
}

} // namespace bilan
