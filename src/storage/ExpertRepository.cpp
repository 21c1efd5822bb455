#include "ExpertRepository.h"

#include "FieldRepository.h"
#include "Parsing.h"
#include "RowVersion.h"
#include "ServerAccess.h"
#include "SqlSupport.h"
#include "Validation.h"

#include <QHash>
#include <QSet>

#include <initializer_list>

namespace bilan {

namespace {

// Gender is optional personal information: NULL when not given.
QVariant genderValue(std::optional<Gender> gender)
{
    return gender ? QVariant(toKey(*gender)) : QVariant(QMetaType::fromType<QString>());
}

Expert readExpert(const QSqlQuery& query)
{
    Expert expert;
    expert.id = query.value(0).toLongLong();
    expert.name = query.value(1).toString();
    expert.role = fromKey<ExpertRole>(query.value(2).toString()).value_or(ExpertRole::Professional);
    expert.region = query.value(3).toString();
    if (!query.value(4).isNull())
        expert.gender = fromKey<Gender>(query.value(4).toString());
    if (!query.value(5).isNull())
        expert.birthYear = query.value(5).toInt();
    expert.started = sql::toDate(query.value(6));
    expert.ended = sql::toDate(query.value(7));
    expert.createdAt = sql::toTimestamp(query.value(8));
    expert.updatedAt = sql::toTimestamp(query.value(9));
    return expert;
}

// The experts matching `where` (a condition on `e`, empty for all), ordered by name, each with
// its fields. Two queries whatever the number of experts: one for the experts, one for the
// fields of all of them.
Result<QList<Expert>> loadExperts(Database& db, const QString& where,
                                  std::initializer_list<QVariant> values = {})
{
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    // A server login other than the director's may not read gender and birth year one by one
    // (a column privilege): the list still comes, without them.
    auto personal = personalDetailsReadable(db);
    if (!personal)
        return personal.error();
    const QString details =
        *personal ? QStringLiteral("e.gender, e.birth_year") : QStringLiteral("NULL, NULL");
    auto rows = sql::run(db,
                         QStringLiteral("SELECT e.id, e.name, e.role, e.region, %1, "
                                        "e.started_on, e.ended_on, e.created_at, "
                                        "e.updated_at FROM experts e%2 ORDER BY e.name_key, e.id")
                             .arg(details, filter),
                         values);
    if (!rows)
        return rows.error();
    QList<Expert> experts;
    QHash<qint64, qsizetype> indexById;
    auto read = sql::forEachRow(db, *rows, [&](const QSqlQuery& row) {
        experts << readExpert(row);
        indexById.insert(experts.last().id, experts.size() - 1);
    });
    if (!read)
        return read.error();
    if (experts.isEmpty())
        return experts;

    auto fields = sql::run(db,
                           QStringLiteral("SELECT ef.expert_id, f.name FROM expert_fields ef "
                                          "JOIN fields f ON f.id = ef.field_id "
                                          "JOIN experts e ON e.id = ef.expert_id%1 "
                                          "ORDER BY ef.expert_id, ef.position")
                               .arg(filter),
                           values);
    if (!fields)
        return fields.error();
    read = sql::forEachRow(db, *fields, [&](const QSqlQuery& row) {
        const auto found = indexById.constFind(row.value(0).toLongLong());
        if (found != indexById.constEnd())
            experts[*found].fields << row.value(1).toString();
    });
    if (!read)
        return read.error();
    return experts;
}

} // namespace

Status ExpertRepository::check(const Expert& expert)
{
    if (auto valid = Validation::expert(expert, m_db.clock().today()); !valid)
        return valid;
    const QString name = Parsing::cleanName(expert.name);
    auto found = sql::nameTaken(m_db, QStringLiteral("experts"), Parsing::nameKey(name), expert.id);
    if (!found)
        return found.error();
    if (*found)
        return Validation::duplicateName(tr("an expert"), name);
    return {};
}

Status ExpertRepository::writeFields(qint64 expertId, const QStringList& fields)
{
    auto cleared = sql::run(m_db, QStringLiteral("DELETE FROM expert_fields WHERE expert_id = ?"),
                            {expertId}, QStringLiteral("fields"));
    if (!cleared)
        return cleared.error();
    FieldRepository fieldRepository(m_db);
    const QString now = m_db.timestamp();
    QSet<qint64> written;
    int position = 0;
    for (const QString& field : fields) {
        // "HR|Legal|" from a spreadsheet leaves an empty name behind: nothing to record.
        if (field.trimmed().isEmpty())
            continue;
        auto fieldId = fieldRepository.idFor(field);
        if (!fieldId)
            return relabel(fieldId.error(), QStringLiteral("fields"));
        if (written.contains(*fieldId))
            continue;
        written.insert(*fieldId);
        auto inserted =
            sql::run(m_db,
                     QStringLiteral("INSERT INTO expert_fields (expert_id, field_id, "
                                    "position, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {expertId, *fieldId, position++, now, now}, QStringLiteral("fields"));
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<qint64> ExpertRepository::add(const Expert& expert)
{
    Expert fresh = expert;
    fresh.id = 0;
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto checked = check(fresh); !checked)
            return checked.error();
        const QString name = Parsing::cleanName(fresh.name);
        const QString now = m_db.timestamp();
        auto inserted =
            sql::insert(m_db,
                        QStringLiteral("INSERT INTO experts (name, name_key, role, region, gender, "
                                       "birth_year, started_on, ended_on, created_at, updated_at, "
                                       "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {name, Parsing::nameKey(name), toKey(fresh.role),
                         sql::text(Parsing::cleanName(fresh.region)), genderValue(fresh.gender),
                         sql::optionalInt(fresh.birthYear), sql::date(fresh.started),
                         sql::date(fresh.ended), now, now, RowVersion::author(m_db)});
        if (!inserted)
            return inserted;
        if (auto written = writeFields(*inserted, fresh.fields); !written)
            return written.error();
        return inserted;
    });
}

Status ExpertRepository::update(const Expert& expert)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto found = sql::exists(m_db, QStringLiteral("experts"), expert.id);
        if (!found)
            return found.error();
        if (!*found)
            return fail(tr("no expert with id %1").arg(expert.id));
        // Checked first: the rules below would judge values meant for a row that has changed.
        if (auto current =
                RowVersion::check(m_db, QStringLiteral("experts"), expert.id, expert.updatedAt);
            !current)
            return current;
        if (auto checked = check(expert); !checked)
            return checked;
        const QString name = Parsing::cleanName(expert.name);
        // The fields are part of the expert's row: written with it, under its version.
        if (auto updated = RowVersion::update(
                m_db, QStringLiteral("experts"),
                QStringLiteral("name = ?, name_key = ?, role = ?, region = ?, gender = ?, "
                               "birth_year = ?, started_on = ?, ended_on = ?"),
                {name, Parsing::nameKey(name), toKey(expert.role),
                 sql::text(Parsing::cleanName(expert.region)), genderValue(expert.gender),
                 sql::optionalInt(expert.birthYear), sql::date(expert.started),
                 sql::date(expert.ended)},
                expert.id, expert.updatedAt);
            !updated)
            return updated;
        return writeFields(expert.id, expert.fields);
    });
}

