#pragma once

#include "ReportInput.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace bilan {

// The annual activity report as a document (DESIGN.md's report sections, the seed report's
// order): a pure function of its input. The HTML holds each chart as an image whose source is
// "bilan-chart:KEY"; `build` turns those into objects that ReportCharts draws as vectors.
class ReportDocument
{
public:
    static QString html(const ReportInput& input);
    // The document at `textWidth` (CSS pixels), its charts drawn from `input`.
    static std::unique_ptr<QTextDocument> build(const ReportInput& input,
                                                qreal textWidth = DefaultTextWidth);
    // A plain reading of a built document for golden tests: headings marked with "#", table rows
    // as cells joined by " | ", charts as "[chart: TITLE]".
    static QString text(const QTextDocument& document, ReportLanguage language);

    // The text column of an A4 page with 20 mm side margins, in CSS pixels (96 per inch).
    static constexpr qreal DefaultTextWidth = 642.0;
};

} // namespace bilan
