#include "ExpertTableModel.h"

#include "EnumNames.h"
#include "ExpertRepository.h"

#include <QLocale>

namespace bilan {

ExpertTableModel::ExpertTableModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{}

bilan::Status ExpertTableModel::reload()
{
    auto experts = ExpertRepository(m_db).all();
    beginResetModel();
    m_experts = experts ? *experts : QList<Expert>();
    endResetModel();
    if (!experts) {
        emit errorOccurred(experts.message(), experts.error().field);
        return experts.error();
    }
    return {};
}

int ExpertTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_experts.size(); ++row) {
        if (m_experts.at(row).id == id)
            return row;
    }
    return -1;
}

int ExpertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_experts.size());
}

int ExpertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpertTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Expert& expert = m_experts.at(index.row());
    const QLocale locale;
    switch (static_cast<Column>(index.column())) {
    case Name:
        return expert.name;
    case Role:
        return displayName(expert.role);
    case Fields:
        return expert.fields.join(QStringLiteral(", "));
    case Region:
        return expert.region;
    case Started:
        return locale.toString(expert.started, QLocale::ShortFormat);
    case Ended:
        // An expert still active has no end date: the cell stays empty.
        return expert.ended.isValid() ? locale.toString(expert.ended, QLocale::ShortFormat)
                                      : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExpertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Fields:
        return tr("Fields of expertise");
    case Region:
        return tr("Region");
    case Started:
        return tr("Started");
    case Ended:
        return tr("Ended");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bilan
