#pragma once

#include "Database.h"
#include "ReportTexts.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace bilan {

// The prose of each year's activity report, per language ("fr", "en").
class ReportTextRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ReportTextRepository)

public:
    explicit ReportTextRepository(Database& database) : m_db(database) {}

    // The year's texts in that language; empty texts when none were written yet.
    Result<ReportTexts> get(int fiscalYear, const QString& language);
    // Adds or replaces. The language must be "fr" or "en".
    Status save(const ReportTexts& texts);
    Status remove(int fiscalYear, const QString& language);
    // Ordered by year, then language.
    Result<QList<ReportTexts>> all();

private:
    Database& m_db;
};

} // namespace bilan
