#pragma once

#include "TableFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QAbstractItemModel;
class QHeaderView;
class QWidget;

namespace bilan {

class Database;

// A page's list written as a CSV file or an Excel workbook (TableFile), the way every page
// does it: a save dialog offering both formats in the folder of the last export, the chosen
// format's extension added when the name has none of them, the question before replacing a
// file, the error in a message box, and the number of rows written in the window's status bar.
class TableExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(bilan::TableExportDialog)

public:
    // Asks for the file (`suggestedBaseName` with the last format used, .xlsx the first time)
    // and writes `table` there. `databasePath`: the open database, whose files are never
    // replaced (empty on a server). Returns the file written; empty when the user cancelled or
    // the writing failed (then said in a message box).
    static QString exportTable(QWidget* parent, const TableData& table,
                               const QString& suggestedBaseName, const QString& databasePath = {});
    // The same for a page showing `database`: its file is never replaced (nothing to guard on a
    // server).
    static QString exportTable(QWidget* parent, const TableData& table,
                               const QString& suggestedBaseName, const Database& database);

    // The list as a view shows it: the columns `header` shows, in its order (every column in
    // the model's order without a header), the rows in the model's order (a proxy's sorting
    // and filtering kept), the titles from the model's horizontal header. A column is of the
    // type `types` gives it (Text when none); a text takes the display role, another type
    // `valueRole` (falling back to the display role where that is empty), so that a model can
    // give a number or a date where it shows a formatted text.
    static TableData fromModel(const QAbstractItemModel& model, const QString& sheetName,
                               const QHash<int, TableColumn::Type>& types = {},
                               const QHeaderView* header = nullptr, int valueRole = Qt::EditRole);

    // What the status bar says once written: "12 rows written to list.xlsx."
    static QString writtenText(qsizetype rows, const QString& path);

    // The save dialog's two filters, for tests.
    static QString csvFilter();
    static QString workbookFilter();
};

} // namespace bilan
