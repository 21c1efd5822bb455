#pragma once

#include "EnumNames.h"
#include "ReportInput.h"

#include <QCoreApplication>
#include <QString>

namespace bilan {

// The report's words, in the report's language. A window in English may print the report in
// French, so the report has its own translator per language, apart from the application's.
// The words are ordinary Qt Linguist strings: lupdate files every `ReportText::tr("…", input)`
// under the context "bilan::ReportText" of resources/translations/bilan_fr.ts.
class ReportText
{
    // For lupdate, which wants it to file `ReportText::tr` calls under this class's name. Its
    // one-argument tr() would use the window's language: call tr() with the report's language
    // (ReportContentTest checks that every call does).
    Q_DECLARE_TR_FUNCTIONS(bilan::ReportText)

public:
    static QString tr(const char* english, ReportLanguage language);
    static QString tr(const char* english, const ReportInput& input);

    // The name of an enumerator (EnumNames.h) in the report's language.
    template <typename E>
    static QString name(E value, ReportLanguage language,
                        GrammaticalNumber number = GrammaticalNumber::One)
    {
        return translated(EnumNames<E>::context, englishName(value, number), language);
    }

    // Whether the report's French translation holds `english` under `context` (tests check that
    // every word the report asks for has its French).
    static bool hasFrench(const char* context, const char* english);

private:
    static QString translated(const char* context, const char* english, ReportLanguage language);
};

} // namespace bilan
