#pragma once

#include "Meeting.h"

#include <QList>
#include <QtGlobal>

#include <optional>

namespace bilan {

// The arithmetic every yearly figure shares, written once so that the figures, the report, the
// Reports page and the Finances page cannot disagree. Each returns empty when the figure means
// nothing, never 0.
namespace FigureMath {

// (current − previous) ÷ previous × 100. Empty when either side is unknown or the year before is
// zero or negative: from a zero base there is no ratio, and from a negative one (a deficit) the
// ratio's sign reads backwards (a deficit of 100 turning into a surplus of 50 is "−150 %").
std::optional<double> growthPct(std::optional<qint64> current, std::optional<qint64> previous);
inline std::optional<double> growthPct(std::optional<int> current, std::optional<int> previous)
{
    return growthPct(current ? std::optional<qint64>(*current) : std::nullopt,
                     previous ? std::optional<qint64>(*previous) : std::nullopt);
}

// part ÷ whole × 100; empty when `whole` is zero.
std::optional<double> sharePct(qint64 part, qint64 whole);

// actual ÷ budget − 1, as a percentage; empty without both or with a zero budget.
std::optional<double> variancePct(std::optional<qint64> actual, std::optional<qint64> budget);

// after − before, for a figure that may be negative (a surplus) and whose change is shown in its
// own unit rather than as a ratio.
std::optional<qint64> difference(std::optional<qint64> before, std::optional<qint64> after);

// after − before in percentage points: the change of a percentage is not a ratio of ratios.
std::optional<double> pointsChange(std::optional<double> before, std::optional<double> after);

// The rows marked present.
int presentCount(const QList<Attendance>& rows);
// `present` rows ÷ all rows × 100: the attendance rate of a year, a meeting or a director.
std::optional<double> attendanceRatePct(const QList<Attendance>& rows);

} // namespace FigureMath

} // namespace bilan
