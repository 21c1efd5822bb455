#pragma once

#include "FiscalYear.h"

#include <QString>

namespace bilan {

// The cooperative that keeps the database: printed on the report's cover and back page, and
// the month its fiscal years start.
struct Cooperative
{
    QString name;
    // Street, town and postal code, one line each.
    QString address;
    QString phone;
    QString email;
    QString website;
    int fiscalStartMonth = FiscalYear::DefaultStartMonth;

    // Whether there is anything to print on a back page besides the name.
    bool hasContact() const
    {
        return !address.trimmed().isEmpty() || !phone.trimmed().isEmpty() ||
               !email.trimmed().isEmpty() || !website.trimmed().isEmpty();
    }
};

} // namespace bilan
