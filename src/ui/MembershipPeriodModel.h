#pragma once

#include "Database.h"
#include "Membership.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

namespace bilan {

// The membership periods of one organisation, oldest first, and the writes that change them.
// Every write goes through MembershipRepository, which refuses overlapping periods and a
// period that ends before it starts without writing anything; a refused write leaves the rows
// as they were and reports the repository's message and field (joined, left, category).
class MembershipPeriodModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Joined,
        Left,
        Category,
        ColumnCount
    };
    enum DataRole
    {
        MembershipIdRole = Qt::UserRole + 1,
    };

    explicit MembershipPeriodModel(Database& database, QObject* parent = nullptr);

    // Reads the periods of `organisationId` (0: none, an empty model).
    bilan::Status load(qint64 organisationId);
    bilan::Status reload() { return load(m_organisationId); }
    qint64 organisationId() const { return m_organisationId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Membership periodAt(int row) const { return m_periods.value(row); }
    // -1 when the period is not one of this organisation's.
    int rowOf(qint64 membershipId) const;
    const QList<Membership>& periods() const { return m_periods; }
    // The period still running, if any.
    std::optional<Membership> openPeriod() const;
    // The category of the latest period, Member when there is none: the default for a rejoin.
    MembershipCategory lastCategory() const;

    // A new period from `joined`, still open: a first join or a rejoin after leaving.
    bilan::Result<qint64> join(QDate joined, MembershipCategory category);
    // Ends the open period on `left` (the first day it no longer covers).
    bilan::Status leave(QDate left);
    // Adds a new period (id 0) or corrects an existing one's dates and category.
    bilan::Result<qint64> save(const Membership& period);
    bilan::Status remove(qint64 membershipId);

signals:
    void errorOccurred(const QString& message, const QString& field);
    // A write succeeded; the organisation list's categories and counts are out of date.
    void periodsChanged(qint64 organisationId);

private:
    // Reports the error and hands it back for returning.
    bilan::Error failed(const bilan::Error& error);

    Database& m_db;
    qint64 m_organisationId = 0;
    QList<Membership> m_periods;
};

} // namespace bilan
