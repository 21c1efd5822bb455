#include "ServiceEntryRepository.h"

#include "FieldRepository.h"
#include "Parsing.h"
#include "RowVersion.h"
#include "ServerAccess.h"
#include "SettingsRepository.h"
#include "SqlSupport.h"
#include "SqliteStatement.h"
#include "Validation.h"

#include <QStringList>
#include <QVariantList>

namespace bilan {

namespace {

const QString SelectEntries = QStringLiteral(
    "SELECT e.id, e.entry_date, e.expert_id, e.organisation_id, e.minutes, f.name, e.note, "
    "e.created_at, e.updated_at FROM service_entries e LEFT JOIN fields f ON f.id = "
    "e.field_id");

ServiceEntry entryFrom(const QSqlQuery& query)
{
    ServiceEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.date = sql::toDate(query.value(1));
    entry.expertId = query.value(2).toLongLong();
    entry.organisationId = query.value(3).toLongLong();
    entry.minutes = query.value(4).toInt();
    entry.field = query.value(5).toString();
    entry.note = query.value(6).toString();
    entry.createdAt = sql::toTimestamp(query.value(7));
    entry.updatedAt = sql::toTimestamp(query.value(8));
    return entry;
}

// A filter's conditions come and go, so the number of bound values varies: sql::run takes a
// fixed list, this takes any.
struct Where
{
    QString clause;
    QVariantList values;
};

Where whereOf(const ServiceEntryRepository::Filter& filter)
{
    QStringList conditions;
    Where where;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("e.entry_date >= ?");
        where.values << sql::date(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("e.entry_date <= ?");
        where.values << sql::date(filter.to);
    }
    if (filter.expertId) {
        conditions << QStringLiteral("e.expert_id = ?");
        where.values << *filter.expertId;
    }
    if (filter.organisationId) {
        conditions << QStringLiteral("e.organisation_id = ?");
        where.values << *filter.organisationId;
    }
    if (!conditions.isEmpty())
        where.clause = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

// One figure over the entries `filter` keeps; `select` reads "SELECT <aggregate> FROM
// service_entries e".
Result<QVariant> aggregate(Database& db, const QString& select,
                           const ServiceEntryRepository::Filter& filter)
{
    const Where where = whereOf(filter);
    return sql::scalar(db, sql::run(db, select + where.clause, where.values));
}

Status refuseClosedYear(Database& db, QDate day)
{
    return SettingsRepository(db).refuseIfClosedOn(day, QStringLiteral("date"));
}

// On a server, whether this login may write the hours of these experts (a staff login only
// its own expert's): said in the user's words before the server's row-level security refuses.
Status refuseOtherExperts(Database& db, std::initializer_list<qint64> experts)
{
    if (!db.isServer())
        return {};
    auto access = readAccess(db);
    if (!access)
        return access.error();
    for (qint64 expert : experts) {
        if (auto may = access->mayWriteHours(expert, db.login()); !may)
            return may;
    }
    return {};
}

// NULL for an entry without a field; the field is created the first time it is named.
Result<QVariant> fieldIdOf(Database& db, const QString& field)
{
    if (field.simplified().isEmpty())
        return sql::optionalId(std::nullopt);
    auto id = FieldRepository(db).idFor(field);
    if (!id)
        return id.error();
    return QVariant(*id);
}

} // namespace

Status ServiceEntryRepository::checkWrite(const ServiceEntry& entry, qint64 excludingId)
{
    if (auto valid = Validation::serviceEntry(entry); !valid)
        return valid;
    auto expert = sql::exists(m_db, QStringLiteral("experts"), entry.expertId);
    if (!expert)
        return expert.error();
    if (!*expert)
        return fail(tr("no expert with id %1").arg(entry.expertId), QStringLiteral("expert"));
    auto organisation = sql::exists(m_db, QStringLiteral("organisations"), entry.organisationId);
    if (!organisation)
        return organisation.error();
    if (!*organisation)
        return fail(tr("no organisation with id %1").arg(entry.organisationId),
                    QStringLiteral("organisation"));
    if (auto open = refuseClosedYear(m_db, entry.date); !open)
        return open;
    auto others = minutesOnDay(entry.expertId, entry.date, excludingId);
    if (!others)
        return others.error();
    return Validation::dayTotal(entry.date, *others, entry.minutes);
}

Result<qint64> ServiceEntryRepository::add(const ServiceEntry& entry)
{
    // The day total read by the check must still hold when the row is written.
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto may = refuseOtherExperts(m_db, {entry.expertId}); !may)
            return may.error();
        if (auto checked = checkWrite(entry, 0); !checked)
            return checked.error();
        auto fieldId = fieldIdOf(m_db, entry.field);
        if (!fieldId)
            return fieldId.error();
        const QString now = m_db.timestamp();
        return sql::insert(m_db,
                           QStringLiteral("INSERT INTO service_entries (entry_date, expert_id, "
                                          "organisation_id, minutes, field_id, note, "
                                          "created_at, updated_at, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {sql::date(entry.date), entry.expertId, entry.organisationId,
                            entry.minutes, *fieldId, sql::text(entry.note), now, now,
                            RowVersion::author(m_db)});
    });
}

