#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace bilan {

// Gender and birth year are personal information: optional, and only ever shown aggregated.
struct Expert
{
    qint64 id = 0;
    QString name;
    ExpertRole role = ExpertRole::Professional;
    QStringList fields;
    QString region;
    std::optional<Gender> gender;
    std::optional<int> birthYear;
    QDate started;
    QDate ended;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Active from `started` through `ended` inclusive (an invalid `ended`: still active).
    bool activeOn(QDate day) const { return started <= day && (!ended.isValid() || ended >= day); }
};

} // namespace bilan
