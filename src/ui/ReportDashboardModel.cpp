#include "ReportDashboardModel.h"

#include "FigureMath.h"
#include "Formatting.h"

#include <optional>

namespace bilan {

namespace {

QString dash()
{
    return QStringLiteral("—");
}

std::optional<qint64> toLong(std::optional<int> value)
{
    return value ? std::optional<qint64>(*value) : std::nullopt;
}

} // namespace

ReportDashboardModel::ReportDashboardModel(QObject* parent) : QAbstractTableModel(parent)
{
    clear();
}

QString ReportDashboardModel::name(Row row)
{
    switch (row) {
    case Hours:
        return tr("Hours of service");
    case EnterprisesServed:
        return tr("Enterprises served");
    case MembersAtYearEnd:
        return tr("Members at year end");
    case NewMembers:
        return tr("New members");
    case Revenue:
        return tr("Revenue");
    case Expenses:
        return tr("Expenses");
    case Surplus:
        return tr("Surplus");
    case SelfFinancing:
        return tr("Self-financing");
    case Satisfaction:
        return tr("Satisfaction");
    case RowCount:
        break;
    }
    return {};
}

void ReportDashboardModel::clear()
{
    beginResetModel();
    for (int row = 0; row < RowCount; ++row) {
        m_cells[row].fill(QString());
        m_cells[row][FigureColumn] = name(static_cast<Row>(row));
    }
    m_previousYear.clear();
    m_currentYear.clear();
    endResetModel();
}

void ReportDashboardModel::setRow(Row row, const QString& previous, const QString& current,
                                  const QString& change)
{
    m_cells[row] = {name(row), previous, current, change};
}

void ReportDashboardModel::setFigures(const YearlyFigures& previous, const YearlyFigures& current,
                                      const QLocale& locale)
{
    const Formatting format{locale};
    const auto integer = [&](std::optional<qint64> v) { return v ? format.integer(*v) : dash(); };
    const auto hours = [&](std::optional<qint64> v) { return v ? format.hours(*v) : dash(); };
    const auto dollars = [&](std::optional<qint64> v) { return v ? format.dollars(*v) : dash(); };
    const auto change = [&](std::optional<double> v) { return format.percent(v, 1, true); };
    const auto points = [&](std::optional<double> before, std::optional<double> after) {
        const auto difference = FigureMath::pointsChange(before, after);
        if (!difference)
            return dash();
        const QString number = locale.toString(*difference, 'f', 1);
        return tr("%1 pts").arg(*difference > 0 ? QStringLiteral("+") + number : number);
    };
    const auto difference = [&](std::optional<qint64> before, std::optional<qint64> after) {
        const auto delta = FigureMath::difference(before, after);
        if (!delta)
            return dash();
        return *delta > 0 ? QStringLiteral("+") + format.dollars(*delta) : format.dollars(*delta);
    };
    using FigureMath::growthPct;

    beginResetModel();
    m_previousYear = previous.year.name();
    m_currentYear = current.year.name();
    const YearlyFigures& p = previous;
    const YearlyFigures& c = current;
    // Growths the yearly figures hold are shown as they are; the others follow the same rule.
    setRow(Hours, hours(p.minutesRendered), hours(c.minutesRendered), change(c.hoursGrowthPct));
    setRow(EnterprisesServed, integer(toLong(p.enterprisesServed)),
           integer(toLong(c.enterprisesServed)),
           change(growthPct(c.enterprisesServed, p.enterprisesServed)));
    setRow(MembersAtYearEnd, integer(toLong(p.membersEnd)), integer(toLong(c.membersEnd)),
           change(c.membershipGrowthPct));
    setRow(NewMembers, integer(toLong(p.membersNew)), integer(toLong(c.membersNew)),
           change(growthPct(c.membersNew, p.membersNew)));
    setRow(Revenue, dollars(p.revenueCents), dollars(c.revenueCents), change(c.revenueGrowthPct));
    setRow(Expenses, dollars(p.expensesCents), dollars(c.expensesCents),
           change(growthPct(c.expensesCents, p.expensesCents)));
    // A surplus may be negative, where a ratio reads backwards: its change is shown in dollars.
    setRow(Surplus, dollars(p.surplusCents), dollars(c.surplusCents),
           difference(p.surplusCents, c.surplusCents));
    // Self-financing hovers around 100 %: a whole percent would hide the year's movement.
    setRow(SelfFinancing, format.percent(p.selfFinancingPct, 1),
           format.percent(c.selfFinancingPct, 1), points(p.selfFinancingPct, c.selfFinancingPct));
    setRow(Satisfaction, format.percent(p.satisfactionPct, 0), format.percent(c.satisfactionPct, 0),
           points(p.satisfactionPct, c.satisfactionPct));
    endResetModel();
}

QString ReportDashboardModel::text(Row row, Column column) const
{
    if (row < 0 || row >= RowCount || column < 0 || column >= ColumnCount)
        return {};
    return m_cells[row][column];
}

int ReportDashboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ReportDashboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportDashboardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<Row>(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(row, column);
    case Qt::TextAlignmentRole:
        return column == FigureColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportDashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case FigureColumn:
        return tr("Figure");
    case PreviousColumn:
        return m_previousYear;
    case CurrentColumn:
        return m_currentYear;
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace bilan
