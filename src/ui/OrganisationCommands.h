#pragma once

#include "Database.h"
#include "OrganisationMerge.h"
#include "Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace bilan {

// A merge of two organisations on the window's undo stack. It is pushed once the merge went
// through (its first redo does nothing); undo puts every row back (OrganisationMerge::undo),
// redo merges again. `report` is told the outcome of each undo or redo, so that the page reads
// its lists again and shows a refusal.
class MergeOrganisationsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MergeOrganisationsCommand)

public:
    using Report = std::function<void(const Status&)>;

    MergeOrganisationsCommand(Database& database, OrganisationMerge::Done done,
                              const QString& keptName, Report report);

    void redo() override;
    void undo() override;
    // Whether the merge is in the database now.
    bool isMerged() const { return m_merged; }

private:
    Database& m_db;
    OrganisationMerge::Done m_done;
    Report m_report;
    bool m_merged = true;
    bool m_firstRedo = true;
};

} // namespace bilan
