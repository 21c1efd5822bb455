// bilan_bench: timing tools for the goals in docs/performance.md.
//   bilan_bench import-hours [ROWS] [RUNS]

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
    out << "usage: bilan_bench import-hours [ROWS] [RUNS]\n";
    return 2;
}
