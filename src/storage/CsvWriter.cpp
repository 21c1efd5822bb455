#include "CsvWriter.h"

#include "CsvFormulaGuard.h"

#include <QIODevice>

namespace bilan {

CsvWriter::CsvWriter(QIODevice* device, QChar delimiter, bool writeBom)
    : m_device(device), m_delimiter(delimiter)
{
    if (writeBom)
        write("\xEF\xBB\xBF");
}

void CsvWriter::writeRow(const QStringList& fields)
{
    if (!ok())
        return;

    m_row.resize(0);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString& field = fields.at(i);
        if (i > 0)
            m_row.append(m_delimiter);
        if (i < m_textColumns.size() && m_textColumns.at(i) &&
            CsvFormulaGuard::looksLikeFormula(field)) {
            // Quoted too, as OWASP advises: the cell is then text to every reader.
            appendQuoted(CsvFormulaGuard::protect(field));
            continue;
        }
        if (needsQuotes(field) || (fields.size() == 1 && field.isEmpty()))
            appendQuoted(field);
        else
            m_row.append(field);
    }
    m_row.append(u"\r\n");
    write(m_row.toUtf8());
}

bool CsvWriter::needsQuotes(QStringView field) const
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (const QChar c : field) {
        if (c == m_delimiter || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

void CsvWriter::appendQuoted(QStringView field)
{
    m_row.append(u'"');
    qsizetype from = 0;
    for (qsizetype quote = field.indexOf(u'"'); quote >= 0; quote = field.indexOf(u'"', from)) {
        m_row.append(field.sliced(from, quote + 1 - from)); // the quote itself, then its double
        m_row.append(u'"');
        from = quote + 1;
    }
    m_row.append(field.sliced(from));
    m_row.append(u'"');
}

void CsvWriter::write(QByteArrayView bytes)
{
    if (m_device->write(bytes.data(), bytes.size()) == bytes.size())
        return;
    const QString reason = m_device->errorString();
    m_error = tr("cannot write the file: %1").arg(reason);
}

} // namespace bilan
