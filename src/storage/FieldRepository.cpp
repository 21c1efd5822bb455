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
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Result<qint64> FieldRepository::idFor(const QString& name)
{
    const QString clean = Parsing::cleanName(name);
    if (auto valid = Validation::fieldName(clean, QStringLiteral("field")); !valid)
        return valid.error();
    const QString key = Parsing::nameKey(clean);
    auto found = sql::run(m_db, QStringLiteral("SELECT id FROM fields WHERE name_key = ?"), {key});
    if (!found)
        return found.error();
    if (found->next())
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
    while (query->next())
        ids.insert(query->value(0).toString(), query->value(1).toLongLong());
    return ids;
}

} // namespace bilan
