#include "SurveyRepository.h"

#include "RowVersion.h"
#include "SettingsRepository.h"
#include "SqlSupport.h"
#include "Validation.h"

namespace bilan {

namespace {

const QString Columns =
    QStringLiteral("id, fiscal_year, respondents, recommend, created_at, updated_at");

Survey surveyFrom(const QSqlQuery& query)
{
    Survey survey;
    survey.id = query.value(0).toLongLong();
    survey.fiscalYear = query.value(1).toInt();
    survey.respondents = query.value(2).toInt();
    survey.recommend = query.value(3).toInt();
    survey.createdAt = sql::toTimestamp(query.value(4));
    survey.updatedAt = sql::toTimestamp(query.value(5));
    return survey;
}

// The year as users write it ("2019-2020"), under the cooperative's fiscal start month.
Result<QString> yearName(Database& db, int fiscalYear)
{
    auto year = SettingsRepository(db).fiscalYear(fiscalYear);
    if (!year)
        return year.error();
    return year->name();
}

// A closed year's survey is what its report printed: it no longer changes.
Status refuseClosedYear(Database& db, int fiscalYear)
{
    return SettingsRepository(db).refuseIfClosed(fiscalYear, QStringLiteral("year"),
                                                 Validation::ClosedRecords::Survey);
}

} // namespace

Result<qint64> SurveyRepository::add(const Survey& survey)
{
    if (auto valid = Validation::survey(survey); !valid)
        return valid.error();
    // The closed-year check and the insert see the same state of closed_years.
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto open = refuseClosedYear(m_db, survey.fiscalYear); !open)
            return open.error();
        auto existing = forYear(survey.fiscalYear);
        if (!existing)
            return existing.error();
        if (*existing) {
            auto name = yearName(m_db, survey.fiscalYear);
            if (!name)
                return name.error();
            return fail(tr("the survey of %1 is already recorded (%2 respondents)")
                            .arg(*name)
                            .arg((*existing)->respondents),
                        QStringLiteral("year"));
        }
        const QString now = m_db.timestamp();
        return sql::insert(m_db,
                           QStringLiteral("INSERT INTO surveys (fiscal_year, respondents, "
                                          "recommend, created_at, updated_at, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                           {survey.fiscalYear, survey.respondents, survey.recommend, now, now,
                            RowVersion::author(m_db)});
    });
}

Status SurveyRepository::save(const Survey& survey)
{
    if (auto valid = Validation::survey(survey); !valid)
        return valid;
    const QString key = QStringLiteral("fiscal_year = ?");
    return sql::inTransaction(m_db, [&]() -> Status {
        auto existing = forYear(survey.fiscalYear);
        if (!existing)
            return existing.error();
        // Checked first: a survey changed, or shown and then removed, at another desk is shown
        // again rather than judged (and not written back).
        if (auto current = RowVersion::check(m_db, QStringLiteral("surveys"), key,
                                             {survey.fiscalYear}, survey.updatedAt);
            !current)
            return current;
        if (auto open = refuseClosedYear(m_db, survey.fiscalYear); !open)
            return open;
        if (!*existing) {
            if (auto added = add(survey); !added)
                return added.error();
            return {};
        }
        return RowVersion::update(
            m_db, QStringLiteral("surveys"), QStringLiteral("respondents = ?, recommend = ?"),
            {survey.respondents, survey.recommend}, key, {survey.fiscalYear}, survey.updatedAt);
    });
}

Status SurveyRepository::remove(int fiscalYear, const QDateTime& loaded)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto current =
                RowVersion::check(m_db, QStringLiteral("surveys"),
                                  QStringLiteral("fiscal_year = ?"), {fiscalYear}, loaded);
            !current)
            return current;
        if (auto open = refuseClosedYear(m_db, fiscalYear); !open)
            return open;
        auto removed = sql::run(m_db, QStringLiteral("DELETE FROM surveys WHERE fiscal_year = ?"),
                                {fiscalYear});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0) {
            auto name = yearName(m_db, fiscalYear);
            if (!name)
                return name.error();
            return fail(tr("no survey is recorded for %1").arg(*name));
        }
        return {};
    });
}

Result<std::optional<Survey>> SurveyRepository::forYear(int fiscalYear)
{
    return sql::optionalOne(
        m_db,
        sql::run(m_db, QStringLiteral("SELECT %1 FROM surveys WHERE fiscal_year = ?").arg(Columns),
                 {fiscalYear}),
        surveyFrom);
}

Result<QList<Survey>> SurveyRepository::all()
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM surveys ORDER BY fiscal_year").arg(Columns));
    if (!query)
        return query.error();
    return sql::rows(m_db, *query, surveyFrom);
}

} // namespace bilan
