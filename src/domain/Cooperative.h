#pragma once

#include "FiscalYear.h"

#include <QString>

namespace bilan {

// The cooperative that keeps the database: printed on the report's cover, back page and under
// the director's word, and the month its fiscal years start.
struct Cooperative
{
    QString name;
    // Street, town and postal code, one line each.
    QString address;
    QString phone;
    QString email;
    QString website;
    // Who signs the director's word in the report, and their title; an empty title prints the
    // report's own word for it ("General manager"), an empty name no signature.
    QString generalManager;
    QString generalManagerTitle;
    int fiscalStartMonth = FiscalYear::DefaultStartMonth;

    // Whether there is anything to print on a back page besides the name.
    bool hasContact() const
    {
        return !address.trimmed().isEmpty() || !phone.trimmed().isEmpty() ||
               !email.trimmed().isEmpty() || !website.trimmed().isEmpty();
    }
};

} // namespace bilan
