#pragma once

#include "Database.h"
#include "Result.h"

namespace bilan {

// How many records of each kind a database holds (the window's overview): one COUNT(*) each,
// never the rows themselves.
class RecordCounts
{
public:
    enum class Record
    {
        Organisations,
        MembershipPeriods,
        Experts,
        HourEntries,
        BoardMandates,
        Meetings,
        FinanceLines,
        Surveys,
        Activities,
        Directors,
        ReportTexts,
    };

    explicit RecordCounts(Database& database) : m_db(database) {}

    Result<qint64> count(Record record);
    // True when the database holds no record of any kind above (settings aside).
    Result<bool> isEmpty();

private:
    Database& m_db;
};

} // namespace bilan
