// CsvReader's encodings and tab delimiter (issue 15, "Excel's own CSV"): UTF-8 with or without
// a byte-order mark, UTF-16 with one (Excel's "Unicode text"), Windows-1252 when the bytes are
// not UTF-8 (Excel's "CSV (comma delimited)"), on seekable and sequential devices, split
// across chunks of any size, with errors on the physical line.

#include "CsvEncoding.h"
#include "CsvReader.h"

#include <QBuffer>
#include <QStringDecoder>

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

using bilan::CsvEncoding;
using bilan::CsvReader;
using bilan::Utf8Scan;

namespace {

using Rows = std::vector<std::vector<QString>>;

struct Parsed
{
    bool headerOk = false;
    std::vector<QString> header;
    QChar delimiter;
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool encodingKnown = false;
    Rows rows;
    std::vector<int> lines;
    QString error;
    int errorLine = 0;
    qint64 bytesRead = 0;
};

// A pipe: sequential, handing out at most `piece` bytes a read.
class Stream : public QIODevice
{
public:
    Stream(QByteArray bytes, qint64 piece) : m_bytes(std::move(bytes)), m_piece(piece) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_piece, m_bytes.size() - m_pos});
        std::memcpy(data, m_bytes.constData() + m_pos, static_cast<size_t>(count));
        m_pos += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_piece;
    qint64 m_pos = 0;
};

Parsed parseDevice(QIODevice& device, int chunkSize)
{
    CsvReader reader(&device, chunkSize);
    Parsed parsed;
    parsed.headerOk = reader.readHeader();
    for (const QString& name : reader.header())
        parsed.header.push_back(name);
    parsed.delimiter = reader.delimiter();
    parsed.encoding = reader.encoding();
    parsed.encodingKnown = reader.encodingKnown();
    CsvReader::Record record;
    while (reader.next(record)) {
        parsed.rows.emplace_back(record.fields.cbegin(), record.fields.cend());
        parsed.lines.push_back(record.line);
    }
    parsed.error = reader.error();
    parsed.errorLine = reader.errorLine();
    parsed.bytesRead = reader.bytesRead();
    return parsed;
}

Parsed parse(const QByteArray& bytes, int chunkSize = CsvReader::DefaultChunkSize)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseDevice(buffer, chunkSize);
}

Parsed parseStream(const QByteArray& bytes, qint64 piece,
                   int chunkSize = CsvReader::DefaultChunkSize)
{
    Stream stream(bytes, piece);
    stream.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return parseDevice(stream, chunkSize);
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        const auto high = static_cast<char>(c.unicode() >> 8);
        const auto low = static_cast<char>(c.unicode() & 0xFF);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

// Excel's "Unicode text": UTF-16LE with a byte-order mark, tabs, CRLF between rows, a line
// break inside a cell as a lone LF, and quotes around a cell holding a tab, a line break or a
// quote.
const QString UnicodeText =
    QStringLiteral("\uFEFFnom\tnote\tmontant\r\n"
                   "Coopérative « Le Rucher »\t\"rencontre\tannuelle\nsuivi\"\t1 234,50 €\r\n"
                   "\"Dit \"\"bonjour\"\"\"\t🐝 miel, 東京\t\r\n");
const Rows UnicodeTextRows{
    {QStringLiteral("Coopérative « Le Rucher »"), QStringLiteral("rencontre\tannuelle\nsuivi"),
     QStringLiteral("1 234,50 €")},
    {QStringLiteral("Dit \"bonjour\""), QStringLiteral("🐝 miel, 東京"), QString()}};

// Excel's "CSV (comma delimited)" on a French Windows: semicolons, CRLF, Windows-1252.
const QByteArray French1252 = "Nom;Note\r\n"
                              "Coop\xE9rative \xAB Le Rucher \xBB;\x9Cuvre d\x92\xE9t\xE9 \x80\r\n"
                              "\x8C\x8A\x9F;\"\x93\x84guillemets\x94, \x85\"\r\n";
const Rows French1252Rows{
    {QStringLiteral("Coopérative « Le Rucher »"), QStringLiteral("œuvre d’été €")},
    {QStringLiteral("ŒŠŸ"), QStringLiteral("“„guillemets”, …")}};

} // namespace

