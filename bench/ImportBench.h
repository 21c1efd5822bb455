#pragma once

#include <QString>
#include <QTextStream>

namespace bilan::bench {

// Times `bilan import` of generated hour rows into a database that already holds the
// organisations and experts they name, with every check on. Prints one line per run.
int importHours(int rows, int runs, QTextStream& out);

} // namespace bilan::bench
