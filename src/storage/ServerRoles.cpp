#include "ServerRoles.h"

#include "ChangeLogSchema.h"
#include "ExpertRepository.h"
#include "Privacy.h"
#include "SqlSupport.h"
#include "VisibleText.h"

#include <spdlog/spdlog.h>

namespace bilan {

namespace {

const QString Director = QStringLiteral("bilan_director");
const QString Secretary = QStringLiteral("bilan_secretary");
const QString Staff = QStringLiteral("bilan_staff");
const QString Groups = QStringLiteral("bilan_director, bilan_secretary, bilan_staff");
const QString Bindings = QStringLiteral("expert_logins");
const QString History = QStringLiteral("change_log");

Status execAll(Database& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (auto done = sql::execUnprepared(db, statement); !done)
            return done;
    }
    return {};
}

Result<QStringList> names(Database& db, const QString& statement)
{
    return sql::rows(db, sql::run(db, statement),
                     [](QSqlQuery& row) { return row.value(0).toString(); });
}

// The NOLOGIN groups exist once per cluster; several databases (or tests) may make them at the
// same moment: the one that loses the race is told duplicate_object or unique_violation, which
// means the group is there.
Status createGroups(Database& db)
{
    for (const QString& group : ServerRoles::groupNames()) {
        if (auto made =
                sql::execUnprepared(db, QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; "
                                                       "EXCEPTION WHEN duplicate_object OR "
                                                       "unique_violation THEN NULL; END $$")
                                            .arg(sql::identifier(group)));
            !made)
            return made;
    }
    return {};
}

// Each role's privileges on one table; the director has them all (expert_logins only to read:
// the administrator binds logins).
QStringList tableGrants(const QString& table, const QStringList& expertColumns)
{
    const QString t = sql::identifier(table);
    QStringList grants;
    const bool bindings = table == Bindings;
    grants << QStringLiteral("GRANT %1 ON TABLE %2 TO bilan_director")
                  .arg(bindings ? QStringLiteral("SELECT") : QStringLiteral("ALL"), t);
    const QString write = QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
    if (table == QLatin1String("experts")) {
        // Gender and birth year are left out: only the director reads them one by one.
        grants << QStringLiteral("GRANT SELECT (%1) ON TABLE %2 TO bilan_secretary, bilan_staff")
                      .arg(expertColumns.join(QStringLiteral(", ")), t);
        return grants;
    }
    if (bindings)
        grants << QStringLiteral("GRANT SELECT ON TABLE %1 TO bilan_secretary, bilan_staff").arg(t);
    else if (ServerRoles::boardTables().contains(table))
        grants << QStringLiteral("GRANT %1 ON TABLE %2 TO bilan_secretary").arg(write, t);
    else
        grants << QStringLiteral("GRANT SELECT ON TABLE %1 TO bilan_secretary").arg(t);
    if (table == QLatin1String("service_entries"))
        grants << QStringLiteral("GRANT %1 ON TABLE %2 TO bilan_staff").arg(write, t);
    else if (ServerRoles::staffReadableTables().contains(table))
        grants << QStringLiteral("GRANT SELECT ON TABLE %1 TO bilan_staff").arg(t);
    return grants;
}

// Row-level security: staff read every entry and write only those of the expert their login
// is bound to; a login reads only its own binding. The owner (the administrator) passes.
QStringList policies()
{
    const QString own = QStringLiteral("expert_id = (SELECT l.expert_id FROM expert_logins l "
                                       "WHERE l.login = current_user)");
    QStringList statements{
        QStringLiteral("ALTER TABLE service_entries ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE expert_logins ENABLE ROW LEVEL SECURITY"),
    };
    const QStringList names{
        QStringLiteral("bilan_director_all ON service_entries"),
        QStringLiteral("bilan_read ON service_entries"),
        QStringLiteral("bilan_staff_insert ON service_entries"),
        QStringLiteral("bilan_staff_update ON service_entries"),
        QStringLiteral("bilan_staff_delete ON service_entries"),
        QStringLiteral("bilan_director_all ON expert_logins"),
        QStringLiteral("bilan_own ON expert_logins"),
    };
    for (const QString& name : names)
        statements << QStringLiteral("DROP POLICY IF EXISTS ") + name;
    statements << QStringLiteral("CREATE POLICY bilan_director_all ON service_entries FOR ALL "
                                 "TO bilan_director USING (true) WITH CHECK (true)")
               << QStringLiteral("CREATE POLICY bilan_read ON service_entries FOR SELECT "
                                 "TO bilan_secretary, bilan_staff USING (true)")
               << QStringLiteral("CREATE POLICY bilan_staff_insert ON service_entries FOR INSERT "
                                 "TO bilan_staff WITH CHECK (%1)")
                      .arg(own)
               << QStringLiteral("CREATE POLICY bilan_staff_update ON service_entries FOR UPDATE "
                                 "TO bilan_staff USING (%1) WITH CHECK (%1)")
                      .arg(own)
               << QStringLiteral("CREATE POLICY bilan_staff_delete ON service_entries FOR DELETE "
                                 "TO bilan_staff USING (%1)")
                      .arg(own)
               << QStringLiteral("CREATE POLICY bilan_director_all ON expert_logins FOR SELECT "
                                 "TO bilan_director USING (true)")
               << QStringLiteral("CREATE POLICY bilan_own ON expert_logins FOR SELECT "
                                 "TO bilan_secretary, bilan_staff USING (login = current_user)");
    return statements;
}

