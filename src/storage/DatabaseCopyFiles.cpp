#include "DatabaseCopy.h"

#include "OutputFile.h"
#include "OutputTarget.h"
#include "SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// Where a copy goes: opening the source and the target of `bilan copy`, and building a new file
// under a temporary name (also File ▸ Back Up of a server). The copy itself is in
// DatabaseCopy.cpp.

namespace bilan {

namespace {

bool sameFile(const QString& a, const QString& b)
{
    return OutputTarget::resolve(a) == OutputTarget::resolve(b) || OutputTarget::sameFile(a, b);
}

} // namespace

Result<CopySummary> DatabaseCopy::copy(const QString& sourcePath, const QString& targetPath,
                                       const Options& options)
{
    const bool fileTarget = !Database::isServerAddress(targetPath);
    const QString shownTarget = QDir::toNativeSeparators(targetPath);
    // Said before anything is opened, let alone created.
    if (fileTarget && !Database::isServerAddress(sourcePath) && QFileInfo::exists(targetPath) &&
        sameFile(sourcePath, targetPath))
        return fail(tr("%1 and %2 are the same database: a database cannot be copied onto "
                       "itself")
                        .arg(QDir::toNativeSeparators(sourcePath), shownTarget));
    if (!fileTarget && sourcePath.trimmed() == targetPath.trimmed())
        return fail(tr("the source and the target are the same database: a database cannot be "
                       "copied onto itself"));

    Database::Options reading = options.source;
    reading.access = Database::Access::ReadOnly;
    reading.create = false;
    auto source = Database::open(sourcePath, reading);
    if (!source)
        return source.error();

    if (fileTarget) {
        const QFileInfo info(targetPath);
        if (!info.exists() && !info.isSymLink())
            return copyToNewFile(**source, targetPath, options.progress);
        // An existing file is written into only when it is a Bilan database that holds nothing
        // yet (made by File ▸ New Database, say): every other file is refused, as every file
        // Bilan writes, and an existing database is never replaced.
        if (!OutputTarget::isSqliteFile(OutputTarget::resolve(targetPath)))
            return fail(tr("cannot write %1: it already exists and is not a Bilan database; a "
                           "copy never replaces a file: give the name of a new file")
                            .arg(shownTarget));
    }
    Database::Options writing = options.target;
    writing.access = Database::Access::ReadWrite;
    writing.create = false;
    auto target = Database::open(targetPath, writing);
    if (!target)
        return target.error();
    return copyInto(**source, **target, options.progress);
}

Result<CopySummary> DatabaseCopy::copyToNewFile(Database& source, const QString& target,
                                                const Progress& progress)
{
    // The guard of every file Bilan writes: never over a file, never the source's own files, a
    // temporary owner-only name beside the target, renamed into place without replacing a file
    // that appeared meanwhile.
    OutputFile output(target, source.isServer() ? QString() : source.path(),
                      OutputFile::Existing::Refuse);
    if (auto begun = output.begin(); !begun)
        return begun.error();
    const QString shown = QDir::toNativeSeparators(target);
    const QString building = output.temporaryPath();
    const auto removeBuilding = [&] {
        for (const QString& file : OutputTarget::databaseFiles(building))
            QFile::remove(file);
        output.discard();
    };
    // The database is made under that name by Database::open, owner-only from its creation and
    // migrated; only the empty placeholder goes first.
    QFile::remove(building);
    Result<CopySummary> copied = [&]() -> Result<CopySummary> {
        Database::Options creating;
        creating.clock = &source.clock();
        auto opened = Database::open(building, creating);
        if (!opened)
            return opened.error();
        auto done = copyInto(source, **opened, progress);
        if (!done)
            return done;
        // The checkpoint SQLite makes on closing fails silently on a full disk, and the file is
        // renamed without its log: write the log into the file now, and check it.
        auto busy = sql::scalar(**opened, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!busy)
            return busy.error();
        if (busy->toInt() != 0)
            return fail(tr("cannot write %1: its journal could not be written into it").arg(shown));
        return done;
    }();
    if (copied && QFileInfo(building + QStringLiteral("-wal")).size() > 0)
        copied = fail(tr("cannot write %1: its journal could not be written into it").arg(shown));
    if (!copied) {
        // The messages name the file the user asked for, not the temporary one.
        Error error = copied.error();
        error.message.replace(QDir::toNativeSeparators(building), shown);
        removeBuilding();
        return error;
    }
    for (const QString& suffix : OutputTarget::journalSuffixes())
        QFile::remove(building + suffix);
    if (auto committed = output.commit(); !committed) {
        removeBuilding();
        return committed.error();
    }
    copied->target = shown;
    return copied;
}

} // namespace bilan
