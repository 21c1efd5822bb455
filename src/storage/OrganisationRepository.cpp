#include "OrganisationRepository.h"

#include "Parsing.h"
#include "RowVersion.h"
#include "SqlSupport.h"
#include "Validation.h"

namespace bilan {

namespace {

const QString columns =
    QStringLiteral("id, name, kind, region, sector, network_id, created_at, updated_at");

Organisation readOrganisation(const QSqlQuery& query)
{
    Organisation organisation;
    organisation.id = query.value(0).toLongLong();
    organisation.name = query.value(1).toString();
    organisation.kind =
        fromKey<OrganisationKind>(query.value(2).toString()).value_or(OrganisationKind::Other);
    organisation.region = query.value(3).toString();
    organisation.sector = query.value(4).toString();
    if (!query.value(5).isNull())
        organisation.networkId = query.value(5).toLongLong();
    organisation.createdAt = sql::toTimestamp(query.value(6));
    organisation.updatedAt = sql::toTimestamp(query.value(7));
    return organisation;
}

Result<QList<Organisation>> readAll(Database& db, Result<QSqlQuery> query)
{
    return sql::rows(db, std::move(query), readOrganisation);
}

Result<int> countOf(Database& db, const QString& statement, qint64 id)
{
    auto count = sql::scalar(db, statement, {id});
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace

Status OrganisationRepository::check(const Organisation& organisation)
{
    if (auto valid = Validation::organisation(organisation); !valid)
        return valid;
    const QString name = Parsing::cleanName(organisation.name);
    auto taken = sql::nameTaken(m_db, QStringLiteral("organisations"), Parsing::nameKey(name),
                                organisation.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return Validation::duplicateName(tr("an organisation"), name);

    if (organisation.networkId) {
        const qint64 networkId = *organisation.networkId;
        if (organisation.id != 0 && networkId == organisation.id)
            return fail(tr("\"%1\" cannot be its own network").arg(name),
                        QStringLiteral("network"));
        auto network =
            sql::run(m_db, QStringLiteral("SELECT name, kind FROM organisations WHERE id = ?"),
                     {networkId}, QStringLiteral("network"));
        if (!network)
            return network.error();
        auto found = sql::next(m_db, *network);
        if (!found)
            return found.error();
        if (!*found)
            return fail(tr("no organisation with id %1").arg(networkId), QStringLiteral("network"));
        if (network->value(1).toString() != toKey(OrganisationKind::Network))
            return fail(tr("\"%1\" is not a network (its kind is %2)")
                            .arg(network->value(0).toString(), network->value(1).toString()),
                        QStringLiteral("network"));
        // A network may belong to a wider network, but the chain must not come back to this
        // organisation: the figures and views walk it upwards.
        if (organisation.id != 0) {
            qint64 above = networkId;
            for (int depth = 0; depth < 64; ++depth) {
                auto parent = sql::run(
                    m_db, QStringLiteral("SELECT network_id FROM organisations WHERE id = ?"),
                    {above}, QStringLiteral("network"));
                if (!parent)
                    return parent.error();
                auto row = sql::next(m_db, *parent);
                if (!row)
                    return row.error();
                if (!*row || parent->value(0).isNull())
                    break;
                above = parent->value(0).toLongLong();
                if (above == organisation.id)
                    return fail(tr("\"%1\" belongs, through its networks, to \"%2\": one "
                                   "cannot be the network of the other")
                                    .arg(network->value(0).toString(), name),
                                QStringLiteral("network"));
            }
        }
    }

    // Members name their network by id: turning the network into something else would leave
    // them pointing at an organisation that is not a network.
    if (organisation.id != 0 && organisation.kind != OrganisationKind::Network) {
        auto members =
            countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM organisations WHERE network_id = ?"),
                    organisation.id);
        if (!members)
            return members.error();
        if (*members > 0)
            return fail(*members == 1
                            ? tr("\"%1\" is the network of 1 organisation; it must stay of kind "
                                 "network while it has members")
                                  .arg(name)
                            : tr("\"%1\" is the network of %2 organisations; it must stay of "
                                 "kind network while it has members")
                                  .arg(name)
                                  .arg(*members),
                        QStringLiteral("kind"));
    }
    return {};
}

Result<qint64> OrganisationRepository::add(const Organisation& organisation)
{
    // The checks and the write see the same data, even with another desk writing.
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        Organisation fresh = organisation;
        fresh.id = 0;
        if (auto checked = check(fresh); !checked)
            return checked.error();
        const QString name = Parsing::cleanName(fresh.name);
        const QString now = m_db.timestamp();
        return sql::insert(
            m_db,
            QStringLiteral("INSERT INTO organisations (name, name_key, kind, region, sector, "
                           "network_id, created_at, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {name, Parsing::nameKey(name), toKey(fresh.kind),
             sql::text(Parsing::cleanName(fresh.region)),
             sql::text(Parsing::cleanName(fresh.sector)), sql::optionalId(fresh.networkId), now,
             now, RowVersion::author(m_db)});
    });
}

Status OrganisationRepository::update(const Organisation& organisation)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto existing = get(organisation.id);
        if (!existing)
            return existing.error();
        if (auto current = RowVersion::check(m_db, QStringLiteral("organisations"), organisation.id,
                                             organisation.updatedAt);
            !current)
            return current;
        if (auto checked = check(organisation); !checked)
            return checked;
        const QString name = Parsing::cleanName(organisation.name);
        return RowVersion::update(
            m_db, QStringLiteral("organisations"),
            QStringLiteral("name = ?, name_key = ?, kind = ?, region = ?, sector = ?, "
                           "network_id = ?"),
            {name, Parsing::nameKey(name), toKey(organisation.kind),
             sql::text(Parsing::cleanName(organisation.region)),
             sql::text(Parsing::cleanName(organisation.sector)),
             sql::optionalId(organisation.networkId)},
            organisation.id, organisation.updatedAt);
    });
}

