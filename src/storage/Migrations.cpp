#include "Migrations.h"

#include "ChangeLogSchema.h"
#include "Database.h"
#include "Parsing.h"
#include "SqlSupport.h"

#include <QSet>

#include <spdlog/spdlog.h>

namespace bilan {

namespace {

// SQLite DDL (PostgreSQL will need its own step list: identity columns instead of INTEGER
// PRIMARY KEY); the types are kept portable: dates as ISO text, money as integer cents, time as
// integer minutes, timestamps as ISO text set by the application's clock. Every table says
// when a row was created and last changed. name_key columns (names with spaces collapsed and
// letter case folded) make names unique per kind.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE closed_years (
            fiscal_year INTEGER PRIMARY KEY,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (first_day <= last_day)))"),
        QStringLiteral(R"(CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('coop', 'mutual', 'npo', 'network', 'other')),
            region TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL DEFAULT '',
            network_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX organisations_network ON organisations (network_id)"),
        QStringLiteral(R"(CREATE TABLE memberships (
            id INTEGER PRIMARY KEY,
            organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
            category TEXT NOT NULL
                CHECK (category IN ('member', 'auxiliary', 'supporting', 'managed')),
            joined_on TEXT NOT NULL,
            left_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (left_on IS NULL OR left_on >= joined_on)))"),
        QStringLiteral(
            "CREATE INDEX memberships_organisation ON memberships (organisation_id, joined_on)"),
        QStringLiteral("CREATE INDEX memberships_joined ON memberships (joined_on)"),
        QStringLiteral(R"(CREATE TABLE fields (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE experts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('professional', 'trainer', 'director')),
            region TEXT NOT NULL DEFAULT '',
            gender TEXT CHECK (gender IS NULL OR gender IN ('F', 'M', 'X')),
            birth_year INTEGER,
            started_on TEXT NOT NULL,
            ended_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (ended_on IS NULL OR ended_on >= started_on)))"),
        QStringLiteral(R"(CREATE TABLE expert_fields (
            expert_id INTEGER NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
            field_id INTEGER NOT NULL REFERENCES fields (id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (expert_id, field_id)))"),
        QStringLiteral("CREATE INDEX expert_fields_field ON expert_fields (field_id)"),
        QStringLiteral(R"(CREATE TABLE service_entries (
            id INTEGER PRIMARY KEY,
            entry_date TEXT NOT NULL,
            expert_id INTEGER NOT NULL REFERENCES experts (id) ON DELETE RESTRICT,
            organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
            minutes INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
            field_id INTEGER REFERENCES fields (id) ON DELETE RESTRICT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        // Covering index for the yearly sums and the distinct organisations served.
        QStringLiteral("CREATE INDEX service_entries_date "
                       "ON service_entries (entry_date, organisation_id, minutes)"),
        QStringLiteral("CREATE INDEX service_entries_expert "
                       "ON service_entries (expert_id, entry_date, minutes)"),
        QStringLiteral("CREATE INDEX service_entries_organisation "
                       "ON service_entries (organisation_id, entry_date)"),
        QStringLiteral(R"(CREATE TABLE directors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE board_mandates (
            id INTEGER PRIMARY KEY,
            director_id INTEGER NOT NULL REFERENCES directors (id) ON DELETE CASCADE,
            organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
            role TEXT NOT NULL CHECK (role IN ('president', 'vice_president',
                                               'secretary_treasurer', 'director')),
            started_on TEXT NOT NULL,
            ended_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (ended_on IS NULL OR ended_on >= started_on)))"),
        QStringLiteral(
            "CREATE INDEX board_mandates_director ON board_mandates (director_id, started_on)"),
        QStringLiteral("CREATE INDEX board_mandates_organisation "
                       "ON board_mandates (organisation_id)"),
        QStringLiteral(R"(CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            meeting_date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('agm', 'board', 'executive')),
            title TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (meeting_date, kind)))"),
        QStringLiteral(R"(CREATE TABLE attendance (
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            director_id INTEGER NOT NULL REFERENCES directors (id) ON DELETE RESTRICT,
            status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (meeting_id, director_id)))"),
        QStringLiteral("CREATE INDEX attendance_director ON attendance (director_id)"),
        QStringLiteral(R"(CREATE TABLE finance_lines (
            id INTEGER PRIMARY KEY,
            fiscal_year INTEGER NOT NULL,
            scenario TEXT NOT NULL CHECK (scenario IN ('actual', 'budget')),
            kind TEXT NOT NULL CHECK (kind IN ('revenue_members', 'revenue_auxiliary',
                'revenue_other', 'public_funding', 'expense')),
            label TEXT NOT NULL DEFAULT '',
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (fiscal_year, scenario, kind, label)))"),
        QStringLiteral(R"(CREATE TABLE surveys (
            id INTEGER PRIMARY KEY,
            fiscal_year INTEGER NOT NULL UNIQUE,
            respondents INTEGER NOT NULL CHECK (respondents >= 0),
            recommend INTEGER NOT NULL CHECK (recommend >= 0 AND recommend <= respondents),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            activity_date TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('event', 'meeting', 'agreement')),
            audience TEXT NOT NULL
                CHECK (audience IN ('networks', 'npo_groups', 'relay_partners')),
            title TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX activities_date ON activities (activity_date)"),
        QStringLiteral(R"(CREATE TABLE report_texts (
            fiscal_year INTEGER NOT NULL,
            language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
            president TEXT NOT NULL DEFAULT '',
            director TEXT NOT NULL DEFAULT '',
            mission TEXT NOT NULL DEFAULT '',
            vision TEXT NOT NULL DEFAULT '',
            objectives TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (fiscal_year, language)))"),
    };
}

