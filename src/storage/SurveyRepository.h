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
    // Adds, or replaces the year's survey.
    Status save(const Survey& survey);
    Status remove(int fiscalYear);
    Result<std::optional<Survey>> forYear(int fiscalYear);
    // Ordered by year.
    Result<QList<Survey>> all();

private:
    Database& m_db;
};

} // namespace bilan
