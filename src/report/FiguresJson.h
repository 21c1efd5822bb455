#pragma once

#include "YearlyFigures.h"

#include <QJsonObject>

namespace bilan {

// The figures as `bilan figures --json` prints them, with DESIGN.md's keys: money in cents, time
// in minutes, percentages rounded to one decimal, counts as integers, null for a figure that
// cannot be computed.
QJsonObject toJson(const YearlyFigures& figures);

} // namespace bilan