// Version 2: names in Unicode NFC. Before it, a name typed precomposed ("é") and the same name
// decomposed ("e" and a combining accent, as macOS writes it) were two names with two keys.
// Every stored name, region and sector becomes NFC and every name_key is computed again. Two
// rows that turn out to be one name keep their data apart: the later one is renamed "name (2)",
// so that both stay visible and a user can merge them.
struct NamedTable
{
    const char* table;
    QStringList otherColumns; // normalised too, without a key
};

QString uniqueName(const QString& name, const QSet<QString>& takenKeys)
{
    QString candidate = name;
    for (int n = 2; takenKeys.contains(Parsing::nameKey(candidate)); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name, QString::number(n));
    return candidate;
}

Status normaliseNames(Database& db, const NamedTable& named)
{
    const QString table = QString::fromLatin1(named.table);
    QString columns = QStringLiteral("id, name");
    for (const QString& column : named.otherColumns)
        columns += QStringLiteral(", ") + column;
    auto rows = sql::run(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, table));
    if (!rows)
        return rows.error();
    struct Row
    {
        qint64 id;
        QString name;
        QStringList others;
    };
    QList<Row> all;
    auto read = sql::forEachRow(db, *rows, [&](const QSqlQuery& query) {
        Row row{query.value(0).toLongLong(), query.value(1).toString(), {}};
        for (int i = 0; i < named.otherColumns.size(); ++i)
            row.others << Parsing::cleanName(query.value(2 + i).toString());
        all << row;
    });
    if (!read)
        return read;
    // Every key is set aside first, so that no row's new key meets another's old one (a key
    // never starts with a space).
    if (auto cleared =
            sql::run(db, QStringLiteral("UPDATE %1 SET name_key = ' ' || id").arg(table));
        !cleared)
        return cleared.error();
    QSet<QString> taken;
    for (const Row& row : std::as_const(all)) {
        const QString clean = Parsing::cleanName(row.name);
        const QString name = uniqueName(clean, taken);
        if (name != clean)
            spdlog::warn("{} {}: \"{}\" is the same name as an earlier row once normalised; "
                         "renamed \"{}\"",
                         named.table, row.id, clean.toStdString(), name.toStdString());
        taken.insert(Parsing::nameKey(name));
        QString assignments = QStringLiteral("name = ?, name_key = ?");
        QVariantList values{name, Parsing::nameKey(name)};
        for (int i = 0; i < named.otherColumns.size(); ++i) {
            assignments += QStringLiteral(", %1 = ?").arg(named.otherColumns.at(i));
            values << sql::text(row.others.at(i));
        }
        QSqlQuery update(db.connection());
        if (!update.prepare(
                QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments)))
            return db.sqlError(update);
        for (const QVariant& value : std::as_const(values))
            update.addBindValue(value);
        update.addBindValue(row.id);
        if (auto updated = sql::exec(db, update); !updated)
            return updated;
    }
    return {};
}

