// The entries with their names, for the Hours list's export: kept apart from
// ServiceEntryRepository.cpp, which holds the writes and the filtered lists.

#include "ServiceEntryRepository.h"

#include "ExpertRepository.h"
#include "OrganisationRepository.h"

#include <QHash>

namespace bilan {

Status ServiceEntryRepository::forEachNamed(const Filter& filter, const NamedVisit& visit)
{
    ReadTransaction snapshot(m_db);
    if (!snapshot.begun())
        return snapshot.begun();
    auto experts = ExpertRepository(m_db).all();
    if (!experts)
        return experts.error();
    auto organisations = OrganisationRepository(m_db).all();
    if (!organisations)
        return organisations.error();
    QHash<qint64, QString> expertNames;
    for (const Expert& expert : *experts)
        expertNames.insert(expert.id, expert.name);
    QHash<qint64, QString> organisationNames;
    for (const Organisation& organisation : *organisations)
        organisationNames.insert(organisation.id, organisation.name);
    return forEach(filter, [&](const ServiceEntry& entry) {
        visit(entry, expertNames.value(entry.expertId),
              organisationNames.value(entry.organisationId));
    });
}

} // namespace bilan
