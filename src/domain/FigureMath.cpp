#include "FigureMath.h"

#include <algorithm>

namespace bilan::FigureMath {

std::optional<double> growthPct(std::optional<qint64> current, std::optional<qint64> previous)
{
    if (!current || !previous || *previous <= 0)
        return std::nullopt;
    return (static_cast<double>(*current) - static_cast<double>(*previous)) /
           static_cast<double>(*previous) * 100.0;
}

std::optional<double> sharePct(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole) * 100.0;
}

std::optional<double> variancePct(std::optional<qint64> actual, std::optional<qint64> budget)
{
    if (!actual || !budget || *budget == 0)
        return std::nullopt;
    return (static_cast<double>(*actual) / static_cast<double>(*budget) - 1.0) * 100.0;
}

std::optional<qint64> difference(std::optional<qint64> before, std::optional<qint64> after)
{
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

std::optional<double> pointsChange(std::optional<double> before, std::optional<double> after)
{
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

int presentCount(const QList<Attendance>& rows)
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [](const Attendance& row) {
        return row.status == AttendanceStatus::Present;
    }));
}

std::optional<double> attendanceRatePct(const QList<Attendance>& rows)
{
    return sharePct(presentCount(rows), rows.size());
}

} // namespace bilan::FigureMath
