#pragma once

#include <QDateTime>

namespace bilan {

// The members' satisfaction survey of a fiscal year: how many answered, how many would
// recommend the cooperative.
struct Survey
{
    qint64 id = 0;
    int fiscalYear = 0;
    int respondents = 0;
    int recommend = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace bilan
