// Validation of free text: which characters a stored text may hold (Validation.h).

#include "Validation.h"
#include "VisibleText.h"

#include <optional>

namespace bilan {

namespace {

// Long enough to recognise the value, short enough for one line of a message.
constexpr qsizetype ShownLength = 60;

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

// The first character of `text` for which `refused` is true.
template <typename Refused>
std::optional<char32_t> firstRefused(const QString& text, Refused refused)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // Every character refused is in the BMP, so surrogates can be read one by one.
        if (refused(c.unicode()))
            return c.unicode();
    }
    return std::nullopt;
}

// The value as a message shows it: escaped, and cut when long.
QString shown(const QString& text)
{
    const QString visible = VisibleText::of(text);
    if (visible.size() <= ShownLength)
        return visible;
    return visible.left(ShownLength - 1) + QChar(0x2026);
}

// "\x1b (U+001B)": the escape the message shows, and the code point to search for.
QString named(char32_t c)
{
    return QStringLiteral("%1 (U+%2)")
        .arg(VisibleText::escape(c),
             QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0'));
}

} // namespace

Status Validation::oneLineText(const QString& text, const QString& field)
{
    const auto bad = firstRefused(text, [](char32_t c) {
        return isLineBreak(c) || (VisibleText::isControl(c) && c != u'\t');
    });
    if (!bad)
        return {};
    if (isLineBreak(*bad))
        return fail(tr("\"%1\" holds a line break %2; this text must be one line")
                        .arg(shown(text), named(*bad)),
                    field);
    return fail(tr("\"%1\" holds the control character %2, which a name or title cannot hold")
                    .arg(shown(text), named(*bad)),
                field);
}

Status Validation::oneLineTexts(const QList<QPair<QString, QString>>& texts)
{
    for (const auto& [text, field] : texts) {
        if (auto valid = oneLineText(text, field); !valid)
            return valid;
    }
    return {};
}

Status Validation::multiLineText(const QString& text, const QString& field)
{
    const auto bad = firstRefused(text, [](char32_t c) {
        return VisibleText::isControl(c) && c != u'\t' && c != u'\n' && c != u'\r';
    });
    if (!bad)
        return {};
    return fail(tr("\"%1\" holds the control character %2, which a text cannot hold")
                    .arg(shown(text), named(*bad)),
                field);
}

} // namespace bilan
