// CsvFormulaGuard: every text survives protect() then unprotect(), and no protected text
// starts a spreadsheet formula (issue 9, finding 5).

#include "CsvFormulaGuard.h"

#include <QStringList>

#include <gtest/gtest.h>

using bilan::CsvFormulaGuard;

namespace {

const QStringList Tricky{
    QStringLiteral("-Coop"),   QStringLiteral("'=x"),  QStringLiteral("''"),
    QStringLiteral("=1+1"),    QStringLiteral("+33"),  QStringLiteral("@SUM(A1)"),
    QStringLiteral("\tx"),     QStringLiteral("\rx"),  QStringLiteral("-"),
    QStringLiteral("'"),       QStringLiteral(""),     QStringLiteral("Coop"),
    QStringLiteral("'Coop"),   QStringLiteral("''-x"), QStringLiteral(" =1"),
    QStringLiteral("\n=1"),    QStringLiteral("   "),  QStringLiteral("'\t"),
    QStringLiteral("\uFF1D1"), QStringLiteral("'''@"), QStringLiteral("=cmd|' /C calc'!A0"),
    QStringLiteral("1-2"),     QStringLiteral("x=1"),  QStringLiteral("\t"),
};

bool startsFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    const QString trimmed = text.trimmed();
    return QStringLiteral("=+-@\t\r\uFF1D").contains(c) ||
           (!trimmed.isEmpty() && QStringLiteral("=+-@").contains(trimmed.front()));
}

TEST(CsvFormulaGuard, EveryTextRoundTrips)
{
    // Every text, and every text with quotes and a trigger in front of it.
    QStringList all = Tricky;
    for (const QString& text : Tricky) {
        for (const QString& prefix :
             {QStringLiteral("'"), QStringLiteral("''"), QStringLiteral("="), QStringLiteral("'-")})
            all << prefix + text;
    }
    for (const QString& text : all) {
        const QString written = CsvFormulaGuard::protect(text);
        QString read = written;
        CsvFormulaGuard::unprotect(read);
        EXPECT_EQ(read.toStdString(), text.toStdString());
        EXPECT_FALSE(startsFormula(written)) << written.toStdString();
    }
}

TEST(CsvFormulaGuard, GuardsOnlyWhatASpreadsheetWouldRun)
{
    EXPECT_EQ(CsvFormulaGuard::protect(QStringLiteral("-Coop")), QStringLiteral("'-Coop"));
    EXPECT_EQ(CsvFormulaGuard::protect(QStringLiteral("'=x")), QStringLiteral("''=x"));
    EXPECT_EQ(CsvFormulaGuard::protect(QStringLiteral("''")), QStringLiteral("''"));
    EXPECT_EQ(CsvFormulaGuard::protect(QStringLiteral("'t Hooft")), QStringLiteral("'t Hooft"));
    EXPECT_EQ(CsvFormulaGuard::protect(QStringLiteral("Coop")), QStringLiteral("Coop"));
    EXPECT_EQ(CsvFormulaGuard::protect(QStringLiteral("1-2")), QStringLiteral("1-2"));
    QString handMade = QStringLiteral("'=SUM(A1)");
    CsvFormulaGuard::unprotect(handMade);
    EXPECT_EQ(handMade, QStringLiteral("=SUM(A1)"));
}

} // namespace
