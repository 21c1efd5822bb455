#include "CsvReader.h"

#include <QIODevice>

#include <algorithm>
#include <utility>

namespace bilan {

namespace {

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t';
}

constexpr char16_t EndOfFileMark = 0x1A; // Ctrl-Z

bool allBlank(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString& field) { return QStringView(field).trimmed().isEmpty(); });
}

} // namespace

CsvReader::CsvReader(QIODevice* device, int chunkSize)
    : m_device(device), m_chunkSize(std::max(chunkSize, 1))
{
    m_bytes.resize(m_chunkSize);
}

bool CsvReader::readHeader()
{
    if (m_headerRead)
        return !m_header.isEmpty();
    m_headerRead = true;

    Record record;
    if (!next(record)) {
        if (m_error.isEmpty())
            fail(0, tr("the file is empty"));
        return false;
    }
    QStringList names;
    names.reserve(record.fields.size());
    for (const QString& name : std::as_const(record.fields))
        names.append(name.trimmed());
    if (std::all_of(names.cbegin(), names.cend(), [](const QString& n) { return n.isEmpty(); })) {
        fail(record.line, tr("the header row has no column names"));
        return false;
    }
    m_header = std::move(names);
    m_headerLine = record.line;
    return true;
}

bool CsvReader::next(Record& record)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_delimiterKnown) {
        detectDelimiter();
        if (!m_error.isEmpty())
            return false;
    }

    for (;;) {
        bool quoted = false;
        if (parseRecord(record.fields, record.line, quoted) != Outcome::Record)
            return false;
        const bool blankLine = record.fields.size() == 1 && !quoted &&
                               QStringView(record.fields.constFirst()).trimmed().isEmpty();
        if (!blankLine && !(m_skipEmptyRows && allBlank(record.fields)))
            return true;
    }
}

// A resumable state machine: when the buffer runs out mid-field, the pending part of the field
// is saved and the buffer refilled, so a record is never re-scanned and a long quoted field
// costs linear time whatever the chunk size.
CsvReader::Outcome CsvReader::parseRecord(QStringList& fields, int& startLine, bool& quoted)
{
    enum class State
    {
        RecordStart,
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterQuoted
    };

    quoted = false;
    // The record's strings are written over in place: a file of a million rows then costs no
    // allocation per field, unless a caller kept a copy of one (copy-on-write detaches it).
    qsizetype count = 0;
    struct Trim
    {
        QStringList& fields;
        const qsizetype& count;
        qsizetype stored;
        ~Trim() { fields.resize(std::min(count, stored)); }
    } trim{fields, count, m_maxFieldCount};
    QString& field =
        m_pending; // pieces of the current field that a slice of the buffer cannot hold
    field.resize(0);
    State state = State::RecordStart;
    qsizetype start = m_pos; // where the current field's unsaved text begins in m_buffer
    int fieldLine = m_line;
    const char16_t delimiter = m_delimiter.unicode();

    const auto put = [&](QStringView text) {
        // Past the bound the fields are only counted: a row of 50 million commas costs no
        // more memory than a short one, and is refused once its end is reached.
        if (count >= m_maxFieldCount) {
            ++count;
            return;
        }
        if (count < fields.size()) {
            QString& slot = fields[count];
            slot.resize(0);
            slot.append(text);
        } else {
            fields.append(text.toString());
        }
        ++count;
    };
    const auto takeField = [&] {
        put(field);
        field.resize(0);
    };
    const auto recordEnd = [&] {
        if (count <= m_maxFieldCount)
            return Outcome::Record;
        fail(startLine, tr("a row starting on this line has %1 values, more than the %2 Bilan "
                           "reads in one row; is the delimiter right?")
                            .arg(count)
                            .arg(m_maxFieldCount));
        return Outcome::Error;
    };

    for (;;) {
        if (m_pos == m_buffer.size()) {
            if (state == State::FieldStart || state == State::Unquoted || state == State::Quoted) {
                if (!appendPending(field, QStringView(m_buffer).sliced(start, m_pos - start),
                                   fieldLine))
                    return Outcome::Error;
            }
            if (!fill()) {
                if (!m_error.isEmpty())
                    return Outcome::Error;
                if (m_invalidText) {
                    fail(m_line, invalidTextMessage());
                    return Outcome::Error;
                }
                switch (state) {
                case State::RecordStart:
                    return Outcome::End;
                case State::Quoted:
                    fail(fieldLine, tr("a quoted field starting on this line is not closed"));
                    return Outcome::Error;
                default:
                    takeField();
                    return recordEnd();
                }
            }
            start = m_pos;
            continue;
        }

        const char16_t* const data = reinterpret_cast<const char16_t*>(m_buffer.constData());
        const qsizetype size = m_buffer.size();

        switch (state) {
        case State::RecordStart:
            // The LF of a CRLF whose CR ended the previous record.
            if (data[m_pos] == u'\n' && afterCarriageReturn()) {
                ++m_pos;
                break;
            }
            startLine = m_line;
            fieldLine = m_line;
            start = m_pos;
            state = State::FieldStart;
            break;

        case State::FieldStart: {
            qsizetype i = m_pos;
            while (i < size && isBlank(data[i]) && data[i] != delimiter)
                ++i;
            m_pos = i;
            if (i == size)
                break;
            if (data[i] == u'"') {
                field.resize(0); // spaces before an opening quote are not content
                quoted = true;
                start = ++m_pos;
                state = State::Quoted;
            } else {
                state = State::Unquoted;
            }
            break;
        }

        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < size) {
                const char16_t c = data[i];
                if (c == delimiter || c == u'\r' || c == u'\n')
                    break;
                ++i;
            }
            m_pos = i;
            if (i == size)
                break;
            if (field.isEmpty()) {
                put(QStringView(m_buffer).sliced(start, i - start));
            } else {
                field.append(QStringView(m_buffer).sliced(start, i - start));
                takeField();
            }
            ++m_pos;
            if (data[i] != delimiter) {
                ++m_line;
                return recordEnd();
            }
            start = m_pos;
            fieldLine = m_line;
            state = State::FieldStart;
            break;
        }

        case State::Quoted: {
            qsizetype i = m_pos;
            for (;;) {
                while (i < size) {
                    const char16_t c = data[i];
                    if (c == u'"' || c == u'\r' || c == u'\n')
                        break;
                    ++i;
                }
                if (i == size || data[i] == u'"')
                    break;
                const bool crlf =
                    data[i] == u'\n' && (i > 0 ? data[i - 1] == u'\r' : m_previousWasCr);
                if (!crlf)
                    ++m_line;
                ++i;
            }
            m_pos = i;
            if (i == size)
                break;
            field.append(QStringView(m_buffer).sliced(start, i - start));
            ++m_pos;
            state = State::QuoteInQuoted;
            break;
        }

        case State::QuoteInQuoted:
            if (data[m_pos] == u'"') {
                field.append(QChar(u'"'));
                start = ++m_pos;
                state = State::Quoted;
                break;
            }
            state = State::AfterQuoted;
            [[fallthrough]];

        case State::AfterQuoted: {
            qsizetype i = m_pos;
            while (i < size && isBlank(data[i]) && data[i] != delimiter)
                ++i;
            m_pos = i;
            if (i == size)
                break;
            const char16_t c = data[i];
            if (c != delimiter && c != u'\r' && c != u'\n') {
                fail(m_line, tr("unexpected text after a closing quote"));
                return Outcome::Error;
            }
            takeField();
            ++m_pos;
            if (c != delimiter) {
                ++m_line;
                return recordEnd();
            }
            start = m_pos;
            fieldLine = m_line;
            state = State::FieldStart;
            break;
        }
        }
    }
}

