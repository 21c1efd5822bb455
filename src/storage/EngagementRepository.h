#pragma once

#include "Database.h"
#include "Engagement.h"
#include "FiscalYear.h"
#include "Result.h"

#include <QList>

namespace bilan {

// Reads the facts of member engagement for fiscal year Y (domain/Engagement.h) in one read
// transaction: a handful of grouped queries, the same on a file and on a server, whatever the
// number of entries (docs/performance.md gives the time on 1 000 000).
class EngagementRepository
{
public:
    explicit EngagementRepository(Database& database) : m_db(database) {}

    // Every organisation with a membership or a service in Y-4 … Y.
    Result<QList<EngagementInput>> load(const FiscalYear& year);

private:
    Database& m_db;
};

} // namespace bilan
