#include "OutputTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace bilan {

namespace {

// Linux gives up after 40 links on one path; a longer chain is a loop.
constexpr int MaxLinks = 40;

const QString FileField = QStringLiteral("file");

// The database whose companion file `resolved` would be, or empty.
QString companionOf(const QString& resolved)
{
    for (const QString& suffix : OutputTarget::companionSuffixes()) {
        if (!resolved.endsWith(suffix) || resolved.size() == suffix.size())
            continue;
        const QString base = resolved.chopped(suffix.size());
        if (OutputTarget::isSqliteFile(base) ||
            QFileInfo::exists(base + QStringLiteral(".creating")))
            return base;
    }
    return {};
}

Error companionRefused(const QString& target, const QString& database)
{
    return fail(OutputTarget::tr("%1 is a file SQLite keeps beside the database %2: writing there "
                                 "would damage the database; choose another file")
                    .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(database)),
                FileField);
}

} // namespace

const QStringList& OutputTarget::journalSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-journal"), QStringLiteral("-wal"),
                                      QStringLiteral("-shm")};
    return suffixes;
}

const QStringList& OutputTarget::companionSuffixes()
{
    static const QStringList suffixes = [] {
        const QString creating = QStringLiteral(".creating");
        QStringList all = journalSuffixes();
        all << creating;
        for (const QString& suffix : journalSuffixes())
            all << creating + suffix;
        return all;
    }();
    return suffixes;
}

QStringList OutputTarget::databaseFiles(const QString& databasePath)
{
    QStringList files{databasePath};
    for (const QString& suffix : companionSuffixes())
        files << databasePath + suffix;
    return files;
}

QString OutputTarget::resolve(const QString& path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int links = 0; links < MaxLinks; ++links) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        current = info.symLinkTarget();
    }
    const QFileInfo info(current);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(current) : QDir(folder).filePath(info.fileName());
}

bool OutputTarget::sameFile(const QString& a, const QString& b)
{
    struct stat first = {};
    struct stat second = {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

bool OutputTarget::isSqliteFile(const QString& path)
{
    // Regular files only: opening a pipe to read its first bytes would wait for a writer.
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Status OutputTarget::check(const QString& target, const QString& databasePath)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (target.trimmed().isEmpty())
        return fail(tr("no file was given to write"), FileField);
    const QString resolved = resolve(target);
    if (!databasePath.isEmpty()) {
        const QString database = resolve(databasePath);
        // Under the name the database was opened by and under the file that name leads to:
        // SQLite keeps its journal beside the latter.
        const QStringList guarded =
            databaseFiles(QFileInfo(databasePath).absoluteFilePath()) + databaseFiles(database);
        for (const QString& file : guarded) {
            if (resolved == resolve(file) || sameFile(target, file))
                return fail(tr("%1 is the database's own file (%2): writing there would destroy "
                               "its data; choose another file")
                                .arg(shown, QDir::toNativeSeparators(file)),
                            FileField);
        }
    }
    if (isSqliteFile(resolved))
        return fail(tr("%1 is a database: Bilan never writes over a database; choose another "
                       "file")
                        .arg(shown),
                    FileField);
    if (const QString database = companionOf(resolved); !database.isEmpty())
        return companionRefused(target, database);
    return {};
}

Status OutputTarget::checkNewDatabase(const QString& path)
{
    if (const QString database = companionOf(resolve(path)); !database.isEmpty())
        return companionRefused(path, database);
    return {};
}

} // namespace bilan
