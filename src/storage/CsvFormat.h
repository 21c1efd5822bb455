#pragma once

#include "TableFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bilan {

// The kinds of file `bilan import` and `bilan export` read and write, in the order a whole
// database is imported (each kind refers only to kinds before it).
enum class CsvKind
{
    Organisations,
    Memberships,
    Experts,
    Hours,
    Board,
    Meetings,
    Attendance,
    Resolutions,
    Finances,
    Surveys,
    Activities
};

struct CsvColumn
{
    QString name;
    bool required;
    // Free text (names, titles, notes…), as opposed to Bilan's own spellings (dates, keys,
    // durations, amounts, years): what a spreadsheet must be kept from reading as a formula
    // (CsvFormulaGuard).
    bool text = false;
    // Free text that may hold line breaks (notes); other free text is one line (Validation).
    bool multiLine = false;
    // What the column holds, for a workbook's typed cells (dates, durations, amounts, counts):
    // the one place each kind's columns are typed. Keys, names and years are Text.
    TableColumn::Type type = TableColumn::Type::Text;
};

class CsvFormat
{
public:
    static QList<CsvKind> kinds();
    static QString key(CsvKind kind);
    static std::optional<CsvKind> fromKey(const QString& key);
    // DESIGN.md's columns of the kind, in the order export writes them.
    static QList<CsvColumn> columns(CsvKind kind);
    static QStringList columnNames(CsvKind kind);
    // For each column of columns(kind), whether it is free text.
    static QList<bool> textColumns(CsvKind kind);
    // The columns as a list's columns (TableFile): CSV names as titles, with their types.
    static QList<TableColumn> tableColumns(CsvKind kind);
};

} // namespace bilan
