// How an import describes the form of the file it read (CsvImporter.h).

#include "CsvImporter.h"

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

} // namespace bilan
