#pragma once

#include "Database.h"
#include "FiscalYear.h"
#include "Result.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bilan {

// Settings of the cooperative stored in the database (shared by every desk), and the fiscal
// years that are closed: a closed year refuses new, changed or deleted hours, finance lines,
// surveys and business-development activities (each repository checks).
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::SettingsRepository)

public:
    static constexpr const char* FiscalStartMonthKey = "fiscal_start_month";
    static constexpr const char* OrganisationNameKey = "organisation_name";

    explicit SettingsRepository(Database& database) : m_db(database) {}

    Result<QString> value(const QString& key, const QString& fallback = {});
    Status setValue(const QString& key, const QString& value);

    // 1..12, April (4) unless set.
    Result<int> fiscalStartMonth();
    // Refused while any year is closed: it would move the closed years' boundaries.
    Status setFiscalStartMonth(int month);
    Result<FiscalYear> fiscalYearContaining(QDate day);
    Result<FiscalYear> fiscalYear(int startYear);

    Status closeYear(const FiscalYear& year);
    Status reopenYear(int startYear);
    Result<QList<FiscalYear>> closedYears();
    Result<bool> isClosed(int startYear);
    // The closed year that contains `day`, if any.
    Result<std::optional<FiscalYear>> closedYearContaining(QDate day);
    // The one refusal of a change to a closed year's records (hours, finance lines, survey,
    // activities), naming `field`; success when the year (or the year of `day`) is open.
    Status
    refuseIfClosed(int startYear, const QString& field,
                   Validation::ClosedRecords records = Validation::ClosedRecords::HoursAndFinances);
    Status refuseIfClosedOn(
        QDate day, const QString& field,
        Validation::ClosedRecords records = Validation::ClosedRecords::HoursAndFinances);

private:
    Database& m_db;
};

} // namespace bilan
