#pragma once

#include <QString>
#include <QStringView>

namespace bilan {

// Keeps spreadsheets from running free text as a formula (CSV injection, OWASP): a cell that
// starts with =, +, -, @ (or their full-width forms), a tab or a carriage return, or with
// spaces before one of =+-@, is written with a single quote in front, which spreadsheets show
// as text. Bilan's import removes exactly that quote again, so every text comes back as it was
// ("-Coop" included).
//
// What is looked at is the text after its leading single quotes: a text already starting with
// quotes followed by a trigger ("'=x") gets one more quote, so that removing one on the way in
// gives it back; a text whose quotes lead to nothing dangerous ("'t Hooft", "''") is left as it
// is both ways. Hand-made files follow the spreadsheet convention: "'=x" is read as "=x".
class CsvFormulaGuard
{
public:
    // Whether a spreadsheet could take the text for a formula once its leading quotes are gone.
    static bool looksLikeFormula(QStringView text);
    // The text as written in a free-text cell.
    static QString protect(const QString& text);
    // The text a free-text cell holds, its guard removed (in place: a million-row import).
    static void unprotect(QString& cell);
};

} // namespace bilan
