#include "Migrations.h"

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

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps{
        {1, "initial schema", version1()},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace bilan
