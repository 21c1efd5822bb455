#pragma once

#include "Database.h"
#include "Organisation.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace bilan {

// Organisations and the networks that group them. Names are unique (ignoring letter case and
// repeated spaces). An organisation's network must be an organisation of kind `network`.
class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::OrganisationRepository)

public:
    explicit OrganisationRepository(Database& database) : m_db(database) {}

    // Validates, then inserts; returns the new id. Errors name the CSV column at fault
    // (name, kind, network).
    Result<qint64> add(const Organisation& organisation);
    Status update(const Organisation& organisation);
    // Refused with a clear message, counting them, while hours, membership periods, board
    // mandates or member organisations (it is their network) refer to it; also when another
    // desk changed it since `loaded` (RowVersion; invalid: not checked).
    Status remove(qint64 id, const QDateTime& loaded = {});

    // The rows that name an organisation; what a delete refuses and a merge moves.
    struct References
    {
        int hours = 0;
        int memberships = 0;
        int mandates = 0;
        int networkMembers = 0;
        int total() const { return hours + memberships + mandates + networkMembers; }
    };
    Result<References> references(qint64 id);
    // "3 hour entries and 1 membership period"; empty when there are none.
    static QString describe(const References& references);

    Result<Organisation> get(qint64 id);
    Result<std::optional<Organisation>> findByName(const QString& name);
    // Ordered by name.
    Result<QList<Organisation>> all();
    Result<QList<Organisation>> networkMembers(qint64 networkId);
    Result<int> count();

private:
    Status check(const Organisation& organisation);
    Database& m_db;
};

} // namespace bilan
