#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QSqlError;
class QSqlQuery;

namespace bilan {

struct Migration;
struct RecordedSchema;
// What made a change (ChangeLog.h).
enum class ChangeSource;

// One open Bilan database on its own named connection, at the newest schema version: a SQLite
// file, or a database on a PostgreSQL server (a `postgresql://` address) that several desks
// share. Opening never crashes and never alters a database it refuses: not a database, written
// by a newer Bilan, read-only when writing, locked too long, a server that cannot be reached.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(bilan::Database)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    struct Options
    {
        Access access = Access::ReadWrite;
        // How long a statement waits for another program's write lock before giving up.
        int busyTimeoutMs = 5000;
        // Create the file when it does not exist (only with ReadWrite).
        bool create = true;
        const Clock* clock = &Clock::system();
        // The schema steps to apply; null: Bilan's own (tests pass others to exercise
        // upgrades).
        const std::vector<Migration>* migrations = nullptr;
        // A server's password when it is not in the usual places (PGPASSWORD, ~/.pgpass, a
        // service file): the window's Connect to Server dialog or the keyring. Never stored,
        // logged or shown.
        QString password = {};
    };

    enum class Backend
    {
        File,
        Server
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Options{});
    }
    // Where the database lives when no --db is given: the user's data folder.
    static QString defaultPath();
    // ~/.local/share/bilan: named after the application alone. (QSettings needs an
    // organisation name, which QStandardPaths::AppDataLocation would add as one more level.)
    static QString dataFolder();
    // Whether `text` names a database on a server (postgresql://… or postgres://…) rather than
    // a file.
    static bool isServerAddress(const QString& text);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // The file's absolute path, or the server's address without any password.
    const QString& path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Server; }
    // On a server, whether every table sends the change notification itself (statement
    // triggers, ChangeTriggers.h): a write transaction then sends none of its own at commit.
    bool hasChangeTriggers() const { return m_changeTriggers; }
    void setChangeTriggers(bool present) { m_changeTriggers = present; }
    // On a server, the login this connection uses (who the server says we are); empty on a
    // file.
    const QString& login() const { return m_login; }
    // On a server: whether this error means the connection is gone (network cut, server
    // restarted), after which reconnect() is worth trying.
    bool isConnectionLost(const QSqlError& error) const;
    // On a server, whether an idle connection was lost: asks the server a trivial question
    // (SELECT 1) without reconnecting. False on a file and inside a transaction.
    bool idleConnectionLost();
    // Opens the server connection again after it was lost; nothing to do on a file.
    Status reconnect();
    // On a server: told `false` when a statement finds the connection gone (the error says
    // "the connection … was lost") and `true` when reconnect() has opened it again. The
    // window's ConnectionMonitor listens; an empty function stops it.
    void setConnectionWatcher(std::function<void(bool connected)> watcher)
    {
        m_connectionWatcher = std::move(watcher);
    }
    // Whether no transaction is open on this connection (a lost connection may be reopened).
    bool isIdle() const { return m_transactionDepth == 0; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    const Clock& clock() const { return *m_clock; }
    int schemaVersion() const { return m_version; }
    // What made the changes this connection writes, for the history of changes (ChangeLog.h):
    // Command unless told otherwise. On a server it is also the session's bilan.source.
    Status setChangeSource(ChangeSource source);
    ChangeSource changeSource() const { return m_changeSource; }
    // Whether a bulk event (ChangeEvent: an import, a copy) is running: the rows it inserts
    // are recorded as that one event, not one by one.
    bool isBulkWriting() const { return m_bulkDepth > 0; }

    // The copy taken before this open migrated an existing file, or empty.
    const QString& migrationBackupPath() const { return m_backupPath; }

    // A consistent copy of the whole database into a new owner-only file, written under a
    // temporary name and renamed into place; refuses to overwrite a file, and the database's
    // own files whatever path leads there. A server is copied into the file (DatabaseCopy).
    Status backupTo(const QString& target);

    // A statement of the schema as this backend writes it: unchanged on a file; on a server,
    // ids become identity columns, integers BIGINT and text compares byte by byte as in SQLite
    // (COLLATE "C").
    QString dialect(const QString& statement) const;

    // The timestamp stored in created_at / updated_at columns.
    QString timestamp() const;

    // Turns a failed statement into a message a user can act on (busy, read-only, full disk...).
    Error sqlError(const QSqlQuery& query, const QString& field = {}) const;
    Error sqlError(const QString& driverText, int nativeCode, const QString& field = {}) const;
    // Same, for an error met outside a QSqlQuery (libpq's COPY on a server, ServerCopy).
    Error sqlError(const QSqlError& error, const QString& field = {}) const;

private:
    Database(QString connectionName, QString path, Access access, const Clock* clock,
             const std::vector<Migration>* migrations);
    // `fresh`: the empty file this class just created under a temporary name.
    static Result<std::unique_ptr<Database>> openFile(const QString& path, const Options& options,
                                                      bool fresh);
    // A database on a server. In DatabaseServer.cpp.
    static Result<std::unique_ptr<Database>> openServer(const QString& address,
                                                        const Options& options);
    Status connectServer();
    Status configureServer();
    Error describeServerError(const QSqlError& error, const QString& field) const;
    // Whose file `path` is, as its main file alone says, read through a connection that can
    // neither write nor recover anything (SQLite's immutable=1). In SchemaIdentity.cpp.
    static Result<RecordedSchema> readOnDisk(const QString& path, const Options& options);
    static Error anotherProgramsFile(const QString& path);
    // Creates a database at `path`, which does not exist yet.
    static Result<std::unique_ptr<Database>> create(const QString& path, const Options& options);
    // Copies the write-ahead log into the file and empties it, or says why not.
    Status checkpoint();
    // The operating system's error behind SQLite's last failure (errno), or 0.
    int systemError() const;
    static bool isNoRoom(int systemError);
    Error describeSqlError(const QString& driverText, int nativeCode, const QString& field) const;
    Status configure();
    Status migrate();

    QString m_connectionName;
    QString m_path;
    Access m_access;
    const Clock* m_clock;
    const std::vector<Migration>* m_migrations;
    int m_version = 0;
    QString m_backupPath;
    Backend m_backend = Backend::File;
    QString m_login;
    // The server's connection settings, kept to reconnect (the password only in memory).
    QString m_password;
    QString m_address;
    int m_busyTimeoutMs = 5000;
    std::function<void(bool connected)> m_connectionWatcher;
    int m_transactionDepth = 0;
    // Set once checkReadable() has read the whole file without a fault: a window that prints
    // several years reads it once, not for every year (about a second a million entries).
    bool m_readable = false;
    // On a server, whether every table notifies its changes itself (ChangeTriggers).
    bool m_changeTriggers = false;
    ChangeSource m_changeSource;
    int m_bulkDepth = 0;
    // Insert triggers a ChangeEvent has set aside and not yet put back (a file).
    int m_triggersSetAside = 0;

    friend class Transaction;
    friend class ChangeEvent;
    friend Status checkReadable(Database& database);
    friend class ReadTransaction;
};

// A read-only transaction: the queries made while it lives see one snapshot of the database.
// Works on a read-only connection; never writes.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database& database);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;
    const Status& begun() const { return m_begun; }

private:
    Database& m_database;
    Status m_begun;
    bool m_open = false;
};

// A write transaction: every multi-row write is one. Rolled back unless committed.
// On SQLite it takes the write lock at once (BEGIN IMMEDIATE) so that two writers wait for
// each other through the busy timeout instead of failing half-way. Opened inside another
// transaction it is a savepoint: a repository call that writes several rows stays atomic even
// when an import wraps a whole file in one transaction.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Database& m_database;
    Status m_begun;
    bool m_open = false;
    int m_depth = 0;
};

} // namespace bilan