TEST(CsvReaderEncoding, ReadsUtf8WithOrWithoutByteOrderMark)
{
    for (const QByteArray& prefix : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
        const Parsed p = parse(prefix + "nom,note\r\nCoop\xC3\xA9rative,\xE2\x82\xAC\r\n", 2);
        EXPECT_TRUE(p.error.isEmpty()) << p.error.toStdString();
        EXPECT_EQ(p.encoding, CsvEncoding::Utf8);
        EXPECT_TRUE(p.encodingKnown);
        EXPECT_EQ(p.header, (std::vector<QString>{QStringLiteral("nom"), QStringLiteral("note")}));
        EXPECT_EQ(p.rows, (Rows{{QStringLiteral("Coopérative"), QStringLiteral("€")}}));
    }
    // Plain ASCII is UTF-8 too.
    EXPECT_EQ(parse("a,b\n1,2\n").encoding, CsvEncoding::Utf8);
}

TEST(CsvReaderEncoding, ReadsWindows1252AcrossAnyChunkBoundary)
{
    for (int chunk : {1, 2, 3, 5, 7, CsvReader::DefaultChunkSize}) {
        SCOPED_TRACE(chunk);
        const Parsed p = parse(French1252, chunk);
        EXPECT_TRUE(p.error.isEmpty()) << p.error.toStdString();
        EXPECT_EQ(p.encoding, CsvEncoding::Windows1252);
        EXPECT_EQ(p.delimiter, u';');
        EXPECT_EQ(p.rows, French1252Rows);
        EXPECT_EQ(p.lines, (std::vector<int>{2, 3}));
        // Every byte is counted once, although the scan read them all before.
        EXPECT_EQ(p.bytesRead, French1252.size());
    }
}

// The real Windows-1252 table, not Latin-1's C1 controls: checked against ICU's where Qt has
// it (Debian's Qt does), byte by byte.
TEST(CsvReaderEncoding, DecodesEveryDefinedWindows1252ByteAsTheCodePageDoes)
{
    QStringDecoder icu("windows-1252");
    if (!icu.isValid())
        GTEST_SKIP() << "this Qt has no windows-1252 codec to compare with";
    for (int byte = 0x20; byte <= 0xFF; ++byte) {
        if (byte == ',' || byte == '"' || byte == 0x81 || byte == 0x8D || byte == 0x8F ||
            byte == 0x90 || byte == 0x9D)
            continue;
        SCOPED_TRACE(byte);
        const QByteArray character(1, static_cast<char>(byte));
        // é after it: the file is not UTF-8 whatever the byte.
        const Parsed p = parse("h\nx" + character + "\xE9\n");
        ASSERT_TRUE(p.error.isEmpty()) << p.error.toStdString();
        ASSERT_EQ(p.encoding, CsvEncoding::Windows1252);
        EXPECT_EQ(p.rows, (Rows{{u'x' + icu(character) + u'é'}}));
    }
    EXPECT_EQ(parse("h\n\x80\x9C\x92\xE9\n").rows, (Rows{{QStringLiteral("€œ’é")}}));
}

TEST(CsvReaderEncoding, RefusesTheBytesWindows1252LeavesUndefinedWithTheirLine)
{
    for (const char byte : {'\x81', '\x8D', '\x8F', '\x90', '\x9D'}) {
        for (int chunk : {1, 4, CsvReader::DefaultChunkSize}) {
            SCOPED_TRACE(chunk);
            QByteArray bytes("nom;note\r\nCaf\xE9;\"une\r\nnote\"\r\nx");
            bytes.append(byte);
            bytes.append(";y\r\nz;w\r\n");
            const Parsed p = parse(bytes, chunk);
            EXPECT_EQ(p.encoding, CsvEncoding::Windows1252);
            EXPECT_EQ(p.rows, (Rows{{QStringLiteral("Café"), QStringLiteral("une\r\nnote")}}));
            EXPECT_EQ(p.errorLine, 4);
            const QString hex = QString::number(static_cast<unsigned char>(byte), 16).toUpper();
            EXPECT_TRUE(p.error.contains(QStringLiteral("byte 0x") + hex)) << p.error.toStdString();
            EXPECT_TRUE(p.error.contains(QStringLiteral("Windows-1252"))) << p.error.toStdString();
        }
    }
}

