#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace bilan {

// How many rows a copy wrote into each table.
struct CopySummary
{
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    QList<Table> tables;
    // The source and the target as they are shown: a file's path, a server's address without
    // its password.
    QString source;
    QString target;

    qint64 rows() const;
    qint64 rowsOf(const QString& table) const;
};

// A whole Bilan database copied into an empty one, either way between a file and a server
// (`bilan copy`, and File ▸ Back Up of a server). The source is read in one read transaction
// (one snapshot); the target is written in one write transaction, so a copy that fails half-way
// leaves the target as it was. Every table the migrations make is copied in the order they make
// them (a table after those it refers to) with its rows' ids and timestamps as they were; on a
// server each identity sequence then continues after the highest id copied. Tables a server
// holds besides (its logins, made by `bilan server init`) are not part of the copy.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(bilan::DatabaseCopy)

public:
    // Called as rows are written: the table, its rows written so far and its rows in all.
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    struct Options
    {
        Progress progress = {};
        // How the two are opened (the password of a server, the clock); the source is always
        // opened for reading only, the target for writing.
        Database::Options source = {};
        Database::Options target = {};
    };

    // The tables Bilan's migrations make, in the order they make them; schema_migrations
    // aside, which each database keeps for itself.
    static QStringList tables();

    // `bilan copy --db SOURCE TARGET`: opens both and copies. A target file that does not exist
    // is built under a temporary owner-only name and renamed into place once complete; one that
    // exists must be an empty Bilan database (any other file is refused, as every file Bilan
    // writes); a server's database must hold no Bilan data.
    static Result<CopySummary> copy(const QString& source, const QString& target,
                                    const Options& options);

    // Copies the open `source` into the open `target`, which holds no Bilan data.
    static Result<CopySummary> copyInto(Database& source, Database& target,
                                        const Progress& progress = {});

    // Copies the open `source` into a new file `target` with OutputFile's guarantees: never over
    // a file or the source's own files, owner-only, written under a temporary name and renamed
    // into place only once complete.
    static Result<CopySummary> copyToNewFile(Database& source, const QString& target,
                                             const Progress& progress = {});

    // Whether `a` and `b` are one database: the same file whatever path leads to it, or the
    // same database of the same server whatever address reaches it.
    static Result<bool> sameDatabase(Database& a, Database& b);
};

} // namespace bilan
