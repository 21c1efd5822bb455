#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace bilan {

// The history of changes (issue 14, docs/history.md). Every insert, update and delete of a
// Bilan table is recorded by the database itself, in the same transaction, by triggers that
// migration 6 installs (a file: SQLite triggers calling functions this connection registers;
// a server: PL/pgSQL triggers owned by the schema's owner). The record, table change_log, is
// append-only: a trigger refuses every UPDATE and DELETE of it, on a server no role holds a
// privilege to change it, and only the director's role may read it.

// What made a change: the window, an import, a copy between databases, another command of
// the command line, or SQL from outside Bilan (psql) — words window, import, copy, command,
// other.
enum class ChangeSource
{
    Window,
    Import,
    Copy,
    Command,
    Other
};

enum class ChangeOperation
{
    Insert,
    Update,
    Delete,
    // One event for a whole import or copy (detail says what it added).
    Import,
    Copy
};

const char* changeSourceWord(ChangeSource source);
const char* changeOperationWord(ChangeOperation operation);
std::optional<ChangeSource> changeSourceFromWord(QStringView word);
std::optional<ChangeOperation> changeOperationFromWord(QStringView word);

struct ChangeRecord
{
    qint64 id = 0;
    // When the change was made, in UTC (the database's clock).
    QDateTime at;
    // The operating-system user on a file, the login on a server.
    QString actor;
    // The host name of the desk.
    QString desk;
    ChangeSource source = ChangeSource::Other;
    ChangeOperation operation = ChangeOperation::Insert;
    // The table changed ("service_entries"…); for an import event, the table it filled.
    QString table;
    // The row's key: its id, or its key columns joined by '/' ("12/3" for meeting 12,
    // director 3); empty for an import event.
    QString rowKey;
    // The row this one belongs to, when it has one: a meeting for its attendance, agenda items
    // and resolutions; an organisation for its memberships; a director for its mandates; an
    // expert for its fields. Empty otherwise.
    QString parentTable;
    QString parentKey;
    // Column → value. Insert: the new row; delete: the old row; update: only the columns that
    // changed, before and after. Bookkeeping columns (created_at, updated_at, updated_by,
    // name_key) are left out.
    QJsonObject before;
    QJsonObject after;
    // An import event: file, sha256, kind, rows, first_id, last_id. A copy: from, rows.
    QJsonObject detail;
    // A service entry changed (inserted, updated or deleted) more than LateAfterDays days after
    // its date (the earlier of its old and new dates).
    bool late = false;
};

struct ChangeFilter
{
    // Empty: anyone.
    QString actor;
    // Empty: every table.
    QString table;
    // With table: that row and the rows that belong to it (parentTable/parentKey).
    QString rowKey;
    // Inclusive UTC days; an invalid date leaves that end open.
    QDate since;
    QDate until;
    bool lateOnly = false;
    // Newest first; 0: no limit.
    int limit = 0;
};

class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ChangeLog)

public:
    static constexpr int LateAfterDays = 30;

    explicit ChangeLog(Database& database) : m_db(database) {}

    // Newest first. On a server, refused (a clear, translated message) to every role but the
    // director's.
    Result<QList<ChangeRecord>> list(const ChangeFilter& filter);
    // Everyone who appears in the record, for a filter's list.
    Result<QStringList> actors();
    // Among `entryIds`, the service entries that have a late change: readable by every role,
    // for the Hours list's flag.
    Result<QSet<qint64>> lateEntries(const QList<qint64>& entryIds);
    // Whether this connection may read the record (the director's role on a server; always on
    // a file).
    Result<bool> canRead();

private:
    Database& m_db;
};

// The tables whose changes are recorded, in the order the History page lists them.
const QStringList& recordedTables();

// One record for a whole import or copy (a bulk event), inside the caller's write
// transaction: while the event lives, the rows this connection inserts are not recorded one by
// one (updates and deletes still are); record() writes the event's row. Rolled back with the
// transaction, the event leaves no record, as its rows leave none.
class ChangeEvent
{
public:
    // `table`: the main table the event fills ("service_entries"…).
    ChangeEvent(Database& database, ChangeOperation operation, QString table);
    ~ChangeEvent();
    ChangeEvent(const ChangeEvent&) = delete;
    ChangeEvent& operator=(const ChangeEvent&) = delete;

    // Whether the recording of single inserts could be paused (on a server, a failed statement).
    const Status& begun() const { return m_begun; }
    // The largest id of the table when the event began (0 for an empty table or one without id
    // column): the rows it adds have larger ones.
    qint64 idBefore() const { return m_idBefore; }
    // The largest id now, or 0.
    Result<qint64> largestId();
    // Writes the event's one row: `detail` as given (file, sha256, kind, rows, first_id,
    // last_id for an import).
    Status record(const QJsonObject& detail);

private:
    Database& m_db;
    ChangeOperation m_operation;
    QString m_table;
    Status m_begun;
    qint64 m_idBefore = 0;
    bool m_paused = false;
};

} // namespace bilan