Status ServiceEntryRepository::update(const ServiceEntry& entry)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto stored = get(entry.id);
        if (!stored)
            return stored.error();
        if (auto may = refuseOtherExperts(m_db, {stored->expertId, entry.expertId}); !may)
            return may;
        // Checked first: the rules below would otherwise judge values made for a row that
        // is no longer there.
        if (auto current = RowVersion::check(m_db, QStringLiteral("service_entries"), entry.id,
                                             entry.updatedAt);
            !current)
            return current;
        // Moving an entry out of a closed year changes that year's figures just as much.
        if (auto open = refuseClosedYear(m_db, stored->date); !open)
            return open;
        if (auto checked = checkWrite(entry, entry.id); !checked)
            return checked;
        auto fieldId = fieldIdOf(m_db, entry.field);
        if (!fieldId)
            return fieldId.error();
        return RowVersion::update(m_db, QStringLiteral("service_entries"),
                                  QStringLiteral("entry_date = ?, expert_id = ?, "
                                                 "organisation_id = ?, minutes = ?, "
                                                 "field_id = ?, note = ?"),
                                  {sql::date(entry.date), entry.expertId, entry.organisationId,
                                   entry.minutes, *fieldId, sql::text(entry.note)},
                                  entry.id, entry.updatedAt);
    });
}

Status ServiceEntryRepository::remove(qint64 id, const QDateTime& loaded)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto stored = get(id);
        if (!stored)
            return stored.error();
        if (auto may = refuseOtherExperts(m_db, {stored->expertId}); !may)
            return may;
        if (auto current = RowVersion::check(m_db, QStringLiteral("service_entries"), id, loaded);
            !current)
            return current;
        if (auto open = refuseClosedYear(m_db, stored->date); !open)
            return open;
        return sql::removeRow(m_db, QStringLiteral("service_entries"), id,
                              tr("no service entry with id %1").arg(id));
    });
}

Status ServiceEntryRepository::insertChecked(const QList<ServiceEntry>& entries,
                                             const QHash<QString, qint64>& fieldIds)
{
    if (entries.isEmpty())
        return {};
    // A savepoint inside the caller's transaction: a failure leaves none of these rows, nor
    // the fields created for them.
    return sql::inTransaction(m_db, [&]() -> Status {
        QHash<QString, qint64> ids = fieldIds;
        // Most entries repeat a few spellings: each is keyed once.
        QHash<QString, qint64> bySpelling;
        std::vector<CheckedRow> rows;
        rows.reserve(static_cast<size_t>(entries.size()));
        for (const ServiceEntry& entry : entries) {
            qint64 fieldId = 0;
            if (!entry.field.isEmpty()) {
                auto spelled = bySpelling.constFind(entry.field);
                if (spelled == bySpelling.constEnd()) {
                    const QString key = Parsing::nameKey(entry.field);
                    auto found = ids.constFind(key);
                    if (found == ids.constEnd()) {
                        auto created = FieldRepository(m_db).idFor(entry.field);
                        if (!created)
                            return created.error();
                        found = ids.insert(key, *created);
                    }
                    spelled = bySpelling.insert(entry.field, *found);
                }
                fieldId = *spelled;
            }
            rows.push_back(CheckedRow{entry.date, entry.expertId, entry.organisationId,
                                      entry.minutes, fieldId, entry.note});
        }
        return insertChecked(rows);
    });
}

Result<ServiceEntry> ServiceEntryRepository::get(qint64 id)
{
    return sql::one(m_db, sql::run(m_db, SelectEntries + QStringLiteral(" WHERE e.id = ?"), {id}),
                    entryFrom, tr("no service entry with id %1").arg(id));
}

Result<QList<ServiceEntry>> ServiceEntryRepository::list(const Filter& filter, int limit,
                                                         int offset)
{
    Where where = whereOf(filter);
    QString statement =
        SelectEntries + where.clause + QStringLiteral(" ORDER BY e.entry_date, e.id");
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT ? OFFSET ?");
        where.values << limit << std::max(offset, 0);
    }
    auto query = sql::run(m_db, statement, where.values);
    if (!query)
        return query.error();
    return sql::rows(m_db, *query, entryFrom);
}

