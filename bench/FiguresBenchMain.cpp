// bilan_bench_figures: `bilan_bench figures` alone, linked without the window's libraries, so
// that a Release build for timing the yearly figures and member engagement takes the storage
// and report layers only.
//   bilan_bench_figures [ENTRIES] [RUNS] [DATABASE]     a file, beside the sqlite3 command line
//   bilan_bench_figures at ADDRESS [ENTRIES] [RUNS]     any database, a server too: builds
//                                                       ENTRIES there first unless 0, then
//                                                       times RUNS runs unless 0

#include "BigDatabase.h"
#include "EngagementBench.h"
#include "FiguresBench.h"

#include <QCoreApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

namespace {

// The figures and engagement of 2019-2020 on the database at `address`, both timed the same
// way: on one open connection, and opening the database each time too.
int timeAt(const QString& address, int entries, int runs, QTextStream& out)
{
    // ENTRIES 0: the database is there already (a server database cannot be told apart from an
    // empty one by its address, as a file can).
    if (entries > 0 && !bilan::bench::ensureBigDatabase(address, entries, out))
        return 1;
    if (runs == 0)
        return 0;
    const bilan::Database::Options options;
    const auto figures = bilan::bench::computeTimes(address, options, runs, out);
    const auto engagement = bilan::bench::engagementTimes(address, options, runs, out);
    if (!figures || !engagement)
        return 1;
    out << QStringLiteral("medians of %1 runs\n"
                          "figures, open connection: %2 ms; opening the database too: %3 ms\n"
                          "engagement, open connection: %4 ms; opening the database too: %5 ms\n")
               .arg(runs)
               .arg(figures->first, 0, 'f', 1)
               .arg(figures->second, 0, 'f', 1)
               .arg(engagement->first, 0, 'f', 1)
               .arg(engagement->second, 0, 'f', 1);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("bilan_bench"));
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("at") && args.size() >= 2)
        return timeAt(args.at(1), args.value(2, QStringLiteral("1000000")).toInt(),
                      args.value(3, QStringLiteral("5")).toInt(), out);
    return bilan::bench::figures(args.value(0, QStringLiteral("1000000")).toInt(),
                                 args.value(1, QStringLiteral("5")).toInt(), args.value(2), out);
}
