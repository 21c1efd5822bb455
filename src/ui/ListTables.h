#pragma once

#include "Result.h"
#include "TableFile.h"

#include <QCoreApplication>

class QTableView;

namespace bilan {

class Database;
class ExpertTableModel;
class ServiceEntryTableModel;

// The window's lists as TableFile writes them (ListExport): the rows the list shows, in its
// order, with typed columns (dates as dates, durations as [h]:mm).
class ListTables
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ListTables)

public:
    // Every entry the Hours list's filters match, not only the rows read so far (the list reads
    // a page at a time as it scrolls), in its date order; read in one snapshot.
    static Result<TableData> hours(Database& database, const ServiceEntryTableModel& model);
    // The experts shown: the rows the search box hides are left out.
    static TableData experts(const QTableView& view, const ExpertTableModel& model);
    // The organisations the Members page's filters show, its columns as shown.
    static TableData organisations(const QTableView& view);
};

} // namespace bilan
