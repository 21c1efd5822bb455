#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

namespace bilan {

enum class PaperSize
{
    A4,
    Letter
};

// The paper the printed documents (the annual report, the meeting sheets) are laid out on:
// Letter in Canada and the United States, A4 everywhere else, unless the user chose one.
class Paper
{
public:
    // The paper used where `territory` is.
    static PaperSize forTerritory(QLocale::Territory territory);
    // The paper of the system's locale (QLocale::system()).
    static PaperSize systemDefault();
    // "a4" or "letter", any case; nothing for anything else.
    static std::optional<PaperSize> fromCode(const QString& code);
    // "a4" or "letter": the spelling of the command line and the settings file.
    static QString code(PaperSize paper);
    static QPageSize pageSize(PaperSize paper);
};

} // namespace bilan
