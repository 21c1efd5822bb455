#pragma once

#include "Database.h"
#include "Result.h"

#include <optional>

namespace bilan {

// How far the recorded activity reaches: the latest fiscal year with an hour entry, a meeting
// or an actual finance line (a budget is written ahead and says nothing of the year's work).
class DataExtent
{
public:
    explicit DataExtent(Database& database) : m_db(database) {}

    // The start year of that fiscal year; none in an empty database.
    Result<std::optional<int>> latestFiscalYear() { return extreme(Latest); }
    // The start year of the earliest fiscal year with such a record; none in an empty database.
    Result<std::optional<int>> earliestFiscalYear() { return extreme(Earliest); }

private:
    enum End
    {
        Earliest,
        Latest
    };
    Result<std::optional<int>> extreme(End end);

    Database& m_db;
};

} // namespace bilan
