#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace bilan {

// A list as the window shows it (the Engagement and History pages, later every list), written
// as a CSV file or an Excel workbook, the format chosen by the path's extension (.csv, .xlsx).
struct TableColumn
{
    enum class Type
    {
        Text,     // QString
        Integer,  // qint64
        Number,   // double, two decimals
        Percent,  // double, a percentage such as 12.5 (written 12.5 in CSV, 12.5 % in XLSX)
        Date,     // QDate (ISO in CSV, a real date in XLSX)
        DateTime, // QDateTime in UTC (ISO 8601 in CSV, a date and time in XLSX)
        Minutes,  // qint64 minutes ("h:mm" in CSV, a number of days with [h]:mm in XLSX)
        Cents,    // qint64 cents (0.00 in CSV, currency in XLSX)
        Boolean   // bool (true/false in CSV, TRUE/FALSE in XLSX)
    };
    QString title;
    Type type = Type::Text;
};

// A cell with a type of its own, for a column whose rows hold different things (a sheet of
// figures: hours on one row, a count or an amount on the next): put in a row as
// QVariant::fromValue(TableCell{value, type}), it is written as `type` says, whatever its
// column's type.
struct TableCell
{
    QVariant value;
    TableColumn::Type type = TableColumn::Type::Text;
};

struct TableData
{
    // The XLSX sheet's name (at most 31 characters, cut when longer).
    QString sheetName;
    QList<TableColumn> columns;
    // One QVariantList a row, in column order; a null QVariant is an empty cell.
    QList<QVariantList> rows;
};

class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(bilan::TableFile)

public:
    // Writes `table` to `path` (.csv: DESIGN.md's CSV conventions — UTF-8 with a byte-order
    // mark, comma, CRLF, and text cells guarded against formulas as CsvWriter does; .xlsx: a
    // workbook with a bold frozen header, an autofilter, typed cells and sensible widths, never a
    // formula). All or nothing, owner-only, as every file Bilan writes (OutputFile). Refuses
    // another extension with a translated message.
    static Status write(const TableData& table, const QString& path);
    // The same, also refusing to replace the open database at `databasePath` or a file SQLite
    // keeps beside it (OutputTarget), as every export with a database open should.
    static Status write(const TableData& table, const QString& path, const QString& databasePath);
    // Several lists, one sheet each in the order given, into one workbook (.xlsx): sheet names
    // made unique. A CSV file holds one list: .csv takes exactly one table and refuses more
    // with a translated message. Refuses an empty list of tables.
    static Status write(const QList<TableData>& tables, const QString& path,
                        const QString& databasePath = {});
    // The extensions write() takes, for a save dialog's filters ("csv", "xlsx").
    static QStringList extensions();
};

} // namespace bilan

Q_DECLARE_METATYPE(bilan::TableCell)
