#pragma once

#include "Database.h"
#include "Organisation.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bilan {

// The same organisation entered twice with two spellings: everything that names the duplicate
// (hours, membership periods, board mandates, the organisations whose network it is) moves to
// the one kept, and the duplicate is deleted, in one transaction. What the merge did is
// returned so that undo() can put every row back.
//
// Refused, saying why, when:
// - either organisation changed at another desk since the form showed it (RowVersion);
// - the duplicate has hours in a closed fiscal year: moving them would change that year's
//   figures per organisation (enterprises served, operations with members);
// - a membership period of one overlaps a period of the other (one must be corrected first);
// - the duplicate is a network with members and the kept one is not a network, or the kept one
//   belongs, through its networks, to the duplicate.
class OrganisationMerge
{
    Q_DECLARE_TR_FUNCTIONS(bilan::OrganisationMerge)

public:
    struct Done
    {
        // The duplicate as it was stored, id included.
        Organisation removed;
        qint64 keptId = 0;
        QList<qint64> hours;
        QList<qint64> memberships;
        QList<qint64> mandates;
        QList<qint64> networkMembers;
    };

    explicit OrganisationMerge(Database& database) : m_db(database) {}

    // `kept` and `removed` as the form showed them (their updatedAt is their version).
    Result<Done> merge(const Organisation& kept, const Organisation& removed);
    // Creates the removed organisation again under its id and values and moves the rows back.
    // Refused when its name was taken since, when a moved row was changed to another
    // organisation or removed since, or when a moved hour now lies in a closed year.
    Status undo(const Done& done);

private:
    // The first closed fiscal year holding hours that match `where` (on service_entries e),
    // and how many: "12 hour entries", "2019-2020".
    struct ClosedHours
    {
        QString entries;
        QString year;
    };
    Result<std::optional<ClosedHours>> closedHours(const QString& where,
                                                   const QVariantList& values);
    Status refuseOverlaps(const Organisation& kept, const Organisation& removed);
    Status refuseNetworkChange(const Organisation& kept, const Organisation& removed);
    Result<QList<qint64>> ids(const QString& table, const QString& column, qint64 organisationId);
    // Sets `column` to `to` on the rows of `table` with these ids whose `column` is `from`;
    // how many it changed.
    Result<int> move(const QString& table, const QString& column, const QList<qint64>& rows,
                     qint64 from, qint64 to);

    Database& m_db;
};

} // namespace bilan
