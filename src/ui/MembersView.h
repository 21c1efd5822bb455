#pragma once

#include "Clock.h"
#include "Database.h"
#include "Membership.h"
#include "Organisation.h"
#include "Result.h"

#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class MembersView;
}

namespace bilan {

class ListExport;
class MembershipPeriodEditor;
class OrganisationEditor;
class MembershipPeriodModel;
class OrganisationTableModel;
struct MemberDetail;

// The membership page: every organisation, narrowed by kind, region, category on a chosen day
// and words of its name, with a count line and, beside the list, the selected organisation's
// membership periods, its network or its member organisations, and its hours this fiscal year
// and last. The periods are edited in place: join, leave, rejoin, correct, remove; after each
// change the list is read again so its categories and counts follow.
class MembersView : public QWidget
{
    Q_OBJECT

public:
    // `clock` gives today (the default "member on" day, a join's or leave's default date and
    // the current fiscal year); it must outlive the view.
    MembersView(Database& database, const Clock& clock, QWidget* parent = nullptr);
    ~MembersView() override;

    OrganisationTableModel* model() const { return m_model; }
    // The organisations list's export (right-click, File ▸ Export): the rows shown.
    ListExport* listExport() const { return m_export; }
    MembershipPeriodModel* periodModel() const { return m_periods; }
    MembershipPeriodEditor* periodEditor() const;
    // Reads everything again, keeping the filters and the selection when it is still shown.
    bilan::Status reload();
    // Selects the organisation's row (false when it is filtered out).
    bool selectOrganisation(qint64 organisationId);
    // Selects the organisation's row, clearing the filters first when they hide it (another
    // page asking for its detail, such as the Engagement page); false when it does not exist.
    bool showOrganisation(qint64 organisationId);
    // 0 when nothing is selected.
    qint64 selectedOrganisationId() const;
    // The row of the current period in periodModel(); -1 when none.
    int currentPeriodRow() const;
    void selectPeriodRow(int row);
    QString countText() const;
    // The error shown above the list; empty when the last action went well.
    QString errorText() const;

    // The period actions of the buttons, opening the editor with its defaults: a join or a
    // rejoin today in the organisation's last category, a leave today, a correction or a
    // removal of the current period. Each does nothing when the action is not possible.
    void startJoin();
    void startLeave();
    void startCorrect();
    void startRemove();
    // Writes what the editor holds (Enter); a refused write stays in the editor with the
    // message next to the field.
    bilan::Status confirmPeriod();
    // Closes the editor without writing (Escape).
    void cancelPeriod();
    // After a refusal because another desk changed or removed the period (RowVersion): the form
    // shows the stored period with the message.
    void showStoredPeriod(const Membership& period, const bilan::Error& error);

    // The organisations themselves (MembersViewOrganisations.cpp). New, Edit and Merge open
    // their dialog; Delete asks first when nothing refers to the organisation and otherwise
    // shows why it cannot go. The merge goes on `stack` (Edit ▸ Undo) when one is set.
    void setUndoStack(QUndoStack* stack);
    void newOrganisation();
    void editOrganisation();
    bilan::Status deleteOrganisation();
    void mergeOrganisation();
    // What the editor's Save and the merge dialog run: a new organisation (id 0) or a change,
    // then the list read again with it selected.
    bilan::Status saveOrganisation(const Organisation& organisation);
    bilan::Status mergeOrganisations(const Organisation& kept, const Organisation& duplicate);
    Organisation selectedOrganisation() const;

    // A login that may read the members but not change them (RoleLimits): no period actions,
    // and `reason` at the top of the page.
    void setReadOnly(bool readOnly, const QString& reason);
    // Another desk changed the database: reload(), unless a period is being edited.
    Q_INVOKABLE void reloadFromDatabase();

signals:
    void errorOccurred(const QString& message, const QString& field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The name column takes what the short columns, each kept within a share of the list's
    // width, leave (MembersViewColumns.cpp).
    void setUpColumns();
    void fitColumns();
    void setUpOrganisationActions();
    QList<QWidget*> organisationButtons() const;
    void updateOrganisationButtons();
    void askDeleteOrganisation();
    void prepareEditor(OrganisationEditor& editor, qint64 editedId) const;
    void fillFilters();
    void fillRegions();
    void applyFilters();
    void updateCount();
    void showDetail();
    void showMemberDetail(const MemberDetail& detail);
    void updatePeriodButtons();
    void afterPeriodWrite(qint64 membershipId);
    void showError(const QString& message, const QString& field);
    void clearError();

    Database& m_db;
    const Clock& m_clock;
    std::unique_ptr<Ui::MembersView> m_ui;
    OrganisationTableModel* m_model = nullptr;
    MembershipPeriodModel* m_periods = nullptr;
    ListExport* m_export = nullptr;
    // The organisation the detail shows, so that a reload of the same one keeps the editor.
    qint64 m_shownId = 0;
    bool m_readOnly = false;
    // Whether the user dragged the list's splitter; until then it keeps the list at two thirds.
    bool m_splitterMoved = false;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace bilan