// The scan reads the whole file before the parser does: a Windows-1252 byte on the last row
// of megabytes of ASCII decides the encoding of the first.
TEST(CsvReaderEncoding, FindsWindows1252FromAByteLateInALargeFile)
{
    QByteArray bytes("date,expert,organisation,duration\r\n");
    const int rows = 120'000;
    for (int i = 0; i < rows; ++i)
        bytes.append("2020-01-06,Awa Diallo,Coop du Rucher,1h30\r\n");
    bytes.append("2020-01-07,Beno\xEEt Gagn\xE9,Coop\xE9rative,2h\r\n");
    ASSERT_GT(bytes.size(), 4 * 1024 * 1024);
    const Parsed p = parse(bytes);
    EXPECT_TRUE(p.error.isEmpty()) << p.error.toStdString();
    EXPECT_EQ(p.encoding, CsvEncoding::Windows1252);
    ASSERT_EQ(p.rows.size(), static_cast<size_t>(rows + 1));
    EXPECT_EQ(p.rows.back(),
              (std::vector<QString>{QStringLiteral("2020-01-07"), QStringLiteral("Benoît Gagné"),
                                    QStringLiteral("Coopérative"), QStringLiteral("2h")}));
    EXPECT_EQ(p.lines.back(), rows + 2);
    EXPECT_EQ(p.bytesRead, bytes.size());
}

// A UTF-8 file with one bad byte late is refused on that byte's line, not read as
// Windows-1252 with every accent before it mangled.
TEST(CsvReaderEncoding, RefusesAStrayByteInALargeUtf8FileOnItsLine)
{
    QByteArray bytes("nom,note\n");
    const int rows = 50'000;
    for (int i = 0; i < rows; ++i)
        bytes.append(i == rows - 10 ? "Caf\xE9,\"deux\nlignes\"\n"
                                    : "Caf\xC3\xA9,\xC3\xA9t\xC3\xA9\n");
    const Parsed p = parse(bytes);
    EXPECT_EQ(p.encoding, CsvEncoding::Utf8);
    EXPECT_EQ(p.rows.size(), static_cast<size_t>(rows - 10));
    EXPECT_EQ(p.errorLine, rows - 10 + 2);
    EXPECT_TRUE(p.error.contains(QStringLiteral("not valid UTF-8"))) << p.error.toStdString();
}

// A file that mixes the encodings (rows pasted from two sources) is neither: read as
// Windows-1252 its UTF-8 rows would be stored mangled ("CoopÃ©rative"), so it is refused on
// the first line that is not UTF-8. A Windows-1252 file with one pair of bytes that happens to
// be UTF-8 ("É" and a no-break space) is still Windows-1252.
TEST(CsvReaderEncoding, RefusesAFileMixingUtf8AndWindows1252)
{
    const QByteArray mixed("name,kind\n"
                           "Coop\xE9rative Alpha,coop\n"
                           "Coop\xE9rative B\xEAta,coop\n"
                           "Coop\xC3\xA9rative Gamma,coop\n");
    const Parsed p = parse(mixed);
    EXPECT_EQ(p.encoding, CsvEncoding::Utf8);
    EXPECT_TRUE(p.rows.empty());
    EXPECT_EQ(p.errorLine, 2);
    EXPECT_TRUE(p.error.contains(QStringLiteral("mixes"))) << p.error.toStdString();

    QByteArray windows("name,kind\n");
    for (int i = 0; i < 30; ++i)
        windows.append("Caf\xE9 cr\xE8me,coop\n");
    windows.append("L'\xC9\xA0T\xC9,coop\n");
    const Parsed w = parse(windows);
    EXPECT_TRUE(w.error.isEmpty()) << w.error.toStdString();
    EXPECT_EQ(w.encoding, CsvEncoding::Windows1252);
    ASSERT_EQ(w.rows.size(), 31u);
    EXPECT_EQ(w.rows.back().front(), QStringLiteral("L'\u00C9\u00A0T\u00C9"));
}

