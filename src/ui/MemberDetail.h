#pragma once

#include "Clock.h"
#include "Database.h"
#include "FiscalYear.h"
#include "Organisation.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bilan {

// What the Members page shows beside the periods of one organisation: its network, the
// organisations of its network when it is one, and its hours this fiscal year and last.
struct MemberDetail
{
    Organisation organisation;
    std::optional<Organisation> network;
    // Empty unless the organisation is a network.
    QList<Organisation> members;
    FiscalYear thisYear;
    FiscalYear lastYear;
    qint64 minutesThisYear = 0;
    qint64 minutesLastYear = 0;
};

// Reads a MemberDetail through the repositories; the fiscal years are the one containing the
// clock's today and the one before it.
class MemberDetailLoader
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MemberDetailLoader)

public:
    // `clock` must outlive the loader.
    MemberDetailLoader(Database& database, const Clock& clock) : m_db(database), m_clock(clock) {}

    Result<MemberDetail> load(qint64 organisationId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace bilan
