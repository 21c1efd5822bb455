#pragma once

#include "Paper.h"

#include <QString>

namespace bilan {

// The paper the printed documents use on this desk (QSettings, with the interface language):
// "" follows the system's locale (Letter in Canada and the United States, A4 elsewhere), "a4" or
// "letter" is the user's choice in the preferences.
class PaperPreference
{
public:
    static constexpr const char* Key = "print/paper";

    // What is saved: "", "a4" or "letter" (anything else reads as "").
    static QString savedCode();
    static void save(const QString& code);
    // The paper to print on: the saved choice, or the system's.
    static PaperSize paper();
};

} // namespace bilan
