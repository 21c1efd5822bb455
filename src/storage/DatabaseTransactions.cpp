#include "Database.h"

#include "RowVersion.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bilan {

namespace {

// Every write transaction on a server takes this one transaction-scoped advisory lock first:
// writers run one after the other, as on a SQLite file (BEGIN IMMEDIATE), so that each rule
// checked before a write (24 h a day, overlapping periods, closed years) still holds when
// another desk writes at the same moment. Readers never wait for it. The number is Bilan's
// own ("BILAN" in ASCII).
constexpr qint64 WriteLock = 0x42494c414e;

// Runs the statements that open a transaction; on a server whose connection was lost while
// idle (a restart, a network cut), reconnects once and tries again.
Status begin(Database& database, const QStringList& statements)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery query(database.connection());
        bool ok = true;
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                ok = false;
                break;
            }
        }
        if (ok)
            return {};
        const Error error = database.sqlError(query);
        if (attempt > 0 || !database.isIdle() || !database.isConnectionLost(query.lastError()))
            return error;
        if (auto reconnected = database.reconnect(); !reconnected)
            return error;
    }
    return {};
}

} // namespace

Transaction::Transaction(Database& database) : m_database(database)
{
    m_depth = database.m_transactionDepth;
    QStringList statements;
    if (m_depth > 0)
        statements << QStringLiteral("SAVEPOINT bilan_%1").arg(m_depth);
    else if (database.isServer())
        statements << QStringLiteral("BEGIN")
                   << QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLock);
    else
        statements << QStringLiteral("BEGIN IMMEDIATE");
    if (m_depth == 0 && database.isServer() && database.isReadOnly()) {
        // Refused before anything is asked of the server, as a read-only file refuses
        // BEGIN IMMEDIATE: even a check that would write nothing says so at once.
        m_begun = database.describeServerError(
            QSqlError({}, {}, QSqlError::StatementError, QStringLiteral("25006")), {});
        return;
    }
    if (m_depth > 0) {
        QSqlQuery query(database.connection());
        if (!query.exec(statements.first())) {
            m_begun = database.sqlError(query);
            return;
        }
    } else if (auto begun = begin(database, statements); !begun) {
        // A BEGIN that passed before the lock failed leaves a transaction open.
        if (database.isServer())
            QSqlQuery(database.connection()).exec(QStringLiteral("ROLLBACK"));
        m_begun = begun;
        return;
    }
    m_open = true;
    ++database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_database.connection());
    if (m_depth > 0) {
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT bilan_%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE SAVEPOINT bilan_%1").arg(m_depth));
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
    }
    --m_database.m_transactionDepth;
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(fail(QStringLiteral("transaction already finished")))
                            : m_begun;
    // An import's event sets the file's insert triggers aside and puts them back when it
    // records itself (ChangeEvent): a commit in between would leave the file without them, so
    // it is refused and the transaction rolled back when this object goes.
    if (m_depth == 0 && m_database.m_triggersSetAside > 0)
        return fail(QStringLiteral("an import's record of changes was not written; nothing "
                                   "was saved"));
    QSqlQuery query(m_database.connection());
    // The other desks' ChangeWatcher hears of this write when, and only if, it commits. The
    // tables' triggers say it when they are there (ChangeTriggers): this is for a schema whose
    // owner has not opened it with this Bilan yet.
    if (m_depth == 0 && m_database.isServer() && !m_database.hasChangeTriggers()) {
        query.prepare(QStringLiteral("SELECT pg_notify('bilan_changes', ?)"));
        query.addBindValue(RowVersion::author(m_database));
        if (!query.exec())
            return m_database.sqlError(query);
    }
    const QString statement = m_depth > 0
                                  ? QStringLiteral("RELEASE SAVEPOINT bilan_%1").arg(m_depth)
                                  : QStringLiteral("COMMIT");
    if (!query.exec(statement))
        return m_database.sqlError(query);
    m_open = false;
    --m_database.m_transactionDepth;
    return {};
}

ReadTransaction::ReadTransaction(Database& database) : m_database(database)
{
    // Inside a write transaction the snapshot is already there.
    if (database.m_transactionDepth > 0)
        return;
    // On a server every statement of a READ COMMITTED transaction sees the latest commit;
    // REPEATABLE READ gives the whole transaction one snapshot, as a SQLite read does.
    const QString statement =
        database.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                            : QStringLiteral("BEGIN");
    if (auto begun = begin(database, {statement}); !begun) {
        m_begun = begun;
        return;
    }
    m_open = true;
    ++database.m_transactionDepth;
}

ReadTransaction::~ReadTransaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("ROLLBACK"));
    --m_database.m_transactionDepth;
}

} // namespace bilan
