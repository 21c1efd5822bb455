#pragma once

#include <QString>
#include <QTextStream>

namespace bilan::bench {

// Issue 5's table: builds (or reuses) the database of 1 000 000 entries at `path` and measures
// each goal beside its reference in the same run, then prints the table.
int scale(const QString& path, int entries, QTextStream& out);

} // namespace bilan::bench