Status ServiceEntryRepository::forEach(const Filter& filter,
                                       const std::function<void(const ServiceEntry&)>& visit)
{
    const Where where = whereOf(filter);
    auto query = sql::run(
        m_db, SelectEntries + where.clause + QStringLiteral(" ORDER BY e.entry_date, e.id"),
        where.values);
    if (!query)
        return query.error();
    return sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) { visit(entryFrom(row)); });
}

Result<qint64> ServiceEntryRepository::count(const Filter& filter)
{
    auto value = aggregate(m_db, QStringLiteral("SELECT COUNT(*) FROM service_entries e"), filter);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<qint64> ServiceEntryRepository::totalMinutes(const Filter& filter)
{
    auto value = aggregate(
        m_db, QStringLiteral("SELECT COALESCE(SUM(e.minutes), 0) FROM service_entries e"), filter);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<int> ServiceEntryRepository::distinctOrganisations(QDate from, QDate to)
{
    auto value = aggregate(
        m_db, QStringLiteral("SELECT COUNT(DISTINCT e.organisation_id) FROM service_entries e"),
        Filter{from, to, {}, {}});
    if (!value)
        return value.error();
    return value->toInt();
}

Result<int> ServiceEntryRepository::minutesOnDay(qint64 expertId, QDate day, qint64 excludingId)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT COALESCE(SUM(minutes), 0) FROM service_entries "
                                         "WHERE expert_id = ? AND entry_date = ? AND id <> ?"),
                          {expertId, sql::date(day), excludingId});
    if (!query)
        return query.error();
    auto value = sql::scalar(m_db, *query);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<QMap<QDate, int>> ServiceEntryRepository::dayTotals(qint64 expertId, QDate from, QDate to)
{
    const Where where = whereOf(Filter{from, to, expertId, {}});
    auto query =
        sql::run(m_db,
                 QStringLiteral("SELECT e.entry_date, SUM(e.minutes) FROM service_entries e") +
                     where.clause + QStringLiteral(" GROUP BY e.entry_date"),
                 where.values);
    if (!query)
        return query.error();
    QMap<QDate, int> totals;
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) {
        totals.insert(sql::toDate(row.value(0)), row.value(1).toInt());
    });
    if (!read)
        return read.error();
    return totals;
}

Result<QHash<QPair<qint64, QDate>, int>> ServiceEntryRepository::dayTotalsAll(QDate from, QDate to)
{
    const Where where = whereOf(Filter{from, to, {}, {}});
    auto query = sql::run(
        m_db,
        QStringLiteral("SELECT e.expert_id, e.entry_date, SUM(e.minutes) FROM service_entries e") +
            where.clause + QStringLiteral(" GROUP BY e.expert_id, e.entry_date"),
        where.values);
    if (!query)
        return query.error();
    QHash<QPair<qint64, QDate>, int> totals;
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) {
        totals.insert({row.value(0).toLongLong(), sql::toDate(row.value(1))}, row.value(2).toInt());
    });
    if (!read)
        return read.error();
    return totals;
}

Result<QHash<qint64, qint64>> ServiceEntryRepository::minutesBy(const QString& column, QDate from,
                                                                QDate to)
{
    // `column` is one of this class's own constants, never input.
    const Where where = whereOf(Filter{from, to, {}, {}});
    auto query =
        sql::run(m_db,
                 QStringLiteral("SELECT e.%1, SUM(e.minutes) FROM service_entries e").arg(column) +
                     where.clause + QStringLiteral(" GROUP BY e.%1").arg(column),
                 where.values);
    if (!query)
        return query.error();
    QHash<qint64, qint64> minutes;
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) {
        minutes.insert(row.value(0).toLongLong(), row.value(1).toLongLong());
    });
    if (!read)
        return read.error();
    return minutes;
}

Result<QHash<qint64, qint64>> ServiceEntryRepository::minutesByOrganisation(QDate from, QDate to)
{
    return minutesBy(QStringLiteral("organisation_id"), from, to);
}

Result<QHash<qint64, qint64>> ServiceEntryRepository::minutesByExpert(QDate from, QDate to)
{
    return minutesBy(QStringLiteral("expert_id"), from, to);
}

Result<QPair<QDate, QDate>> ServiceEntryRepository::dateRange()
{
    // Two subqueries: each reads one end of the date index instead of scanning the table.
    auto range = sql::optionalOne(
        m_db,
        sql::run(m_db, QStringLiteral("SELECT (SELECT MIN(entry_date) FROM service_entries), "
                                      "(SELECT MAX(entry_date) FROM service_entries)")),
        [](QSqlQuery& row) {
            return qMakePair(sql::toDate(row.value(0)), sql::toDate(row.value(1)));
        });
    if (!range)
        return range.error();
    return range->value_or(QPair<QDate, QDate>());
}

} // namespace bilan
