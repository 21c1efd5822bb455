#pragma once

#include "Database.h"
#include "ReportInput.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace bilan {

// The annual report's way out of the Reports page: reading it in a language, asking where to
// export it, which printer to use, and the print preview. Kept apart from ReportsView so the
// view stays about figures and texts.
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ReportPrinting)

public:
    // The wait cursor for as long as it lives (writing or printing takes a moment).
    class WaitCursor
    {
    public:
        WaitCursor();
        ~WaitCursor();
        WaitCursor(const WaitCursor&) = delete;
        WaitCursor& operator=(const WaitCursor&) = delete;
    };

    // The report of the fiscal year starting in `startYear`, in "fr" or "en".
    static Result<ReportInput> load(Database& database, int startYear, const QString& language);
    // Writes the report as a PDF at `path`; the number of pages.
    static Result<int> writePdf(Database& database, int startYear, const QString& language,
                                const QString& path);
    // Writes the report as an OpenDocument text at `path`, to edit in a word processor.
    static Status writeOdt(Database& database, int startYear, const QString& language,
                           const QString& path);
    // Paints the report on `printer` (a print dialog's, a preview's), through the PDF's code.
    static Status paint(const ReportInput& input, QPrinter& printer);
    // Asks for the PDF file; empty when the director cancels. ".pdf" is added when missing.
    static QString askPdfPath(QWidget* parent, const QString& yearName, const QString& language);
    // Asks for the OpenDocument file; empty when cancelled. ".odt" is added when missing.
    static QString askOdtPath(QWidget* parent, const QString& yearName, const QString& language);
    // The print dialog; false when cancelled.
    static bool askPrinter(QWidget* parent, QPrinter& printer);
    // The preview dialog; `paint` draws the pages on every repaint request.
    static void preview(QWidget* parent, const QString& yearName,
                        const std::function<void(QPrinter&)>& paint);
    // Where the report went: the PDF file or the printer's name.
    static QString destination(const QPrinter& printer);
};

} // namespace bilan
