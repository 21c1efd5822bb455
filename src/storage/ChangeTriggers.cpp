#include "ChangeTriggers.h"

#include "SqlSupport.h"

#include <spdlog/spdlog.h>

namespace bilan {

namespace {

// A table's name in a statement: names cannot be bound, so they are quoted as quote_ident does.
QString ident(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Result<QStringList> names(Database& db, const QString& statement)
{
    return sql::rows(db, sql::run(db, statement),
                     [](QSqlQuery& row) { return row.value(0).toString(); });
}

} // namespace

Result<QStringList> ChangeTriggers::missing(Database& database)
{
    return names(database,
                 QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind "
                                "= 'r' AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid "
                                "= c.oid AND t.tgname = 'bilan_notify_change') ORDER BY 1"));
}

Status ChangeTriggers::install(Database& database)
{
    auto tables = names(database, QStringLiteral("SELECT tablename FROM pg_tables WHERE "
                                                 "schemaname = current_schema() ORDER BY 1"));
    if (!tables)
        return tables.error();
    // One payload for every statement: PostgreSQL sends a transaction's identical
    // notifications once.
    // DROP TRIGGER IF EXISTS would print a NOTICE per table the first time.
    QStringList statements{
        QStringLiteral("SET LOCAL client_min_messages = warning"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION bilan_notify_change() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_notify('bilan_changes', current_user); RETURN NULL; END $$")};
    for (const QString& table : std::as_const(*tables)) {
        const QString t = ident(table);
        statements << QStringLiteral("DROP TRIGGER IF EXISTS bilan_notify_change ON %1").arg(t)
                   << QStringLiteral("CREATE TRIGGER bilan_notify_change AFTER INSERT OR UPDATE "
                                     "OR DELETE OR TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE "
                                     "FUNCTION bilan_notify_change()")
                          .arg(t);
    }
    return sql::inTransaction(database, [&]() -> Status {
        // DDL cannot be prepared on PostgreSQL; these are made of Bilan's words and quoted
        // names only.
        QSqlQuery query(database.connection());
        for (const QString& statement : std::as_const(statements)) {
            if (!query.exec(statement))
                return database.sqlError(query);
        }
        return {};
    });
}

void ChangeTriggers::ensure(Database& database)
{
    if (!database.isServer())
        return;
    auto absent = missing(database);
    if (!absent) {
        spdlog::info("cannot tell whether {} has its change triggers: {}",
                     database.path().toStdString(), absent.message().toStdString());
        return;
    }
    if (!absent->isEmpty() && !database.isReadOnly()) {
        // Only the tables' owner may add triggers; another login would only be refused.
        auto owned = sql::scalar(database, QStringLiteral("SELECT bool_and(pg_has_role("
                                                          "tableowner, 'USAGE')) FROM pg_tables "
                                                          "WHERE schemaname = current_schema()"));
        if (owned && owned->toBool()) {
            if (auto installed = install(database); installed) {
                spdlog::info("change triggers installed on {}", database.path().toStdString());
                absent = missing(database);
            } else {
                spdlog::info("change triggers not installed on {}: {}",
                             database.path().toStdString(), installed.message().toStdString());
            }
        }
    }
    database.setChangeTriggers(absent && absent->isEmpty());
}

} // namespace bilan
