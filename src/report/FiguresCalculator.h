#pragma once

#include "Database.h"
#include "Result.h"
#include "YearlyFigures.h"

#include <QCoreApplication>

namespace bilan {

// Computes YearlyFigures from the repositories' queries: the only place the definitions of
// DESIGN.md's figure table live. Reads one snapshot of the database.
class FiguresCalculator
{
    Q_DECLARE_TR_FUNCTIONS(bilan::FiguresCalculator)

public:
    explicit FiguresCalculator(Database& database) : m_db(database) {}

    // `startYear`: the calendar year the fiscal year starts in (2019 for 2019-2020); the start
    // month is the cooperative's setting.
    Result<YearlyFigures> compute(int startYear);
    // Only the satisfaction and business-development figures of `compute` (the survey's
    // respondents and satisfaction, the activities by audience and type, the agreements), read
    // the same way: what a form shows the report will print.
    Result<YearlyFigures> development(int startYear);
    // The `count` fiscal years ending with `lastStartYear`, oldest first.
    Result<FiguresSeries> series(int lastStartYear, int count = 5);

private:
    Database& m_db;
};

} // namespace bilan
