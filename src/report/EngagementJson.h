#pragma once

#include "Engagement.h"

#include <QJsonObject>

namespace bilan {

// Member engagement as `bilan engagement --json` prints it (docs/report.md, "Member
// engagement"): time in minutes, percentages rounded to one decimal, dates in ISO, the status
// and enum words as stored (at_risk…, coop…, member…), null for what has no value.
QJsonObject toJson(const Engagement& engagement);

} // namespace bilan
