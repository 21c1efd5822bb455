#include "DemoData.h"

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "DemoDataContext.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "MeetingRepository.h"
#include "OrganisationRepository.h"
#include "ReportTextRepository.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"
#include "SurveyRepository.h"

#include <QDir>

namespace bilan {

namespace demo {

int DemoContext::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        if (organisations.at(i).name == name)
            return static_cast<int>(i);
    }
    // Every name the parts ask for is written by addOrganisations: a miss is a bug of the demo.
    qFatal("demo: unknown organisation %s", qPrintable(name));
}

bool DemoContext::isMemberOn(int organisation, QDate day) const
{
    for (const PlannedMembership& period : memberships) {
        if (period.organisation == organisation && period.joined <= day &&
            (!period.left.isValid() || period.left > day))
            return true;
    }
    return false;
}

} // namespace demo

Result<bool> DemoData::isEmpty(Database& database)
{
    auto organisations = OrganisationRepository(database).count();
    if (!organisations)
        return organisations.error();
    auto experts = ExpertRepository(database).all();
    if (!experts)
        return experts.error();
    auto entries = ServiceEntryRepository(database).count({});
    if (!entries)
        return entries.error();
    auto directors = BoardRepository(database).directors();
    if (!directors)
        return directors.error();
    auto meetings = MeetingRepository(database).list(QDate(1900, 1, 1), QDate(2999, 12, 31));
    if (!meetings)
        return meetings.error();
    auto finances = FinanceRepository(database).all();
    if (!finances)
        return finances.error();
    auto surveys = SurveyRepository(database).all();
    if (!surveys)
        return surveys.error();
    auto activities = ActivityRepository(database).all();
    if (!activities)
        return activities.error();
    auto texts = ReportTextRepository(database).all();
    if (!texts)
        return texts.error();
    return *organisations == 0 && experts->isEmpty() && *entries == 0 && directors->isEmpty() &&
           meetings->isEmpty() && finances->isEmpty() && surveys->isEmpty() &&
           activities->isEmpty() && texts->isEmpty();
}

Status DemoData::create(Database& database)
{
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    auto empty = isEmpty(database);
    if (!empty)
        return empty.error();
    if (!*empty)
        return fail(tr("%1 already holds data; the demo is only written into an empty database")
                        .arg(QDir::toNativeSeparators(database.path())));

    SettingsRepository settings(database);
    // The demo's figures are computed over April-to-March years.
    if (auto month = settings.fiscalStartMonth(); !month)
        return month.error();
    else if (*month != FiscalYear::DefaultStartMonth)
        return fail(tr("the demo needs fiscal years starting in April; this database starts "
                       "them in another month"));
    if (auto named = settings.setValue(
            QString::fromLatin1(SettingsRepository::OrganisationNameKey),
            QStringLiteral("Consortium de ressources et d'expertises coopératives"));
        !named)
        return named;

    demo::DemoContext context(database);
    using Part = Status (*)(demo::DemoContext&);
    const Part parts[] = {demo::addOrganisations,    demo::addMemberships,
                          demo::addExperts,          demo::addHours,
                          demo::addBoardAndMeetings, demo::addFinancesAndSurveys,
                          demo::addActivities,       demo::addReportTexts};
    for (Part part : parts) {
        if (auto written = part(context); !written)
            return written;
    }
    return transaction.commit();
}

} // namespace bilan
