#include "EngagementBench.h"

#include "FiguresBench.h"

#include "Engagement.h"
#include "EngagementRepository.h"
#include "SettingsRepository.h"

#include <QElapsedTimer>

#include <memory>
#include <vector>

namespace bilan::bench {

namespace {

constexpr int MeasuredYear = 2019;

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
            const Engagement engagement = computeEngagement(*year, *inputs);
            const double elapsed = timer.nsecsElapsed() / 1e6;
            if (run == 0 && !reopen)
                out << QStringLiteral("engagement %1: %2 organisations loaded, %3 listed, %4 "
                                      "members on the last day, %5 cohorts\n")
                           .arg(engagement.year.name())
                           .arg(inputs->size())
                           .arg(engagement.rows.size())
                           .arg(engagement.summary.membersLastDay)
                           .arg(engagement.cohorts.size());
            if (run > 0)
                (reopen ? coldMs : warmMs).push_back(elapsed);
        }
    }
    return std::pair(median(warmMs), median(coldMs));
}

} // namespace bilan::bench
