#include "Database.h"

#include "DatabaseCopy.h"
#include "OutputFile.h"
#include "OutputTarget.h"
#include "SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

// The files a Database makes: a new database, and a copy of an open one. Apart from
// Database.cpp, which opens and migrates.

namespace bilan {

namespace {

constexpr int SqliteFull = 13;

int nativeCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

Result<std::unique_ptr<Database>> Database::create(const QString& path, const Options& options)
{
    const QFileInfo info(path);
    const QString final = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(final);
    if (auto allowed = OutputTarget::checkNewDatabase(path); !allowed)
        return allowed.error();
    if (!QDir().mkpath(info.absolutePath()))
        return fail(
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    // Built under a temporary name and moved into place only once complete, so that an
    // interrupted creation never leaves a half-made file under the final name. Whatever a
    // failed creation made (the file, its log, its shared memory) goes with it.
    const QString temporary = final + QStringLiteral(".creating");
    const auto removeTemporary = [&temporary] {
        for (const QString& file : OutputTarget::databaseFiles(temporary))
            QFile::remove(file);
    };
    // The messages name the file the user asked for, not the temporary one.
    const auto named = [&temporary, &shown](Error error) {
        error.message.replace(QDir::toNativeSeparators(temporary), shown);
        return error;
    };
    removeTemporary();
    {
        QFile file(temporary);
        // Owner only from the start: the file will hold personal information.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner))
            return fail(tr("cannot create %1: %2").arg(shown, file.errorString()));
    }
    Status built = [&]() -> Status {
        Options creating = options;
        creating.create = false;
        auto created = openFile(temporary, creating, true);
        if (!created)
            return created.error();
        // The checkpoint SQLite makes on closing fails silently on a full disk, and a file
        // renamed without its log is damaged: copy the log into the file now, and check it.
        return (*created)->checkpoint();
    }();
    if (built && QFileInfo(temporary + QStringLiteral("-wal")).size() > 0)
        built = fail(tr("cannot create %1: its journal could not be written into it").arg(shown));
    if (!built) {
        removeTemporary();
        return named(built.error());
    }
    // A log or journal left under the final name by a database deleted without them would be
    // replayed into the new file and damage it: with no database there, they are nobody's.
    if (!QFileInfo::exists(final)) {
        for (const QString& suffix : OutputTarget::journalSuffixes()) {
            const QString stale = final + suffix;
            // One that cannot be removed would still be replayed: nothing is created then.
            if (!QFile::remove(stale) && QFileInfo(stale).exists()) {
                removeTemporary();
                return fail(tr("cannot create %1: %2 is left from an earlier database and "
                               "cannot be removed")
                                .arg(shown, QDir::toNativeSeparators(stale)));
            }
        }
    }
    if (!QFile::rename(temporary, final)) {
        removeTemporary();
        return fail(tr("cannot create %1: another file appeared with that name").arg(shown));
    }
    removeTemporary(); // the emptied log and shared memory of the temporary name
    spdlog::info("created database {}", final.toStdString());
    Options reopening = options;
    reopening.create = false;
    auto reopened = openFile(final, reopening, false);
    // Opening needs room for the log too. The file made a moment ago holds nothing yet: no
    // half-usable database stays behind, unless another program has already written to it.
    if (!reopened && QFileInfo(final + QStringLiteral("-wal")).size() == 0) {
        for (const QString& file : OutputTarget::databaseFiles(final))
            QFile::remove(file);
    }
    return reopened;
}

Status Database::checkpoint()
{
    auto busy = sql::scalar(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!busy)
        return busy.error();
    // The first column is 1 when another connection kept the checkpoint from finishing.
    if (busy->toInt() != 0)
        return fail(tr("%1 is in use by another program that is writing to it; nothing was "
                       "changed, try again in a moment")
                        .arg(QDir::toNativeSeparators(m_path)));
    return {};
}

Status Database::backupTo(const QString& target)
{
    // A server is copied row by row into a new file, with the same guarantees.
    if (isServer()) {
        auto copied = DatabaseCopy::copyToNewFile(*this, target);
        if (!copied)
            return copied.error();
        return {};
    }
    // Through the shared guard, into a temporary owner-only file renamed into place once
    // complete: never over the database, never over another file, never half a copy.
    OutputFile copy(target, m_path, OutputFile::Existing::Refuse);
    if (auto begun = copy.begin(); !begun)
        return begun;
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(copy.temporaryPath());
    if (!query.exec()) {
        const int code = nativeCode(query.lastError());
        Error error = sqlError(query);
        copy.discard();
        if (code == SqliteFull || isNoRoom(systemError()))
            error.message =
                tr("cannot write %1: the disk is full").arg(QDir::toNativeSeparators(target));
        return error;
    }
    return copy.commit();
}

} // namespace bilan
