#pragma once

#include "CsvFormat.h"
#include "Database.h"

#include <QCoreApplication>

class QIODevice;

namespace bilan {

// Writes one kind as a CSV file in DESIGN.md's format (UTF-8 with a byte-order mark so that
// spreadsheets recognise it, comma-separated, CRLF), with the spellings the importer reads
// back: importing an export into an empty database gives the same data.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::CsvExporter)

public:
    explicit CsvExporter(Database& database) : m_db(database) {}

    // Writes to an owner-only temporary file beside `path` and renames it into place when
    // complete (OutputFile); refuses the database's own files. Returns the number of rows.
    Result<qint64> exportFile(CsvKind kind, const QString& path);
    Result<qint64> exportTo(CsvKind kind, QIODevice& device);

private:
    Database& m_db;
};

} // namespace bilan
