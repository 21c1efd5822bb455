#include "DemoData.h"

#include "ChangeLog.h"
#include "CooperativeSettings.h"

#include "DemoDataContext.h"
#include "RecordCounts.h"
#include "SettingsRepository.h"

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

Status DemoData::create(Database& database)
{
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    auto empty = RecordCounts(database).isEmpty();
    if (!empty)
        return empty.error();
    if (!*empty)
        return fail(tr("%1 already holds data; the demo is only written into an empty database")
                        .arg(QDir::toNativeSeparators(database.path())));
    // The history of a fresh demo says it was made as one event, not a row at a time.
    ChangeEvent event(database, ChangeOperation::Import, QStringLiteral("service_entries"));
    if (!event.begun())
        return event.begun();

    SettingsRepository settings(database);
    // The demo's figures are computed over April-to-March years.
    if (auto month = settings.fiscalStartMonth(); !month)
        return month.error();
    else if (*month != FiscalYear::DefaultStartMonth)
        return fail(tr("the demo needs fiscal years starting in April; this database starts "
                       "them in another month"));
    // The seed report's cover names the cooperative and its back page gives its telephone
    // lines; the demo has no street address to print.
    Cooperative cooperative;
    cooperative.name = QStringLiteral("Consortium de ressources et d'expertises coopératives");
    cooperative.phone = QStringLiteral("418 622-1001 · 1 855 837-9142");
    // The seed's director signs its word; the title is left to the report's language.
    cooperative.generalManager = QStringLiteral("J. Benoit Caron");
    if (auto named = CooperativeSettings(database).save(cooperative); !named)
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
    auto last = event.largestId();
    if (!last)
        return last.error();
    QJsonObject detail{{QStringLiteral("kind"), QStringLiteral("demo")},
                       {QStringLiteral("file"), QString()},
                       {QStringLiteral("rows"), *last - event.idBefore()}};
    if (*last > event.idBefore()) {
        detail.insert(QStringLiteral("first_id"), event.idBefore() + 1);
        detail.insert(QStringLiteral("last_id"), *last);
    }
    if (auto recorded = event.record(detail); !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace bilan