// The report's personal aggregates for whoever may not read the rows: sums and counts over the
// experts active on a fiscal year's last day, run with its owner's rights, its search path
// fixed. Only a fiscal year's last day is accepted (what the printed report shows anyway, so
// that differences between two days cannot single one expert out), and a sum over fewer than
// Privacy::MinimumPeople is withheld (NULL), as the report withholds it.
QStringList aggregateFunction(const QString& schema)
{
    return {
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION bilan_personal_aggregates(last_day TEXT)
RETURNS TABLE (age_sum BIGINT, with_age BIGINT, with_gender BIGINT, women BIGINT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, %1, pg_temp AS $f$
#variable_conflict use_column
DECLARE
    start_month INT;
    next_day DATE;
BEGIN
    SELECT CASE WHEN s.value ~ '^(1[0-2]|[1-9])$' THEN s.value::int END INTO start_month
        FROM settings s WHERE s.key = 'fiscal_start_month';
    start_month := COALESCE(start_month, 4);
    IF last_day IS NULL OR last_day !~ '^\d{4}-\d{2}-\d{2}$' THEN
        RAISE EXCEPTION 'bilan_personal_aggregates: % is not a date', last_day
            USING ERRCODE = '22023';
    END IF;
    next_day := last_day::date + 1;
    IF extract(day FROM next_day) <> 1 OR extract(month FROM next_day) <> start_month THEN
        RAISE EXCEPTION 'bilan_personal_aggregates: % is not the last day of a fiscal year',
            last_day USING ERRCODE = '22023';
    END IF;
    RETURN QUERY SELECT
        CASE WHEN count(e.birth_year) >= %2
             THEN sum(extract(year FROM last_day::date)::bigint - e.birth_year)::bigint END,
        count(e.birth_year),
        count(e.gender),
        CASE WHEN count(e.gender) >= %2 THEN count(*) FILTER (WHERE e.gender = 'F') END
    FROM experts e
    WHERE e.started_on <= last_day AND (e.ended_on IS NULL OR e.ended_on >= last_day);
END
$f$)")
            .arg(schema)
            .arg(Privacy::MinimumPeople),
        QStringLiteral("REVOKE ALL ON FUNCTION bilan_personal_aggregates(TEXT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION bilan_personal_aggregates(TEXT) TO ") + Groups,
    };
}

} // namespace

QString ServerRoles::groupName(Role role)
{
    switch (role) {
    case Role::Staff:
        return Staff;
    case Role::Secretary:
        return Secretary;
    case Role::Director:
        break;
    }
    return Director;
}

QString ServerRoles::word(Role role)
{
    return groupName(role).mid(6); // after "bilan_"
}

std::optional<ServerRoles::Role> ServerRoles::fromWord(const QString& word)
{
    for (Role role : {Role::Staff, Role::Secretary, Role::Director}) {
        if (ServerRoles::word(role) == word)
            return role;
    }
    return std::nullopt;
}

QStringList ServerRoles::groupNames()
{
    return {Director, Secretary, Staff};
}

const QStringList& ServerRoles::boardTables()
{
    static const QStringList tables{
        QStringLiteral("meetings"),     QStringLiteral("attendance"),
        QStringLiteral("directors"),    QStringLiteral("board_mandates"),
        QStringLiteral("report_texts"), QStringLiteral("agenda_items"),
        QStringLiteral("resolutions"),
    };
    return tables;
}

const QStringList& ServerRoles::staffReadableTables()
{
    static const QStringList tables{
        QStringLiteral("organisations"),   QStringLiteral("experts"),
        QStringLiteral("fields"),          QStringLiteral("expert_fields"),
        QStringLiteral("settings"),        QStringLiteral("closed_years"),
        QStringLiteral("service_entries"), QStringLiteral("schema_migrations"),
    };
    return tables;
}

Status ServerRoles::checkAdministrator(Database& database)
{
    if (!database.isServer())
        return fail(tr("roles exist only on a server: give --db a postgresql:// address"));
    auto may = sql::scalar(database, QStringLiteral("SELECT rolsuper OR rolcreaterole FROM "
                                                    "pg_roles WHERE rolname = current_user"));
    if (!may)
        return may.error();
    if (!may->toBool())
        return fail(tr("the login %1 may not create roles on %2; run this as the server's "
                       "administrator (a superuser, or a role with CREATEROLE)")
                        .arg(VisibleText::of(database.login()), database.path()));
    return {};
}

