#pragma once

#include "Engagement.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace bilan {

// The rows of the Engagement page (domain/Engagement.h's computeEngagement), one per
// organisation, in the order the rules give them (most urgent first). Read-only. Each cell has
// its text, and under SortRole the plain value the list sorts by when a header is clicked
// (numbers as numbers, an absent value sorted last).
class EngagementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Status,
        Organisation,
        Kind,
        Category,
        Member,
        HoursY,
        HoursY1,
        Change,
        Trend,
        LastService,
        MonthsSince,
        Experts,
        Fields,
        ColumnCount
    };
    enum DataRole
    {
        OrganisationIdRole = Qt::UserRole + 1,
        SortRole,
        // The EngagementStatus, as an int.
        StatusRole,
        // QVariantList of the minutes of Y-4 … Y (TrendYears values), on the Trend column.
        TrendRole,
        // The category at Y's end as an int, -1 when not a member on Y's last day.
        CategoryRole,
        RegionRole
    };

    explicit EngagementModel(QObject* parent = nullptr);

    void setEngagement(const Engagement& engagement);
    void clear();
    const Engagement& engagement() const { return m_engagement; }
    const EngagementRow& rowAt(int row) const { return m_engagement.rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The status as the page names it, in the interface's language ("At risk", "À risque").
    static QString statusName(EngagementStatus status);
    // What the status means (its rule), for a tooltip.
    static QString statusRule(EngagementStatus status);
    // The colour of the status's mark beside its word (never the only sign of it).
    static QColor statusColor(EngagementStatus status);
    static QIcon statusIcon(EngagementStatus status);
    // The column's title for the year shown (the hours columns name their fiscal year).
    QString columnTitle(int column) const;
    // "+12 %", "−40 %", or an em dash when the previous year had no hours.
    static QString changeText(const std::optional<double>& change);

private:
    QVariant display(const EngagementRow& row, int column) const;
    QVariant sortValue(const EngagementRow& row, int column) const;

    Engagement m_engagement;
};

} // namespace bilan
