#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace bilan {

// A business-development activity: an event attended, a meeting held or an agreement signed.
struct Activity
{
    qint64 id = 0;
    QDate date;
    ActivityType type = ActivityType::Event;
    Audience audience = Audience::Networks;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace bilan
