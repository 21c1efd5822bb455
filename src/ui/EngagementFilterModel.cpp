#include "EngagementFilterModel.h"

#include "EngagementModel.h"
#include "Parsing.h"

namespace bilan {

EngagementFilterModel::EngagementFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EngagementModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EngagementFilterModel::setCategoryFilter(CategoryFilter filter)
{
    if (filter == m_category)
        return;
    m_category = filter;
    invalidateRowsFilter();
}

void EngagementFilterModel::setRegionFilter(const QString& region)
{
    if (region == m_region)
        return;
    m_region = region;
    invalidateRowsFilter();
}

void EngagementFilterModel::setStatusFilter(std::optional<EngagementStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void EngagementFilterModel::setSearchText(const QString& text)
{
    const QStringList words = Parsing::searchKey(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool EngagementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(EngagementModel::StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (!m_region.isEmpty() && index.data(EngagementModel::RegionRole).toString() != m_region)
        return false;
    if (m_category != CategoryFilter::All) {
        const int category = index.data(EngagementModel::CategoryRole).toInt();
        const int wanted =
            m_category == CategoryFilter::None
                ? -1
                : static_cast<int>(m_category) - static_cast<int>(CategoryFilter::Member);
        if (category != wanted)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString name =
            Parsing::searchKey(sourceModel()
                                   ->index(sourceRow, EngagementModel::Organisation, sourceParent)
                                   .data()
                                   .toString());
        for (const QString& word : m_words) {
            if (!name.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace bilan
