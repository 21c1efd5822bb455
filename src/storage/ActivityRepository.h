#pragma once

#include "Activity.h"
#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>

namespace bilan {

// Business-development activities.
class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ActivityRepository)

public:
    explicit ActivityRepository(Database& database) : m_db(database) {}

    // Errors name the CSV column at fault (date, type, audience, title).
    Result<qint64> add(const Activity& activity);
    // Refused when another desk changed the activity since `activity.updatedAt` (RowVersion).
    Status update(const Activity& activity);
    // Refused when another desk changed the activity since `loaded` (invalid: not checked).
    Status remove(qint64 id, const QDateTime& loaded = {});
    Result<Activity> get(qint64 id);
    // Ordered by date, then id.
    Result<QList<Activity>> list(QDate from, QDate to);
    Result<QList<Activity>> all();
    Result<QMap<QPair<Audience, ActivityType>, int>> countByAudienceAndType(QDate from, QDate to);

private:
    Database& m_db;
};

} // namespace bilan
