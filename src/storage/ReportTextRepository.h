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
    // Adds or replaces. The language must be "fr" or "en". Texts read by get() are refused when
    // another desk wrote them since (ReportTexts::loaded, RowVersion).
    Status save(const ReportTexts& texts);
    // Refused when another desk changed the texts since `loaded` (invalid: not checked).
    Status remove(int fiscalYear, const QString& language, const QDateTime& loaded = {});
    // Ordered by year, then language.
    Result<QList<ReportTexts>> all();

private:
    Database& m_db;
};

} // namespace bilan
