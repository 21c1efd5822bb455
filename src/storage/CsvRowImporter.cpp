// What every kind's RowImporter shares: a row's values by column name, problems reported
// under their column, dates and fiscal years read, a thing given once per file.

#include "CsvRowImporter.h"
#include "SettingsRepository.h"
#include "Validation.h"

namespace bilan {

QString CsvRow::raw(const QString& column) const
{
    // A header has a handful of columns: comparing the names (lengths first) is several times
    // cheaper than hashing one, and a million-row import asks six times a row.
    int index = -1;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.key() == column) {
            index = it.value();
            break;
        }
    }
    if (index < 0 || index >= m_record.fields.size())
        return {};
    return m_record.fields.at(index);
}

void RowImporter::report(int line, const Error& error, const QString& column)
{
    if (error.storage) {
        if (!m_fatal)
            m_fatal = error;
        return;
    }
    const QString& field = error.field.isEmpty() ? column : error.field;
    if (!m_reportedCells.isEmpty() && m_reportedCells.contains(qMakePair(line, field)))
        return;
    m_result.problems << ImportProblem{line, field, error.message};
}

std::optional<QDate> RowImporter::date(const CsvRow& row, const QString& column)
{
    auto day = take(row, Parsing::date(row.value(column)), column);
    // Checked here too, so that a date only used to find something (an attendance row's
    // meeting) is refused for what it is, not as "no meeting on 9999-12-31".
    if (day && !accept(row, Validation::dateInRange(*day, column), column))
        return std::nullopt;
    return day;
}

std::optional<FiscalYear> RowImporter::fiscalYear(const CsvRow& row, const QString& column)
{
    if (!m_startMonth) {
        auto month = SettingsRepository(m_db).fiscalStartMonth();
        if (!month) {
            report(row, month.error(), column);
            return std::nullopt;
        }
        m_startMonth = *month;
    }
    return take(row, FiscalYear::parse(row.value(column), *m_startMonth), column);
}

std::optional<QDate> RowImporter::optionalDate(const CsvRow& row, const QString& column)
{
    if (row.value(column).isEmpty())
        return QDate();
    return date(row, column);
}

bool RowImporter::firstInFile(const CsvRow& row, const QString& key, const QString& what,
                              const QString& column)
{
    const auto first = m_firstLines.constFind(key);
    if (first == m_firstLines.constEnd()) {
        m_firstLines.insert(key, row.line());
        return true;
    }
    const int firstLine = *first;
    if (!m_reportedFirst.contains(firstLine)) {
        m_reportedFirst.insert(firstLine);
        report(firstLine,
               fail(tr("%1 is given again on line %2; keep only one of the rows")
                        .arg(what)
                        .arg(row.line())),
               column);
    }
    report(row,
           fail(tr("%1 was already given on line %2; keep only one of the rows")
                    .arg(what)
                    .arg(firstLine)),
           column);
    return false;
}

Error RowImporter::unknownChoice(const QString& text, const QStringList& choices)
{
    if (text.isEmpty())
        return fail(tr("a value is required: one of %1").arg(choices.join(QStringLiteral(", "))));
    return fail(tr("\"%1\" is not one of %2").arg(text, choices.join(QStringLiteral(", "))));
}

} // namespace bilan
