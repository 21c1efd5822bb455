#include "FieldRepository.h"

#include "Parsing.h"
#include "SqlSupport.h"
#include "Validation.h"

namespace bilan {

Result<QStringList> FieldRepository::names()
{
    auto query = sql::run(m_db, QStringLiteral("SELECT name FROM fields ORDER BY name_key"));
    if (!query)
        return query.error();
    QStringList names;
    auto read = sql::forEachRow(m_db, *query,
                                [&](const QSqlQuery& row) { names << row.value(0).toString(); });
    if (!read)
        return read.error();
    return names;
}

Result<qint64> FieldRepository::idFor(const QString& name)
{
    // Checked as given: cleanName() would make a line break a space.
    if (auto valid = Validation::oneLineText(name, QStringLiteral("field")); !valid)
        return valid.error();
    const QString clean = Parsing::cleanName(name);
    if (auto valid = Validation::fieldName(clean, QStringLiteral("field")); !valid)
        return valid.error();
    const QString key = Parsing::nameKey(clean);
    auto found = sql::run(m_db, QStringLiteral("SELECT id FROM fields WHERE name_key = ?"), {key});
    if (!found)
        return found.error();
    auto row = sql::next(m_db, *found);
    if (!row)
        return row.error();
    if (*row)
        return found->value(0).toLongLong();
    const QString now = m_db.timestamp();
    auto inserted = sql::insert(m_db,
                                QStringLiteral("INSERT INTO fields (name, name_key, created_at, "
                                               "updated_at) VALUES (?, ?, ?, ?)"),
                                {clean, key, now, now}, QStringLiteral("field"));
    if (!inserted)
        return inserted.error();
    return *inserted;
}

Result<QHash<QString, qint64>> FieldRepository::idsByKey()
{
    auto query = sql::run(m_db, QStringLiteral("SELECT name_key, id FROM fields"));
    if (!query)
        return query.error();
    QHash<QString, qint64> ids;
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) {
        ids.insert(row.value(0).toString(), row.value(1).toLongLong());
    });
    if (!read)
        return read.error();
    return ids;
}

} // namespace bilan
