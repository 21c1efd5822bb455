#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace bilan {

// Fields of expertise: a shared vocabulary of experts and hours. A field named for the first
// time is created; names are unique ignoring case and repeated spaces.
class FieldRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::FieldRepository)

public:
    explicit FieldRepository(Database& database) : m_db(database) {}

    // Every field, sorted by name.
    Result<QStringList> names();
    // The id of the field, created if new (inside the caller's transaction, if any).
    Result<qint64> idFor(const QString& name);
    // Name key (Parsing::nameKey) -> id of every field.
    Result<QHash<QString, qint64>> idsByKey();

private:
    Database& m_db;
};

} // namespace bilan
