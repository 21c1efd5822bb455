#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace bilan {

// `bilan engagement --db FILE --year 2019-2020 [--json]`: member engagement in one fiscal year
// (docs/report.md, "Member engagement") as readable tables, or as exactly one JSON object on
// `out`. Exit status 0 on success, 1 on a user error (a bad year, a database that cannot be
// read), 2 on a usage error.
class EngagementCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::EngagementCommand)

public:
    // `arguments`: those after the word "engagement".
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace bilan
