#pragma once

#include "CsvEncoding.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace bilan {

// Streaming RFC 4180 reader for the import files described in DESIGN.md ("CSV import formats").
// The device is read in chunks and decoded incrementally, so a file of any size costs one chunk
// of memory plus the record being parsed.
//
// Beyond RFC 4180, and why:
// - Rows may end with CRLF, LF or a lone CR (old Mac exports), mixed within one file; the last
//   row may lack its line break. Line breaks inside quoted fields are kept as written and still
//   counted, so Record::line and errorLine() are physical line numbers an editor shows.
// - Blank lines (empty or whitespace only) are skipped everywhere, before the header too:
//   spreadsheets leave them at the end, people leave them anywhere. A lone quoted empty field
//   ("") is a record, not a blank line, which is how CsvWriter writes an empty one-column row.
// - Spaces and tabs before an opening quote and after a closing quote are ignored
//   (`a, "b,c" ,d` reads as a | b,c | d): hand-edited files align columns like that, and the
//   alternative — taking the quote literally — would split "b,c" into two fields silently.
//   Any other character after a closing quote (`"ab"c,`) is an error, since no reading of it is
//   safe. A quote inside an unquoted field (`5" screen`) is kept literally, as Excel does.
// - A record may have more or fewer fields than the header; it is returned as is, because the
//   importer reports that with the column names it knows.
// - The encoding is what Excel and other tools write (CsvEncoding): a byte-order mark says
//   UTF-8, UTF-16LE or UTF-16BE (Excel's "Unicode text"); without one the text is UTF-8 when
//   its bytes are, and Windows-1252 (Excel's "CSV (comma delimited)" on a French or English
//   Windows) when they are not. A file with a UTF-8 byte-order mark, or whose well-formed
//   UTF-8 sequences outnumber its bytes that are not UTF-8 (Utf8Scan), is UTF-8, and a byte
//   that is not is an error with its line, not a silent U+FFFD or a file of mangled names.
//   On a seekable device (a file, a buffer) the reader scans the bytes once for UTF-8 before
//   parsing and seeks back: a million-row file costs one more read from the page cache, about
//   50 ms (docs/import.md). A file with a byte-order mark is not scanned. A sequential device (a
//   pipe) cannot be read twice: it is judged on its first megabyte, kept and parsed first, and a
//   stream found UTF-8 there fails on a later byte that is not. The five bytes Windows-1252
//   leaves undefined, a lone UTF-16 surrogate and a UTF-16 file of an odd length are errors.
// - A single field may not exceed maxFieldLength() characters, so a stray quote in a large file
//   fails with a useful message instead of buffering the rest of the file.
// - A record may not have more than maxFieldCount() fields (a spreadsheet's column limit): a
//   row of millions of delimiters fails with its line, read to its end in constant memory,
//   instead of holding a string per empty field.
// - A first line "sep=;" (Excel writes it; also "sep=," "sep=|" and sep= followed by a tab,
//   quoted or not) names the delimiter and is not a record.
// - Ctrl-Z (0x1A) characters that end the input, with nothing but line breaks and spaces
//   around them, are the end-of-file mark of DOS-era tools, not text. Anywhere else a Ctrl-Z
//   is part of its field.
// - With setSkipEmptyRows(), records whose every field is empty or blank (",,," as
//   spreadsheets write an empty row) are skipped like blank lines.
//
// The device must deliver data synchronously (a file, a buffer): a read returning nothing is
// taken as the end of the input.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(bilan::CsvReader)

