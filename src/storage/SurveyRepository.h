#pragma once

#include "Database.h"
#include "Result.h"
#include "Survey.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bilan {

// One satisfaction survey per fiscal year.
class SurveyRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::SurveyRepository)

public:
    explicit SurveyRepository(Database& database) : m_db(database) {}

    // Refused when the year already has a survey. Errors name the column (year, respondents,
    // recommend).
    Result<qint64> add(const Survey& survey);
    // Adds, or replaces the year's survey; refused when another desk changed it since
    // `survey.updatedAt` (RowVersion; invalid: not checked).
    Status save(const Survey& survey);
    // Refused when another desk changed the survey since `loaded` (invalid: not checked).
    Status remove(int fiscalYear, const QDateTime& loaded = {});
    Result<std::optional<Survey>> forYear(int fiscalYear);
    // Ordered by year.
    Result<QList<Survey>> all();

private:
    Database& m_db;
};

} // namespace bilan
