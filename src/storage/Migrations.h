#pragma once

#include "Result.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace bilan {

class Database;

// The numbered steps that build the schema. A step is never edited once released: a change
// to the schema is a new step appended to the list. Each runs in its own transaction together
// with the row that records it in schema_migrations.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
    // Work that SQL cannot express (Unicode normalisation), run after the statements in the
    // same transaction; none for most steps.
    std::function<Status(Database&)> run = {};
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace bilan
