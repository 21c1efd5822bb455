#include "EngagementBench.h"

#include "FiguresBench.h"

#include "Engagement.h"
#include "EngagementRepository.h"
#include "FiguresCalculator.h"
#include "SettingsRepository.h"

#include <QElapsedTimer>

#include <ctime>
#include <memory>
#include <vector>

namespace bilan::bench {

namespace {

constexpr int MeasuredYear = 2019;

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

Status engagementOnce(Database& db)
{
    auto year = SettingsRepository(db).fiscalYear(MeasuredYear);
    if (!year)
        return year.error();
    auto inputs = EngagementRepository(db).load(*year);
    if (!inputs)
        return inputs.error();
    const Engagement engagement = computeEngagement(*year, *inputs);
    if (engagement.rows.isEmpty())
        return fail(QStringLiteral("no engagement row"));
    return {};
}

} // namespace

std::optional<std::pair<double, double>> engagementTimes(const QString& address,
                                                         const Database::Options& options, int runs,
                                                         QTextStream& out)
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
            // As `bilan engagement` names the year: in the cooperative's fiscal calendar.
            auto year = SettingsRepository(*kept).fiscalYear(MeasuredYear);
            if (!year) {
                out << year.message() << '\n';
                return std::nullopt;
            }
            auto inputs = EngagementRepository(*kept).load(*year);
            if (!inputs) {
                out << inputs.message() << '\n';
                return std::nullopt;
            }
            QElapsedTimer rules;
            rules.start();
            const Engagement engagement = computeEngagement(*year, *inputs);
            const double rulesMs = rules.nsecsElapsed() / 1e6;
            const double elapsed = timer.nsecsElapsed() / 1e6;
            if (run == 0 && !reopen)
                out << QStringLiteral("engagement %1: %2 organisations loaded, %3 listed, %4 "
                                      "members on the last day, %5 cohorts; the rules alone "
                                      "(computeEngagement) %6 ms\n")
                           .arg(engagement.year.name())
                           .arg(inputs->size())
                           .arg(engagement.rows.size())
                           .arg(engagement.summary.membersLastDay)
                           .arg(engagement.cohorts.size())
                           .arg(rulesMs, 0, 'f', 1);
            if (run > 0)
                (reopen ? coldMs : warmMs).push_back(elapsed);
        }
    }
    return std::pair(median(warmMs), median(coldMs));
}

std::optional<std::pair<double, double>>
cpuTimes(const QString& address, const Database::Options& options, int runs, QTextStream& out)
{
    auto database = Database::open(address, options);
    if (!database) {
        out << database.message() << '\n';
        return std::nullopt;
    }
    Database& db = **database;
    std::vector<double> figuresMs, engagementMs;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the caches
        double start = processCpuMs();
        auto figures = FiguresCalculator(db).compute(MeasuredYear);
        const double figuresCpu = processCpuMs() - start;
        if (!figures) {
            out << figures.message() << '\n';
            return std::nullopt;
        }
        start = processCpuMs();
        const Status engagement = engagementOnce(db);
        const double engagementCpu = processCpuMs() - start;
        if (!engagement) {
            out << engagement.message() << '\n';
            return std::nullopt;
        }
        if (run > 0) {
            figuresMs.push_back(figuresCpu);
            engagementMs.push_back(engagementCpu);
        }
    }
    return std::pair(median(figuresMs), median(engagementMs));
}

} // namespace bilan::bench
