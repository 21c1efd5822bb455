#include "VisibleText.h"

#include <QChar>

namespace bilan {

namespace {

// Calls `visit` with each code point of `text` and the text it was spelled with (one QChar, or
// a surrogate pair); stops when `visit` returns false.
template <typename Visit> void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            if (!visit(QChar::surrogateToUcs4(c, text[i + 1]), text.sliced(i, 2)))
                return;
            ++i;
        } else if (!visit(c.unicode(), text.sliced(i, 1))) {
            return;
        }
    }
}

bool isLayout(char32_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

bool VisibleText::isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool VisibleText::isInvisible(char32_t c)
{
    return c == 0x2028 || c == 0x2029 || QChar::category(c) == QChar::Other_Format;
}

bool VisibleText::escapes(char32_t c, Layout layout)
{
    if (layout == Layout::Keep && isLayout(c))
        return false;
    return isControl(c) || isInvisible(c);
}

QString VisibleText::escape(char32_t c)
{
    switch (c) {
    case 0x00:
        return QStringLiteral("\\0");
    case u'\t':
        return QStringLiteral("\\t");
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    default:
        break;
    }
    if (c < 0x20 || c == 0x7F)
        return QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
    if (isControl(c) || isInvisible(c))
        return QStringLiteral("<U+%1>").arg(
            QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0'));
    return QString::fromUcs4(&c, 1);
}

bool VisibleText::needsEscaping(QStringView text, Layout layout)
{
    bool found = false;
    forEachCodePoint(text, [&](char32_t c, QStringView) {
        found = escapes(c, layout);
        return !found;
    });
    return found;
}

QString VisibleText::of(QStringView text, Layout layout)
{
    // Most messages hold nothing to escape: give the text back without building it again.
    if (!needsEscaping(text, layout))
        return text.toString();
    QString shown;
    shown.reserve(text.size() + 16);
    forEachCodePoint(text, [&](char32_t c, QStringView spelling) {
        if (escapes(c, layout))
            shown += escape(c);
        else
            shown += spelling;
        return true;
    });
    return shown;
}

} // namespace bilan
