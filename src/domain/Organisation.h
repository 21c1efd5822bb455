#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bilan {

// An organisation Bilan serves or counts as a member; a network groups others (its members name
// it as their network).
struct Organisation
{
    qint64 id = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Other;
    QString region;
    QString sector;
    std::optional<qint64> networkId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace bilan
