#include "EngagementModel.h"

#include "EnumNames.h"
#include "Formatting.h"
#include "Parsing.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <limits>

namespace bilan {

EngagementModel::EngagementModel(QObject* parent) : QAbstractTableModel(parent) {}

void EngagementModel::setEngagement(const Engagement& engagement)
{
    beginResetModel();
    m_engagement = engagement;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void EngagementModel::clear()
{
    beginResetModel();
    m_engagement = Engagement();
    endResetModel();
}

int EngagementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_engagement.rows.size());
}

int EngagementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EngagementModel::statusName(EngagementStatus status)
{
    switch (status) {
    case EngagementStatus::AtRisk:
        return tr("At risk");
    case EngagementStatus::Lapsed:
        return tr("Lapsed");
    case EngagementStatus::Declining:
        return tr("Declining");
    case EngagementStatus::New:
        return tr("New");
    case EngagementStatus::Steady:
        return tr("Steady");
    case EngagementStatus::Growing:
        return tr("Growing");
    case EngagementStatus::NonMember:
        return tr("Non-member");
    }
    return {};
}

QString EngagementModel::statusRule(EngagementStatus status)
{
    switch (status) {
    case EngagementStatus::AtRisk:
        return tr("A member on the year's last day with no service in its last six months, or "
                  "whose hours fell by half or more from the year before");
    case EngagementStatus::Lapsed:
        return tr("A member during the year, no longer a member on its last day");
    case EngagementStatus::Declining:
        return tr("A member whose hours fell by 10% or more from the year before");
    case EngagementStatus::New:
        return tr("A member whose membership began during the year");
    case EngagementStatus::Steady:
        return tr("A member whose hours changed by less than 10% from the year before");
    case EngagementStatus::Growing:
        return tr("A member whose hours rose by 10% or more from the year before");
    case EngagementStatus::NonMember:
        return tr("Served, but not a member on the year's last day");
    }
    return {};
}

QColor EngagementModel::statusColor(EngagementStatus status)
{
    switch (status) {
    case EngagementStatus::AtRisk:
        return QColor(0xc6, 0x28, 0x28);
    case EngagementStatus::Lapsed:
        return QColor(0x6d, 0x4c, 0x41);
    case EngagementStatus::Declining:
        return QColor(0xef, 0x6c, 0x00);
    case EngagementStatus::New:
        return QColor(0x15, 0x65, 0xc0);
    case EngagementStatus::Steady:
        return QColor(0x78, 0x90, 0x9c);
    case EngagementStatus::Growing:
        return QColor(0x2e, 0x7d, 0x32);
    case EngagementStatus::NonMember:
        return QColor(0xbd, 0xbd, 0xbd);
    }
    return {};
}

QIcon EngagementModel::statusIcon(EngagementStatus status)
{
    // A round mark, filled for members, hollow for those who are not (lapsed, non-member).
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = statusColor(status);
    const bool member = status != EngagementStatus::Lapsed && status != EngagementStatus::NonMember;
    painter.setPen(QPen(color, 2));
    painter.setBrush(member ? QBrush(color) : QBrush(Qt::NoBrush));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

QString EngagementModel::changeText(const std::optional<double>& change)
{
    return Formatting(QLocale()).percent(change, 0, true);
}

QString EngagementModel::columnTitle(int column) const
{
    const FiscalYear year = m_engagement.year;
    switch (column) {
    case Status:
        return tr("Status");
    case Organisation:
        return tr("Organisation");
    case Kind:
        return tr("Kind");
    case Category:
        return tr("Category");
    case Member:
        return tr("Member");
    case HoursY:
        return year.isValid() ? tr("Hours %1").arg(year.name()) : tr("Hours");
    case HoursY1:
        return year.isValid() ? tr("Hours %1").arg(year.previous().name()) : tr("Hours before");
    case Change:
        return tr("Change");
    case Trend:
        return tr("5 years");
    case LastService:
        return tr("Last service");
    case MonthsSince:
        return tr("Months since");
    case Experts:
        return tr("Experts");
    case Fields:
        return tr("Fields");
    default:
        return {};
    }
}

QVariant EngagementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        // The long titles on two lines, so that their columns are as narrow as their figures.
        QString title = columnTitle(section);
        if (section == HoursY || section == HoursY1 || section == LastService ||
            section == MonthsSince) {
            if (const qsizetype space = title.indexOf(u' '); space > 0)
                title[space] = u'\n';
        }
        return title;
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Category:
            return tr("The category of membership on the year's last day");
        case Member:
            return tr("A member on the year's last day");
        case Change:
            return tr("Change of the hours from the year before, in percent");
        case Trend:
            return tr("Hours of each of the last five fiscal years, the year shown last");
        case LastService:
            return tr("The latest service up to the year's last day");
        case MonthsSince:
            return tr("Whole months from the latest service to the year's last day");
        case Experts:
            return tr("Distinct experts who served the organisation during the year");
        case Fields:
            return tr("Distinct fields of expertise that served the organisation during the year");
        default:
            return {};
        }
    }
    return {};
}

