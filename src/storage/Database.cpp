#include "Database.h"

#include "ChangeLog.h"
#include "ChangeLogSchema.h"
#include "Migrations.h"
#include "SchemaIdentity.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cerrno>

namespace bilan {

namespace {

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADatabase = 26;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("bilan-%1").arg(counter.fetchAndAddRelaxed(1));
}

int nativeCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// The first 16 bytes of every SQLite 3 database file.
bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// `path` as one word of a POSIX shell command that the user may paste: inside single quotes
// nothing is expanded (a file named q$(id).db must not run id), and a ' is closed, escaped and
// reopened.
QString shellQuoted(const QString& path)
{
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

Database::Database(QString connectionName, QString path, Access access, const Clock* clock,
                   const std::vector<Migration>* steps)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_access(access),
      m_clock(clock), m_migrations(steps ? steps : &migrations()),
      m_changeSource(ChangeSource::Command)
{}

Status Database::setChangeSource(ChangeSource source)
{
    m_changeSource = source;
    return ChangeLogSchema::applyServerSession(*this);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("bilan.sqlite"));
}

QString Database::dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QCoreApplication::applicationName());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::timestamp() const
{
    return m_clock->now().toUTC().toString(Qt::ISODateWithMs);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (isServerAddress(path))
        return openServer(path, options);
    return openFile(path, options, false);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, const Options& options,
                                                     bool fresh)
{
    if (path.trimmed().isEmpty())
        return fail(tr("no database file was given"));
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const bool writing = options.access == Access::ReadWrite;

    if (info.exists()) {
        if (info.isDir())
            return fail(tr("%1 is a folder, not a database file").arg(shown));
        if (!info.isReadable())
            return fail(tr("%1 cannot be read: permission denied").arg(shown));
        if (info.size() == 0 && !fresh)
            return fail(tr("%1 is an empty file, not a Bilan database; choose another file or "
                           "delete it to start a new database")
                            .arg(shown));
        if (!fresh && !hasSqliteHeader(path))
            return fail(tr("%1 is not a Bilan database (it is not a SQLite file)").arg(shown));
        // Decided before the real connection opens anything: opening it would checkpoint
        // another program's write-ahead log into its file, roll back its interrupted
        // transaction, or leave an empty log beside it. What the main file says is enough to
        // refuse; a file of Bilan's, or one with no table yet, is opened and judged again.
        if (!fresh) {
            if (auto onDisk = readOnDisk(path, options);
                onDisk && onDisk->owner == RecordedSchema::Owner::Other)
                return anotherProgramsFile(path);
        }
        // Judged by the permission bits as well: root may write anything, but a file whose
        // owner made it read-only is meant to stay as it is.
        const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        if (writing && (!info.isWritable() || !(info.permissions() & writeBits)))
            return fail(tr("%1 is read-only: Bilan cannot save changes to it").arg(shown));
        if (writing && !QFileInfo(info.absolutePath()).isWritable())
            return fail(tr("the folder of %1 is read-only: Bilan needs to write its journal "
                           "beside the database")
                            .arg(shown));
    } else {
        if (!writing || !options.create)
            return fail(tr("%1 does not exist").arg(shown));
        return create(path, options);
    }

    auto database =
        std::unique_ptr<Database>(new Database(nextConnectionName(), info.absoluteFilePath(),
                                               options.access, options.clock, options.migrations));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (!db.isValid())
        return fail(tr("the SQLite driver for Qt is missing (install libqt6sql6-sqlite)"));
    db.setDatabaseName(info.absoluteFilePath());
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (!writing)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // Reading a WAL database needs its -shm file, which a read-only folder cannot hold. When
    // nothing waits in the journal the file alone is the whole database: read it as immutable.
    if (!writing && !QFileInfo(info.absolutePath()).isWritable()) {
        const QFileInfo wal(info.absoluteFilePath() + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0)
            return fail(tr("%1 is in a read-only folder and has changes not yet written into it "
                           "(%2); copy both files to a folder you can write to")
                            .arg(shown, QDir::toNativeSeparators(wal.absoluteFilePath())));
        QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return database->sqlError(db.lastError().text(), nativeCode(db.lastError()));

    if (auto configured = database->configure(); !configured)
        return configured.error();
    if (auto migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

Status Database::configure()
{
    QSqlQuery query(connection());
    // Read before anything is written: a file Bilan refuses must stay byte-for-byte unchanged.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return sqlError(query);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sqlError(query);
    // The history's triggers call these: a connection without them cannot write.
    return ChangeLogSchema::registerFunctions(connection(), this);
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    const QString shown = QDir::toNativeSeparators(m_path);

    // Decided before anything is written (the WAL switch below changes the file's header): a
    // file Bilan refuses stays byte for byte as it was.
    auto recorded = readRecordedSchema(*this, *m_migrations);
    if (!recorded)
        return recorded.error();
    if (recorded->owner == RecordedSchema::Owner::Other)
        return isServer() ? fail(tr("%1 holds tables of another program, not a Bilan database; "
                                    "give Bilan an empty database of its own")
                                     .arg(m_path))
                          : anotherProgramsFile(m_path);
    const int latest = m_migrations->back().version;
    if (recorded->version > latest)
        return fail(tr("%1 was written by a newer version of Bilan (database version %2, this "
                       "Bilan knows up to %3); update Bilan to open it")
                        .arg(shown)
                        .arg(recorded->version)
                        .arg(latest));
    m_version = static_cast<int>(recorded->version);

    if (m_access == Access::ReadWrite && !isServer()) {
        // WAL lets readers work while one desk writes; FULL sync keeps every saved entry
        // through a power cut.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sqlError(query);
        if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return sqlError(query);
    }
    if (m_version == latest)
        return {};
    if (m_access == Access::ReadOnly && isServer() && m_version == 0)
        return fail(tr("%1 holds no Bilan data yet; fill it first (bilan copy, bilan demo, an "
                       "import or the window)")
                        .arg(shown));
    if (m_access == Access::ReadOnly)
        return fail(tr("%1 must be upgraded to this version of Bilan first; open it once for "
                       "writing")
                        .arg(shown));

    if (m_version > 0 && isServer()) {
        spdlog::info("upgrading {} from version {}: back the server up with its own tools "
                     "(pg_dump) beforehand",
                     utf8(m_path), m_version);
    } else if (m_version > 0) {
        const QString stem =
            QStringLiteral("%1.v%2-%3")
                .arg(m_path)
                .arg(m_version)
                .arg(m_clock->now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QString backup = stem + QStringLiteral(".bak");
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = QStringLiteral("%1-%2.bak").arg(stem).arg(n);
        if (auto copied = backupTo(backup); !copied)
            return fail(tr("could not copy %1 before upgrading it, so it was left as it is: %2")
                            .arg(shown, copied.message()));
        m_backupPath = backup;
        spdlog::info("backed up {} to {} before migrating from version {}", utf8(m_path),
                     utf8(backup), m_version);
    }

    if (!query.exec(dialect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                           "version INTEGER PRIMARY KEY, description TEXT NOT "
                                           "NULL, applied_at TEXT NOT NULL)"))))
        return sqlError(query);
    for (const Migration& step : *m_migrations) {
        if (step.version <= m_version)
            continue;
        Transaction transaction(*this);
        if (!transaction.begun())
            return transaction.begun().error();
        for (const QString& statement : step.statements) {
            if (!query.exec(dialect(statement))) {
                spdlog::error("migration {} failed: {}", step.version,
                              utf8(query.lastError().text()));
                return sqlError(query);
            }
        }
        if (step.run) {
            if (auto ran = step.run(*this); !ran) {
                spdlog::error("migration {} failed: {}", step.version, utf8(ran.message()));
                return ran;
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, "
                                     "applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(step.version);
        query.addBindValue(QString::fromUtf8(step.description));
        query.addBindValue(timestamp());
        if (!query.exec())
            return sqlError(query);
        if (auto committed = transaction.commit(); !committed)
            return committed;
        spdlog::info("migrated {} to version {} ({})", utf8(m_path), step.version,
                     step.description);
        m_version = step.version;
    }
    return {};
}

Error Database::anotherProgramsFile(const QString& path)
{
    return fail(tr("%1 is a SQLite database of another program, not a Bilan database")
                    .arg(QDir::toNativeSeparators(path)));
}

bool Database::isNoRoom(int systemError)
{
    // A full disk, a full quota, a file past the size allowed: for the user, no room left.
    return systemError == ENOSPC || systemError == EDQUOT || systemError == EFBIG;
}

int Database::systemError() const
{
    const QVariant handle = connection().driver() ? connection().driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return 0;
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    return db ? sqlite3_system_errno(db) : 0;
}

Error Database::sqlError(const QSqlQuery& query, const QString& field) const
{
    if (isServer())
        return describeServerError(query.lastError(), field);
    return sqlError(query.lastError().text(), nativeCode(query.lastError()), field);
}

Error Database::sqlError(const QSqlError& error, const QString& field) const
{
    if (isServer())
        return describeServerError(error, field);
    return sqlError(error.text(), nativeCode(error), field);
}

Error Database::sqlError(const QString& driverText, int code, const QString& field) const
{
    Error error = describeSqlError(driverText, code, field);
    error.storage = code != SqliteConstraint;
    return error;
}

Error Database::describeSqlError(const QString& driverText, int code, const QString& field) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    // The caller tells the user; the driver's own words go to the log file only.
    spdlog::info("database {}: {} (code {})", utf8(m_path), utf8(driverText), code);
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return fail(tr("%1 is in use by another program that is writing to it; nothing was "
                       "changed, try again in a moment")
                        .arg(shown),
                    field);
    case SqliteReadOnly:
        return fail(tr("%1 is read-only: Bilan cannot save changes to it").arg(shown), field);
    case SqliteFull:
        return fail(tr("the disk holding %1 is full; nothing was changed").arg(shown), field);
    // A read that stops here has read only part of a table: the caller must not pass what it
    // got for the whole, and the user needs to know what to do next.
    case SqliteCorrupt:
        return fail(tr("%1 is damaged: part of it cannot be read. Restore it from your last "
                       "backup, or check it with: sqlite3 %2 \"PRAGMA integrity_check\"")
                        .arg(shown, shellQuoted(shown)),
                    field);
    case SqliteNotADatabase:
        return fail(tr("%1 is damaged or is not a Bilan database. If it is yours, restore it from "
                       "your last backup, or check it with: sqlite3 %2 \"PRAGMA "
                       "integrity_check\"")
                        .arg(shown, shellQuoted(shown)),
                    field);
    case SqliteIoError:
    case SqliteCantOpen:
        // SQLite reports most writes that found no room as plain I/O errors.
        if (isNoRoom(systemError()))
            return fail(tr("the disk holding %1 is full; nothing was changed").arg(shown), field);
        return fail(tr("%1 could not be read or written: %2").arg(shown, driverText), field);
    case SqliteConstraint:
        return fail(tr("the database refused the change: %1").arg(driverText), field);
    default:
        return fail(tr("database error in %1: %2").arg(shown, driverText), field);
    }
}

} // namespace bilan
