#include "FiguresBench.h"

#include "BigDatabase.h"
#include "EngagementBench.h"

#include "Database.h"
#include "FiguresCalculator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <vector>

namespace bilan::bench {

QStringList figuresStatements(const FiscalYear& y)
{
    const auto d = [](QDate day) { return u'\'' + day.toString(Qt::ISODate) + u'\''; };
    const FiscalYear p = y.previous();
    const QString range = QStringLiteral("entry_date >= %1 AND entry_date <= %2");
    const QString covers = QStringLiteral("joined_on <= %1 AND (left_on IS NULL OR left_on > %1)");
    QStringList s;
    s << QStringLiteral("SELECT COALESCE(SUM(minutes), 0) FROM service_entries WHERE ") +
             range.arg(d(y.firstDay()), d(y.lastDay()))
      << QStringLiteral("SELECT COALESCE(SUM(minutes), 0) FROM service_entries WHERE ") +
             range.arg(d(p.firstDay()), d(p.lastDay()))
      << QStringLiteral("SELECT COUNT(DISTINCT organisation_id) FROM service_entries WHERE ") +
             range.arg(d(y.firstDay()), d(y.lastDay()))
      << QStringLiteral("SELECT COUNT(*) FROM memberships")
      << QStringLiteral("SELECT COUNT(DISTINCT organisation_id) FROM memberships WHERE ") +
             covers.arg(d(y.lastDay()))
      << QStringLiteral("SELECT COUNT(DISTINCT organisation_id) FROM memberships WHERE ") +
             covers.arg(d(p.lastDay()))
      << QStringLiteral("SELECT category, COUNT(DISTINCT organisation_id) FROM memberships "
                        "WHERE ") +
             covers.arg(d(y.lastDay())) + QStringLiteral(" GROUP BY category")
      << QStringLiteral("SELECT COUNT(DISTINCT m.organisation_id) FROM memberships m WHERE "
                        "m.joined_on >= %1 AND m.joined_on <= %2 AND NOT EXISTS (SELECT 1 FROM "
                        "memberships q WHERE q.organisation_id = m.organisation_id AND q.id <> "
                        "m.id AND q.joined_on < m.joined_on AND (q.left_on IS NULL OR "
                        "q.left_on >= m.joined_on))")
             .arg(d(y.firstDay()), d(y.lastDay()))
      << QStringLiteral("SELECT COUNT(DISTINCT m.organisation_id) FROM memberships m WHERE "
                        "m.left_on >= %1 AND m.left_on <= %2 AND NOT EXISTS (SELECT 1 FROM "
                        "memberships q WHERE q.organisation_id = m.organisation_id AND q.id <> "
                        "m.id AND q.joined_on <= m.left_on AND (q.left_on IS NULL OR "
                        "q.left_on > m.left_on))")
             .arg(d(y.firstDay()), d(y.lastDay()));
    for (int year : {y.startYear() - 1, y.startYear(), y.startYear() + 1})
        for (const char* scenario : {"actual", "budget"})
            s << QStringLiteral("SELECT kind, SUM(amount_cents) FROM finance_lines WHERE "
                                "fiscal_year = %1 AND scenario = '%2' GROUP BY kind")
                     .arg(year)
                     .arg(QLatin1String(scenario));
    s << QStringLiteral("SELECT respondents, recommend FROM surveys WHERE fiscal_year = %1")
             .arg(y.startYear())
      << QStringLiteral("SELECT role, birth_year, gender FROM experts WHERE started_on <= %1 "
                        "AND (ended_on IS NULL OR ended_on >= %1)")
             .arg(d(y.lastDay()));
    return s;
}

namespace {

constexpr int MeasuredYear = 2019;

QString sqliteScript(const FiscalYear& y)
{
    return QStringLiteral(".timer on\nBEGIN;\n") +
           figuresStatements(y).join(QStringLiteral(";\n")) + QStringLiteral(";\nCOMMIT;\n");
}

struct SqliteRun
{
    double wallMs = 0;
    double statementsMs = 0; // the sum of `.timer` "real" times
};

std::optional<SqliteRun> runSqlite(const QString& path, const QString& script)
{
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    if (!process.waitForStarted())
        return std::nullopt;
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600'000) || process.exitCode() != 0)
        return std::nullopt;
    SqliteRun run;
    run.wallMs = timer.nsecsElapsed() / 1e6;
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    for (auto it = real.globalMatch(output); it.hasNext();)
        run.statementsMs += it.next().captured(1).toDouble() * 1000.0;
    return run;
}

} // namespace

std::optional<std::pair<double, double>>
computeTimes(const QString& address, const Database::Options& options, int runs, QTextStream& out)
{
    std::vector<double> warmMs, coldMs;
    for (bool reopen : {false, true}) {
        std::unique_ptr<Database> kept;
        for (int run = 0; run <= runs; ++run) { // run 0 warms the caches
            QElapsedTimer timer;
            timer.start();
            if (!kept || reopen) {
                kept.reset();
                auto database = Database::open(address, options);
                if (!database) {
                    out << database.message() << '\n';
                    return std::nullopt;
                }
                kept = std::move(database).value();
                if (!reopen)
                    timer.restart();
            }
            auto figures = FiguresCalculator(*kept).compute(MeasuredYear);
            const double elapsed = timer.nsecsElapsed() / 1e6;
            if (!figures) {
                out << figures.message() << '\n';
                return std::nullopt;
            }
            if (run == 0 && !reopen)
                out << QStringLiteral("%1: %2 minutes, %3 enterprises served\n")
                           .arg(figures->year.name())
                           .arg(figures->minutesRendered.value_or(0))
                           .arg(figures->enterprisesServed.value_or(0));
            if (run > 0)
                (reopen ? coldMs : warmMs).push_back(elapsed);
        }
    }
    return std::pair(median(warmMs), median(coldMs));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

std::optional<FiguresTiming> measureFigures(const QString& path, int runs, QTextStream& out)
{
    const QString script = sqliteScript(FiscalYear(MeasuredYear));
    std::vector<double> wallMs, statementsMs;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the page cache
        const auto sqlite = runSqlite(path, script);
        if (!sqlite) {
            out << "the sqlite3 command line failed\n";
            return std::nullopt;
        }
        if (run > 0) {
            wallMs.push_back(sqlite->wallMs);
            statementsMs.push_back(sqlite->statementsMs);
        }
    }

    // On one open connection (the window), then opening the file each time like `bilan
    // figures`, which is what the sqlite3 process does too.
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    const auto compute = computeTimes(path, options, runs, out);
    if (!compute)
        return std::nullopt;
    return FiguresTiming{median(statementsMs), median(wallMs), compute->first, compute->second};
}

int figures(int entries, int runs, const QString& givenPath, QTextStream& out)
{
    QTemporaryDir dir;
    const QString path =
        givenPath.isEmpty() ? dir.filePath(QStringLiteral("figures.sqlite")) : givenPath;
    if (!ensureBigDatabase(path, entries, out))
        return 1;
    const auto timing = measureFigures(path, runs, out);
    if (!timing)
        return 1;
    // Member engagement in the same run, on the same file, the same way (issue 14).
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    const auto engagement = engagementTimes(path, readOnly, runs, out);
    if (!engagement)
        return 1;
    const auto cpu = cpuTimes(path, readOnly, runs, out);
    if (!cpu)
        return 1;
    const double statements = timing->sqliteStatementsMs;
    const double wall = timing->sqliteProcessMs;
    const double warm = timing->computeMs;
    const double cold = timing->openComputeMs;
    out << QStringLiteral("medians of %1 runs\n"
                          "sqlite3 command line: statements %2 ms, whole process %3 ms\n"
                          "FiguresCalculator::compute, open connection: %4 ms (%5x the "
                          "statements)\n"
                          "open + compute, as `bilan figures`: %6 ms (%7x the sqlite3 process)\n"
                          "engagement (load + computeEngagement), open connection: %8 ms\n"
                          "open + engagement, as `bilan engagement`: %9 ms\n")
               .arg(runs)
               .arg(statements, 0, 'f', 1)
               .arg(wall, 0, 'f', 1)
               .arg(warm, 0, 'f', 1)
               .arg(statements > 0 ? warm / statements : 0, 0, 'f', 2)
               .arg(cold, 0, 'f', 1)
               .arg(wall > 0 ? cold / wall : 0, 0, 'f', 2)
               .arg(engagement->first, 0, 'f', 1)
               .arg(engagement->second, 0, 'f', 1);
    out << QStringLiteral("process CPU time on one open connection: figures %1 ms, engagement "
                          "%2 ms (%3x the figures)\n")
               .arg(cpu->first, 0, 'f', 1)
               .arg(cpu->second, 0, 'f', 1)
               .arg(cpu->first > 0 ? cpu->second / cpu->first : 0, 0, 'f', 2);
    return 0;
}

} // namespace bilan::bench
