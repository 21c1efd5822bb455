#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>

class QWidget;

namespace bilan {

// File ▸ Back Up of a server: the whole database copied row by row into a new file
// (DatabaseCopy::copyToNewFile), with a progress dialog over `parent` naming the table being
// copied and its rows done of its rows in all. The copy cannot stop half-way, so the dialog has
// no Cancel: it is one read snapshot and one new file, renamed into place only once complete.
class ServerBackup
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ServerBackup)

public:
    static Status run(Database& database, const QString& path, QWidget* parent);
};

} // namespace bilan
