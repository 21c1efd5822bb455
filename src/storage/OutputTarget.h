#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bilan {

// The one guard every command and dialog that writes a file goes through (CSV export, PDF
// report and meeting sheets, backup, a new database): the file written never replaces the open
// database or a file SQLite keeps beside it, nor any other SQLite database or its journal,
// whatever path, symbolic link or hard link leads there. A report written over the database
// would lose every entry without a word.
class OutputTarget
{
    Q_DECLARE_TR_FUNCTIONS(bilan::OutputTarget)

public:
    // What SQLite adds to a database's name for the files it keeps beside it: rollback journal,
    // write-ahead log, shared memory.
    static const QStringList& journalSuffixes();
    // Those, and what Bilan adds for a creation in progress and its own journal files.
    static const QStringList& companionSuffixes();
    // `databasePath` followed by every companion file name beside it.
    static QStringList databaseFiles(const QString& databasePath);

    // Refuses `target` when writing it would replace the database at `databasePath` (empty when
    // no database is open) or one of its files, any other SQLite database, or a companion file
    // of one.
    static Status check(const QString& target, const QString& databasePath);
    // Refuses a new database at `path` that SQLite would take for another database's journal.
    static Status checkNewDatabase(const QString& path);

    // `path` made absolute, every symbolic link on the way followed (a link to a file that does
    // not exist yet too) and its folder made canonical: the file a write through `path` lands in.
    static QString resolve(const QString& path);
    // True when both paths name one existing file (same device and inode: a hard link too).
    static bool sameFile(const QString& a, const QString& b);
    // True for an existing file that starts with SQLite's header.
    static bool isSqliteFile(const QString& path);
};

} // namespace bilan
