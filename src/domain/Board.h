#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace bilan {

// A person who sits or sat on the board.
struct Director
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A director's term in one role, representing one organisation. In office from `started`
// through `ended` inclusive; an invalid `ended` means still in office.
struct BoardMandate
{
    qint64 id = 0;
    qint64 directorId = 0;
    qint64 organisationId = 0; // 0: an individual member, representing no organisation
    BoardRole role = BoardRole::Director;
    QDate started;
    QDate ended;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool inOfficeOn(QDate day) const
    {
        return started <= day && (!ended.isValid() || ended >= day);
    }
};

} // namespace bilan
