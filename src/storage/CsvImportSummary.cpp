// How an import describes the form of the file it read and the rows it left out
// (CsvImporter.h).

#include "CsvImporter.h"

#include <QLocale>

namespace bilan {

QString CsvImporter::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return tr("comma");
    case u';':
        return tr("semicolon");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("vertical bar");
    default:
        return QStringLiteral("\"%1\"").arg(delimiter);
    }
}

QString CsvImporter::describeFormat(const ImportResult& result)
{
    if (result.encoding.isEmpty())
        return {};
    return tr("Encoding: %1; delimiter: %2").arg(result.encoding, delimiterName(result.delimiter));
}

QString CsvImporter::describeSkipped(const ImportResult& result)
{
    if (result.skippedRows <= 0)
        return {};
    return result.skippedRows == 1 ? tr("1 entry rounding to 0 minutes left out")
                                   : tr("%1 entries rounding to 0 minutes left out")
                                         .arg(QLocale().toString(result.skippedRows));
}

} // namespace bilan
