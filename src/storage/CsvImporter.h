#pragma once

#include "CsvFormat.h"
#include "Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;
class QJsonObject;

namespace bilan {

class ChangeEvent;

// What is wrong with one line of an import file. Line 0: the file as a whole.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString message;
};

struct ImportOptions
{
    // Check everything, write nothing.
    bool dryRun = false;
    // Called now and then with the bytes read so far and the size of the file (0 if unknown).
    std::function<void(qint64 done, qint64 total)> progress;
};

struct ImportResult
{
    // The rows read as entries; the rows left out (skippedRows) are not counted.
    int rows = 0;
    // A time tracker's rows whose duration rounds to no minute (a timer started by accident,
    // 00:00:20, 0.00): left out of the import, not refused. Always 0 for Bilan's own format.
    int skippedRows = 0;
    bool written = false;
    QList<ImportProblem> problems;
    // Header columns the kind does not know; they are read past, not imported.
    QStringList ignoredColumns;
    // The time tracker whose export the file was read as ("a Kimai timesheet export"); empty
    // for Bilan's own format.
    QString sourceFormat;
    // What the reader found (CsvReader): the encoding's name ("UTF-8", "Windows-1252",
    // "UTF-16LE", "UTF-16BE"; empty when the file could not be read) and the delimiter.
    QString encoding;
    QChar delimiter;

    bool ok() const { return problems.isEmpty(); }
    // UTF-8 and commas: a real import's summary need not mention them.
    bool plainFormat() const { return encoding == u"UTF-8" && delimiter == u','; }
};

// Imports one CSV file of one kind (DESIGN.md's formats) in one transaction: every row is
// checked, every bad row is reported, and one bad row means nothing is written.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::CsvImporter)

public:
    explicit CsvImporter(Database& database) : m_db(database) {}

    ImportResult importFile(CsvKind kind, const QString& path, const ImportOptions& options = {});
    ImportResult import(CsvKind kind, QIODevice& device, const ImportOptions& options = {});

    // "file:line: column: message", the form editors and terminals link to.
    static QString describe(const QString& fileName, const ImportProblem& problem);
    // "Encoding: Windows-1252; delimiter: semicolon"; empty when the file was not read.
    static QString describeFormat(const ImportResult& result);
    // "2 entries rounding to 0 minutes left out"; empty when no row was left out.
    static QString describeSkipped(const ImportResult& result);
    // "comma", "semicolon", "tab", or the character itself.
    static QString delimiterName(QChar delimiter);

private:
    Status recordEvent(ChangeEvent& event, CsvKind kind, const QJsonObject& file, int rows);

    Database& m_db;
};

} // namespace bilan
