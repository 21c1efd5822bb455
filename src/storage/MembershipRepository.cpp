#include "MembershipRepository.h"

#include "RowVersion.h"
#include "SqlSupport.h"
#include "Validation.h"

namespace bilan {

namespace {

const QString columns = QStringLiteral("m.id, m.organisation_id, m.category, m.joined_on, "
                                       "m.left_on, m.created_at, m.updated_at");

// A period covers [joined, left): the same condition as Membership::covers.
const QString coversDay =
    QStringLiteral("m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on > ?)");

// A period that starts in [?, ?] and continues no other period of its organisation: a period
// that takes over from one ending the day it starts (a rejoin on the day of leaving, a change of
// category) is no arrival. The one definition of a new member, for the count and the names.
const QString startsMembership =
    QStringLiteral("m.joined_on >= ? AND m.joined_on <= ? AND NOT EXISTS ("
                   "SELECT 1 FROM memberships p WHERE p.organisation_id = m.organisation_id "
                   "AND p.id <> m.id AND p.joined_on < m.joined_on "
                   "AND (p.left_on IS NULL OR p.left_on >= m.joined_on))");

Membership readMembership(const QSqlQuery& query)
{
    Membership membership;
    membership.id = query.value(0).toLongLong();
    membership.organisationId = query.value(1).toLongLong();
    membership.category =
        fromKey<MembershipCategory>(query.value(2).toString()).value_or(MembershipCategory::Member);
    membership.joined = sql::toDate(query.value(3));
    membership.left = sql::toDate(query.value(4));
    membership.createdAt = sql::toTimestamp(query.value(5));
    membership.updatedAt = sql::toTimestamp(query.value(6));
    return membership;
}

Result<QList<Membership>> readAll(Database& db, Result<QSqlQuery> query)
{
    return sql::rows(db, std::move(query), readMembership);
}

Result<int> singleCount(Database& db, Result<QSqlQuery> query)
{
    auto value = sql::scalar(db, std::move(query));
    if (!value)
        return value.error();
    return value->toInt();
}

} // namespace

Status MembershipRepository::check(const Membership& membership)
{
    auto found = sql::exists(m_db, QStringLiteral("organisations"), membership.organisationId);
    if (!found)
        return relabel(found.error(), QStringLiteral("organisation"));
    if (!*found)
        return fail(tr("no organisation with id %1").arg(membership.organisationId),
                    QStringLiteral("organisation"));
    if (auto valid = Validation::membership(membership); !valid)
        return valid;
    auto others = forOrganisation(membership.organisationId);
    if (!others)
        return others.error();
    return Validation::membershipAgainst(membership, *others);
}

Result<qint64> MembershipRepository::add(const Membership& membership)
{
    // Overlaps are a rule of the application, not of the schema: the check and the write must
    // see the same periods, even with another desk writing.
    Membership fresh = membership;
    fresh.id = 0;
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto checked = check(fresh); !checked)
            return checked.error();
        const QString now = m_db.timestamp();
        return sql::insert(
            m_db,
            QStringLiteral("INSERT INTO memberships (organisation_id, category, joined_on, "
                           "left_on, created_at, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {fresh.organisationId, toKey(fresh.category), sql::date(fresh.joined),
             sql::date(fresh.left), now, now, RowVersion::author(m_db)});
    });
}

Status MembershipRepository::update(const Membership& membership)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto existing = get(membership.id);
        if (!existing)
            return existing.error();
        if (auto current = RowVersion::check(m_db, QStringLiteral("memberships"), membership.id,
                                             membership.updatedAt);
            !current)
            return current;
        if (auto checked = check(membership); !checked)
            return checked;
        return RowVersion::update(
            m_db, QStringLiteral("memberships"),
            QStringLiteral("organisation_id = ?, category = ?, joined_on = ?, left_on = ?"),
            {membership.organisationId, toKey(membership.category), sql::date(membership.joined),
             sql::date(membership.left)},
            membership.id, membership.updatedAt);
    });
}

Status MembershipRepository::remove(qint64 id, const QDateTime& loaded)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto current = RowVersion::check(m_db, QStringLiteral("memberships"), id, loaded);
            !current)
            return current;
        return sql::removeRow(m_db, QStringLiteral("memberships"), id,
                              tr("no membership with id %1").arg(id));
    });
}

Result<Membership> MembershipRepository::get(qint64 id)
{
    return sql::one(
        m_db,
        sql::run(m_db, QStringLiteral("SELECT %1 FROM memberships m WHERE m.id = ?").arg(columns),
                 {id}),
        readMembership, tr("no membership with id %1").arg(id));
}

Result<QList<Membership>> MembershipRepository::forOrganisation(qint64 organisationId)
{
    return readAll(m_db,
                   sql::run(m_db,
                            QStringLiteral("SELECT %1 FROM memberships m "
                                           "WHERE m.organisation_id = ? ORDER BY m.joined_on, m.id")
                                .arg(columns),
                            {organisationId}));
}

Result<QList<Membership>> MembershipRepository::all()
{
    return readAll(m_db,
                   sql::run(m_db, QStringLiteral("SELECT %1 FROM memberships m "
                                                 "JOIN organisations o ON o.id = m.organisation_id "
                                                 "ORDER BY o.name_key, o.id, m.joined_on, m.id")
                                      .arg(columns)));
}

Result<QList<Membership>> MembershipRepository::coveringDay(QDate day)
{
    return readAll(m_db, sql::run(m_db,
                                  QStringLiteral("SELECT %1 FROM memberships m "
                                                 "JOIN organisations o ON o.id = m.organisation_id "
                                                 "WHERE %2 ORDER BY o.name_key, o.id, m.joined_on")
                                      .arg(columns, coversDay),
                                  {sql::date(day), sql::date(day)}));
}