Status ExpertRepository::remove(qint64 id, const QDateTime& loaded)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto current = RowVersion::check(m_db, QStringLiteral("experts"), id, loaded); !current)
            return current;
        auto name = sql::one(
            m_db, sql::run(m_db, QStringLiteral("SELECT name FROM experts WHERE id = ?"), {id}),
            [](QSqlQuery& row) { return row.value(0).toString(); },
            tr("no expert with id %1").arg(id));
        if (!name)
            return name.error();
        auto hours = sql::scalar(
            m_db, QStringLiteral("SELECT COUNT(*) FROM service_entries WHERE expert_id = ?"), {id});
        if (!hours)
            return hours.error();
        const int count = hours->toInt();
        if (count == 1)
            return fail(tr("cannot delete \"%1\": 1 hour entry refers to them").arg(*name));
        if (count > 1)
            return fail(
                tr("cannot delete \"%1\": %2 hour entries refer to them").arg(*name).arg(count));
        // Its expert_fields rows go with it (ON DELETE CASCADE).
        return sql::removeRow(m_db, QStringLiteral("experts"), id,
                              tr("no expert with id %1").arg(id));
    });
}

Result<Expert> ExpertRepository::get(qint64 id)
{
    auto experts = loadExperts(m_db, QStringLiteral("e.id = ?"), {id});
    if (!experts)
        return experts.error();
    if (experts->isEmpty())
        return fail(tr("no expert with id %1").arg(id));
    return experts->first();
}

Result<std::optional<Expert>> ExpertRepository::findByName(const QString& name)
{
    auto experts = loadExperts(m_db, QStringLiteral("e.name_key = ?"), {Parsing::nameKey(name)});
    if (!experts)
        return experts.error();
    if (experts->isEmpty())
        return std::optional<Expert>();
    return std::optional<Expert>(experts->first());
}

Result<QList<Expert>> ExpertRepository::all()
{
    return loadExperts(m_db, QString());
}

Result<QList<Expert>> ExpertRepository::activeOn(QDate day)
{
    // Same condition as Expert::activeOn: `ended` is the expert's last day.
    return loadExperts(m_db,
                       QStringLiteral("e.started_on <= ? AND (e.ended_on IS NULL OR "
                                      "e.ended_on >= ?)"),
                       {sql::date(day), sql::date(day)});
}

Result<ExpertRepository::PersonalAggregates> ExpertRepository::personalAggregates(QDate lastDay)
{
    auto personal = personalDetailsReadable(m_db);
    if (!personal)
        return personal.error();
    // Who may not read the rows asks the server's function (ServerRoles), which reads them
    // with its owner's rights and gives the same sums and counts.
    const QString statement =
        *personal ? QStringLiteral("SELECT CAST(COALESCE(SUM(? - birth_year), 0) AS BIGINT), "
                                   "COUNT(birth_year), COUNT(gender), "
                                   "CAST(COALESCE(SUM(CASE WHEN gender = 'F' THEN 1 ELSE 0 END), "
                                   "0) AS BIGINT) FROM experts WHERE started_on <= ? AND "
                                   "(ended_on IS NULL OR ended_on >= ?)")
                  : QStringLiteral("SELECT COALESCE(age_sum, 0), with_age, with_gender, "
                                   "COALESCE(women, 0) FROM bilan_personal_aggregates(?)");
    auto query = *personal ? sql::run(m_db, statement,
                                      {lastDay.year(), sql::date(lastDay), sql::date(lastDay)})
                           : sql::run(m_db, statement, {sql::date(lastDay)});
    return sql::one(
        m_db, std::move(query),
        [](QSqlQuery& row) {
            return PersonalAggregates{row.value(0).toLongLong(), row.value(1).toInt(),
                                      row.value(2).toInt(), row.value(3).toInt()};
        },
        tr("no aggregate for %1").arg(lastDay.toString(Qt::ISODate)));
}

} // namespace bilan
