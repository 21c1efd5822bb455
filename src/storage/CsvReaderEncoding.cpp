// CsvReader's choice of encoding: a byte-order mark, else the bytes scanned for UTF-8
// (CsvReader.h, CsvEncoding.h).

#include "CsvReader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace bilan {

namespace {

// What a sequential device is judged on: far more than any header, little memory.
constexpr qint64 SniffLimit = 1024 * 1024;

// The scan of a seekable device reads in blocks this large, whatever the parser's chunk size.
constexpr qint64 ScanBlock = 256 * 1024;

constexpr int MaxByteOrderMark = 3;

} // namespace

void CsvReader::chooseEncoding()
{
    m_encodingChosen = true;
    const bool seekable = !m_device->isSequential();
    const qint64 start = seekable ? m_device->pos() : 0;

    // Up to a block at a time, until `limit` bytes are in `head` or the input ends. False on a
    // read error (then error() is set).
    QByteArray head;
    bool ended = false;
    const auto readInto = [&](QByteArray& bytes, qint64 limit) {
        while (bytes.size() < limit) {
            const qsizetype had = bytes.size();
            const qint64 wanted = std::min<qint64>(limit - had, ScanBlock);
            bytes.resize(had + wanted);
            const qint64 count = m_device->read(bytes.data() + had, wanted);
            bytes.resize(had + std::max<qint64>(count, 0));
            if (count < 0) {
                fail(0, tr("cannot read the file: %1").arg(m_device->errorString()));
                return false;
            }
            if (count == 0) {
                ended = true;
                break;
            }
        }
        return true;
    };

    // The byte-order mark, however the device hands out its first bytes.
    if (!readInto(head, MaxByteOrderMark))
        return;
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool marked = true;
    if (head.startsWith("\xEF\xBB\xBF"))
        encoding = CsvEncoding::Utf8;
    else if (head.startsWith("\xFF\xFE"))
        encoding = CsvEncoding::Utf16LE;
    else if (head.startsWith("\xFE\xFF"))
        encoding = CsvEncoding::Utf16BE;
    else
        marked = false;

    if (!marked) {
        Utf8Scan scan;
        scan.add(head);
        if (seekable) {
            QByteArray block;
            while (!ended) {
                block.resize(0);
                if (!readInto(block, ScanBlock))
                    return;
                scan.add(block);
            }
        } else if (!ended) {
            const qsizetype scanned = head.size();
            if (!readInto(head, SniffLimit))
                return;
            scan.add(QByteArrayView(head).sliced(scanned));
        }
        if (ended)
            scan.finish();
        if (scan.windows1252())
            encoding = CsvEncoding::Windows1252;
        else
            m_mostlyUtf8 = scan.invalid() > 0;
    }

    if (seekable) {
        if (!m_device->seek(start)) {
            fail(0, tr("cannot read the file: %1").arg(m_device->errorString()));
            return;
        }
    } else {
        m_head = head;
        m_headPos = 0;
    }
    m_decoder = CsvTextDecoder(encoding);
    m_encodingKnown = true;
}

// The bytes kept from choosing the encoding first, then the device's.
qint64 CsvReader::readBytes(char* data, qint64 maxSize)
{
    if (m_headPos == m_head.size())
        return m_device->read(data, maxSize);
    const qint64 count = std::min<qint64>(maxSize, m_head.size() - m_headPos);
    std::memcpy(data, m_head.constData() + m_headPos, static_cast<size_t>(count));
    m_headPos += count;
    if (m_headPos == m_head.size()) {
        m_head = QByteArray();
        m_headPos = 0;
    }
    return count;
}

QString CsvReader::invalidTextMessage() const
{
    switch (m_decoder.encoding()) {
    case CsvEncoding::Utf8:
        break;
    case CsvEncoding::Windows1252:
        return tr("byte 0x%1 is not a character of Windows-1252, the encoding of this file (its "
                  "bytes are not UTF-8); save it as UTF-8 and import it again")
            .arg(QString::number(m_decoder.undefinedByte(), 16).toUpper());
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE:
        if (m_decoder.endedInsideCharacter())
            return tr("the file ends in the middle of a UTF-16 character; save it again from "
                      "the spreadsheet");
        return tr("the file is not valid UTF-16 text (a lone surrogate); save it again from the "
                  "spreadsheet");
    }
    if (m_mostlyUtf8)
        return tr("this line is not valid UTF-8 text, though other lines are: the file mixes "
                  "UTF-8 with another encoding (Windows-1252?); save the file as UTF-8 and "
                  "import it again");
    return tr("the file is not valid UTF-8 text; save it as UTF-8 and import it again");
}

} // namespace bilan
