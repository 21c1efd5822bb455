#pragma once

#include <QString>
#include <QTextStream>

namespace bilan::bench {

// Times `bilan import` of generated hour rows into a database that already holds the
// organisations and experts they name, with every check on. Prints one line per run.
int importHours(int rows, int runs, QTextStream& out);

// Writes `rows` hour rows naming experts "Expert·e 0" to experts - 1 and organisations
// "Coopérative numéro 0" to organisations - 1: the rows of rows_i are also what
// bareInsertRows() inserts.
bool writeHoursCsv(const QString& path, int rows, int experts, int organisations);

} // namespace bilan::bench