public:
    struct Record
    {
        QStringList fields;
        int line = 0; // 1-based physical line where the record starts
    };

    static constexpr int DefaultChunkSize = 64 * 1024;
    static constexpr qsizetype DefaultMaxFieldLength = 16 * 1024 * 1024;
    static constexpr qsizetype DefaultMaxFieldCount = 16 * 1024;

    // The device must already be open for reading; the reader does not own it. A small
    // chunkSize exists for tests that split multi-byte characters across reads.
    explicit CsvReader(QIODevice* device, int chunkSize = DefaultChunkSize);

    // Reads the first non-blank record as the header. Strips the byte-order mark and detects
    // the delimiter: ',', ';' or a tab, whichever occurs most often outside quotes in that
    // record; on a tie ';' when semicolons outnumber commas, else ','. Returns false and sets
    // error() when the file is empty, the header has no column names, or the header is malformed.
    // Call it once, before next().
    bool readHeader();
    // Column names as written, trimmed, original case kept.
    QStringList header() const { return m_header; }
    // The physical line of the header (blank lines before it are skipped).
    int headerLine() const { return m_headerLine; }
    QChar delimiter() const { return m_delimiter; }
    // The encoding found at the first read (readHeader() or next()); UTF-8 until then.
    CsvEncoding encoding() const { return m_decoder.encoding(); }
    // Whether the encoding was found: false before the first read and when the device could
    // not be read.
    bool encodingKnown() const { return m_encodingKnown; }

    // The next non-blank record. Returns false at the end of the input and on a malformed
    // record; in the latter case error() is non-empty and errorLine() names the line, and
    // every later call returns false too. Without readHeader(), the delimiter is detected on
    // the first record, which is then returned like any other.
    bool next(Record& record);

    QString error() const { return m_error; }
    // 0 when the error has no line (an empty file, a read failure).
    int errorLine() const { return m_errorLine; }

    // Bytes taken from the device so far, for a progress indication.
    qint64 bytesRead() const { return m_bytesRead; }

    // Call it before readHeader(); off by default, so that a lone "" stays a record.
    void setSkipEmptyRows(bool skip) { m_skipEmptyRows = skip; }

    qsizetype maxFieldLength() const { return m_maxFieldLength; }
    void setMaxFieldLength(qsizetype length) { m_maxFieldLength = length; }
    qsizetype maxFieldCount() const { return m_maxFieldCount; }
    void setMaxFieldCount(qsizetype count) { m_maxFieldCount = count; }

private:
    enum class Outcome
    {
        Record,
        End,
        Error
    };

    Outcome parseRecord(QStringList& fields, int& startLine, bool& quoted);
    bool appendPending(QString& field, QStringView piece, int fieldLine);
    void detectDelimiter();
    bool takeSeparatorLine();
    void holdBackEndOfFileMark(qsizetype from);
    bool fill();
    void chooseEncoding();
    qint64 readBytes(char* data, qint64 maxSize);
    QString invalidTextMessage() const;
    bool afterCarriageReturn() const;
    void fail(int line, const QString& message);

    QIODevice* m_device;
    int m_chunkSize;
    qsizetype m_maxFieldLength = DefaultMaxFieldLength;
    qsizetype m_maxFieldCount = DefaultMaxFieldCount;
    CsvTextDecoder m_decoder;
    QByteArray m_bytes;
    // Bytes read to find the encoding that the device cannot give again (a sequential one):
    // parsed before the device's next bytes.
    QByteArray m_head;
    qsizetype m_headPos = 0;
    bool m_encodingChosen = false;
    bool m_encodingKnown = false;
    // The UTF-8 scan found bytes that are not UTF-8 among many sequences that are.
    bool m_mostlyUtf8 = false;
    QString m_buffer;
    QString m_pending; // parseRecord's field in pieces, kept for its allocation
    // Ctrl-Z characters (with any spaces after them) that ended the text decoded so far: kept
    // out of m_buffer until the input shows whether more text follows.
    QString m_heldBack;
    bool m_skipEmptyRows = false;
    qsizetype m_pos = 0;
    // Whether the character just before m_buffer[0] was a CR, so that a CRLF split across two
    // chunks still counts as one line break.
    bool m_previousWasCr = false;
    bool m_atStart = true;
    bool m_atEnd = false;
    bool m_invalidText = false;
    bool m_delimiterKnown = false;
    bool m_headerRead = false;
    int m_line = 1;
    qint64 m_bytesRead = 0;
    QChar m_delimiter = u',';
    QStringList m_header;
    QString m_error;
    int m_errorLine = 0;
    int m_headerLine = 0;
};

} // namespace bilan
