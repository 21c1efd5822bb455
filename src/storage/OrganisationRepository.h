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
    // Refused with a clear message while hours or board mandates refer to it; its membership
    // periods go with it and its network's members lose their network.
    Status remove(qint64 id);

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
