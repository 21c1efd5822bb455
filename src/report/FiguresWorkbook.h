#pragma once

#include "ReportInput.h"
#include "TableFile.h"
#include "YearlyFigures.h"

#include <QList>

namespace bilan {

// `bilan figures --xlsx`: a fiscal year's figures as a workbook, one sheet per section of the
// annual report, in the report's order and with its words (associative life, membership,
// services, finances, human capital, business development). Each row is one figure: its label,
// the year's value, the year before's beside it, and the change from one to the other where
// the report gives one (hours, members, revenue). Cells are typed: hours as [h]:mm, money as
// currency, counts as numbers, shares as percentages; a figure that cannot be computed is an
// empty cell, never 0.
class FiguresWorkbook
{
public:
    // `previous`: the figures of the year before `year` (FiguresCalculator::compute).
    static QList<TableData> sheets(const YearlyFigures& year, const YearlyFigures& previous,
                                   ReportLanguage language);
};

} // namespace bilan
