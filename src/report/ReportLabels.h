#pragma once

#include "ReportInput.h"

#include <QString>

namespace bilan {

// The translation of the report, kept apart from the application's translator so that one
// process can render the report in both languages (the window in English may print it in
// French). The English text is the key, as with tr(); `text` gives it back in `language`.
class ReportLabels
{
public:
    static QString text(const char* english, ReportLanguage language);
    // Whether the table holds the French text of `english` (tests check the labels they see).
    static bool hasFrench(const char* english);
};

} // namespace bilan
