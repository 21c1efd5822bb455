#include "FinanceYearModel.h"

#include "EnumNames.h"
#include "FinanceRepository.h"
#include "Formatting.h"
#include "Parsing.h"
#include "SettingsRepository.h"
#include "Validation.h"

#include <QLocale>

namespace bilan {

FinanceYearModel::FinanceYearModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{}

bilan::Status FinanceYearModel::setFiscalYear(int startYear)
{
    m_year = startYear;
    return reload();
}

bilan::Status FinanceYearModel::reload()
{
    QList<FinanceLine> lines;
    bool closed = false;
    QString yearName;
    if (m_year != 0) {
        auto read = FinanceRepository(m_db).forYear(m_year);
        if (!read)
            return report(read.error());
        SettingsRepository settings(m_db);
        auto isClosed = settings.isClosed(m_year);
        if (!isClosed)
            return report(isClosed.error());
        auto year = settings.fiscalYear(m_year);
        if (!year)
            return report(year.error());
        lines = *read;
        closed = *isClosed;
        yearName = year->name();
    }
    beginResetModel();
    m_lines = lines;
    m_closed = closed;
    m_yearName = yearName;
    endResetModel();
    m_lastError.clear();
    updateTotals();
    return {};
}

int FinanceYearModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int FinanceYearModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FinanceYearModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FinanceLine& line = m_lines.at(index.row());
    switch (role) {
    case LineIdRole:
        return line.id;
    case CentsRole:
        return line.amountCents;
    case ScenarioRole:
        return static_cast<int>(line.scenario);
    case KindRole:
        return static_cast<int>(line.kind);
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::EditRole:
        // The editor gets the plain spelling that Parsing::amount reads back exactly.
        if (index.column() == Amount)
            return Parsing::formatAmount(line.amountCents);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Scenario:
            return displayName(line.scenario);
        case Kind:
            return displayName(line.kind);
        case Label:
            return line.label;
        case Amount:
            return Formatting(QLocale()).money(line.amountCents);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant FinanceYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Scenario:
        return tr("Scenario");
    case Kind:
        return tr("Kind");
    case Label:
        return tr("Label");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags FinanceYearModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Amount && !m_closed)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FinanceYearModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Amount)
        return false;
    if (m_closed) {
        auto year = SettingsRepository(m_db).fiscalYear(m_year);
        if (!year)
            notify(year.error());
        else
            notify(Validation::closedYear(*year, QStringLiteral("amount")));
        return false;
    }
    const auto cents = Parsing::amount(value.toString());
    if (!cents) {
        notify(relabel(cents.error(), QStringLiteral("amount")));
        return false;
    }
    FinanceLine changed = m_lines.at(index.row());
    if (changed.amountCents == *cents) {
        // Nothing to write, but the amount typed is good: a previous refusal no longer holds.
        m_lastError.clear();
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }
    changed.amountCents = *cents;
    // Saved on the version shown (RowVersion): when another desk changed the line since, the
    // save is refused and the table shows the stored lines.
    FinanceRepository repository(m_db);
    if (auto updated = repository.update(changed); !updated)
        return refused(updated.error());
    // The version this desk just wrote, for its next change of the line.
    auto stored = repository.get(changed.id);
    if (!stored)
        return refused(stored.error());
    m_lines[index.row()] = *stored;
    m_lastError.clear();
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1),
                     {Qt::DisplayRole, Qt::EditRole, CentsRole});
    updateTotals();
    return true;
}

FinanceLine FinanceYearModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row) : FinanceLine{};
}

Result<qint64> FinanceYearModel::addLine(FinanceLine line)
{
    line.id = 0;
    line.fiscalYear = m_year;
    auto added = FinanceRepository(m_db).add(line);
    if (!added) {
        notify(added.error());
        return added;
    }
    if (auto read = reload(); !read)
        return read.error();
    return added;
}

bilan::Status FinanceYearModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return report(fail(tr("no finance line at row %1").arg(row + 1)));
    const FinanceLine& line = m_lines.at(row);
    if (auto removed = FinanceRepository(m_db).remove(line.id, line.updatedAt); !removed) {
        (void)refused(removed.error());
        return removed;
    }
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    m_lastError.clear();
    updateTotals();
    return {};
}

void FinanceYearModel::updateTotals()
{
    m_totals.clear();
    for (bilan::Scenario scenario : allValues<bilan::Scenario>()) {
        auto totals = FinanceTotals::of(m_lines, scenario, m_yearName);
        if (totals)
            m_totals.insert(scenario, *totals);
        else
            notify(totals.error());
    }
    emit totalsChanged();
}

bool FinanceYearModel::refused(const Error& error)
{
    if (error.changedElsewhere)
        (void)reload();
    notify(error);
    return false;
}

bilan::Status FinanceYearModel::report(bilan::Status status)
{
    if (!status)
        notify(status.error());
    return status;
}

void FinanceYearModel::notify(const Error& error)
{
    m_lastError = error.message;
    emit errorOccurred(error.message, error.field);
}

} // namespace bilan
