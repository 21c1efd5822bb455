#pragma once

// What the robustness tests share: a database with one expert and one organisation, the
// programs they run as children, and the checks made on the file after a child died.

#include "Database.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace bilan::test {

// The expert and organisation names the children write entries for.
inline const QString StressExpert = QStringLiteral("Émilie Tremblay");
inline const QString StressOrganisation = QStringLiteral("Coopérative Le Rucher");

// Creates `path` with the expert and organisation; false (with the reason in `why`) on failure.
bool prepareStressDatabase(const QString& path, QString* why);

// PRAGMA integrity_check and foreign_key_check on a fresh connection: "ok", or what is wrong.
QString checkIntegrity(Database& database);

// The entries whose note starts with "TAG #", as the numbers after '#', sorted; each entry
// also checked whole (30 minutes, the day its number says counted from `firstDay`). A broken
// entry is reported through `broken`.
QList<int> entriesTagged(Database& database, const QString& tag, QDate firstDay,
                         QStringList* broken);

} // namespace bilan::test
