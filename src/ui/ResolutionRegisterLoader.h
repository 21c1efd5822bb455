#pragma once

#include "Database.h"
#include "FiscalYear.h"
#include "ResolutionRegister.h"
#include "Result.h"

namespace bilan {

// Reads the register of a fiscal year's resolutions from the meetings, with the meeting kinds
// and outcomes named in the window's language.
class ResolutionRegisterLoader
{
public:
    explicit ResolutionRegisterLoader(Database& database) : m_db(database) {}

    Result<ResolutionRegisterInput> load(const FiscalYear& year);

private:
    Database& m_db;
};

} // namespace bilan
