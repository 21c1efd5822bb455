#pragma once

#include "Database.h"

#include <QString>
#include <QTextStream>

#include <optional>
#include <utility>

namespace bilan::bench {

// EngagementRepository::load + computeEngagement of 2019-2020 on the database at `address`,
// `runs` times after a warm-up: the medians on one open connection (the window's Engagement
// page) and opening the database each time too (`bilan engagement`), in milliseconds. Prints
// the year's rows and summary once.
std::optional<std::pair<double, double>> engagementTimes(const QString& address,
                                                         const Database::Options& options, int runs,
                                                         QTextStream& out);

// The process CPU time of FiguresCalculator::compute and of EngagementRepository::load +
// computeEngagement of 2019-2020, alternately on one open connection, `runs` times each after
// a warm-up: medians in milliseconds (figures, engagement). On a machine shared with builds the
// wall times swing with the load; the CPU times much less.
std::optional<std::pair<double, double>>
cpuTimes(const QString& address, const Database::Options& options, int runs, QTextStream& out);

} // namespace bilan::bench
