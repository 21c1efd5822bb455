#include "FinanceRepository.h"

#include "Parsing.h"
#include "RowVersion.h"
#include "SettingsRepository.h"
#include "SqlSupport.h"
#include "Validation.h"

#include <algorithm>
#include <tuple>

namespace bilan {

namespace {

const QString Columns =
    QStringLiteral("id, fiscal_year, scenario, kind, label, amount_cents, created_at, updated_at");

Result<FinanceLine> lineFrom(const QSqlQuery& query)
{
    const auto scenario = fromKey<Scenario>(query.value(2).toString());
    const auto kind = fromKey<FinanceKind>(query.value(3).toString());
    // The schema's CHECK constraints keep both columns to known keys; a file edited by hand
    // could still hold anything, and must not be read as some other kind.
    if (!scenario || !kind)
        return fail(FinanceRepository::tr("finance line %1 holds an unknown scenario or kind "
                                          "(\"%2\", \"%3\")")
                        .arg(query.value(0).toLongLong())
                        .arg(query.value(2).toString(), query.value(3).toString()));
    FinanceLine line;
    line.id = query.value(0).toLongLong();
    line.fiscalYear = query.value(1).toInt();
    line.scenario = *scenario;
    line.kind = *kind;
    line.label = query.value(4).toString();
    line.amountCents = query.value(5).toLongLong();
    line.createdAt = sql::toTimestamp(query.value(6));
    line.updatedAt = sql::toTimestamp(query.value(7));
    return line;
}

Result<QList<FinanceLine>> linesFrom(Database& db, QSqlQuery& query)
{
    auto read = sql::rows(db, query, lineFrom);
    if (!read)
        return read.error();
    QList<FinanceLine> lines = std::move(read).value();
    // Enum order (revenues before expenses), which the keys' alphabetical order is not.
    std::stable_sort(lines.begin(), lines.end(), [](const FinanceLine& a, const FinanceLine& b) {
        return std::tie(a.fiscalYear, a.scenario, a.kind) <
               std::tie(b.fiscalYear, b.scenario, b.kind);
    });
    return lines;
}

// (year, scenario, kind, label) is unique; checked first so the message can name all four.
Status checkUnique(Database& db, const FinanceLine& line)
{
    auto query = sql::run(
        db,
        QStringLiteral("SELECT id FROM finance_lines WHERE fiscal_year = ? "
                       "AND scenario = ? AND kind = ? AND label = ? AND id <> ?"),
        {line.fiscalYear, toKey(line.scenario), toKey(line.kind), sql::text(line.label), line.id});
    if (!query)
        return query.error();
    auto found = sql::next(db, *query);
    if (!found)
        return found.error();
    if (!*found)
        return {};
    auto year = SettingsRepository(db).fiscalYear(line.fiscalYear);
    if (!year)
        return year.error();
    const QString yearName = year->name();
    if (line.label.isEmpty())
        return fail(FinanceRepository::tr("there is already a line for %1, %2, %3 without a label")
                        .arg(yearName, toKey(line.scenario), toKey(line.kind)),
                    QStringLiteral("label"));
    return fail(FinanceRepository::tr("there is already a line for %1, %2, %3 labelled \"%4\"")
                    .arg(yearName, toKey(line.scenario), toKey(line.kind), line.label),
                QStringLiteral("label"));
}

// The year and scenario's total with this line stays within FinanceLine::MaxTotalCents, so that
// no figure's sum can overflow (SQLite's SUM fails with "integer overflow").
Status checkTotal(Database& db, const FinanceLine& line)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) "
                                         "FROM finance_lines WHERE fiscal_year = ? "
                                         "AND scenario = ? AND id <> ?"),
                          {line.fiscalYear, toKey(line.scenario), line.id});
    if (!query)
        return query.error();
    auto sum = sql::scalar(db, *query);
    if (!sum)
        return sum.error();
    const qint64 others = sum->toLongLong();
    const Status within =
        Validation::financeTotal(QString(), line.scenario, others, line.amountCents);
    if (within)
        return within;
    auto year = SettingsRepository(db).fiscalYear(line.fiscalYear);
    if (!year)
        return year.error();
    return Validation::financeTotal(year->name(), line.scenario, others, line.amountCents);
}

} // namespace

Status FinanceRepository::checkOpen(int fiscalYear)
{
    return SettingsRepository(m_db).refuseIfClosed(fiscalYear, QStringLiteral("year"));
}

