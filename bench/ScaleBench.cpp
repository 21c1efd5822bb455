#include "ScaleBench.h"

#include "BigDatabase.h"
#include "CsvImporter.h"
#include "Database.h"
#include "FiguresBench.h"
#include "GuiBench.h"
#include "ImportBench.h"
#include "ServiceEntryRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bilan::bench {

namespace {

constexpr int ImportRows = 1'000'000;
constexpr int Saves = 1000;
constexpr int ChildRuns = 5;

struct Row
{
    QString what;
    QString goal;
    QString measured;
    QString reference;
    bool met = false;
};

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

QString mib(qint64 kib)
{
    return QStringLiteral("%1 MiB").arg(kib / 1024.0, 0, 'f', 1);
}

// A database with the people and no entries.
bool seededEmpty(const QString& path)
{
    auto database = Database::open(path);
    return database && seedPeople(**database);
}

// The `key=value` pairs of the child's last output line.
QHash<QString, QString> runChild(const QStringList& arguments, double* startedAt = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
    // The offscreen platform's warnings are noise here; a failure is said on stdout.
    process.setStandardErrorFile(QProcess::nullDevice());
    if (startedAt)
        *startedAt = monotonicMs();
    process.start(QCoreApplication::applicationFilePath(), arguments);
    QHash<QString, QString> values;
    if (!process.waitForFinished(600'000))
        return values;
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& pair : lines.value(lines.size() - 1).split(u' ')) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals > 0)
            values.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return values;
}

// Medians of a child case run ChildRuns times (after one warm-up run).
QHash<QString, double> childMedians(const QStringList& arguments, bool processStart = false)
{
    QHash<QString, std::vector<double>> runs;
    for (int run = 0; run <= ChildRuns; ++run) {
        double startedAt = 0;
        const auto values = runChild(arguments, &startedAt);
        if (values.contains(QStringLiteral("error")) || values.isEmpty())
            return {};
        if (run == 0)
            continue;
        for (auto it = values.begin(); it != values.end(); ++it)
            runs[it.key()].push_back(it.value().toDouble());
        if (processStart)
            runs[QStringLiteral("process_ms")].push_back(
                values.value(QStringLiteral("shown_at_ms")).toDouble() - startedAt);
    }
    QHash<QString, double> medians;
    for (auto it = runs.begin(); it != runs.end(); ++it)
        medians.insert(it.key(), median(it.value()));
    return medians;
}

// This process's CPU time (user + system), in seconds: on a shared machine the wall time says
// as much about the other processes as about this one.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct ImportTiming
{
    double seconds = 0;
    double cpu = 0;
    bool ok = false;
};

ImportTiming importInto(const QString& database, const QString& csv, QTextStream& out)
{
    auto db = Database::open(database);
    if (!db)
        return {};
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    const ImportResult result = CsvImporter(**db).importFile(CsvKind::Hours, csv);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result.ok()) {
        out << "import failed: " << CsvImporter::describe(csv, result.problems.first()) << '\n';
        return {};
    }
    return {seconds, cpuSeconds() - cpu, true};
}

// The reference: SQLite alone inserting the same rows into the same schema (the three
// indexes in place), one prepared statement in one transaction, values already in memory.
ImportTiming bareInsert(const QString& path, int rows, int experts, int organisations)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return {};
    sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO service_entries (entry_date, expert_id, organisation_id, "
                       "minutes, field_id, note, created_at, updated_at) VALUES (?, ?, ?, ?, "
                       "NULL, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                       -1, &insert, nullptr);
    const int minutes[6] = {90, 120, 45, 90, 90, 195};
    const QDate first(2019, 4, 1);
    bool ok = true;
    for (int i = 0; i < rows && ok; ++i) {
        const QByteArray day = first.addDays((i / experts) % 3650).toString(Qt::ISODate).toLatin1();
        sqlite3_bind_text(insert, 1, day.constData(), 10, SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 2, 1 + i % experts);
        sqlite3_bind_int64(insert, 3, 1 + (i * 7919LL) % organisations);
        sqlite3_bind_int64(insert, 4, minutes[i % 6]);
        sqlite3_bind_text(insert, 5, i % 7 == 0 ? "suivi, rencontre" : "", -1, SQLITE_STATIC);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const ImportTiming timing{timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu, ok};
    sqlite3_close(db);
    return timing;
}

} // namespace

