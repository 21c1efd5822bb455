#include "DataExtent.h"

#include "SettingsRepository.h"
#include "SqlSupport.h"

namespace bilan {

Result<std::optional<int>> DataExtent::extreme(End end)
{
    SettingsRepository settings(m_db);
    const QString function = end == Latest ? QStringLiteral("MAX") : QStringLiteral("MIN");
    std::optional<int> found;
    const auto consider = [&found, end](int year) {
        found = !found ? year : end == Latest ? std::max(*found, year) : std::min(*found, year);
    };
    for (const QString& statement :
         {QStringLiteral("SELECT %1(entry_date) FROM service_entries").arg(function),
          QStringLiteral("SELECT %1(meeting_date) FROM meetings").arg(function)}) {
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
    auto finances =
        sql::scalar(m_db,
                    QStringLiteral("SELECT %1(fiscal_year) FROM finance_lines WHERE scenario = ?")
                        .arg(function),
                    {QStringLiteral("actual")});
    if (!finances)
        return finances.error();
    if (!finances->isNull())
        consider(finances->toInt());
    return found;
}

} // namespace bilan