Result<qint64> FinanceRepository::add(const FinanceLine& line)
{
    if (auto valid = Validation::financeLine(line); !valid)
        return valid.error();
    FinanceLine clean = line;
    clean.label = Parsing::cleanName(line.label);

    // The closed-year check and the insert must see the same state of closed_years.
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto open = checkOpen(clean.fiscalYear); !open)
            return open.error();
        if (auto unique = checkUnique(m_db, clean); !unique)
            return unique.error();
        if (auto bounded = checkTotal(m_db, clean); !bounded)
            return bounded.error();
        const QString now = m_db.timestamp();
        return sql::insert(m_db,
                           QStringLiteral("INSERT INTO finance_lines (fiscal_year, scenario, "
                                          "kind, label, amount_cents, created_at, updated_at, "
                                          "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {clean.fiscalYear, toKey(clean.scenario), toKey(clean.kind),
                            sql::text(clean.label), clean.amountCents, now, now,
                            RowVersion::author(m_db)});
    });
}

Status FinanceRepository::update(const FinanceLine& line)
{
    if (auto valid = Validation::financeLine(line); !valid)
        return valid;
    FinanceLine clean = line;
    clean.label = Parsing::cleanName(line.label);

    return sql::inTransaction(m_db, [&]() -> Status {
        auto old = get(line.id);
        if (!old)
            return old.error();
        if (auto current =
                RowVersion::check(m_db, QStringLiteral("finance_lines"), line.id, line.updatedAt);
            !current)
            return current;
        // Moving a line out of a closed year would change that year as much as editing it.
        if (auto open = checkOpen(old->fiscalYear); !open)
            return open;
        if (clean.fiscalYear != old->fiscalYear) {
            if (auto open = checkOpen(clean.fiscalYear); !open)
                return open;
        }
        if (auto unique = checkUnique(m_db, clean); !unique)
            return unique;
        if (auto bounded = checkTotal(m_db, clean); !bounded)
            return bounded;
        return RowVersion::update(
            m_db, QStringLiteral("finance_lines"),
            QStringLiteral("fiscal_year = ?, scenario = ?, kind = ?, label = ?, amount_cents = ?"),
            {clean.fiscalYear, toKey(clean.scenario), toKey(clean.kind), sql::text(clean.label),
             clean.amountCents},
            clean.id, line.updatedAt);
    });
}

Status FinanceRepository::remove(qint64 id, const QDateTime& loaded)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto old = get(id);
        if (!old)
            return old.error();
        if (auto current = RowVersion::check(m_db, QStringLiteral("finance_lines"), id, loaded);
            !current)
            return current;
        if (auto open = checkOpen(old->fiscalYear); !open)
            return open;
        return sql::removeRow(m_db, QStringLiteral("finance_lines"), id,
                              tr("no finance line with id %1").arg(id));
    });
}

Result<FinanceLine> FinanceRepository::get(qint64 id)
{
    return sql::one(
        m_db,
        sql::run(m_db, QStringLiteral("SELECT %1 FROM finance_lines WHERE id = ?").arg(Columns),
                 {id}),
        lineFrom, tr("no finance line with id %1").arg(id));
}

Result<QList<FinanceLine>> FinanceRepository::forYear(int fiscalYear)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT %1 FROM finance_lines WHERE fiscal_year = ? "
                                         "ORDER BY label, id")
                              .arg(Columns),
                          {fiscalYear});
    if (!query)
        return query.error();
    return linesFrom(m_db, *query);
}

Result<QList<FinanceLine>> FinanceRepository::all()
{
    auto query = sql::run(
        m_db, QStringLiteral("SELECT %1 FROM finance_lines ORDER BY label, id").arg(Columns));
    if (!query)
        return query.error();
    return linesFrom(m_db, *query);
}

Result<QMap<FinanceKind, qint64>> FinanceRepository::totals(int fiscalYear, Scenario scenario)
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT kind, SUM(amount_cents) FROM finance_lines "
                                         "WHERE fiscal_year = ? AND scenario = ? GROUP BY kind"),
                          {fiscalYear, toKey(scenario)});
    if (!query)
        return query.error();
    QMap<FinanceKind, qint64> totals;
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) -> Status {
        const auto kind = fromKey<FinanceKind>(row.value(0).toString());
        if (!kind)
            return fail(tr("the finance lines of %1 hold an unknown kind \"%2\"")
                            .arg(fiscalYear)
                            .arg(row.value(0).toString()));
        totals.insert(*kind, row.value(1).toLongLong());
        return {};
    });
    if (!read)
        return read.error();
    return totals;
}

} // namespace bilan