TEST(CsvReaderEncoding, ReadsExcelsUnicodeTextAcrossAnyChunkBoundary)
{
    for (const bool little : {true, false}) {
        const QByteArray bytes = utf16(UnicodeText, little);
        ASSERT_TRUE(bytes.startsWith(little ? "\xFF\xFE" : "\xFE\xFF"));
        for (int chunk : {1, 2, 3, 4, 5, 7, CsvReader::DefaultChunkSize}) {
            SCOPED_TRACE(std::to_string(chunk) + (little ? " LE" : " BE"));
            const Parsed p = parse(bytes, chunk);
            EXPECT_TRUE(p.error.isEmpty()) << p.error.toStdString();
            EXPECT_EQ(p.encoding, little ? CsvEncoding::Utf16LE : CsvEncoding::Utf16BE);
            EXPECT_EQ(p.delimiter, u'\t');
            EXPECT_EQ(p.header, (std::vector<QString>{QStringLiteral("nom"), QStringLiteral("note"),
                                                      QStringLiteral("montant")}));
            EXPECT_EQ(p.rows, UnicodeTextRows);
            EXPECT_EQ(p.lines, (std::vector<int>{2, 4}));
            EXPECT_EQ(p.bytesRead, bytes.size());
        }
    }
    EXPECT_EQ(bilan::csvEncodingName(CsvEncoding::Utf16LE), QStringLiteral("UTF-16LE"));
    EXPECT_EQ(bilan::csvEncodingName(CsvEncoding::Windows1252), QStringLiteral("Windows-1252"));
}

TEST(CsvReaderEncoding, RefusesAUtf16FileOfAnOddLength)
{
    for (int chunk : {1, 2, 3, CsvReader::DefaultChunkSize}) {
        SCOPED_TRACE(chunk);
        const QByteArray bytes = utf16(QStringLiteral("\uFEFFa\tb\r\n1\t2\r\n"), true) + 'x';
        const Parsed p = parse(bytes, chunk);
        EXPECT_EQ(p.rows, (Rows{{QStringLiteral("1"), QStringLiteral("2")}}));
        EXPECT_EQ(p.errorLine, 3);
        EXPECT_TRUE(p.error.contains(QStringLiteral("middle of a UTF-16 character")))
            << p.error.toStdString();
        // A high surrogate with nothing after it ends the file inside a character too.
        const QByteArray cut = utf16(QStringLiteral("\uFEFFa\r\nb"), false) + "\xD8\x3D";
        EXPECT_EQ(parse(cut, chunk).errorLine, 2);
        EXPECT_TRUE(parse(cut, chunk).error.contains(QStringLiteral("middle of a UTF-16")));
    }
}

TEST(CsvReaderEncoding, RefusesALoneUtf16SurrogateWithItsLine)
{
    for (int chunk : {1, 3, CsvReader::DefaultChunkSize}) {
        SCOPED_TRACE(chunk);
        QByteArray bytes = utf16(QStringLiteral("\uFEFFa\r\nx\r\n\"y\ny"), true);
        bytes.append("\x00\xDC", 2); // a low surrogate first
        bytes.append(utf16(QStringLiteral("\"\r\n"), true));
        const Parsed p = parse(bytes, chunk);
        EXPECT_EQ(p.rows, (Rows{{QStringLiteral("x")}}));
        EXPECT_EQ(p.errorLine, 4);
        EXPECT_TRUE(p.error.contains(QStringLiteral("not valid UTF-16"))) << p.error.toStdString();

        QByteArray high = utf16(QStringLiteral("\uFEFFa\r\nx"), true);
        high.append("\x3D\xD8", 2);
        high.append(utf16(QStringLiteral("y\r\n"), true)); // a high surrogate, then no low one
        EXPECT_EQ(parse(high, chunk).errorLine, 2);
    }
}

// A pipe is judged on its first megabyte, kept and parsed first.
TEST(CsvReaderEncoding, JudgesAStreamOnWhatItHasFirst)
{
    for (const qint64 piece : {1, 3, 4096}) {
        SCOPED_TRACE(piece);
        const Parsed french = parseStream(French1252, piece, 5);
        EXPECT_TRUE(french.error.isEmpty()) << french.error.toStdString();
        EXPECT_EQ(french.encoding, CsvEncoding::Windows1252);
        EXPECT_EQ(french.rows, French1252Rows);

        const Parsed unicode = parseStream(utf16(UnicodeText, true), piece, 3);
        EXPECT_EQ(unicode.encoding, CsvEncoding::Utf16LE);
        EXPECT_EQ(unicode.rows, UnicodeTextRows);
    }
    // Past the first megabyte of ASCII, the stream was taken for UTF-8: a Windows-1252 byte
    // there is an error on its line (a file, scanned whole, would be read as Windows-1252).
    QByteArray late("a,b\n");
    const int rows = 200'000;
    for (int i = 0; i < rows; ++i)
        late.append("1234567,89\n");
    late.append("Caf\xE9,1\n");
    const Parsed stream = parseStream(late, 65536);
    EXPECT_EQ(stream.encoding, CsvEncoding::Utf8);
    EXPECT_EQ(stream.errorLine, rows + 2);
    EXPECT_TRUE(stream.error.contains(QStringLiteral("not valid UTF-8")));
    const Parsed file = parse(late);
    EXPECT_EQ(file.encoding, CsvEncoding::Windows1252);
    EXPECT_TRUE(file.error.isEmpty()) << file.error.toStdString();
}

