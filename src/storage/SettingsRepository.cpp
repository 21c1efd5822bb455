#include "SettingsRepository.h"

#include "SqlSupport.h"
#include "Validation.h"

namespace bilan {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    auto stored = sql::optionalOne(
        m_db, sql::run(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}),
        [](QSqlQuery& row) { return row.value(0).toString(); });
    if (!stored)
        return stored.error();
    return stored->value_or(fallback);
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    // The cooperative's name and address lines are printed in reports and messages.
    if (auto valid = Validation::multiLineText(value, key); !valid)
        return valid;
    const QString now = m_db.timestamp();
    return sql::updateElseInsert(
        m_db, QStringLiteral("UPDATE settings SET value = ?, updated_at = ? WHERE key = ?"),
        {value, now, key},
        QStringLiteral("INSERT INTO settings (key, value, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?)"),
        {key, value, now, now});
}

Result<int> SettingsRepository::fiscalStartMonth()
{
    auto stored = value(QString::fromLatin1(FiscalStartMonthKey));
    if (!stored)
        return stored.error();
    bool ok = false;
    const int month = stored->toInt(&ok);
    return ok && month >= 1 && month <= 12 ? month : FiscalYear::DefaultStartMonth;
}

Status SettingsRepository::setFiscalStartMonth(int month)
{
    if (month < 1 || month > 12)
        return fail(tr("%1 is not a month (1 to 12)").arg(month));
    // No year may be closed between the check and the change.
    return sql::inTransaction(m_db, [&]() -> Status {
        auto closed = closedYears();
        if (!closed)
            return closed.error();
        auto current = fiscalStartMonth();
        if (!current)
            return current.error();
        if (!closed->isEmpty() && *current != month)
            return fail(tr("the fiscal year's first month cannot change while fiscal years are "
                           "closed; reopen them first"));
        if (auto stored =
                setValue(QString::fromLatin1(FiscalStartMonthKey), QString::number(month));
            !stored)
            return stored;
        return {};
    });
}

Result<FiscalYear> SettingsRepository::fiscalYearContaining(QDate day)
{
    auto month = fiscalStartMonth();
    if (!month)
        return month.error();
    return FiscalYear::containing(day, *month);
}

Result<FiscalYear> SettingsRepository::fiscalYear(int startYear)
{
    auto month = fiscalStartMonth();
    if (!month)
        return month.error();
    return FiscalYear(startYear, *month);
}

Status SettingsRepository::closeYear(const FiscalYear& year)
{
    if (!year.isValid())
        return fail(tr("no fiscal year was given"));
    return sql::inTransaction(m_db, [&]() -> Status {
        auto month = fiscalStartMonth();
        if (!month)
            return month.error();
        if (year.startMonth() != *month)
            return fail(tr("fiscal years here start in month %1, not %2")
                            .arg(*month)
                            .arg(year.startMonth()));
        auto closed = isClosed(year.startYear());
        if (!closed)
            return closed.error();
        if (*closed)
            return fail(tr("the fiscal year %1 is already closed").arg(year.name()));
        const QString now = m_db.timestamp();
        auto inserted = sql::run(
            m_db,
            QStringLiteral("INSERT INTO closed_years (fiscal_year, first_day, "
                           "last_day, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {year.startYear(), sql::date(year.firstDay()), sql::date(year.lastDay()), now, now});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Status SettingsRepository::reopenYear(int startYear)
{
    auto removed = sql::run(m_db, QStringLiteral("DELETE FROM closed_years WHERE fiscal_year = ?"),
                            {startYear});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0) {
        auto year = fiscalYear(startYear);
        return fail(tr("the fiscal year %1 is not closed")
                        .arg(year ? year->name() : QString::number(startYear)));
    }
    return {};
}

Result<QList<FiscalYear>> SettingsRepository::closedYears()
{
    auto query = sql::run(m_db, QStringLiteral("SELECT fiscal_year, first_day FROM closed_years "
                                               "ORDER BY fiscal_year"));
    if (!query)
        return query.error();
    QList<FiscalYear> years;
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) {
        years << FiscalYear(row.value(0).toInt(), sql::toDate(row.value(1)).month());
    });
    if (!read)
        return read.error();
    return years;
}

Result<bool> SettingsRepository::isClosed(int startYear)
{
    auto query = sql::run(m_db, QStringLiteral("SELECT 1 FROM closed_years WHERE fiscal_year = ?"),
                          {startYear});
    if (!query)
        return query.error();
    return sql::next(m_db, *query);
}

Result<std::optional<FiscalYear>> SettingsRepository::closedYearContaining(QDate day)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT fiscal_year, first_day FROM closed_years "
                                         "WHERE first_day <= ? AND last_day >= ?"),
                          {sql::date(day), sql::date(day)});
    return sql::optionalOne(m_db, std::move(query), [](QSqlQuery& row) {
        return FiscalYear(row.value(0).toInt(), sql::toDate(row.value(1)).month());
    });
}

Status SettingsRepository::refuseIfClosed(int startYear, const QString& field,
                                          Validation::ClosedRecords records)
{
    auto closed = isClosed(startYear);
    if (!closed)
        return closed.error();
    if (!*closed)
        return {};
    auto year = fiscalYear(startYear);
    if (!year)
        return year.error();
    return Validation::closedYear(*year, field, records);
}

Status SettingsRepository::refuseIfClosedOn(QDate day, const QString& field,
                                            Validation::ClosedRecords records)
{
    auto closed = closedYearContaining(day);
    if (!closed)
        return closed.error();
    if (*closed)
        return Validation::closedYear(**closed, field, records);
    return {};
}

} // namespace bilan
