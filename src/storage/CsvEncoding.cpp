#include "CsvEncoding.h"

#include <cstring>

namespace bilan {

namespace {

// Windows-1252's 0x80–0x9F (Unicode's WindowsBestFit table, cp1252.txt); 0 for the five bytes
// it leaves undefined. The other bytes are Latin-1's characters.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 0x88
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 0x98
};

bool isHighSurrogate(char16_t u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}

bool isLowSurrogate(char16_t u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        break;
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QStringLiteral("UTF-8");
}

void Utf8Scan::add(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (m_need == 0) {
            // ASCII, eight bytes at a time: nearly all of a CSV file.
            while (i + 8 <= size) {
                quint64 word;
                std::memcpy(&word, data + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i == size)
                break;
            const unsigned char b = data[i++];
            if (b < 0x80)
                continue;
            m_low = 0x80;
            m_high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                m_need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_need = 2;
                if (b == 0xE0)
                    m_low = 0xA0; // overlong
                else if (b == 0xED)
                    m_high = 0x9F; // surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_need = 3;
                if (b == 0xF0)
                    m_low = 0x90; // overlong
                else if (b == 0xF4)
                    m_high = 0x8F; // past U+10FFFF
            } else {
                ++m_invalid;
            }
            continue;
        }
        const unsigned char b = data[i];
        if (b < m_low || b > m_high) {
            // The sequence is cut short; the byte is looked at again as a start of its own.
            ++m_invalid;
            m_need = 0;
            continue;
        }
        ++i;
        m_low = 0x80;
        m_high = 0xBF;
        if (--m_need == 0)
            ++m_multiByte;
    }
}

void Utf8Scan::finish()
{
    if (m_need > 0)
        ++m_invalid;
    m_need = 0;
}

CsvTextDecoder::CsvTextDecoder(CsvEncoding encoding)
    : m_encoding(encoding),
      // ConvertInvalidToNull marks where the bad bytes were, so the error can name their line;
      // ConvertInitialBom keeps the BOM so that stripping it does not depend on how the
      // decoder sees a BOM split across chunks.
      m_utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInvalidToNull |
                                         QStringConverter::Flag::ConvertInitialBom)
{}

bool CsvTextDecoder::decode(QByteArrayView bytes, QString& out)
{
    if (m_failed)
        return false;
    switch (m_encoding) {
    case CsvEncoding::Utf8:
        break;
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE:
        m_failed = !decodeUtf16(bytes, out);
        return !m_failed;
    case CsvEncoding::Windows1252:
        m_failed = !decodeWindows1252(bytes, out);
        return !m_failed;
    }
    const qsizetype oldSize = out.size();
    out.resize(oldSize + m_utf8.requiredSpace(bytes.size()));
    const QChar* end = m_utf8.appendToBuffer(out.data() + oldSize, bytes);
    out.truncate(end - out.constData());
    if (m_utf8.hasError()) {
        const qsizetype bad = out.indexOf(QChar(u'\0'), oldSize);
        if (bad >= 0)
            out.truncate(bad);
        m_failed = true;
    }
    return !m_failed;
}

bool CsvTextDecoder::finish()
{
    if (m_failed)
        return false;
    switch (m_encoding) {
    case CsvEncoding::Utf8: {
        // The decoder holds back an incomplete sequence at the end of the file; a byte that
        // cannot continue it makes it report the error.
        const char probe = '\n';
        QChar ignored[8];
        m_utf8.appendToBuffer(ignored, QByteArrayView(&probe, 1));
        m_failed = m_utf8.hasError();
        break;
    }
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE:
        m_endedInside = m_oddByte >= 0 || m_highSurrogate != 0;
        m_failed = m_endedInside;
        break;
    case CsvEncoding::Windows1252:
        break;
    }
    return !m_failed;
}

bool CsvTextDecoder::decodeUtf16(QByteArrayView bytes, QString& out)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    const bool little = m_encoding == CsvEncoding::Utf16LE;
    qsizetype i = 0;
    const qsizetype oldSize = out.size();
    out.resize(oldSize + size / 2 + 2);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data()) + oldSize;
    char16_t* const first = dst;
    bool ok = true;
    while (i < size) {
        unsigned first8;
        if (m_oddByte >= 0) {
            first8 = static_cast<unsigned>(m_oddByte);
            m_oddByte = -1;
        } else {
            if (i + 1 == size) {
                m_oddByte = data[i++];
                break;
            }
            first8 = data[i++];
        }
        const unsigned second8 = data[i++];
        const auto unit =
            static_cast<char16_t>(little ? first8 | second8 << 8 : first8 << 8 | second8);
        if (m_highSurrogate != 0) {
            if (!isLowSurrogate(unit)) {
                ok = false;
                break;
            }
            *dst++ = m_highSurrogate;
            *dst++ = unit;
            m_highSurrogate = 0;
        } else if (isHighSurrogate(unit)) {
            m_highSurrogate = unit; // written with its low surrogate
        } else if (isLowSurrogate(unit)) {
            ok = false;
            break;
        } else {
            *dst++ = unit;
        }
    }
    out.truncate(oldSize + (dst - first));
    return ok;
}

bool CsvTextDecoder::decodeWindows1252(QByteArrayView bytes, QString& out)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    const qsizetype oldSize = out.size();
    out.resize(oldSize + size);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data()) + oldSize;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char b = data[i];
        if (b < 0x80 || b >= 0xA0) {
            dst[i] = b;
            continue;
        }
        const char16_t c = Windows1252High[b - 0x80];
        if (c == 0) {
            m_undefinedByte = b;
            out.truncate(oldSize + i);
            return false;
        }
        dst[i] = c;
    }
    return true;
}

} // namespace bilan
