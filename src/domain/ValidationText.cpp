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

// The first code point of `text` for which `refused` is true; a surrogate pair is read as
// the one character it spells (tag characters and some noncharacters lie beyond the BMP).
template <typename Refused>
std::optional<char32_t> firstRefused(const QString& text, Refused refused)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (refused(c))
            return c;
    }
    return std::nullopt;
}

// Refused in one-line text beside controls and line breaks: what makes two different names
// look the same or reorders them on screen, so that "Co<U+200B>op" would pass for "Coop". That
// is every Unicode format character (Cf: zero-width spaces, bidirectional controls, a stray
// byte-order mark, tag characters) but ZWNJ and ZWJ, which Persian, Indic scripts and emoji
// need to be spelled right; the combining grapheme joiner, as invisible; and noncharacters
// (U+FFFE…), which are no text at all. Private-use and unassigned code points pass: a font
// may draw the one, a newer Unicode than Qt's may have assigned the other.
bool isHiddenInName(char32_t c)
{
    if (c < 0xAD)
        return false; // the common case, and no character below U+00AD is among these
    if (c == 0x200C || c == 0x200D)
        return false;
    return c == 0x034F || QChar::isNonCharacter(c) || QChar::category(c) == QChar::Other_Format;
}

// Refused in notes beside controls: characters that reorder the text after them (bidi
// embeddings, overrides and isolates), so that a note reads otherwise than it is stored, and
// noncharacters. The other format characters a word processor leaves in pasted prose (soft
// hyphens, direction marks, zero-width spaces) change nothing a reader relies on and pass.
bool isHiddenInNote(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           (c >= 0xFDD0 && QChar::isNonCharacter(c));
}

// What VisibleText leaves as it is among the characters refused above; shown as an escape too.
bool isUnescapedHidden(char32_t c)
{
    return c == 0x034F || QChar::isNonCharacter(c);
}

QString codePoint(char32_t c)
{
    return QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0');
}

// VisibleText::of, with the refused characters it does not escape escaped as well.
QString visible(const QString& text)
{
    QString shown = VisibleText::of(text);
    if (!firstRefused(shown, isUnescapedHidden))
        return shown;
    QString escaped;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        char32_t c = shown[i].unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < shown.size() && shown[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(shown[i].unicode(), shown[i + 1].unicode());
            length = 2;
        }
        if (isUnescapedHidden(c))
            escaped += QStringLiteral("<U+%1>").arg(codePoint(c));
        else
            escaped += QStringView(shown).sliced(i, length);
        i += length - 1;
    }
    return escaped;
}

// The value as a message shows it: escaped, and cut when long.
QString shown(const QString& text)
{
    const QString shownText = visible(text);
    if (shownText.size() <= ShownLength)
        return shownText;
    return shownText.left(ShownLength - 1) + QChar(0x2026);
}

// "\x1b (U+001B)": the escape the message shows, and the code point to search for.
QString named(char32_t c)
{
    const QString escape =
        isUnescapedHidden(c) ? QStringLiteral("<U+%1>").arg(codePoint(c)) : VisibleText::escape(c);
    return QStringLiteral("%1 (U+%2)").arg(escape, codePoint(c));
}

} // namespace

Status Validation::oneLineText(const QString& text, const QString& field)
{
    const auto bad = firstRefused(text, [](char32_t c) {
        return isLineBreak(c) || (VisibleText::isControl(c) && c != u'\t') || isHiddenInName(c);
    });
    if (!bad)
        return {};
    if (isLineBreak(*bad))
        return fail(tr("\"%1\" holds a line break %2; this text must be one line")
                        .arg(shown(text), named(*bad)),
                    field);
    if (isHiddenInName(*bad))
        return fail(tr("\"%1\" holds the invisible character %2, which a name or title cannot "
                       "hold: it makes different texts look the same")
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
        return (VisibleText::isControl(c) && c != u'\t' && c != u'\n' && c != u'\r') ||
               isHiddenInNote(c);
    });
    if (!bad)
        return {};
    if (isHiddenInNote(*bad))
        return fail(tr("\"%1\" holds the invisible character %2, which makes the text read "
                       "otherwise than it is written; a text cannot hold it")
                        .arg(shown(text), named(*bad)),
                    field);
    return fail(tr("\"%1\" holds the control character %2, which a text cannot hold")
                    .arg(shown(text), named(*bad)),
                field);
}

} // namespace bilan
