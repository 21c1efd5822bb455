#include "ReportPrinting.h"

#include "FileDialog.h"
#include "PaperPreference.h"
#include "ReportInputLoader.h"
#include "ReportOdt.h"
#include "ReportPdf.h"
#include "ReportText.h"

#include <QDir>
#include <QGuiApplication>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace bilan {

Result<ReportInput> ReportPrinting::load(Database& database, int startYear, const QString& language)
{
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return fail(tr("The report's language is fr or en, not \"%1\".").arg(language));
    return ReportInputLoader::load(database, startYear,
                                   language == QLatin1String("fr") ? ReportLanguage::French
                                                                   : ReportLanguage::English);
}

ReportPrinting::WaitCursor::WaitCursor()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
}

ReportPrinting::WaitCursor::~WaitCursor()
{
    QGuiApplication::restoreOverrideCursor();
}

Result<int> ReportPrinting::writePdf(Database& database, int startYear, const QString& language,
                                     const QString& path)
{
    auto input = load(database, startYear, language);
    if (!input)
        return input.error();
    return ReportPdf::write(*input, path, database.path(), PaperPreference::paper());
}

Status ReportPrinting::writeOdt(Database& database, int startYear, const QString& language,
                                const QString& path)
{
    auto input = load(database, startYear, language);
    if (!input)
        return input.error();
    auto written = ReportOdt::write(*input, path, database.path());
    if (!written)
        return written.error();
    return {};
}

Status ReportPrinting::paint(const ReportInput& input, QPrinter& printer)
{
    printer.setDocName(
        ReportText::tr("Activity report %1", input.language).arg(input.figures.year.name()));
    auto pages = ReportPdf::paint(input, printer, PaperPreference::paper());
    if (!pages)
        return pages.error();
    return {};
}

QString ReportPrinting::askPdfPath(QWidget* parent, const QString& yearName,
                                   const QString& language)
{
    const QString suggested =
        QDir::home().filePath(tr("annual-report-%1-%2.pdf").arg(yearName, language));
    return FileDialog::getSaveFileName(parent, tr("Export the annual report"), suggested,
                                       tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
}

QString ReportPrinting::askOdtPath(QWidget* parent, const QString& yearName,
                                   const QString& language)
{
    const QString suggested =
        QDir::home().filePath(tr("annual-report-%1-%2.odt").arg(yearName, language));
    return FileDialog::getSaveFileName(parent, tr("Export the annual report to edit"), suggested,
                                       tr("OpenDocument text files (*.odt)"),
                                       QStringLiteral("odt"));
}

bool ReportPrinting::askPrinter(QWidget* parent, QPrinter& printer)
{
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the annual report"));
    // The report always prints whole, on the preferences' paper: no page range, no size to pick.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintCollateCopies);
    return dialog.exec() == QDialog::Accepted;
}

void ReportPrinting::preview(QWidget* parent, const QString& yearName,
                             const std::function<void(QPrinter&)>& paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(Paper::pageSize(PaperPreference::paper()));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(tr("Print preview — %1").arg(yearName));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paint](QPrinter* target) { paint(*target); });
    dialog.exec();
}

QString ReportPrinting::destination(const QPrinter& printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat
               ? QDir::toNativeSeparators(printer.outputFileName())
               : printer.printerName();
}

} // namespace bilan
