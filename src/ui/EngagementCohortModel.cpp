#include "EngagementCohortModel.h"

#include "Formatting.h"
#include "Parsing.h"

#include <QLocale>

#include <algorithm>

namespace bilan {

EngagementCohortModel::EngagementCohortModel(QObject* parent) : QAbstractTableModel(parent) {}

void EngagementCohortModel::setEngagement(const Engagement& engagement)
{
    beginResetModel();
    m_cohorts = engagement.cohorts;
    m_year = engagement.year;
    int widest = 0;
    for (const EngagementCohort& cohort : std::as_const(m_cohorts))
        widest = std::max(widest, static_cast<int>(cohort.stillMembers.size()));
    m_columns = FirstStillColumn + widest;
    endResetModel();
}

FiscalYear EngagementCohortModel::yearOf(int startYear) const
{
    return FiscalYear(startYear,
                      m_year.isValid() ? m_year.startMonth() : FiscalYear::DefaultStartMonth);
}

int EngagementCohortModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cohorts.size());
}

int EngagementCohortModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_cohorts.isEmpty() ? 0 : m_columns;
}

QVariant EngagementCohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_cohorts.size())
            return {};
        if (role == Qt::DisplayRole)
            return yearOf(m_cohorts.at(section).startYear).name();
        if (role == Qt::ToolTipRole)
            return tr("Organisations whose first membership began in %1")
                .arg(yearOf(m_cohorts.at(section).startYear).name());
        return {};
    }
    const int offset = section - FirstStillColumn;
    if (role == Qt::DisplayRole) {
        if (section == Joined)
            return tr("Joined");
        if (offset == 0)
            return tr("End of year");
        return offset == 1 ? tr("+1 year") : tr("+%1 years").arg(offset);
    }
    if (role == Qt::ToolTipRole) {
        if (section == Joined)
            return tr("Organisations whose first membership began in the year");
        if (offset == 0)
            return tr("Still members on the last day of the year they joined");
        return offset == 1 ? tr("Still members on the last day of the fiscal year a year later")
                           : tr("Still members on the last day of the fiscal year %1 years later")
                                 .arg(offset);
    }
    return {};
}

QVariant EngagementCohortModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EngagementCohort& cohort = m_cohorts.at(index.row());
    const QLocale locale;
    if (index.column() == Joined) {
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(cohort.joined);
        case CountRole:
            return cohort.joined;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const int offset = index.column() - FirstStillColumn;
    if (offset >= cohort.stillMembers.size())
        return {};
    const int still = cohort.stillMembers.at(offset);
    const std::optional<double> percent =
        cohort.joined > 0 ? std::optional(100.0 * still / cohort.joined) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(locale.toString(still), Formatting(locale).percent(percent, 0));
    case CountRole:
        return still;
    case PercentRole:
        return percent ? QVariant(*percent) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 of the %2 organisations that joined in %3 were members on %4")
            .arg(locale.toString(still), locale.toString(cohort.joined),
                 yearOf(cohort.startYear).name(),
                 Parsing::formatDate(yearOf(cohort.startYear + offset).lastDay()));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace bilan
