#pragma once

#include "Engagement.h"
#include "Formatting.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bilan {

// Member engagement as `bilan engagement` prints it for a reader: the summary, the count of
// each status, the organisations in a table and the cohort table, in the language of
// `formatting`. The status names here are the ones the window and its exports show too.
class EngagementText
{
    Q_DECLARE_TR_FUNCTIONS(bilan::EngagementText)

public:
    // "At risk", "Lapsed"… in the interface's language (context bilan::EngagementStatus).
    static QString statusName(EngagementStatus status);
    // Hours and minutes, "1 234:05": small organisations' hours do not round away to nothing.
    static QString hoursMinutes(qint64 minutes, const Formatting& formatting);
    static QString render(const Engagement& engagement, const Formatting& formatting);
};

} // namespace bilan