bool CsvReader::appendPending(QString& field, QStringView piece, int fieldLine)
{
    field.append(piece);
    if (field.size() <= m_maxFieldLength)
        return true;
    fail(fieldLine, tr("a field starting on this line is longer than %1 characters; is a closing "
                       "quote missing?")
                        .arg(m_maxFieldLength));
    return false;
}

// Moves a run of Ctrl-Z characters (and the spaces and line breaks after them) that ends the
// buffer, from `from` on, into m_heldBack.
void CsvReader::holdBackEndOfFileMark(qsizetype from)
{
    qsizetype start = m_buffer.size();
    qsizetype mark = -1;
    while (start > from) {
        const QChar c = m_buffer.at(start - 1);
        if (c == EndOfFileMark)
            mark = start - 1;
        else if (!c.isSpace())
            break;
        --start;
    }
    if (mark < 0)
        return;
    m_heldBack = m_buffer.sliced(mark);
    m_buffer.truncate(mark);
}

// Appends at least one decoded character after the unconsumed text, dropping what was consumed.
// Returns false at the end of the input, at the first invalid byte (m_invalidText; the caller
// knows the line), or on a read error (then error() is set).
bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_previousWasCr = m_buffer.at(m_pos - 1) == u'\r';
        if (m_pos == m_buffer.size())
            m_buffer.resize(0); // keeps the allocation for the next chunk
        else
            m_buffer.remove(0, m_pos);
        m_pos = 0;
    }

    if (!m_encodingChosen)
        chooseEncoding();

    const qsizetype kept = m_buffer.size();
    while (m_buffer.size() == kept) {
        if (m_atEnd || m_invalidText || !m_error.isEmpty())
            return false;

        const qint64 count = readBytes(m_bytes.data(), m_chunkSize);
        if (count < 0) {
            fail(0, tr("cannot read the file: %1").arg(m_device->errorString()));
            return false;
        }
        if (count == 0) {
            m_atEnd = true;
            m_invalidText = !m_decoder.finish();
            return false;
        }
        m_bytesRead += count;

        // More text follows: what looked like an end-of-file mark was text.
        m_buffer.append(m_heldBack);
        m_heldBack.clear();
        if (m_decoder.decode(QByteArrayView(m_bytes.constData(), count), m_buffer))
            holdBackEndOfFileMark(kept);
        else
            m_invalidText = true;
        if (m_atStart && m_buffer.size() > kept) {
            m_atStart = false;
            if (m_buffer.at(0) == QChar(0xFEFF))
                m_buffer.remove(0, 1);
        }
    }
    return true;
}

bool CsvReader::afterCarriageReturn() const
{
    return m_pos > 0 ? m_buffer.at(m_pos - 1) == u'\r' : m_previousWasCr;
}

void CsvReader::fail(int line, const QString& message)
{
    m_error = message;
    m_errorLine = line;
}

} // namespace bilan