std::optional<std::pair<double, double>> saveTimes(const QString& path, QTextStream& out,
                                                   bool normalSync)
{
    auto db = Database::open(path);
    if (!db)
        return std::nullopt;
    // The diagnosis: what the commit's fsync costs (WAL with synchronous NORMAL syncs at
    // checkpoints only).
    if (normalSync)
        QSqlQuery((**db).connection()).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    ServiceEntryRepository repository(**db);
    std::vector<double> times;
    qint64 firstId = 0;
    for (int i = 0; i < Saves; ++i) {
        ServiceEntry entry;
        entry.date = QDate(2019, 4, 1).addDays(i / BigExperts * 37);
        entry.expertId = 1 + i % BigExperts;
        entry.organisationId = 1 + (i * 13) % BigOrganisations;
        entry.minutes = 30;
        entry.field = QStringLiteral("Ressources humaines");
        entry.note = QStringLiteral("bench");
        QElapsedTimer timer;
        timer.start();
        auto id = repository.add(entry);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (!id) {
            out << "save failed: " << id.message() << '\n';
            return std::nullopt;
        }
        if (i == 0)
            firstId = *id;
    }
    QSqlQuery remove((**db).connection());
    remove.exec(QStringLiteral("DELETE FROM service_entries WHERE id >= %1").arg(firstId));
    std::sort(times.begin(), times.end());
    return std::make_pair(times[times.size() / 2], times[times.size() * 99 / 100]);
}

namespace {

void printTable(const QList<Row>& rows, QTextStream& out)
{
    out << "\n| what | goal | measured | reference in the same run | met |\n"
           "|---|---|---|---|---|\n";
    for (const Row& row : rows)
        out << "| " << row.what << " | " << row.goal << " | " << row.measured << " | "
            << row.reference << " | " << (row.met ? "yes" : "**no**") << " |\n";
    out.flush();
}

} // namespace