// Finance labels are unique per year, scenario and kind, without a key column.
Status normaliseLabels(Database& db)
{
    auto rows = sql::run(db, QStringLiteral("SELECT id, fiscal_year, scenario, kind, label "
                                            "FROM finance_lines ORDER BY id"));
    if (!rows)
        return rows.error();
    // Read whole before any of them changes.
    QList<QVariantList> lines;
    auto read = sql::forEachRow(db, *rows, [&](const QSqlQuery& query) {
        lines << QVariantList{query.value(0), query.value(1), query.value(2), query.value(3),
                              query.value(4)};
    });
    if (!read)
        return read;
    for (const QVariantList& line : std::as_const(lines)) {
        const qint64 id = line.at(0).toLongLong();
        const QString label = line.at(4).toString();
        const QString clean = Parsing::cleanName(label);
        if (clean == label)
            continue;
        QString candidate = clean;
        for (int n = 2;; ++n) {
            auto same = sql::run(db,
                                 QStringLiteral("SELECT 1 FROM finance_lines WHERE fiscal_year = ? "
                                                "AND scenario = ? AND kind = ? AND label = ?"),
                                 {line.at(1), line.at(2), line.at(3), candidate});
            if (!same)
                return same.error();
            auto taken = sql::next(db, *same);
            if (!taken)
                return taken.error();
            if (!*taken)
                break;
            candidate = QStringLiteral("%1 (%2)").arg(clean, QString::number(n));
        }
        if (auto updated = sql::run(db,
                                    QStringLiteral("UPDATE finance_lines SET label = ? "
                                                   "WHERE id = ?"),
                                    {sql::text(candidate), id});
            !updated)
            return updated.error();
    }
    return {};
}

Status version2(Database& db)
{
    const NamedTable tables[] = {
        {"organisations", {QStringLiteral("region"), QStringLiteral("sector")}},
        {"experts", {QStringLiteral("region")}},
        {"directors", {}},
        {"fields", {}},
    };
    for (const NamedTable& table : tables) {
        if (auto done = normaliseNames(db, table); !done)
            return done;
    }
    return normaliseLabels(db);
}

