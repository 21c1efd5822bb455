#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace bilan {

// `bilan history --db FILE [--since DATE] [--until DATE] [--table TABLE] [--actor WHO] [--late]
// [--json]`: the history of changes (ChangeLog), newest first, one line a change, or with --json
// one JSON array of every record's fields. Exit status 0 on success, 1 on a user error (a bad
// date or table, a login that may not read the record), 2 on a usage error.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::HistoryCommand)

public:
    // `arguments`: those after the word "history".
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace bilan
