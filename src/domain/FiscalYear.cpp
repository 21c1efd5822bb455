#include "FiscalYear.h"

#include <QRegularExpression>

namespace bilan {

FiscalYear::FiscalYear(int startYear, int startMonth)
    : m_startYear(startYear), m_startMonth(startMonth >= 1 && startMonth <= 12 ? startMonth : 4)
{}

FiscalYear FiscalYear::containing(QDate date, int startMonth)
{
    if (!date.isValid())
        return {};
    const int year = date.month() >= startMonth ? date.year() : date.year() - 1;
    return FiscalYear(year, startMonth);
}

Status FiscalYear::checkStartYear(int startYear, const QString& field)
{
    if (startYear >= FirstStartYear && startYear <= LastStartYear)
        return {};
    // The range is in the message: "out of range" alone leaves the user guessing which years
    // would do.
    return fail(tr("%1 is out of range for a fiscal year (fiscal years go from %2 to %3)")
                    .arg(startYear)
                    .arg(FirstStartYear)
                    .arg(LastStartYear),
                field);
}

Result<FiscalYear> FiscalYear::parse(QStringView text, int startMonth)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})(?:\\s*-\\s*(\\d{4}))?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return fail(
            tr("\"%1\" is not a fiscal year; write it as 2019-2020 or 2019").arg(text.toString()));
    const int first = match.captured(1).toInt();
    if (auto inRange = checkStartYear(first); !inRange)
        return inRange.error();
    if (match.hasCaptured(2)) {
        const int second = match.captured(2).toInt();
        if (startMonth == 1)
            return fail(tr("fiscal years start in January here, so they are named by one year, "
                           "like %1")
                            .arg(first));
        if (second != first + 1)
            return fail(tr("\"%1\" is not a fiscal year: the second year must follow the first, "
                           "as in %2-%3")
                            .arg(text.toString())
                            .arg(first)
                            .arg(first + 1));
    }
    return FiscalYear(first, startMonth);
}

QDate FiscalYear::firstDay() const
{
    return isValid() ? QDate(m_startYear, m_startMonth, 1) : QDate();
}

QDate FiscalYear::lastDay() const
{
    return isValid() ? firstDay().addYears(1).addDays(-1) : QDate();
}

bool FiscalYear::contains(QDate date) const
{
    return isValid() && date >= firstDay() && date <= lastDay();
}

QString FiscalYear::name() const
{
    if (!isValid())
        return {};
    if (m_startMonth == 1)
        return QString::number(m_startYear);
    return QStringLiteral("%1-%2").arg(m_startYear).arg(m_startYear + 1);
}

} // namespace bilan
