#pragma once

// What every command prints when it fails, with the exit status of DESIGN.md's command line.

#include "CommandLine.h"

#include <QString>
#include <QTextStream>

namespace bilan {

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
