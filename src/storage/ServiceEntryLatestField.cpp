// What the hours page proposes for the field once an organisation is chosen: kept apart from
// ServiceEntryRepository.cpp, which holds the writes and the filtered lists.

#include "ServiceEntryRepository.h"

#include "SqlSupport.h"

namespace bilan {

Result<QString> ServiceEntryRepository::latestField(qint64 organisationId)
{
    // The index on (organisation_id, entry_date) leads straight to the row, the id (the rowid)
    // ordering the entries of one day.
    auto field = sql::scalar(
        m_db,
        QStringLiteral("SELECT COALESCE(f.name, '') FROM service_entries e "
                       "LEFT JOIN fields f ON f.id = e.field_id WHERE e.organisation_id = ? "
                       "ORDER BY e.entry_date DESC, e.id DESC LIMIT 1"),
        {organisationId});
    if (!field)
        return field.error();
    return field->toString();
}

} // namespace bilan
