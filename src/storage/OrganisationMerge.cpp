#include "OrganisationMerge.h"

#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "Parsing.h"
#include "RowVersion.h"
#include "SettingsRepository.h"
#include "SqlSupport.h"

namespace bilan {

namespace {

const QString Organisations = QStringLiteral("organisations");

// Bound values per statement: far below SQLite's and PostgreSQL's limits.
constexpr qsizetype ChunkSize = 500;

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(u',');
}

QString periodText(const Membership& period)
{
    return period.isOpen()
               ? OrganisationMerge::tr("from %1 on").arg(Parsing::formatDate(period.joined))
               : OrganisationMerge::tr("from %1 to %2")
                     .arg(Parsing::formatDate(period.joined), Parsing::formatDate(period.left));
}

} // namespace

Result<std::optional<OrganisationMerge::ClosedHours>>
OrganisationMerge::closedHours(const QString& where, const QVariantList& values)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT c.fiscal_year, COUNT(*) FROM service_entries e "
                                         "JOIN closed_years c ON e.entry_date >= c.first_day "
                                         "AND e.entry_date <= c.last_day WHERE %1 "
                                         "GROUP BY c.fiscal_year ORDER BY c.fiscal_year")
                              .arg(where),
                          values);
    if (!query)
        return query.error();
    auto found = sql::next(m_db, *query);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<ClosedHours>();
    const int startYear = query->value(0).toInt();
    const int entries = query->value(1).toInt();
    auto year = SettingsRepository(m_db).fiscalYear(startYear);
    if (!year)
        return year.error();
    const QString count = entries == 1 ? tr("1 hour entry") : tr("%1 hour entries").arg(entries);
    return std::optional<ClosedHours>(ClosedHours{count, year->name()});
}

Status OrganisationMerge::refuseOverlaps(const Organisation& kept, const Organisation& removed)
{
    MembershipRepository memberships(m_db);
    auto keptPeriods = memberships.forOrganisation(kept.id);
    if (!keptPeriods)
        return keptPeriods.error();
    auto removedPeriods = memberships.forOrganisation(removed.id);
    if (!removedPeriods)
        return removedPeriods.error();
    for (const Membership& moving : *removedPeriods)
        for (const Membership& staying : *keptPeriods)
            if (moving.overlaps(staying))
                return fail(
                    tr("cannot merge: the membership of \"%1\" %2 overlaps that of "
                       "\"%3\" %4; correct or remove one of the two periods first")
                        .arg(removed.name, periodText(moving), kept.name, periodText(staying)));
    return {};
}

Status OrganisationMerge::refuseNetworkChange(const Organisation& kept, const Organisation& removed)
{
    auto members = OrganisationRepository(m_db).networkMembers(removed.id);
    if (!members)
        return members.error();
    if (members->isEmpty())
        return {};
    if (kept.kind != OrganisationKind::Network)
        return fail(tr("cannot merge: \"%1\" is the network of %2 and \"%3\" is not a network; "
                       "keep the network, or make \"%3\" a network first")
                        .arg(removed.name, members->first().name, kept.name));
    // Walking up from the kept one: its networks must not become members of itself.
    std::optional<qint64> above = kept.networkId;
    OrganisationRepository organisations(m_db);
    for (int depth = 0; above && depth < 64; ++depth) {
        if (*above == removed.id)
            return fail(tr("cannot merge: \"%1\" belongs, through its networks, to \"%2\"; "
                           "change the network of \"%1\" first")
                            .arg(kept.name, removed.name));
        for (const Organisation& member : *members)
            if (member.id == *above)
                return fail(tr("cannot merge: \"%1\" belongs to \"%2\", whose members would "
                               "then include it; change the network of \"%1\" first")
                                .arg(kept.name, member.name));
        auto network = organisations.get(*above);
        if (!network)
            return network.error();
        above = network->networkId;
    }
    return {};
}

Result<QList<qint64>> OrganisationMerge::ids(const QString& table, const QString& column,
                                             qint64 organisationId)
{
    return sql::rows(
        m_db,
        sql::run(m_db,
                 QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column),
                 {organisationId}),
        [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
}

Result<int> OrganisationMerge::move(const QString& table, const QString& column,
                                    const QList<qint64>& rows, qint64 from, qint64 to)
{
    int moved = 0;
    const QString now = m_db.timestamp();
    const QString author = RowVersion::author(m_db);
    for (qsizetype start = 0; start < rows.size(); start += ChunkSize) {
        const QList<qint64> chunk = rows.mid(start, ChunkSize);
        QVariantList values{to, now, author, from};
        for (qint64 id : chunk)
            values << id;
        auto updated = sql::run(
            m_db,
            QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ?, updated_by = ? WHERE %2 = ? "
                           "AND id IN (%3)")
                .arg(table, column, placeholders(chunk.size())),
            values);
        if (!updated)
            return updated.error();
        moved += updated->numRowsAffected();
    }
    return moved;
}

