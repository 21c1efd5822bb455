#pragma once

#include <QString>
#include <QTextStream>

#include <optional>
#include <utility>

namespace bilan::bench {

// Issue 5's table: builds (or reuses) the database of 1 000 000 entries at `path` and measures
// each goal beside its reference in the same run, then prints the table.
int scale(const QString& path, int entries, QTextStream& out);

// p50 and p99 in milliseconds of 1 000 ServiceEntryRepository::add calls on the database at
// `path` (a file or a server address), each its own transaction as in the window; the rows are
// deleted again so the database stays as built. `normalSync`: a file with synchronous = NORMAL.
std::optional<std::pair<double, double>> saveTimes(const QString& path, QTextStream& out,
                                                   bool normalSync = false);

} // namespace bilan::bench
