#pragma once

#include "Database.h"
#include "Migrations.h"
#include "Result.h"

#include <vector>

namespace bilan {

// Whose file this is, as its own tables say, read before anything is written to it.
struct RecordedSchema
{
    enum class Owner
    {
        Nobody, // no table at all: a file Bilan is creating
        Bilan,
        Other,
    };
    Owner owner = Owner::Other;
    // Bilan's version recorded in the file (0 for Nobody and Other); may be above the newest
    // of `steps`, for a file written by a newer Bilan.
    qint64 version = 0;
};

// Other programs keep a schema_migrations table too (Rails: one text column holding
// timestamps; golang-migrate: version and dirty): the name alone says nothing, and taking
// their number for Bilan's would either write Bilan's tables into their file or blame "a newer
// Bilan". A file is Bilan's when the table has Bilan's exact shape, records Bilan's own steps
// from the first with no gap and with their descriptions, and holds the tables those steps
// made. Only reads; an error only when the file cannot be read.
Result<RecordedSchema> readRecordedSchema(Database& database, const std::vector<Migration>& steps);

} // namespace bilan
