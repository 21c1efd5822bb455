#pragma once

// Another program's SQLite file (Rails-shaped: a schema_migrations table of text versions) as
// that program leaves it when it is copied or dies while still open: its latest changes only
// in a write-ahead log, or an interrupted transaction's hot journal beside it. Opening either
// for real would change the file (checkpoint, rollback), so Bilan must decide it is not its
// own from the main file alone.

#include <QString>
#include <QStringList>

namespace bilan::test {

// The statements that make the Rails-shaped tables, without rows.
QStringList railsSchema();

// Leaves at `path` a file in WAL mode whose tables are in the main file and whose `rows` later
// rows are only in `path`-wal (no -shm: copied while the program had it open).
bool buildForeignWithPendingLog(const QString& path, int rows, QString* why);

// Leaves at `path` a file (rollback journal) whose last transaction, which rewrote many pages
// with a small cache, was cut short: the main file part-written and `path`-journal hot.
bool buildForeignWithHotJournal(const QString& path, int rows, QString* why);

} // namespace bilan::test