int scale(const QString& path, int entries, QTextStream& out)
{
    QTemporaryDir dir;
    if (!ensureBigDatabase(path, entries, out))
        return 1;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    if (!seededEmpty(empty)) {
        out << "cannot build " << empty << '\n';
        return 1;
    }
    QList<Row> rows;
    const auto say = [&](const QString& what) {
        out << what << "...\n";
        out.flush();
    };

    say(QStringLiteral("figures"));
    if (const auto figures = measureFigures(path, 7, out)) {
        const double ratio = figures->computeMs / figures->sqliteStatementsMs;
        rows << Row{QStringLiteral("all yearly figures of 2019-2020"),
                    QStringLiteral("≤ 1.2× sqlite3; < 150 ms"),
                    QStringLiteral("%1 (%2×); opening the file too: %3")
                        .arg(ms(figures->computeMs))
                        .arg(ratio, 0, 'f', 2)
                        .arg(ms(figures->openComputeMs)),
                    QStringLiteral("`sqlite3` CLI: %1 of statements, %2 for the process")
                        .arg(ms(figures->sqliteStatementsMs), ms(figures->sqliteProcessMs)),
                    ratio <= 1.2 && figures->computeMs < 150};
    }

    say(QStringLiteral("import"));
    const QString csv = dir.filePath(QStringLiteral("hours.csv"));
    if (writeHoursCsv(csv, ImportRows, BigExperts, BigOrganisations)) {
        const QString target = dir.filePath(QStringLiteral("import.sqlite"));
        const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
        if (seededEmpty(target) && seededEmpty(bare)) {
            const ImportTiming imported = importInto(target, csv, out);
            const ImportTiming reference =
                bareInsert(bare, ImportRows, BigExperts, BigOrganisations);
            const auto rate = [](double seconds) {
                return seconds > 0 ? std::lround(ImportRows / seconds) : 0L;
            };
            rows << Row{QStringLiteral("`bilan import` of 1 000 000 hour rows"),
                        QStringLiteral("≥ 500 000 rows/s, all validation on"),
                        QStringLiteral("%1 s, %2 rows/s (CPU %3 s: %4 rows/s)")
                            .arg(imported.seconds, 0, 'f', 2)
                            .arg(imported.ok ? rate(imported.seconds) : 0)
                            .arg(imported.cpu, 0, 'f', 2)
                            .arg(imported.ok ? rate(imported.cpu) : 0),
                        QStringLiteral("bare SQLite C API insert, same rows and indexes: %1 s, "
                                       "%2 rows/s (CPU %3 s)")
                            .arg(reference.seconds, 0, 'f', 2)
                            .arg(reference.ok ? rate(reference.seconds) : 0)
                            .arg(reference.cpu, 0, 'f', 2),
                        imported.ok && rate(imported.seconds) >= 500'000};
            QFile::remove(target);
            QFile::remove(bare);
        }
        QFile::remove(csv);
    }

    say(QStringLiteral("hours view"));
    const auto bigView = childMedians({QStringLiteral("child-hours-view"), path});
    const auto emptyView = childMedians({QStringLiteral("child-hours-view"), empty});
    if (!bigView.isEmpty() && !emptyView.isEmpty()) {
        const double extra = bigView[QStringLiteral("ms")] - emptyView[QStringLiteral("ms")];
        const double memory =
            bigView[QStringLiteral("rss_kib")] / emptyView[QStringLiteral("rss_kib")];
        rows << Row{QStringLiteral("Hours view, first screen shown (week of 2019-10-16)"),
                    QStringLiteral("≤ 20 ms more than empty; memory ≤ 1.3× empty"),
                    QStringLiteral("%1 (+%2), %3 (%4×)")
                        .arg(ms(bigView[QStringLiteral("ms")]), ms(extra),
                             mib(static_cast<qint64>(bigView[QStringLiteral("rss_kib")])))
                        .arg(memory, 0, 'f', 2),
                    QStringLiteral("empty database: %1, %2")
                        .arg(ms(emptyView[QStringLiteral("ms")]),
                             mib(static_cast<qint64>(emptyView[QStringLiteral("rss_kib")]))),
                    extra <= 20 && memory <= 1.3};
    }

    say(QStringLiteral("saves"));
    const auto bigSaves = saveTimes(path, out);
    const auto emptySaves = saveTimes(empty, out);
    const auto unsyncedSaves = saveTimes(path, out, true);
    if (bigSaves && emptySaves && unsyncedSaves)
        rows << Row{
            QStringLiteral("saving one entry (ServiceEntryRepository::add, 1 000 saves)"),
            QStringLiteral("p99 < 5 ms"),
            QStringLiteral("p99 %1 (median %2)").arg(ms(bigSaves->second), ms(bigSaves->first)),
            QStringLiteral("empty database: p99 %1 (median %2); big database with "
                           "synchronous = NORMAL: p99 %3 (median %4)")
                .arg(ms(emptySaves->second), ms(emptySaves->first), ms(unsyncedSaves->second),
                     ms(unsyncedSaves->first)),
            bigSaves->second < 5};

    say(QStringLiteral("report"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const auto bigReport = childMedians({QStringLiteral("child-report"), path, pdf});
    const auto emptyReport = childMedians({QStringLiteral("child-report"), empty, pdf});
    if (!bigReport.isEmpty() && !emptyReport.isEmpty())
        rows << Row{
            QStringLiteral("annual report PDF of 2019-2020"), QStringLiteral("< 1.5 s"),
            QStringLiteral("%1 (loading the figures: %2)")
                .arg(ms(bigReport[QStringLiteral("ms")]), ms(bigReport[QStringLiteral("load_ms")])),
            QStringLiteral("empty database: %1").arg(ms(emptyReport[QStringLiteral("ms")])),
            bigReport[QStringLiteral("ms")] < 1500};

    say(QStringLiteral("window"));
    const auto bigWindow = childMedians({QStringLiteral("child-window"), path}, true);
    const auto emptyWindow = childMedians({QStringLiteral("child-window"), empty}, true);
    if (!bigWindow.isEmpty() && !emptyWindow.isEmpty())
        rows << Row{QStringLiteral("start to window shown (process start to first paint)"),
                    QStringLiteral("< 400 ms"),
                    QStringLiteral("%1 (in the process: %2)")
                        .arg(ms(bigWindow[QStringLiteral("process_ms")]),
                             ms(bigWindow[QStringLiteral("ms")])),
                    QStringLiteral("empty database: %1 (in the process: %2)")
                        .arg(ms(emptyWindow[QStringLiteral("process_ms")]),
                             ms(emptyWindow[QStringLiteral("ms")])),
                    bigWindow[QStringLiteral("process_ms")] < 400};

    printTable(rows, out);
    return 0;
}

} // namespace bilan::bench
