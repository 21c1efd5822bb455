#pragma once

#include "ReportInput.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace bilan {

// Writes the annual activity report as an OpenDocument text file (.odt) that a director can edit
// in a word processor before printing: the document ReportDocument builds for the PDF, written by
// Qt's ODF writer, each chart put in as a picture since the writer knows nothing of the charts'
// own text objects. Page numbers, the footer and the cover's coloured rules are painted by
// ReportPdf, not part of the document: the word processor lays out its own pages.
class ReportOdt
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ReportOdt)

public:
    // The number of charts written as pictures. Through OutputFile: never over the database at
    // `databasePath` (empty: none is open) or any other, owner-only, and an older file at `path`
    // stays as it was unless the whole report could be written.
    static Result<int> write(const ReportInput& input, const QString& path,
                             const QString& databasePath = {});

    // Replaces each chart object of `document` (ReportCharts) with a picture of it drawn from
    // `input` at `dpi` dots per inch, held as the document's image resource. The number replaced.
    static int chartsToImages(QTextDocument& document, const ReportInput& input,
                              int dpi = ChartDpi);

    // Print-worthy, and a five-chart report stays a few hundred kilobytes.
    static constexpr int ChartDpi = 200;
};

} // namespace bilan
