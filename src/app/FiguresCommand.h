#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace bilan {

// `bilan figures --db FILE --year 2019-2020 [--json]`: the figures of one fiscal year as a
// readable table, or as exactly one JSON object on `out` (DESIGN.md's keys). Exit status 0 on
// success, 1 on a user error (a bad year, a database that cannot be read), 2 on a usage error.
class FiguresCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::FiguresCommand)

public:
    // `arguments`: those after the word "figures".
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace bilan
