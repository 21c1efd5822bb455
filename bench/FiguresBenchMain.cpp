// bilan_bench_figures: `bilan_bench figures` alone, linked without the window's libraries, so
// that a Release build for timing the yearly figures and member engagement takes the storage
// and report layers only.
//   bilan_bench_figures [ENTRIES] [RUNS] [DATABASE]

#include "FiguresBench.h"

#include <QCoreApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("bilan_bench"));
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    return bilan::bench::figures(args.value(0, QStringLiteral("1000000")).toInt(),
                                 args.value(1, QStringLiteral("5")).toInt(), args.value(2), out);
}
