#pragma once

// What every command shares: the --db option, and what it prints when it fails, with the exit
// status of DESIGN.md's command line.

#include "CommandLine.h"
#include "Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace bilan {

// `--db FILE`, taken by the window and by every command.
inline QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        CommandLine::tr("The database: a file, or a server as postgresql://user@host/database."),
        CommandLine::tr("FILE"));
}

// The database --db names, else the one in the user's data folder.
inline QString databasePath(const QCommandLineParser& parser)
{
    const QString db = databaseOption().names().constFirst();
    return parser.isSet(db) ? parser.value(db) : Database::defaultPath();
}

inline int usageError(QTextStream& err, const QString& message, const QString& usage)
{
    err << "bilan: " << message << "\n\n" << usage;
    err.flush();
    return CommandLine::UsageError;
}

inline int userError(QTextStream& err, const QString& message)
{
    err << "bilan: " << message << '\n';
    err.flush();
    return CommandLine::UserError;
}

} // namespace bilan
