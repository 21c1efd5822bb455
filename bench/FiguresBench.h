#pragma once

#include "Database.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <utility>
#include <vector>

namespace bilan {
class FiscalYear;
}

namespace bilan::bench {

// The statements FiguresCalculator's repositories run for one year, with the dates written in:
// the service entries' aggregates (the bulk of the work), memberships, finances, survey. Plain
// SQL that SQLite and PostgreSQL both run.
QStringList figuresStatements(const FiscalYear& year);

// Times FiguresCalculator::compute for one fiscal year on a database of `entries` service
// entries over ten fiscal years (2 000 organisations, 100 experts), beside the same aggregates
// run by the `sqlite3` command line on the same file, then member engagement of the same year
// on the same file (EngagementBench.h). `path`: where to build the database (kept
// and reused when it exists); empty: a temporary file. Prints the medians of `runs` runs.
int figures(int entries, int runs, const QString& path, QTextStream& out);

// Medians of `runs` runs on the database at `path`, in milliseconds.
struct FiguresTiming
{
    double sqliteStatementsMs = 0; // the sum of the sqlite3 `.timer` real times
    double sqliteProcessMs = 0;    // the whole sqlite3 process
    double computeMs = 0;          // FiguresCalculator::compute on an open connection
    double openComputeMs = 0;      // opening the file too, as `bilan figures` does
};
std::optional<FiguresTiming> measureFigures(const QString& path, int runs, QTextStream& out);

double median(std::vector<double> values);

// FiguresCalculator::compute of 2019-2020 on the database at `address`, `runs` times after a
// warm-up: the medians on one open connection (the window) and opening the database each time
// too (`bilan figures`), in milliseconds. Prints the year's first figures once.
std::optional<std::pair<double, double>>
computeTimes(const QString& address, const Database::Options& options, int runs, QTextStream& out);

} // namespace bilan::bench
