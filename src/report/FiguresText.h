#pragma once

#include "Formatting.h"
#include "YearlyFigures.h"

#include <QCoreApplication>
#include <QString>

namespace bilan {

// The figures as `bilan figures` prints them for a reader: one figure a line, the label on the
// left and the value aligned after it, in the language of `formatting`.
class FiguresText
{
    Q_DECLARE_TR_FUNCTIONS(bilan::FiguresText)

public:
    static QString render(const YearlyFigures& figures, const Formatting& formatting);
};

} // namespace bilan
