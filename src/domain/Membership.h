#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>

namespace bilan {

// One membership period of an organisation. It covers the days from `joined` up to, but not
// including, `left`: on the day it left the organisation is no longer a member. An open period
// has an invalid `left`. Rejoining after a gap is a new period.
struct Membership
{
    qint64 id = 0;
    qint64 organisationId = 0;
    MembershipCategory category = MembershipCategory::Member;
    QDate joined;
    QDate left;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const { return !left.isValid(); }
    bool covers(QDate day) const { return joined <= day && (isOpen() || left > day); }
    // Two periods of one organisation overlap when they share a day.
    bool overlaps(const Membership& other) const
    {
        const bool startsBeforeOtherEnds = other.isOpen() || joined < other.left;
        const bool otherStartsBeforeThisEnds = isOpen() || other.joined < left;
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
};

} // namespace bilan