Result<OrganisationRepository::References> OrganisationRepository::references(qint64 id)
{
    References found;
    const std::pair<int*, QString> counts[] = {
        {&found.hours, QStringLiteral("SELECT COUNT(*) FROM service_entries WHERE "
                                      "organisation_id = ?")},
        {&found.memberships,
         QStringLiteral("SELECT COUNT(*) FROM memberships WHERE organisation_id = ?")},
        {&found.mandates,
         QStringLiteral("SELECT COUNT(*) FROM board_mandates WHERE organisation_id = ?")},
        {&found.networkMembers,
         QStringLiteral("SELECT COUNT(*) FROM organisations WHERE network_id = ?")},
    };
    for (const auto& [count, statement] : counts) {
        auto counted = countOf(m_db, statement, id);
        if (!counted)
            return counted.error();
        *count = *counted;
    }
    return found;
}

QString OrganisationRepository::describe(const References& references)
{
    const auto& [hours, memberships, mandates, networkMembers] = references;
    QStringList parts;
    if (hours > 0)
        parts << (hours == 1 ? tr("1 hour entry") : tr("%1 hour entries").arg(hours));
    if (memberships > 0)
        parts << (memberships == 1 ? tr("1 membership period")
                                   : tr("%1 membership periods").arg(memberships));
    if (mandates > 0)
        parts << (mandates == 1 ? tr("1 board mandate") : tr("%1 board mandates").arg(mandates));
    if (networkMembers > 0)
        parts << (networkMembers == 1
                      ? tr("1 member organisation (it is its network)")
                      : tr("%1 member organisations (it is their network)").arg(networkMembers));
    if (parts.isEmpty())
        return {};
    QString text = parts.takeLast();
    if (!parts.isEmpty())
        text = tr("%1 and %2").arg(parts.join(tr(", ")), text);
    return text;
}

Status OrganisationRepository::remove(qint64 id, const QDateTime& loaded)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto existing = get(id);
        if (!existing)
            return existing.error();
        if (auto current = RowVersion::check(m_db, QStringLiteral("organisations"), id, loaded);
            !current)
            return current;
        auto found = references(id);
        if (!found)
            return found.error();
        // A register keeps what happened: rows that name the organisation are never removed
        // with it. Merging it into the organisation it duplicates moves them instead.
        if (found->total() > 0)
            return fail(found->total() == 1 ? tr("cannot delete \"%1\": %2 refers to it")
                                                  .arg(existing->name, describe(*found))
                                            : tr("cannot delete \"%1\": %2 refer to it")
                                                  .arg(existing->name, describe(*found)));
        return sql::removeRow(m_db, QStringLiteral("organisations"), id,
                              tr("no organisation with id %1").arg(id));
    });
}

Result<Organisation> OrganisationRepository::get(qint64 id)
{
    return sql::one(
        m_db,
        sql::run(m_db, QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(columns),
                 {id}),
        readOrganisation, tr("no organisation with id %1").arg(id));
}

Result<std::optional<Organisation>> OrganisationRepository::findByName(const QString& name)
{
    return sql::optionalOne(
        m_db,
        sql::run(m_db,
                 QStringLiteral("SELECT %1 FROM organisations WHERE name_key = ?").arg(columns),
                 {Parsing::nameKey(name)}),
        readOrganisation);
}

Result<QList<Organisation>> OrganisationRepository::all()
{
    return readAll(
        m_db, sql::run(m_db, QStringLiteral("SELECT %1 FROM organisations ORDER BY name_key, id")
                                 .arg(columns)));
}

Result<QList<Organisation>> OrganisationRepository::networkMembers(qint64 networkId)
{
    return readAll(m_db,
                   sql::run(m_db,
                            QStringLiteral("SELECT %1 FROM organisations WHERE network_id = ? "
                                           "ORDER BY name_key, id")
                                .arg(columns),
                            {networkId}));
}

Result<int> OrganisationRepository::count()
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM organisations"));
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace bilan
