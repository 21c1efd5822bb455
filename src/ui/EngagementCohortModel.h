#pragma once

#include "Engagement.h"

#include <QAbstractTableModel>

namespace bilan {

// The cohort table of the Engagement page: one row per fiscal year joined (oldest first), the
// organisations that joined in it, then how many of them were members on the last day of that
// year, a year later, two years later… up to the year shown: "n (p %)", p of those who joined.
class EngagementCohortModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Joined,
        // Then FirstStillColumn + k: members k years after the year joined.
        FirstStillColumn
    };
    enum DataRole
    {
        // The count alone (an int), in the joined and still-member cells.
        CountRole = Qt::UserRole + 1,
        // The share of the cohort in percent (a double), in the still-member cells.
        PercentRole
    };

    explicit EngagementCohortModel(QObject* parent = nullptr);

    void setEngagement(const Engagement& engagement);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FiscalYear yearOf(int startYear) const;

    QList<EngagementCohort> m_cohorts;
    FiscalYear m_year;
    int m_columns = FirstStillColumn;
};

} // namespace bilan