Status ServerRoles::initServer(Database& database)
{
    if (auto may = checkAdministrator(database); !may)
        return may;
    if (auto made = createGroups(database); !made)
        return made;
    return sql::inTransaction(database, [&]() -> Status {
        // "policy … does not exist, skipping" and the like are PostgreSQL talking to itself:
        // the administrator sees Bilan's summary, and warnings and errors still come through.
        if (auto quiet = sql::execUnprepared(
                database, QStringLiteral("SET LOCAL client_min_messages = warning"));
            !quiet)
            return quiet;
        auto schema = sql::scalar(database, QStringLiteral("SELECT current_schema()"));
        if (!schema)
            return schema.error();
        if (schema->isNull())
            return fail(tr("the login %1 has no schema to work in on %2 (search_path)")
                            .arg(VisibleText::of(database.login()), database.path()));
        const QString s = sql::identifier(schema->toString());
        if (auto made = sql::execUnprepared(
                database, database.dialect(QStringLiteral(
                              "CREATE TABLE IF NOT EXISTS expert_logins ("
                              "login TEXT PRIMARY KEY, expert_id INTEGER NOT NULL "
                              "REFERENCES experts (id) ON DELETE CASCADE, "
                              "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")));
            !made)
            return made;
        auto tables = names(database, QStringLiteral("SELECT tablename FROM pg_tables WHERE "
                                                     "schemaname = current_schema() ORDER BY 1"));
        auto expertColumns = names(database, QStringLiteral("SELECT attname FROM pg_attribute "
                                                            "WHERE attrelid = 'experts'::regclass "
                                                            "AND attnum > 0 AND NOT attisdropped "
                                                            "AND attname NOT IN ('gender', "
                                                            "'birth_year') ORDER BY attnum"));
        if (!tables || !expertColumns)
            return tables ? expertColumns.error() : tables.error();
        QStringList columns;
        for (const QString& column : std::as_const(*expertColumns))
            columns << sql::identifier(column);
        // Run again, init makes the grants exactly what they should be: every earlier one goes
        // first (column privileges with their table's).
        QStringList statements{QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, Groups)};
        for (const QString& table : std::as_const(*tables)) {
            statements << QStringLiteral("REVOKE ALL ON TABLE %1 FROM %2")
                              .arg(sql::identifier(table), Groups);
            // The history of changes: the director reads it, no role writes it.
            if (table == History)
                statements << ChangeLogSchema::serverGrants();
            else if (table == QLatin1String(ChangeLogSchema::BulkTable))
                continue; // its owner's trigger functions only
            else
                statements << tableGrants(table, columns);
        }
        // Identity columns' sequences: USAGE for the roles that insert into their table.
        auto sequences = sql::rows(
            database,
            sql::run(database,
                     QStringLiteral("SELECT s.relname, t.relname FROM pg_class s "
                                    "JOIN pg_namespace n ON n.oid = s.relnamespace "
                                    "JOIN pg_depend d ON d.objid = s.oid "
                                    "AND d.classid = 'pg_class'::regclass "
                                    "AND d.refclassid = 'pg_class'::regclass "
                                    "JOIN pg_class t ON t.oid = d.refobjid "
                                    "WHERE s.relkind = 'S' AND n.nspname = current_schema()")),
            [](QSqlQuery& row) {
                return qMakePair(row.value(0).toString(), row.value(1).toString());
            });
        if (!sequences)
            return sequences.error();
        for (const auto& [sequence, table] : std::as_const(*sequences)) {
            QStringList users{Director};
            if (boardTables().contains(table))
                users << Secretary;
            if (table == QLatin1String("service_entries"))
                users << Staff;
            statements << QStringLiteral("REVOKE ALL ON SEQUENCE %1 FROM %2")
                              .arg(sql::identifier(sequence), Groups);
            if (table == History)
                continue; // filled by its owner's trigger functions only
            statements << QStringLiteral("GRANT USAGE ON SEQUENCE %1 TO %2")
                              .arg(sql::identifier(sequence), users.join(QStringLiteral(", ")));
        }
        statements << policies() << aggregateFunction(s);
        // Tables a later step of Bilan makes (run by this administrator) are the director's to
        // write and the secretary's to read until init runs again and grants them exactly.
        statements << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT ALL ON TABLES "
                                     "TO bilan_director")
                          .arg(s)
                   << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON "
                                     "TABLES TO bilan_secretary")
                          .arg(s)
                   << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE ON "
                                     "SEQUENCES TO bilan_director")
                          .arg(s);
        if (auto granted = execAll(database, statements); !granted)
            return granted;
        spdlog::info("roles set up on {}: {} tables granted", database.path().toStdString(),
                     tables->size());
        return {};
    });
}

} // namespace bilan
