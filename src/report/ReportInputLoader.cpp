#include "ReportInputLoader.h"

#include "CooperativeSettings.h"
#include "FiguresCalculator.h"
#include "IntegrityCheck.h"
#include "ReportBackPage.h"
#include "ReportTextRepository.h"

namespace bilan {

Result<ReportInput> ReportInputLoader::load(Database& database, int startYear,
                                            ReportLanguage language)
{
    // A report is a document of record: printed from a damaged file it would hide the damage.
    if (auto readable = checkReadable(database); !readable)
        return readable.error();
    ReportInput input;
    input.language = language;
    FiguresCalculator calculator(database);
    ReadTransaction snapshot(database);
    if (!snapshot.begun())
        return snapshot.begun().error();
    auto figures = calculator.compute(startYear);
    if (!figures)
        return figures.error();
    input.figures = std::move(*figures);
    auto series = calculator.series(startYear);
    if (!series)
        return series.error();
    input.series = std::move(*series);
    auto texts = ReportTextRepository(database).get(startYear, input.languageKey());
    if (!texts)
        return texts.error();
    input.texts = std::move(*texts);
    // An empty name: the report uses its generic title, in the report's language.
    auto cooperative = CooperativeSettings(database).load();
    if (!cooperative)
        return cooperative.error();
    input.organisationName = cooperative->name;
    input.contactLines = ReportBackPage::contactLines(*cooperative);
    input.generalManager = cooperative->generalManager.trimmed();
    input.generalManagerTitle = cooperative->generalManagerTitle.trimmed();
    return input;
}

Result<ReportInputLoader::WithPreviousYear>
ReportInputLoader::loadWithPreviousYear(Database& database, int startYear, ReportLanguage language)
{
    ReadTransaction snapshot(database);
    if (!snapshot.begun())
        return snapshot.begun().error();
    auto input = load(database, startYear, language);
    if (!input)
        return input.error();
    auto previous = FiguresCalculator(database).compute(startYear - 1);
    if (!previous)
        return previous.error();
    return WithPreviousYear{std::move(*input), std::move(*previous)};
}

} // namespace bilan
