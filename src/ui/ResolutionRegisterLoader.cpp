#include "ResolutionRegisterLoader.h"

#include "EnumNames.h"
#include "MeetingRepository.h"
#include "SettingsRepository.h"

#include <QHash>

namespace bilan {

Result<ResolutionRegisterInput> ResolutionRegisterLoader::load(const FiscalYear& year)
{
    ResolutionRegisterInput input;
    input.fiscalYear = year.name();
    auto name = SettingsRepository(m_db).value(
        QString::fromLatin1(SettingsRepository::OrganisationNameKey));
    // The register prints without the organisation's name rather than not at all.
    if (name)
        input.organisationName = *name;

    MeetingRepository meetings(m_db);
    auto listed = meetings.list(year.firstDay(), year.lastDay());
    if (!listed)
        return listed.error();
    QHash<qint64, Meeting> byId;
    for (const Meeting& meeting : *listed)
        byId.insert(meeting.id, meeting);
    auto resolutions = meetings.resolutionsBetween(year.firstDay(), year.lastDay());
    if (!resolutions)
        return resolutions.error();
    for (const Resolution& resolution : *resolutions) {
        const Meeting meeting = byId.value(resolution.meetingId);
        input.rows << ResolutionRegisterRow{
            meeting.date,    displayName(meeting.kind),       resolution.number,
            resolution.text, displayName(resolution.outcome), resolution.votes};
    }
    return input;
}

} // namespace bilan
