#include "ServerBench.h"

#include "BigDatabase.h"
#include "CsvImporter.h"
#include "Database.h"
#include "FiguresBench.h"
#include "FiguresCalculator.h"
#include "ImportBench.h"
#include "ScaleBench.h"
#include "ServiceEntryRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace bilan::bench {

namespace {

constexpr int MeasuredYear = 2019;

QString address(const QString& database)
{
    return QStringLiteral("postgresql:///") + database;
}

struct Psql
{
    bool ok = false;
    double wallMs = 0;  // the whole psql process
    double timedMs = 0; // the sum of its `\timing` lines
    QString output;
};

// psql on `database` (host, port and login from the PG* variables) reading `script`.
Psql psql(const QString& database, const QString& script)
{
    static const QRegularExpression timing(QStringLiteral("^Time: ([0-9.]+) ms"),
                                           QRegularExpression::MultilineOption);
    Psql run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-d"), database});
    if (!process.waitForStarted())
        return run;
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(3'600'000))
        return run;
    run.wallMs = timer.nsecsElapsed() / 1e6;
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    run.output = QString::fromUtf8(process.readAll());
    for (auto it = timing.globalMatch(run.output); it.hasNext();)
        run.timedMs += it.next().captured(1).toDouble();
    return run;
}

bool recreate(const QString& database, QTextStream& out)
{
    const Psql run =
        psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);\n"
                                                        "CREATE DATABASE %1;\n")
                                             .arg(database));
    if (!run.ok)
        out << "psql could not make " << database << ": " << run.output << '\n';
    return run.ok;
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

struct Row
{
    QString what;
    QString goal;
    QString measured;
    QString reference;
    bool met = false;
};

// The figures: psql running the same statements in one read-only snapshot, then
// FiguresCalculator::compute on one open connection and opening the database each time.
std::optional<Row> figuresRow(const QString& database, int runs, QTextStream& out)
{
    const QString script = QStringLiteral("\\timing on\nBEGIN ISOLATION LEVEL REPEATABLE READ "
                                          "READ ONLY;\n") +
                           figuresStatements(FiscalYear(MeasuredYear)).join(u";\n") +
                           QStringLiteral(";\nCOMMIT;\n");
    std::vector<double> statementsMs, processMs;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the server's cache
        const Psql reference = psql(database, script);
        if (!reference.ok) {
            out << "psql failed: " << reference.output << '\n';
            return std::nullopt;
        }
        if (run > 0) {
            statementsMs.push_back(reference.timedMs);
            processMs.push_back(reference.wallMs);
        }
    }
    const auto compute = computeTimes(address(database), Database::Options{}, runs, out);
    if (!compute)
        return std::nullopt;
    const double warm = compute->first, cold = compute->second;
    const double statements = median(statementsMs);
    return Row{QStringLiteral("all yearly figures of 2019-2020"), QStringLiteral("≤ 1.2× psql"),
               QStringLiteral("%1 (%2×); connecting too: %3 (%4× the psql process)")
                   .arg(ms(warm))
                   .arg(warm / statements, 0, 'f', 2)
                   .arg(ms(cold))
                   .arg(cold / median(processMs), 0, 'f', 2),
               QStringLiteral("psql, same statements in one snapshot: %1 (`\\timing` sum), %2 for "
                              "the process")
                   .arg(ms(statements), ms(median(processMs))),
               warm <= 1.2 * statements};
}

std::optional<Row> savesRow(const QString& database, QTextStream& out)
{
    const auto saves = saveTimes(address(database), out);
    if (!saves)
        return std::nullopt;
    return Row{QStringLiteral("saving one entry (ServiceEntryRepository::add, 1 000 saves)"),
               QStringLiteral("p99 < 10 ms"),
               QStringLiteral("p99 %1 (median %2)").arg(ms(saves->second), ms(saves->first)),
               QStringLiteral("—"), saves->second < 10};
}

