#pragma once

#include "Database.h"
#include "Result.h"

namespace bilan {

// Reads every page of the file once (SQLite's quick_check, about a second for a million hour
// entries) and fails with the damaged-file message when one cannot be read. The figures read
// the hours through covering indexes, so a damaged page of the table itself would go unseen by
// a document printed from the file: the figures command and every report run this first.
// Once the file has passed, later calls on the same open database return at once; damage
// that appears afterwards is still caught by every query that reads the damaged page.
Status checkReadable(Database& database);

} // namespace bilan
