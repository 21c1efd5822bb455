#pragma once

#include <QString>

namespace bilan {

// Loads Bilan's and Qt's translations for the language of the interface and messages.
class Translations
{
public:
    // `language` "fr" or "en"; empty: the system's language (French if it is French, else
    // English). Returns the language installed.
    // Called again while Bilan runs, it replaces the translators installed before.
    static QString install(const QString& language = {});
    // The language `language` stands for: itself when "fr" or "en", else the system's.
    static QString resolve(const QString& language);
};

} // namespace bilan
