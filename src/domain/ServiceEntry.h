#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace bilan {

// Time an expert rendered to an organisation on one day, in whole minutes.
struct ServiceEntry
{
    static constexpr int MaxMinutesPerDay = 24 * 60;

    qint64 id = 0;
    QDate date;
    qint64 expertId = 0;
    qint64 organisationId = 0;
    int minutes = 0;
    QString field;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace bilan
