#pragma once

// Rows the hours repository tests need around them, written directly: the experts' and
// organisations' repositories are not under test there.

#include "Database.h"
#include "Parsing.h"
#include "Result.h"
#include "SqlSupport.h"

#include <gtest/gtest.h>

namespace bilan::test {

// The value of a Result the test expects to succeed; a failure is reported, never dereferenced.
template <typename T> T valueOf(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << result.message().toStdString();
    return result.ok() ? std::move(result).value() : T{};
}

// Experts and organisations are written directly: their repositories are not under test here.
inline qint64 insertRow(Database& db, const QString& statement, const QString& name)
{
    const QString now = db.timestamp();
    // RETURNING, not lastInsertId(): on a server lastval() names the history's row (a trigger
    // writes it after the row itself).
    auto inserted = sql::insert(db, statement, {name, Parsing::nameKey(name), now, now});
    if (!inserted) {
        ADD_FAILURE() << inserted.message().toStdString();
        return 0;
    }
    return *inserted;
}

inline qint64 insertExpert(Database& db, const QString& name)
{
    return insertRow(db,
                     QStringLiteral("INSERT INTO experts (name, name_key, role, started_on, "
                                    "created_at, updated_at) "
                                    "VALUES (?, ?, 'professional', '2010-01-01', ?, ?)"),
                     name);
}

inline qint64 insertOrganisation(Database& db, const QString& name)
{
    return insertRow(db,
                     QStringLiteral("INSERT INTO organisations (name, name_key, kind, created_at, "
                                    "updated_at) VALUES (?, ?, 'coop', ?, ?)"),
                     name);
}

} // namespace bilan::test
