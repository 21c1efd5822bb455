#pragma once

#include "Database.h"
#include "Result.h"

namespace bilan {

// On a server, every Bilan table has a statement-level trigger that sends
// `NOTIFY bilan_changes` (ChangeWatcher::Channel) for every INSERT, UPDATE, DELETE or TRUNCATE,
// whoever makes it: Bilan, psql or another program. PostgreSQL delivers the notification when
// the transaction commits (never for one rolled back) and sends one per transaction, however
// many statements fired it, since their payloads are the same.
class ChangeTriggers
{
public:
    static constexpr const char* Function = "bilan_notify_change";

    // Creates the function and one trigger per table of the schema (again, when they exist:
    // safe to run twice). Needs the tables' owner.
    static Status install(Database& database);
    // The schema's tables that have no such trigger.
    static Result<QStringList> missing(Database& database);
    // When the database is opened: installs what is missing when this login owns every table
    // (a schema built or migrated by an older Bilan), and says on `database` whether the
    // triggers are all there. Any other login leaves the schema as it is, silently: its
    // transactions then notify at commit themselves. Nothing on a file.
    static void ensure(Database& database);
};

} // namespace bilan