TEST(CsvReaderEncoding, DetectsTabsOnTheHeader)
{
    EXPECT_EQ(parse("a\tb\tc\n1\t2\t3\n").delimiter, u'\t');
    EXPECT_EQ(parse("a\tb\tc\n1\t2\t3\n").rows,
              (Rows{{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}}));
    // Most wins; quoted ones do not count; a tie keeps the rule without tabs.
    EXPECT_EQ(parse("a\tb, c\td\n").delimiter, u'\t');
    EXPECT_EQ(parse("\"a\tb\tc\",d\n").delimiter, u',');
    EXPECT_EQ(parse("a\tb,c\n").delimiter, u',');
    EXPECT_EQ(parse("a\tb;c\n").delimiter, u';');
    EXPECT_EQ(parse("a\tb;c;d\n").delimiter, u';');
    EXPECT_EQ(parse("a;b\tc\td,e\n").delimiter, u'\t');
    // A blank line of tabs before the header is not the header.
    EXPECT_EQ(parse("\t\t\t\na,b\n1,2\n").delimiter, u',');
    // Excel's sep= names a tab as before.
    EXPECT_EQ(parse("sep=\t\na,b\tc\n").delimiter, u'\t');
    // Leading spaces before a quoted tab-delimited field are still skipped, tabs are not.
    EXPECT_EQ(parse("a\tb\n\t \"x\"\n").rows, (Rows{{QString(), QStringLiteral("x")}}));
}

TEST(CsvReaderEncoding, TheEncodingIsUnknownWhenTheDeviceCannotBeRead)
{
    QByteArray bytes("a,b\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvReader reader(&buffer);
    EXPECT_FALSE(reader.encodingKnown());
    EXPECT_FALSE(reader.readHeader());
    EXPECT_FALSE(reader.encodingKnown());
    EXPECT_EQ(reader.errorLine(), 0);
}

TEST(CsvReaderEncoding, ScansUtf8ByRfc3629WhateverThePieces)
{
    const auto scan = [](const QByteArray& bytes, qsizetype piece) {
        Utf8Scan s;
        for (qsizetype i = 0; i < bytes.size(); i += piece)
            s.add(QByteArrayView(bytes).sliced(i, std::min(piece, bytes.size() - i)));
        s.finish();
        return std::pair{s.multiByte(), s.invalid()};
    };
    for (qsizetype piece : {1, 2, 3, 100}) {
        SCOPED_TRACE(piece);
        using Counts = std::pair<qint64, qint64>;
        EXPECT_EQ(scan("plain ascii, long enough for the word loop", piece), Counts(0, 0));
        EXPECT_EQ(scan("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x90\x9D", piece), Counts(3, 0));
        EXPECT_EQ(scan("\xC0\x80", piece), Counts(0, 2));         // overlong NUL
        EXPECT_EQ(scan("\xE0\x9F\xBF", piece), Counts(0, 3));     // overlong
        EXPECT_EQ(scan("\xED\xA0\x80", piece), Counts(0, 3));     // a surrogate
        EXPECT_EQ(scan("\xF4\x90\x80\x80", piece), Counts(0, 4)); // past U+10FFFF
        EXPECT_EQ(scan("Caf\xE9 cr\xE8me", piece), Counts(0, 2));
        EXPECT_EQ(scan("\xE9t\xE9", piece), Counts(0, 2));
        EXPECT_EQ(scan("ok \xE2\x82", piece), Counts(0, 1)); // cut short by the end
        EXPECT_EQ(scan("\xC9\xA0:", piece), Counts(1, 0));   // É + no-break space is UTF-8
    }
}