// Bilan's import of the CSV file, then psql's \copy of the rows it wrote (ids resolved, the
// same eight columns) into a table with no index, constraint or default.
std::optional<Row> importRow(int rows, QTextStream& out)
{
    const QString database = QStringLiteral("bilan_bench_import");
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("hours.csv"));
    const QString copied = dir.filePath(QStringLiteral("rows.csv"));
    if (!recreate(database, out) || !writeHoursCsv(csv, rows, BigExperts, BigOrganisations))
        return std::nullopt;
    double seconds = 0;
    {
        auto db = Database::open(address(database));
        if (!db || !seedPeople(**db)) {
            out << "cannot seed " << database << '\n';
            return std::nullopt;
        }
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = CsvImporter(**db).importFile(CsvKind::Hours, csv);
        seconds = timer.nsecsElapsed() / 1e9;
        if (!result.ok()) {
            out << "import failed: " << CsvImporter::describe(csv, result.problems.first()) << '\n';
            return std::nullopt;
        }
    }
    const Psql dump = psql(
        database, QStringLiteral("\\copy (SELECT entry_date, expert_id, organisation_id, minutes, "
                                 "field_id, note, created_at, updated_at FROM service_entries "
                                 "ORDER BY id) TO '%1' WITH (FORMAT csv)\n"
                                 "CREATE TABLE bare_entries (entry_date TEXT, expert_id BIGINT, "
                                 "organisation_id BIGINT, minutes INTEGER, field_id BIGINT, note "
                                 "TEXT, created_at TEXT, updated_at TEXT);\n")
                      .arg(copied));
    const Psql copy = psql(
        database, QStringLiteral("\\copy bare_entries FROM '%1' WITH (FORMAT csv)\n").arg(copied));
    if (!dump.ok || !copy.ok) {
        out << "psql failed: " << dump.output << copy.output << '\n';
        return std::nullopt;
    }
    const double copySeconds = copy.wallMs / 1000;
    const double rate = rows / seconds, copyRate = rows / copySeconds;
    return Row{QStringLiteral("`bilan import` of %1 hour rows").arg(rows),
               QStringLiteral("≥ 1/3 of psql's \\copy rate"),
               QStringLiteral("%1 s, %2 rows/s (%3 of \\copy's rate)")
                   .arg(seconds, 0, 'f', 2)
                   .arg(rate, 0, 'f', 0)
                   .arg(rate / copyRate, 0, 'f', 2),
               QStringLiteral("psql `\\copy` of the same rows into a bare table: %1 s, %2 rows/s")
                   .arg(copySeconds, 0, 'f', 2)
                   .arg(copyRate, 0, 'f', 0),
               rate * 3 >= copyRate};
}

} // namespace

int server(int entries, int importRows, int runs, QTextStream& out)
{
    const QString big = QStringLiteral("bilan_bench_big");
    const auto say = [&](const QString& what) {
        out << what << "...\n";
        out.flush();
    };
    say(QStringLiteral("building %1 entries on the server").arg(entries));
    if (!recreate(big, out) || !ensureBigDatabase(address(big), entries, out))
        return 1;
    // What autovacuum does soon after a bulk load on its own: statistics for the planner and
    // the visibility map that lets the covering index answer without the table.
    if (const Psql vacuum = psql(big, QStringLiteral("VACUUM ANALYZE;\n")); !vacuum.ok) {
        out << vacuum.output << '\n';
        return 1;
    }
    QList<Row> rows;
    say(QStringLiteral("figures"));
    if (const auto row = figuresRow(big, runs, out))
        rows << *row;
    say(QStringLiteral("saves"));
    if (const auto row = savesRow(big, out))
        rows << *row;
    say(QStringLiteral("import"));
    if (const auto row = importRow(importRows, out))
        rows << *row;
    out << "\n| what | goal | measured | reference in the same run | met |\n"
           "|---|---|---|---|---|\n";
    for (const Row& row : std::as_const(rows))
        out << "| " << row.what << " | " << row.goal << " | " << row.measured << " | "
            << row.reference << " | " << (row.met ? "yes" : "**no**") << " |\n";
    out.flush();
    return rows.size() == 3 ? 0 : 1;
}

} // namespace bilan::bench
