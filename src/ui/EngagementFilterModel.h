#pragma once

#include "Engagement.h"
#include "Enums.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace bilan {

// The Engagement page's list as shown: narrowed by a category on the year's last day, a region,
// a status and words of the name, and sorted by the header clicked (EngagementModel::SortRole),
// or in the rules' order (most urgent first) until one is.
class EngagementFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // What the category filter keeps.
    enum class CategoryFilter
    {
        All,
        Member,
        Auxiliary,
        Supporting,
        Managed,
        // Not a member on the year's last day (lapsed and non-members).
        None
    };

    explicit EngagementFilterModel(QObject* parent = nullptr);

    void setCategoryFilter(CategoryFilter filter);
    // Empty: every region.
    void setRegionFilter(const QString& region);
    // None: every status.
    void setStatusFilter(std::optional<EngagementStatus> status);
    // Every word must be in the name (accents and case ignored).
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    CategoryFilter m_category = CategoryFilter::All;
    QString m_region;
    std::optional<EngagementStatus> m_status;
    QStringList m_words;
};

} // namespace bilan
