#include "CsvFormulaGuard.h"

#include <QChar>

namespace bilan {

namespace {

// What starts a formula in Excel, LibreOffice Calc or Google Sheets. The full-width forms are
// taken as formulas by Excel with an East Asian input method.
bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\uFF1D': // ＝
    case u'\uFF0B': // ＋
    case u'\uFF0D': // －
    case u'\uFF20': // ＠
        return true;
    default:
        return false;
    }
}

bool needsGuard(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (startsFormula(first) || first == u'\t' || first == u'\r')
        return true;
    if (!first.isSpace())
        return false;
    // Spaces before a formula: some spreadsheets skip them.
    for (const QChar c : text) {
        if (!c.isSpace())
            return startsFormula(c);
    }
    return false;
}

QStringView afterQuotes(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return text.sliced(i);
}

} // namespace

bool CsvFormulaGuard::looksLikeFormula(QStringView text)
{
    return needsGuard(afterQuotes(text));
}

QString CsvFormulaGuard::protect(const QString& text)
{
    return looksLikeFormula(text) ? u'\'' + text : text;
}

void CsvFormulaGuard::unprotect(QString& cell)
{
    if (cell.startsWith(u'\'') && looksLikeFormula(cell))
        cell.remove(0, 1);
}

} // namespace bilan
