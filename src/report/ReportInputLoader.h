#pragma once

#include "Database.h"
#include "ReportInput.h"
#include "Result.h"

namespace bilan {

// Reads everything one year's report needs — the figures, the five years' series, the texts in
// the report's language and the organisation's name — in one snapshot, so that the charts never
// show other numbers than the tables when another desk saves between two reads. Used by
// `bilan report` and by the window, which then render without touching the database.
class ReportInputLoader
{
public:
    static Result<ReportInput> load(Database& database, int startYear, ReportLanguage language);

    // What the Reports page shows: the report's input and, from the same snapshot, the figures
    // of the year before for the dashboard's comparison column.
    struct WithPreviousYear
    {
        ReportInput input;
        YearlyFigures previous;
    };
    static Result<WithPreviousYear> loadWithPreviousYear(Database& database, int startYear,
                                                         ReportLanguage language);
};

} // namespace bilan
