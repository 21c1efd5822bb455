#include "OrganisationCommands.h"

#include "OrganisationRepository.h"

namespace bilan {

MergeOrganisationsCommand::MergeOrganisationsCommand(Database& database,
                                                     OrganisationMerge::Done done,
                                                     const QString& keptName, Report report)
    : QUndoCommand(tr("Merge \"%1\" into \"%2\"").arg(done.removed.name, keptName)), m_db(database),
      m_done(std::move(done)), m_report(std::move(report))
{}

void MergeOrganisationsCommand::redo()
{
    // Pushed after the merge it records.
    if (std::exchange(m_firstRedo, false) || m_merged)
        return;
    OrganisationRepository organisations(m_db);
    Status status = [&]() -> Status {
        auto kept = organisations.get(m_done.keptId);
        if (!kept)
            return kept.error();
        auto removed = organisations.get(m_done.removed.id);
        if (!removed)
            return removed.error();
        auto merged = OrganisationMerge(m_db).merge(*kept, *removed);
        if (!merged)
            return merged.error();
        m_done = *merged;
        return {};
    }();
    m_merged = status.ok();
    if (m_report)
        m_report(status);
}

void MergeOrganisationsCommand::undo()
{
    if (!m_merged)
        return;
    Status status = OrganisationMerge(m_db).undo(m_done);
    m_merged = !status.ok();
    if (m_report)
        m_report(status);
}

} // namespace bilan