// Version 3: who wrote each row that a form edits, "login@host" (RowVersion::author), beside
// updated_at, which becomes the row's version: a save names the version its form loaded and is
// refused when another desk has changed the row since.
QStringList version3()
{
    QStringList statements;
    for (const char* table : {"organisations", "memberships", "experts", "service_entries",
                              "directors", "board_mandates", "meetings", "attendance",
                              "finance_lines", "surveys", "activities", "report_texts"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN updated_by TEXT NOT NULL "
                                     "DEFAULT ''")
                          .arg(QLatin1String(table));
    return statements;
}

// Version 4: a director may sit on the board as an individual member, representing no
// organisation (organisation_id NULL). PostgreSQL drops the NOT NULL in place; SQLite cannot, so
// the table is rebuilt with its rows, ids and indexes (no table refers to board_mandates).
Status version4(Database& db)
{
    if (db.isServer())
        return sql::execUnprepared(
            db, QStringLiteral("ALTER TABLE board_mandates ALTER COLUMN organisation_id "
                               "DROP NOT NULL"));
    const QString columns = QStringLiteral("id, director_id, organisation_id, role, started_on, "
                                           "ended_on, created_at, updated_at, updated_by");
    const QStringList statements{
        QStringLiteral(R"(CREATE TABLE board_mandates_v4 (
            id INTEGER PRIMARY KEY,
            director_id INTEGER NOT NULL REFERENCES directors (id) ON DELETE CASCADE,
            organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
            role TEXT NOT NULL CHECK (role IN ('president', 'vice_president',
                                               'secretary_treasurer', 'director')),
            started_on TEXT NOT NULL,
            ended_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            CHECK (ended_on IS NULL OR ended_on >= started_on)))"),
        QStringLiteral("INSERT INTO board_mandates_v4 (%1) SELECT %1 FROM board_mandates")
            .arg(columns),
        QStringLiteral("DROP TABLE board_mandates"),
        QStringLiteral("ALTER TABLE board_mandates_v4 RENAME TO board_mandates"),
        QStringLiteral(
            "CREATE INDEX board_mandates_director ON board_mandates (director_id, started_on)"),
        QStringLiteral("CREATE INDEX board_mandates_organisation "
                       "ON board_mandates (organisation_id)"),
    };
    for (const QString& statement : statements) {
        if (auto done = sql::execUnprepared(db, statement); !done)
            return done;
    }
    return {};
}

// Version 5: what minutes record of a meeting (issue 13): where and when it was held, its agenda
// and the resolutions put to it. Times of day are "HH:MM" text, like dates, or NULL when not
// recorded; a meeting's agenda and resolutions go with it. A resolution's mover and seconder are
// directors (NULL: none recorded) that cannot be deleted while they are named, as attendance
// keeps its directors. Votes are counted all three or not at all.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE meetings ADD COLUMN place TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE meetings ADD COLUMN start_time TEXT"),
        QStringLiteral("ALTER TABLE meetings ADD COLUMN end_time TEXT"),
        QStringLiteral(R"(CREATE TABLE agenda_items (
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position > 0),
            text TEXT NOT NULL CHECK (text <> ''),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (meeting_id, position)))"),
        QStringLiteral(R"(CREATE TABLE resolutions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            number TEXT NOT NULL CHECK (number <> ''),
            text TEXT NOT NULL CHECK (text <> ''),
            mover_id INTEGER REFERENCES directors (id) ON DELETE RESTRICT,
            seconder_id INTEGER REFERENCES directors (id) ON DELETE RESTRICT,
            outcome TEXT NOT NULL CHECK (outcome IN ('adopted', 'rejected', 'deferred')),
            votes_for INTEGER CHECK (votes_for >= 0),
            votes_against INTEGER CHECK (votes_against >= 0),
            votes_abstaining INTEGER CHECK (votes_abstaining >= 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            UNIQUE (meeting_id, number),
            CHECK (mover_id IS NULL OR seconder_id IS NULL OR mover_id <> seconder_id),
            CHECK ((votes_for IS NULL AND votes_against IS NULL AND votes_abstaining IS NULL)
                OR (votes_for IS NOT NULL AND votes_against IS NOT NULL
                    AND votes_abstaining IS NOT NULL))))"),
        QStringLiteral("CREATE INDEX resolutions_mover ON resolutions (mover_id)"),
        QStringLiteral("CREATE INDEX resolutions_seconder ON resolutions (seconder_id)"),
    };
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps{
        {1, "initial schema", version1(), {}},
        {2, "names in Unicode NFC", {}, version2},
        {3, "who last changed each row", version3(), {}},
        {4, "a board mandate may represent no organisation", {}, version4},
        {5, "a meeting's place, times, agenda and resolutions", version5(), {}},
        // The history of changes (ChangeLogSchema.cpp, docs/history.md).
        {6, "the history of changes", {}, ChangeLogSchema::install},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace bilan
