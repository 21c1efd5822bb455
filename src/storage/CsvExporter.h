#pragma once

#include "CsvFormat.h"
#include "Database.h"

#include <QCoreApplication>

class QIODevice;

namespace bilan {

// Writes one kind as a CSV file in DESIGN.md's format (UTF-8 with a byte-order mark so that
// spreadsheets recognise it, comma-separated, CRLF), with the spellings the importer reads
// back: importing an export into an empty database gives the same data. Or, for a path ending
// in .xlsx, as an Excel workbook (TableFile) with the same rows and columns, its cells typed as
// CsvFormat types the kind's columns (dates, [h]:mm durations, currency, counts).
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::CsvExporter)

public:
    explicit CsvExporter(Database& database) : m_db(database) {}

    enum class Format
    {
        Csv,
        Workbook
    };
    // The format a path's extension asks for: .xlsx a workbook; .csv, or no extension (a
    // device, a pipe), CSV; any other extension refused with a translated message.
    static Result<Format> formatOf(const QString& path);

    // Writes to an owner-only temporary file beside `path` and renames it into place when
    // complete (OutputFile); refuses the database's own files, then a name formatOf() refuses.
    // Returns the number of rows.
    Result<qint64> exportFile(CsvKind kind, const QString& path);
    // CSV text only.
    Result<qint64> exportTo(CsvKind kind, QIODevice& device);
    // The kind's rows as a list (the workbook's sheet, named by the kind's key), read in one
    // snapshot.
    Result<TableData> table(CsvKind kind);
    static TableData emptyTable(CsvKind kind);

private:
    Database& m_db;
};

} // namespace bilan
