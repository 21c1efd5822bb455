#include "MemberDetail.h"

#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"

namespace bilan {

Result<MemberDetail> MemberDetailLoader::load(qint64 organisationId)
{
    OrganisationRepository organisations(m_db);
    auto organisation = organisations.get(organisationId);
    if (!organisation)
        return organisation.error();
    MemberDetail detail;
    detail.organisation = std::move(organisation.value());

    if (detail.organisation.networkId) {
        auto network = organisations.get(*detail.organisation.networkId);
        if (!network)
            return network.error();
        detail.network = std::move(network.value());
    }
    if (detail.organisation.kind == OrganisationKind::Network) {
        auto members = organisations.networkMembers(organisationId);
        if (!members)
            return members.error();
        detail.members = std::move(members.value());
    }

    auto year = SettingsRepository(m_db).fiscalYearContaining(m_clock.today());
    if (!year)
        return year.error();
    detail.thisYear = year.value();
    detail.lastYear = detail.thisYear.previous();

    ServiceEntryRepository entries(m_db);
    ServiceEntryRepository::Filter filter;
    filter.organisationId = organisationId;
    for (auto [fiscalYear, minutes] : {std::pair{&detail.thisYear, &detail.minutesThisYear},
                                       std::pair{&detail.lastYear, &detail.minutesLastYear}}) {
        filter.from = fiscalYear->firstDay();
        filter.to = fiscalYear->lastDay();
        auto total = entries.totalMinutes(filter);
        if (!total)
            return total.error();
        *minutes = total.value();
    }
    return detail;
}

} // namespace bilan
