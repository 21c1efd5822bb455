#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>

namespace bilan {

// A realistic demo database written through the repositories: about 470 Québec organisations
// (coopératives, mutuelles, OBNL and the networks grouping them) with membership periods from
// 2015, experts, ten fiscal years of hours (2015-2016 to 2024-2025), boards and meetings,
// finances, surveys, business-development activities and report texts in French and English.
// Its 2019-2020 figures reproduce the seed activity report and its 2024-2025 figures the 2025
// press release. Deterministic: the same database every time.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(bilan::DemoData)

public:
    // Fills an empty database in one transaction: all of it or nothing. Refuses a database that
    // already holds data.
    static Status create(Database& database);
};

} // namespace bilan
