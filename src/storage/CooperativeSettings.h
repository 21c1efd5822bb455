#pragma once

#include "Cooperative.h"
#include "Database.h"
#include "Result.h"

#include <QCoreApplication>

namespace bilan {

// The cooperative's own name, address, contact lines, general manager and fiscal year's first
// month, kept in the settings table (SettingsRepository) under one key each. On a server only the
// director may change them: the other roles only read `settings` (ServerRoles).
class CooperativeSettings
{
    Q_DECLARE_TR_FUNCTIONS(bilan::CooperativeSettings)

public:
    static constexpr const char* AddressKey = "organisation_address";
    static constexpr const char* PhoneKey = "organisation_phone";
    static constexpr const char* EmailKey = "organisation_email";
    static constexpr const char* WebsiteKey = "organisation_website";
    static constexpr const char* GeneralManagerKey = "organisation_general_manager";
    static constexpr const char* GeneralManagerTitleKey = "organisation_general_manager_title";

    explicit CooperativeSettings(Database& database) : m_db(database) {}

    Result<Cooperative> load();
    // The form's checks; `field` of the error is the one at fault: name, address, phone, email,
    // website, general_manager, general_manager_title or fiscal_start_month.
    static Status check(const Cooperative& cooperative);
    // Checks, then writes every line in one transaction. A new first month is refused, with the
    // years named, while fiscal years are closed: their dates would move.
    Status save(const Cooperative& cooperative);

private:
    Database& m_db;
};

} // namespace bilan
