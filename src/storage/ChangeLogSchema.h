#pragma once

#include "Database.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace bilan {

// The database side of the history of changes (ChangeLog.h, docs/history.md): table
// change_log, the triggers that fill it and refuse to alter it, and on a file the functions
// those triggers call. Internal to storage.
namespace ChangeLogSchema {

// Migration 6: the table, its indexes and the triggers of every recorded table.
Status install(Database& database);

// On a file, the functions the triggers call (bilan_change_actor, _desk, _source,
// _recording), registered on `connection`. `owner` gives the source and whether a bulk event
// is running; null: source "other", every insert recorded (a test that opens a file itself).
Status registerFunctions(const QSqlDatabase& connection, const Database* owner);

// On a server: what each group may do with the history (the director reads it; every group
// may ask which entries are late and record an import's event). Run by ServerRoles::initServer
// and, when the groups exist, by migration 6.
QStringList serverGrants();

// On a server: the guard that keeps an import's one event honest (ChangeLogServerBulk.cpp).
// While bilan.bulk is on, inserts are not recorded row by row; a statement trigger notes each
// such transaction in change_log_bulk (no role may touch it) and a deferred constraint trigger
// refuses its commit unless bilan_record_event() recorded an event in it. A session that sets
// bilan.bulk itself can therefore add rows only together with an event naming its login.
QStringList serverBulkGuard(const QString& schema);
// The table that guard keeps, owner-only.
inline constexpr const char* BulkTable = "change_log_bulk";

// Who and where on a file: the operating-system user (USER, USERNAME, else "unknown") and the
// host name.
QString localActor();
QString localDesk();

// On a server: the session settings the triggers read (bilan.desk, bilan.source); at connect
// and whenever the source changes.
Status applyServerSession(Database& database);

} // namespace ChangeLogSchema

} // namespace bilan
