#pragma once

#include <QStringList>

#include <vector>

namespace bilan {

// The numbered steps that build the schema. A step is never edited once released: a change
// to the schema is a new step appended to the list. Each runs in its own transaction together
// with the row that records it in schema_migrations.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace bilan
