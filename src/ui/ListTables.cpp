#include "ListTables.h"

#include "Database.h"
#include "EnumNames.h"
#include "ExpertTableModel.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTableModel.h"
#include "TableExportDialog.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace bilan {

namespace {

using Type = TableColumn::Type;

QString title(const QAbstractItemModel& model, int column)
{
    return model.headerData(column, Qt::Horizontal).toString();
}

QVariant day(QDate date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

} // namespace

Result<TableData> ListTables::hours(Database& database, const ServiceEntryTableModel& model)
{
    using Column = ServiceEntryTableModel::Column;
    TableData table;
    table.sheetName = tr("Hours");
    table.columns = {{title(model, Column::Date), Type::Date},
                     {title(model, Column::Expert), Type::Text},
                     {title(model, Column::Organisation), Type::Text},
                     {title(model, Column::Duration), Type::Minutes},
                     {title(model, Column::Field), Type::Text},
                     {title(model, Column::Note), Type::Text}};
    const Status read = ServiceEntryRepository(database).forEachNamed(
        model.filter(),
        [&](const ServiceEntry& entry, const QString& expert, const QString& organisation) {
            table.rows.append({day(entry.date), expert, organisation, qint64(entry.minutes),
                               entry.field, entry.note});
        });
    if (!read)
        return read.error();
    // The list reads newest first by reading from the end: the same order, turned around.
    if (model.dateOrder() == Qt::DescendingOrder)
        std::reverse(table.rows.begin(), table.rows.end());
    return table;
}

TableData ListTables::experts(const QTableView& view, const ExpertTableModel& model)
{
    using Column = ExpertTableModel::Column;
    TableData table;
    table.sheetName = tr("Experts");
    table.columns = {
        {title(model, Column::Name), Type::Text},    {title(model, Column::Role), Type::Text},
        {title(model, Column::Fields), Type::Text},  {title(model, Column::Region), Type::Text},
        {title(model, Column::Started), Type::Date}, {title(model, Column::Ended), Type::Date}};
    for (int row = 0; row < model.rowCount(); ++row) {
        if (view.isRowHidden(row))
            continue;
        const Expert expert = model.expertAt(row);
        table.rows.append({expert.name, displayName(expert.role),
                           expert.fields.join(QStringLiteral(", ")), expert.region,
                           day(expert.started), day(expert.ended)});
    }
    return table;
}

TableData ListTables::organisations(const QTableView& view)
{
    // Every column is a text (name, kind, region, network, category): the list as shown.
    TableData table =
        TableExportDialog::fromModel(*view.model(), tr("Members"), {}, view.horizontalHeader());
    for (int row = view.model()->rowCount() - 1; row >= 0; --row) {
        if (view.isRowHidden(row))
            table.rows.removeAt(row);
    }
    return table;
}

} // namespace bilan
