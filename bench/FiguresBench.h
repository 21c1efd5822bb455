#pragma once

#include <QString>
#include <QTextStream>

namespace bilan::bench {

// Times FiguresCalculator::compute for one fiscal year on a database of `entries` service
// entries over ten fiscal years (2 000 organisations, 100 experts), beside the same aggregates
// run by the `sqlite3` command line on the same file. `path`: where to build the database (kept
// and reused when it exists); empty: a temporary file. Prints the medians of `runs` runs.
int figures(int entries, int runs, const QString& path, QTextStream& out);

} // namespace bilan::bench
