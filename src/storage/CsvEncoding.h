#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace bilan {

// The encodings CsvReader reads: what Excel writes on Windows ("CSV UTF-8", "CSV (comma
// delimited)" in the system's ANSI code page, "Unicode text") and what every other tool writes.
enum class CsvEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252
};

// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252": names people find in their spreadsheet's
// save dialog, not translated.
QString csvEncodingName(CsvEncoding encoding);

// Counts, over bytes fed in pieces, the well-formed UTF-8 sequences of two bytes or more and
// the bytes that cannot be UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
// U+10FFFF). A Windows-1252 file has one invalid sequence for nearly every accented letter
// (é = 0xE9 followed by an ASCII letter); a UTF-8 file with a stray byte has many more valid
// sequences than invalid ones.
class Utf8Scan
{
public:
    void add(QByteArrayView bytes);
    // The input has ended: a sequence left incomplete is invalid. Not called at the end of a
    // window of a longer input, where the rest of the sequence would follow.
    void finish();

    qint64 multiByte() const { return m_multiByte; }
    qint64 invalid() const { return m_invalid; }
    // Not UTF-8: bytes that cannot be UTF-8, and at most one well-formed sequence for every 20
    // of them — a Windows-1252 file may hold a pair that happens to be UTF-8 ("É" then a
    // no-break space), which is then Windows-1252 too. A file with more UTF-8 than that is a
    // UTF-8 file with bad bytes, or a mix of both encodings: read as UTF-8, it is refused at
    // the first bad line rather than imported with its UTF-8 accents mangled.
    bool windows1252() const { return m_invalid > 0 && m_multiByte * 20 <= m_invalid; }

private:
    qint64 m_multiByte = 0;
    qint64 m_invalid = 0;
    int m_need = 0; // continuation bytes still expected
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF; // the range of the next continuation byte
};

// Decodes an import file's bytes into UTF-16 text, chunk by chunk, whatever the boundaries.
// Text that is not valid in the encoding stops the decoding: invalid UTF-8, one of the five
// bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D), a lone UTF-16 surrogate.
// A byte-order mark is decoded as U+FEFF, for the reader to drop.
class CsvTextDecoder
{
public:
    explicit CsvTextDecoder(CsvEncoding encoding = CsvEncoding::Utf8);

    CsvEncoding encoding() const { return m_encoding; }

    // Appends the text of `bytes` to `out`. Returns false at the first thing that is not text:
    // `out` then holds the text before it (a genuine NUL earlier in the same UTF-8 piece cuts
    // it there, which can only make an error point early), and later calls do nothing.
    bool decode(QByteArrayView bytes, QString& out);
    // The input has ended: false when it ended inside a character (a truncated UTF-8 sequence,
    // an odd number of UTF-16 bytes, a high surrogate with nothing after it).
    bool finish();

    // The Windows-1252 byte that stopped the decoding, else -1.
    int undefinedByte() const { return m_undefinedByte; }
    // Whether the input ended inside a UTF-16 character (finish() returned false on UTF-16).
    bool endedInsideCharacter() const { return m_endedInside; }

private:
    bool decodeUtf16(QByteArrayView bytes, QString& out);
    bool decodeWindows1252(QByteArrayView bytes, QString& out);

    CsvEncoding m_encoding;
    QStringDecoder m_utf8;
    bool m_failed = false;
    int m_undefinedByte = -1;
    bool m_endedInside = false;
    // UTF-16: a byte waiting for its pair, a high surrogate waiting for its low one.
    int m_oddByte = -1;
    char16_t m_highSurrogate = 0;
};

} // namespace bilan
