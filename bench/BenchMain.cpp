// bilan_bench: timing tools for the goals in docs/performance.md.
//   bilan_bench scale DATABASE [ENTRIES]        issue 5's table (builds DATABASE if missing)
//   bilan_bench import-hours [ROWS] [RUNS]
//   bilan_bench figures [ENTRIES] [RUNS] [DATABASE]
//   bilan_bench server [ENTRIES] [IMPORT_ROWS] [RUNS]   inside pg_virtualenv (bench-server.sh)
// The child-* commands are the cases `scale` runs in processes of their own.

#include "FiguresBench.h"
#include "GuiBench.h"
#include "ImportBench.h"
#include "ScaleBench.h"
#include "ServerBench.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

#include <spdlog/spdlog.h>

int main(int argc, char** argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool gui = first.startsWith(QLatin1String("child-"));
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window's settings (recent files, language) go to a bench's own, not the user's.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("bilan_bench"));
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const QStringList args = app->arguments().mid(1);
    const QString what = args.value(0, QStringLiteral("import-hours"));
    if (what == QLatin1String("import-hours"))
        return bilan::bench::importHours(args.value(1, QStringLiteral("40000")).toInt(),
                                         args.value(2, QStringLiteral("5")).toInt(), out);
    if (what == QLatin1String("figures"))
        return bilan::bench::figures(args.value(1, QStringLiteral("1000000")).toInt(),
                                     args.value(2, QStringLiteral("5")).toInt(), args.value(3),
                                     out);
    if (what == QLatin1String("scale") && args.size() >= 2)
        return bilan::bench::scale(args.at(1), args.value(2, QStringLiteral("1000000")).toInt(),
                                   out);
    if (what == QLatin1String("server"))
        return bilan::bench::server(args.value(1, QStringLiteral("1000000")).toInt(),
                                    args.value(2, QStringLiteral("1000000")).toInt(),
                                    args.value(3, QStringLiteral("7")).toInt(), out);
    if (what == QLatin1String("child-hours-view"))
        return bilan::bench::hoursViewCase(args.value(1), out);
    if (what == QLatin1String("child-window"))
        return bilan::bench::windowCase(args.value(1), out);
    if (what == QLatin1String("child-report"))
        return bilan::bench::reportCase(args.value(1), args.value(2), out);
    out << "usage: bilan_bench scale DATABASE [ENTRIES]\n"
           "       bilan_bench import-hours [ROWS] [RUNS]\n"
           "       bilan_bench figures [ENTRIES] [RUNS] [DATABASE]\n"
           "       bilan_bench server [ENTRIES] [IMPORT_ROWS] [RUNS]\n";
    return 2;
}
