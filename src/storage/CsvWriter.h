#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace bilan {

// Writes RFC 4180 CSV in UTF-8 that CsvReader and common spreadsheets read back unchanged.
// A field is quoted only when it has to be: it contains the delimiter, a quote, CR or LF, or
// starts or ends with whitespace (which readers and importers tend to trim). A row made of one
// empty field is written as "" so that it does not read back as a skipped blank line; an empty
// list writes exactly such a blank line. Rows end with CRLF, as RFC 4180 and Excel expect.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::CsvWriter)

public:
    // The device must already be open for writing; the writer does not own it. The byte-order
    // mark, written at once, is what makes Excel on Windows read the file as UTF-8.
    explicit CsvWriter(QIODevice* device, QChar delimiter = u',', bool writeBom = true);

    // Marks the columns holding free text (CsvFormat::textColumns): a value there that a
    // spreadsheet would run as a formula is written guarded and quoted (CsvFormulaGuard).
    void setTextColumns(const QList<bool>& textColumns) { m_textColumns = textColumns; }

    // Does nothing once a write has failed.
    void writeRow(const QStringList& fields);

    bool ok() const { return m_error.isEmpty(); }
    // The first device write error.
    QString error() const { return m_error; }

private:
    bool needsQuotes(QStringView field) const;
    void appendQuoted(QStringView field);
    void write(QByteArrayView bytes);

    QIODevice* m_device;
    QChar m_delimiter;
    QList<bool> m_textColumns;
    QString m_row; // reused so that writing a row does not allocate once warmed up
    QString m_error;
};

} // namespace bilan
