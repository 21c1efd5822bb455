#include "DataExtent.h"

#include "SettingsRepository.h"
#include "SqlSupport.h"

namespace bilan {

Result<std::optional<int>> DataExtent::latestFiscalYear()
{
    SettingsRepository settings(m_db);
    std::optional<int> latest;
    const auto consider = [&latest](int year) { latest = latest ? std::max(*latest, year) : year; };
    for (const QString& statement : {QStringLiteral("SELECT MAX(entry_date) FROM service_entries"),
                                     QStringLiteral("SELECT MAX(meeting_date) FROM meetings")}) {
        auto last = sql::scalar(m_db, statement);
        if (!last)
            return last.error();
        if (last->isNull())
            continue;
        auto year = settings.fiscalYearContaining(sql::toDate(*last));
        if (!year)
            return year.error();
        consider(year->startYear());
    }
    auto finances = sql::scalar(
        m_db, QStringLiteral("SELECT MAX(fiscal_year) FROM finance_lines WHERE scenario = ?"),
        {QStringLiteral("actual")});
    if (!finances)
        return finances.error();
    if (!finances->isNull())
        consider(finances->toInt());
    return latest;
}

} // namespace bilan
