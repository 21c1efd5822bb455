#pragma once

#include <QString>
#include <QStringView>

namespace bilan {

// Text from files and users, made safe to put in a message. A raw control character printed
// to a terminal can retitle or clear it (ESC sequences), a NUL cuts the text short in most
// tools, and an invisible character (a stray byte-order mark, a zero-width space) makes a
// message blame text that looks right. Every such character is shown as an escape instead:
// \0 \t \n \r, \x1b for the other C0 controls and DEL, <U+0085> for C1 controls and
// invisible format characters (<U+FEFF>, <U+200B>, bidirectional overrides).
class VisibleText
{
public:
    // What of() does with tab, newline and carriage return. A name quoted in a message shows
    // them escaped (a name that breaks the line would pass for two lines of the message); what
    // the program prints to a terminal keeps them, as they lay out its text (and the import's
    // progress line is redrawn with a carriage return).
    enum class Layout
    {
        Escape,
        Keep
    };

    // The text with every control or invisible character escaped; other text as it is, so
    // that applying it twice changes nothing.
    static QString of(QStringView text, Layout layout = Layout::Escape);

    // C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F).
    static bool isControl(char32_t c);
    // Shows nothing, or moves the text around, when printed: Unicode format characters
    // (category Cf: U+FEFF, U+200B–U+200F, U+202A–U+202E, U+2060…) and the line and paragraph
    // separators U+2028 and U+2029.
    static bool isInvisible(char32_t c);
    // Whether of() escapes `c`.
    static bool escapes(char32_t c, Layout layout = Layout::Escape);
    // The escape of one character as of() writes it ("\x1b", "<U+FEFF>").
    static QString escape(char32_t c);
    // Whether of() would change the text.
    static bool needsEscaping(QStringView text, Layout layout = Layout::Escape);
};

} // namespace bilan
