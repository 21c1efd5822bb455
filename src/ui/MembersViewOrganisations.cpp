#include "MembersView.h"

#include "ui_MembersView.h"

#include "MessageBox.h"
#include "OrganisationCommands.h"
#include "OrganisationEditor.h"
#include "OrganisationMergeDialog.h"
#include "OrganisationRepository.h"
#include "OrganisationTableModel.h"

#include <QPointer>
#include <QShortcut>
#include <QUndoStack>

namespace bilan {

// The organisations themselves: New (Insert), Edit (F2, Enter), Delete (Delete) and Merge.
void MembersView::setUpOrganisationActions()
{
    QTableView* list = m_ui->organisationsView;
    const std::pair<QKeySequence, void (MembersView::*)()> keys[] = {
        {QKeySequence(Qt::Key_Insert), &MembersView::newOrganisation},
        {QKeySequence(Qt::Key_F2), &MembersView::editOrganisation},
        {QKeySequence::Delete, &MembersView::askDeleteOrganisation},
    };
    for (const auto& [key, action] : keys) {
        auto* shortcut = new QShortcut(key, list);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }
    connect(list, &QAbstractItemView::activated, this, &MembersView::editOrganisation);
    connect(m_ui->newButton, &QPushButton::clicked, this, &MembersView::newOrganisation);
    connect(m_ui->editButton, &QPushButton::clicked, this, &MembersView::editOrganisation);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &MembersView::askDeleteOrganisation);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &MembersView::mergeOrganisation);
    connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersView::updateOrganisationButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &MembersView::updateOrganisationButtons);
    updateOrganisationButtons();
}

QList<QWidget*> MembersView::organisationButtons() const
{
    return {m_ui->newButton, m_ui->editButton, m_ui->deleteButton, m_ui->mergeButton};
}

void MembersView::updateOrganisationButtons()
{
    const bool chosen = selectedOrganisationId() != 0;
    for (QWidget* button : {m_ui->editButton, m_ui->deleteButton, m_ui->mergeButton})
        button->setEnabled(chosen);
}

void MembersView::askDeleteOrganisation()
{
    (void)deleteOrganisation();
}

void MembersView::setUndoStack(QUndoStack* stack)
{
    m_undoStack = stack;
}

Organisation MembersView::selectedOrganisation() const
{
    const QModelIndex current = m_ui->organisationsView->selectionModel()->currentIndex();
    return current.isValid() ? m_model->organisationAt(current.row()) : Organisation();
}

void MembersView::prepareEditor(OrganisationEditor& editor, qint64 editedId) const
{
    QList<Organisation> networks;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Organisation organisation = m_model->organisationAt(row);
        if (organisation.kind == OrganisationKind::Network && organisation.id != editedId)
            networks << organisation;
    }
    editor.setChoices(m_model->regions(), networks);
}

void MembersView::newOrganisation()
{
    if (m_readOnly)
        return;
    // The list may be narrowed: the networks offered are all of them.
    const QString search = m_ui->searchEdit->text();
    m_ui->searchEdit->clear();
    OrganisationEditor editor(this);
    prepareEditor(editor, 0);
    m_ui->searchEdit->setText(search);
    Organisation fresh;
    fresh.kind = OrganisationKind::Coop;
    editor.setOrganisation(fresh);
    editor.setSave(
        [this](const Organisation& organisation) { return saveOrganisation(organisation); });
    editor.exec();
}

void MembersView::editOrganisation()
{
    const Organisation shown = selectedOrganisation();
    if (m_readOnly || shown.id == 0)
        return;
    OrganisationEditor editor(this);
    prepareEditor(editor, shown.id);
    editor.setOrganisation(shown);
    editor.setSave(
        [this](const Organisation& organisation) { return saveOrganisation(organisation); });
    editor.exec();
}

Status MembersView::saveOrganisation(const Organisation& organisation)
{
    if (m_readOnly)
        return fail(tr("Your login may not change organisations."));
    OrganisationRepository organisations(m_db);
    qint64 id = organisation.id;
    Status saved;
    if (id == 0) {
        auto added = organisations.add(organisation);
        if (added)
            id = *added;
        else
            saved = added.error();
    } else {
        saved = organisations.update(organisation);
    }
    if (!saved) {
        // Another desk changed it: the list shows the stored values (the form keeps the typed
        // ones with the message).
        if (saved.error().changedElsewhere)
            (void)reload();
        return saved;
    }
    // A new name must show even when the search would hide it.
    if (auto reloaded = reload(); !reloaded)
        return reloaded;
    if (!selectOrganisation(id)) {
        m_ui->searchEdit->clear();
        selectOrganisation(id);
    }
    return {};
}

Status MembersView::deleteOrganisation()
{
    const Organisation shown = selectedOrganisation();
    if (m_readOnly || shown.id == 0)
        return {};
    OrganisationRepository organisations(m_db);
    auto references = organisations.references(shown.id);
    if (!references) {
        showError(references.message(), {});
        return references.error();
    }
    // Only a deletion that can go through is asked about; otherwise the reason is shown.
    if (references->total() == 0 &&
        MessageBox::question(this, tr("Delete organisation"),
                             tr("Delete \"%1\"? Nothing refers to it.").arg(shown.name),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return {};
    if (auto removed = organisations.remove(shown.id, shown.updatedAt); !removed) {
        showError(references->total() > 0
                      ? tr("%1. Merge it into the organisation it duplicates, if it is one.")
                            .arg(removed.message())
                      : removed.message(),
                  {});
        if (removed.error().changedElsewhere)
            (void)reload();
        return removed;
    }
    return reload();
}

void MembersView::mergeOrganisation()
{
    const Organisation duplicate = selectedOrganisation();
    if (m_readOnly || duplicate.id == 0)
        return;
    auto all = OrganisationRepository(m_db).all();
    if (!all) {
        showError(all.message(), {});
        return;
    }
    OrganisationMergeDialog dialog(this);
    dialog.setOrganisations(duplicate, *all);
    dialog.setMerge([this, duplicate](const Organisation& kept) {
        return mergeOrganisations(kept, duplicate);
    });
    dialog.exec();
}

Status MembersView::mergeOrganisations(const Organisation& kept, const Organisation& duplicate)
{
    if (m_readOnly)
        return fail(tr("Your login may not change organisations."));
    auto done = OrganisationMerge(m_db).merge(kept, duplicate);
    if (!done) {
        if (done.error().changedElsewhere)
            (void)reload();
        return done.error();
    }
    if (m_undoStack) {
        QPointer<MembersView> view(this);
        m_undoStack->push(
            new MergeOrganisationsCommand(m_db, *done, kept.name, [view](const Status& status) {
                if (!view)
                    return;
                (void)view->reload();
                if (!status)
                    view->showError(status.message(), {});
            }));
    }
    (void)reload();
    selectOrganisation(kept.id);
    return {};
}

} // namespace bilan