QVariant EngagementModel::display(const EngagementRow& row, int column) const
{
    switch (column) {
    case Status:
        return statusName(row.status);
    case Organisation:
        return row.input.name;
    case Kind:
        return displayName(row.input.kind);
    case Category:
        return row.categoryAtEnd ? displayName(*row.categoryAtEnd) : QStringLiteral("—");
    case Member:
        return row.memberAtEnd ? tr("Yes") : tr("No");
    case HoursY:
        return Parsing::formatDuration(static_cast<int>(row.minutesY));
    case HoursY1:
        return Parsing::formatDuration(static_cast<int>(row.minutesY1));
    case Change:
        return changeText(row.changePct);
    case LastService:
        return row.input.lastService.isValid() ? Parsing::formatDate(row.input.lastService)
                                               : QStringLiteral("—");
    case MonthsSince:
        return row.monthsSinceLastService ? QLocale().toString(*row.monthsSinceLastService)
                                          : QStringLiteral("—");
    case Experts:
        return QLocale().toString(row.input.experts);
    case Fields:
        return QLocale().toString(row.input.fields);
    default:
        return {};
    }
}

QVariant EngagementModel::sortValue(const EngagementRow& row, int column) const
{
    switch (column) {
    case Status:
        return static_cast<int>(row.status);
    case Kind:
    case Organisation:
        return display(row, column);
    case Category:
        // The categories in their own order, the organisations without one after them.
        return row.categoryAtEnd ? static_cast<int>(*row.categoryAtEnd)
                                 : std::numeric_limits<int>::max();
    case Member:
        return row.memberAtEnd ? 0 : 1;
    case HoursY:
    case Trend:
        return row.minutesY;
    case HoursY1:
        return row.minutesY1;
    case Change:
        // An absent change (no hours the year before) sorts last either way.
        return row.changePct ? QVariant(*row.changePct) : QVariant();
    case LastService:
        return row.input.lastService.isValid() ? QVariant(row.input.lastService) : QVariant();
    case MonthsSince:
        return row.monthsSinceLastService ? QVariant(*row.monthsSinceLastService) : QVariant();
    case Experts:
        return row.input.experts;
    case Fields:
        return row.input.fields;
    default:
        return {};
    }
}

QVariant EngagementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EngagementRow& row = m_engagement.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case OrganisationIdRole:
        return row.input.organisationId;
    case StatusRole:
        return static_cast<int>(row.status);
    case CategoryRole:
        return row.categoryAtEnd ? static_cast<int>(*row.categoryAtEnd) : -1;
    case RegionRole:
        return row.input.region;
    case TrendRole: {
        QVariantList minutes;
        for (qint64 value : row.input.minutesByYear)
            minutes.append(value);
        return minutes;
    }
    case Qt::DecorationRole:
        return column == Status ? QVariant(statusIcon(row.status)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Status)
            return statusRule(row.status);
        if (column == Trend && m_engagement.year.isValid()) {
            QStringList lines;
            for (int i = 0; i < TrendYears; ++i) {
                const FiscalYear year(m_engagement.year.startYear() - (TrendYears - 1 - i),
                                      m_engagement.year.startMonth());
                lines.append(tr("%1: %2").arg(year.name(), Parsing::formatDuration(static_cast<int>(
                                                               row.input.minutesByYear[i]))));
            }
            return lines.join(u'\n');
        }
        if (column == Category && row.categoryAtEnd)
            return displayName(*row.categoryAtEnd);
        if (column == Organisation && !row.input.region.isEmpty())
            return row.input.region;
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case HoursY:
        case HoursY1:
        case Change:
        case MonthsSince:
        case Experts:
        case Fields:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

} // namespace bilan
