#pragma once

#include "Database.h"
#include "Enums.h"
#include "Membership.h"
#include "Organisation.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace bilan {

// Every organisation with its kind, region, network and membership category on a chosen day,
// narrowed by filters held here (kind, region, category, search words) so that the view, its
// count line and its tests see the same rows. Read-only: periods are edited elsewhere.
class OrganisationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Region,
        Network,
        Category,
        ColumnCount
    };
    enum DataRole
    {
        OrganisationIdRole = Qt::UserRole + 1,
    };
    // Which membership the shown organisations have on memberOn().
    enum class CategoryFilter
    {
        All,
        Member,
        Auxiliary,
        Supporting,
        Managed,
        NotMember
    };

    explicit OrganisationTableModel(Database& database, QObject* parent = nullptr);

    // Reads the organisations and every membership period again (two repository calls).
    bilan::Status reload();

    QDate memberOn() const { return m_memberOn; }
    void setMemberOn(QDate day);
    // No value: every kind.
    void setKindFilter(std::optional<OrganisationKind> kind);
    // Empty: every region.
    void setRegionFilter(const QString& region);
    void setCategoryFilter(CategoryFilter filter);
    // Every typed word must appear in some word of the name, ignoring accents and case.
    void setSearchText(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Organisation organisationAt(int row) const;
    // The shown row of an organisation, -1 when filtered out or unknown.
    int rowOf(qint64 organisationId) const;
    // Ordered by joined.
    QList<Membership> membershipsOf(qint64 organisationId) const;
    // The period covering memberOn(), if any.
    std::optional<Membership> membershipOn(qint64 organisationId) const;
    QString organisationName(qint64 organisationId) const;
    // The organisations naming `networkId` as their network, by name.
    QList<Organisation> networkMembers(qint64 networkId) const;
    // The regions present, sorted, without the empty one.
    QStringList regions() const;
    int totalCount() const { return static_cast<int>(m_all.size()); }
    // Shown organisations that are members (any category) on memberOn().
    int shownMemberCount() const;

    // The last repository error; empty after a good reload.
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString& message, const QString& field);
    // The shown rows changed (filters, date or reload).
    void rowsFiltered();

private:
    bool accepts(const Organisation& organisation) const;
    void refilter();

    Database& m_db;
    QList<Organisation> m_all;
    QList<int> m_rows; // indexes into m_all
    QHash<qint64, int> m_indexById;
    QHash<qint64, QList<Membership>> m_memberships;
    QDate m_memberOn;
    std::optional<OrganisationKind> m_kind;
    QString m_region;
    CategoryFilter m_category = CategoryFilter::All;
    QStringList m_searchWords;
    QHash<qint64, QStringList> m_nameWords;
    QString m_lastError;
};

} // namespace bilan
