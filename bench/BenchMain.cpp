// bilan_bench: timing tools for the goals in docs/performance.md.
//   bilan_bench import-hours [ROWS] [RUNS]
//   bilan_bench figures [ENTRIES] [RUNS] [DATABASE]

#include "FiguresBench.h"
#include "ImportBench.h"

#include <QCoreApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    const QString what = args.value(0, QStringLiteral("import-hours"));
    if (what == QLatin1String("import-hours"))
        return bilan::bench::importHours(args.value(1, QStringLiteral("40000")).toInt(),
                                         args.value(2, QStringLiteral("5")).toInt(), out);
    if (what == QLatin1String("figures"))
        return bilan::bench::figures(args.value(1, QStringLiteral("1000000")).toInt(),
                                     args.value(2, QStringLiteral("5")).toInt(), args.value(3),
                                     out);
    out << "usage: bilan_bench import-hours [ROWS] [RUNS]\n"
           "       bilan_bench figures [ENTRIES] [RUNS] [DATABASE]\n";
    return 2;
}