Result<int> MembershipRepository::countMembersOn(QDate day)
{
    return singleCount(m_db, sql::run(m_db,
                                      QStringLiteral("SELECT COUNT(DISTINCT m.organisation_id) "
                                                     "FROM memberships m WHERE %1")
                                          .arg(coversDay),
                                      {sql::date(day), sql::date(day)}));
}

Result<QMap<MembershipCategory, int>> MembershipRepository::countByCategoryOn(QDate day)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT m.category, COUNT(DISTINCT m.organisation_id) "
                                         "FROM memberships m WHERE %1 GROUP BY m.category")
                              .arg(coversDay),
                          {sql::date(day), sql::date(day)});
    if (!query)
        return query.error();
    // Every category is present, so a report can print a row of zeros without special cases.
    QMap<MembershipCategory, int> counts;
    for (MembershipCategory category : allValues<MembershipCategory>())
        counts.insert(category, 0);
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) {
        if (auto category = fromKey<MembershipCategory>(row.value(0).toString()))
            counts[*category] = row.value(1).toInt();
    });
    if (!read)
        return read.error();
    return counts;
}

Result<int> MembershipRepository::countNewMembers(QDate from, QDate to)
{
    return singleCount(m_db, sql::run(m_db,
                                      QStringLiteral("SELECT COUNT(DISTINCT m.organisation_id) "
                                                     "FROM memberships m WHERE %1")
                                          .arg(startsMembership),
                                      {sql::date(from), sql::date(to)}));
}

Result<QStringList> MembershipRepository::newMemberNames(QDate from, QDate to)
{
    return sql::rows(m_db,
                     sql::run(m_db,
                              QStringLiteral("SELECT o.name FROM organisations o WHERE EXISTS ("
                                             "SELECT 1 FROM memberships m "
                                             "WHERE m.organisation_id = o.id AND %1) "
                                             "ORDER BY o.name_key, o.id")
                                  .arg(startsMembership),
                              {sql::date(from), sql::date(to)}),
                     [](const QSqlQuery& row) { return row.value(0).toString(); });
}

Result<int> MembershipRepository::countLeft(QDate from, QDate to)
{
    return singleCount(
        m_db,
        sql::run(m_db,
                 QStringLiteral(
                     "SELECT COUNT(DISTINCT m.organisation_id) FROM memberships m "
                     "WHERE m.left_on >= ? AND m.left_on <= ? AND NOT EXISTS ("
                     "SELECT 1 FROM memberships p WHERE p.organisation_id = m.organisation_id "
                     "AND p.id <> m.id AND p.joined_on <= m.left_on "
                     "AND (p.left_on IS NULL OR p.left_on > m.left_on))"),
                 {sql::date(from), sql::date(to)}));
}

Result<QStringList> MembershipRepository::memberNamesOn(QDate day, MembershipCategory category)
{
    return sql::rows(m_db,
                     sql::run(m_db,
                              QStringLiteral("SELECT o.name FROM organisations o WHERE EXISTS ("
                                             "SELECT 1 FROM memberships m "
                                             "WHERE m.organisation_id = o.id AND m.category = ? "
                                             "AND %1) ORDER BY o.name_key, o.id")
                                  .arg(coversDay),
                              {toKey(category), sql::date(day), sql::date(day)}),
                     [](const QSqlQuery& row) { return row.value(0).toString(); });
}

qint64 MembershipRepository::MinutesByMembership::members() const
{
    qint64 sum = 0;
    for (qint64 minutes : byCategory)
        sum += minutes;
    return sum;
}

Result<MembershipRepository::MinutesByMembership>
MembershipRepository::minutesByMembership(QDate from, QDate to)
{
    // Periods of one organisation never overlap, so each entry meets at most one period of its
    // organisation and one of its network: no entry is counted twice. A period covers its
    // `joined` day and not its `left` day, as coversDay says.
    auto query =
        sql::run(m_db,
                 QStringLiteral(
                     "SELECT COALESCE(own.category, net.category), CAST(SUM(e.minutes) AS BIGINT) "
                     "FROM service_entries e JOIN organisations o ON o.id = e.organisation_id "
                     "LEFT JOIN memberships own ON own.organisation_id = e.organisation_id "
                     "AND own.joined_on <= e.entry_date "
                     "AND (own.left_on IS NULL OR own.left_on > e.entry_date) "
                     "LEFT JOIN memberships net ON net.organisation_id = o.network_id "
                     "AND net.joined_on <= e.entry_date "
                     "AND (net.left_on IS NULL OR net.left_on > e.entry_date) "
                     "WHERE e.entry_date >= ? AND e.entry_date <= ? "
                     "GROUP BY COALESCE(own.category, net.category)"),
                 {sql::date(from), sql::date(to)});
    if (!query)
        return query.error();
    MinutesByMembership minutes;
    for (MembershipCategory category : allValues<MembershipCategory>())
        minutes.byCategory.insert(category, 0);
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) {
        const qint64 sum = row.value(1).toLongLong();
        if (row.value(0).isNull()) {
            minutes.nonMembers += sum;
            return;
        }
        if (auto category = fromKey<MembershipCategory>(row.value(0).toString()))
            minutes.byCategory[*category] += sum;
        else
            minutes.nonMembers += sum;
    });
    if (!read)
        return read.error();
    return minutes;
}

} // namespace bilan