Result<OrganisationMerge::Done> OrganisationMerge::merge(const Organisation& kept,
                                                         const Organisation& removed)
{
    if (kept.id == removed.id)
        return fail(tr("cannot merge an organisation with itself"));
    return sql::inTransaction(m_db, [&]() -> Result<Done> {
        for (const Organisation* shown : {&kept, &removed})
            if (auto current = RowVersion::check(m_db, Organisations, shown->id, shown->updatedAt);
                !current)
                return current.error();
        OrganisationRepository organisations(m_db);
        auto keptNow = organisations.get(kept.id);
        if (!keptNow)
            return keptNow.error();
        auto removedNow = organisations.get(removed.id);
        if (!removedNow)
            return removedNow.error();

        auto closed = closedHours(QStringLiteral("e.organisation_id = ?"), {removedNow->id});
        if (!closed)
            return closed.error();
        if (*closed)
            return fail(
                tr("cannot merge: \"%1\" has %2 in the closed fiscal year %3; moving "
                   "them to \"%4\" would change that year's figures per organisation "
                   "(reopen the year first)")
                    .arg(removedNow->name, (*closed)->entries, (*closed)->year, keptNow->name));
        if (auto overlap = refuseOverlaps(*keptNow, *removedNow); !overlap)
            return overlap.error();
        if (auto network = refuseNetworkChange(*keptNow, *removedNow); !network)
            return network.error();

        Done done;
        done.removed = *removedNow;
        done.keptId = keptNow->id;
        struct Moved
        {
            QList<qint64>* rows;
            QString table;
            QString column;
        };
        const Moved moves[] = {
            {&done.hours, QStringLiteral("service_entries"), QStringLiteral("organisation_id")},
            {&done.memberships, QStringLiteral("memberships"), QStringLiteral("organisation_id")},
            {&done.mandates, QStringLiteral("board_mandates"), QStringLiteral("organisation_id")},
            {&done.networkMembers, Organisations, QStringLiteral("network_id")},
        };
        for (const Moved& moving : moves) {
            auto rows = ids(moving.table, moving.column, removedNow->id);
            if (!rows)
                return rows.error();
            *moving.rows = *rows;
            auto moved = move(moving.table, moving.column, *rows, removedNow->id, keptNow->id);
            if (!moved)
                return moved.error();
        }
        if (auto deleted = sql::removeRow(m_db, Organisations, removedNow->id,
                                          tr("no organisation with id %1").arg(removedNow->id));
            !deleted)
            return deleted.error();
        return done;
    });
}

Status OrganisationMerge::undo(const Done& done)
{
    const Organisation& removed = done.removed;
    return sql::inTransaction(m_db, [&]() -> Status {
        auto kept = OrganisationRepository(m_db).get(done.keptId);
        if (!kept)
            return fail(tr("cannot undo the merge into an organisation deleted since"));
        auto taken = sql::exists(m_db, Organisations, removed.id);
        if (!taken)
            return taken.error();
        auto nameTaken = sql::nameTaken(m_db, Organisations, Parsing::nameKey(removed.name), 0);
        if (!nameTaken)
            return nameTaken.error();
        if (*taken || *nameTaken)
            return fail(tr("cannot undo the merge: an organisation named \"%1\" exists again")
                            .arg(removed.name));
        for (qsizetype start = 0; start < done.hours.size(); start += ChunkSize) {
            const QList<qint64> chunk = done.hours.mid(start, ChunkSize);
            QVariantList values;
            for (qint64 id : chunk)
                values << id;
            auto closed =
                closedHours(QStringLiteral("e.id IN (%1)").arg(placeholders(chunk.size())), values);
            if (!closed)
                return closed.error();
            if (*closed)
                return fail(tr("cannot undo the merge: %1 of \"%2\" are in the fiscal year %3, "
                               "closed since; reopen it first")
                                .arg((*closed)->entries, removed.name, (*closed)->year));
        }

        // Its network may have been deleted since: then it has none.
        std::optional<qint64> network = removed.networkId;
        if (network) {
            auto exists = sql::exists(m_db, Organisations, *network);
            if (!exists)
                return exists.error();
            if (!*exists)
                network.reset();
        }
        auto inserted = sql::run(
            m_db,
            QStringLiteral("INSERT INTO organisations (id, name, name_key, kind, region, sector, "
                           "network_id, created_at, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {removed.id, removed.name, Parsing::nameKey(removed.name), toKey(removed.kind),
             sql::text(removed.region), sql::text(removed.sector), sql::optionalId(network),
             removed.createdAt.toUTC().toString(Qt::ISODateWithMs), m_db.timestamp(),
             RowVersion::author(m_db)});
        if (!inserted)
            return inserted.error();

        struct Moved
        {
            const QList<qint64>* rows;
            QString table;
            QString column;
            QString what;
        };
        const Moved moves[] = {
            {&done.hours, QStringLiteral("service_entries"), QStringLiteral("organisation_id"),
             tr("hour entries")},
            {&done.memberships, QStringLiteral("memberships"), QStringLiteral("organisation_id"),
             tr("membership periods")},
            {&done.mandates, QStringLiteral("board_mandates"), QStringLiteral("organisation_id"),
             tr("board mandates")},
            {&done.networkMembers, Organisations, QStringLiteral("network_id"),
             tr("member organisations")},
        };
        for (const Moved& moving : moves) {
            auto moved = move(moving.table, moving.column, *moving.rows, done.keptId, removed.id);
            if (!moved)
                return moved.error();
            if (*moved != moving.rows->size())
                return fail(tr("cannot undo the merge: %1 of the %2 %3 moved to \"%4\" were "
                               "changed or removed since")
                                .arg(moving.rows->size() - *moved)
                                .arg(moving.rows->size())
                                .arg(moving.what, kept->name));
        }
        return {};
    });
}

} // namespace bilan
