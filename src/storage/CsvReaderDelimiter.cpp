// CsvReader's choice of delimiter: a "sep=" first line, else the header's commas, semicolons
// and tabs counted (CsvReader.h).

#include "CsvReader.h"

namespace bilan {

namespace {

// Enough to see past any real header; a stray quote in the first record must not make
// delimiter detection buffer the whole file.
constexpr qsizetype DetectionLimit = 1024 * 1024;

// A "sep=" line is short; a longer first line is a header, looked at no further.
constexpr qsizetype SeparatorLineLimit = 16;

} // namespace

// Looks ahead over the first non-blank record without consuming it; fill() keeps everything
// from m_pos on, so the parser then reads the same text.
void CsvReader::detectDelimiter()
{
    m_delimiterKnown = true;
    if (takeSeparatorLine())
        return;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0; // Excel's "Unicode text" and "Text (tab delimited)"
    bool inQuotes = false;
    bool seenText = false;
    qsizetype offset = 0;
    for (;;) {
        if (m_pos + offset == m_buffer.size()) {
            if (offset >= DetectionLimit || !fill())
                break;
            continue;
        }
        const char16_t c = m_buffer.at(m_pos + offset).unicode();
        ++offset;
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (inQuotes) {
            continue;
        } else if (c == u'\r' || c == u'\n') {
            if (seenText)
                break;
            tabs = 0; // a blank line's, not the header's
            continue;
        } else if (c == u',') {
            ++commas;
        } else if (c == u';') {
            ++semicolons;
        } else if (c == u'\t') {
            ++tabs;
        }
        if (!QChar::isSpace(c))
            seenText = true;
    }
    if (tabs > commas && tabs > semicolons)
        m_delimiter = QChar(u'\t');
    else
        m_delimiter = semicolons > commas ? QChar(u';') : QChar(u',');
}

// Consumes a first line "sep=X" and makes X the delimiter. Returns false, consuming nothing,
// when the first line is something else; sets error() when X is no delimiter Bilan reads.
bool CsvReader::takeSeparatorLine()
{
    qsizetype end = 0; // the line break after the first line, relative to m_pos
    for (;;) {
        const qsizetype size = m_buffer.size() - m_pos;
        while (end < size && end <= SeparatorLineLimit) {
            const QChar c = m_buffer.at(m_pos + end);
            if (c == u'\r' || c == u'\n')
                break;
            ++end;
        }
        if (end > SeparatorLineLimit)
            return false;
        if (end < size || !fill())
            break;
    }
    QStringView line = QStringView(m_buffer).sliced(m_pos, end);
    if (line.size() >= 2 && line.front() == u'"' && line.back() == u'"')
        line = line.sliced(1, line.size() - 2);
    if (!line.startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return false;
    const QStringView rest = line.sliced(4);
    if (rest.isEmpty() || !rest.sliced(1).trimmed().isEmpty()) {
        fail(m_line, tr("the first line \"%1\" should name the delimiter, as in sep=; or sep=,")
                         .arg(line.toString()));
        return true;
    }
    const QChar delimiter = rest.front();
    if (delimiter != u',' && delimiter != u';' && delimiter != u'\t' && delimiter != u'|') {
        fail(m_line, tr("the first line \"%1\" names a delimiter Bilan does not read; use a "
                        "comma, a semicolon, a tab or |")
                         .arg(line.toString()));
        return true;
    }
    m_delimiter = delimiter;
    // The line break goes too; the LF of a CRLF is skipped as the next record starts.
    m_pos += end < m_buffer.size() - m_pos ? end + 1 : end;
    ++m_line;
    return true;
}

} // namespace bilan
