#include "HistoryModel.h"

#include "ChangeText.h"

namespace bilan {

void HistoryModel::setRecords(QList<ChangeRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

std::optional<ChangeRecord> HistoryModel::recordAt(int row) const
{
    if (row < 0 || row >= m_records.size())
        return std::nullopt;
    return m_records.at(row);
}

int HistoryModel::rowOf(qint64 recordId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == recordId)
            return row;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::localTime(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant HistoryModel::display(const ChangeRecord& record, int column) const
{
    switch (column) {
    case When:
        return localTime(record.at);
    case Who:
        return record.actor;
    case Desk:
        return record.desk;
    case Source:
        return ChangeText::sourceName(record.source);
    case Operation:
        return ChangeText::operationName(record.operation);
    case Table:
        return ChangeText::tableName(record.table);
    case Row:
        return record.rowKey;
    case Changes:
        return ChangeText::changes(record).join(QStringLiteral("; "));
    case Late:
        return record.late ? QStringLiteral("⚑") : QString();
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeRecord& record = m_records.at(index.row());
    switch (role) {
    case RecordIdRole:
        return record.id;
    case LateRole:
        return record.late;
    case Qt::DisplayRole:
        return display(record, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When:
            return tr("%1 UTC").arg(
                record.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case Changes:
            return ChangeText::changes(record).join(u'\n');
        case Late:
            return record.late ? ChangeText::lateReason() : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Late || index.column() == Row)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Desk:
        return tr("Desk");
    case Source:
        return tr("What did it");
    case Operation:
        return tr("Operation");
    case Table:
        return tr("Table");
    case Row:
        return tr("Row");
    case Changes:
        return tr("Changes");
    case Late:
        return tr("Late");
    default:
        return {};
    }
}

TableData HistoryModel::tableData() const
{
    using Type = TableColumn::Type;
    TableData table;
    table.sheetName = tr("History");
    table.columns = {{tr("When (UTC)"), Type::DateTime},
                     {tr("Who"), Type::Text},
                     {tr("Desk"), Type::Text},
                     {tr("What did it"), Type::Text},
                     {tr("Operation"), Type::Text},
                     {tr("Table"), Type::Text},
                     {tr("Row"), Type::Text},
                     {tr("Changes"), Type::Text},
                     {tr("Late"), Type::Boolean}};
    for (const ChangeRecord& record : m_records) {
        table.rows.append(QVariantList{
            record.at.toUTC(), record.actor, record.desk, ChangeText::sourceName(record.source),
            ChangeText::operationName(record.operation), ChangeText::tableName(record.table),
            record.rowKey, ChangeText::changes(record).join(u'\n'), record.late});
    }
    return table;
}

QString HistoryModel::describe(const ChangeRecord& record)
{
    QStringList lines{
        tr("When: %1 (%2 UTC)")
            .arg(localTime(record.at),
                 record.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        tr("Who: %1, at the desk %2").arg(record.actor, record.desk),
        tr("What did it: %1").arg(ChangeText::sourceName(record.source)),
        tr("Operation: %1, %2")
            .arg(ChangeText::operationName(record.operation), ChangeText::rowName(record)),
    };
    if (!record.parentTable.isEmpty())
        lines << tr("Belongs to: %1 #%2")
                     .arg(ChangeText::tableName(record.parentTable), record.parentKey);
    if (record.late)
        lines << QStringLiteral("⚑ ") + ChangeText::lateReason();
    lines << QString() << ChangeText::changes(record);
    return lines.join(u'\n');
}

} // namespace bilan
