#pragma once

#include <QString>
#include <QTextStream>

namespace bilan {
class Database;
}

namespace bilan::bench {

// The large database of issue 5: service entries over ten fiscal years (2015-2016 to
// 2024-2025), 2 000 organisations named "Coopérative numéro N", 100 experts named "Expert·e N",
// a quarter of the organisations members, finances and surveys for every year.
constexpr int BigOrganisations = 2000;
constexpr int BigExperts = 100;
constexpr int BigFirstYear = 2015;
constexpr int BigYears = 10;

// Builds the database at `path` with `entries` entries unless the file exists, which is then
// reused as it is. False (said on `out`) when it cannot.
bool ensureBigDatabase(const QString& path, int entries, QTextStream& out);

// The organisations, experts, memberships, finances and surveys, without entries.
bool seedPeople(Database& db);

} // namespace bilan::bench
