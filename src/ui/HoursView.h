#pragma once

#include "Database.h"
#include "Expert.h"
#include "OrganisationMatcher.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QUndoCommand;
class QUndoStack;

namespace Ui {
class HoursView;
}

namespace bilan {

class Clock;
class EntryCommandContext;
class HoursEntryList;
class ListExport;
class NewOrganisationPrompt;
class OrganisationMatchModel;
class ServiceEntryTableModel;
class WeekGridModel;

// The hours screen: a quick-entry row typed at the desk without the mouse, the selected
// expert's week as a grid, and the list of entries of a period. Every change goes through
// entry commands on the undo stack, so Ctrl+Z undoes a save, a grid edit or a delete alike.
class HoursView : public QWidget
{
    Q_OBJECT

public:
    HoursView(Database& database, QUndoStack* undoStack, const Clock& clock,
              QWidget* parent = nullptr);
    ~HoursView() override;

    // Reads experts, organisations and fields again (after an import or an edit elsewhere).
    void reloadLists();
    // Another desk changed the database: the lists, the week and the entries are read again;
    // the quick-entry row keeps what is being typed.
    Q_INVOKABLE void reloadFromDatabase();
    // A login that may read the hours but not record them (RoleLimits): the week and the list
    // stay to read and choose from, the entry fields go, no cell is edited, and `reason` is
    // said at the top of the page.
    void setReadOnly(bool readOnly, const QString& reason);
    WeekGridModel* weekModel() const { return m_week; }
    ServiceEntryTableModel* entriesModel() const;
    HoursEntryList* entryList() const { return m_list; }
    // The entries list's export (right-click, File ▸ Export): what its filters match, typed.
    ListExport* listExport() const { return m_export; }
    // The expert chosen in the quick-entry row, 0 when there is none.
    qint64 currentExpertId() const;

    // Saves the quick-entry row; false (and the error shown next to its field) on a failure.
    // An organisation name that matches none opens newOrganisationPrompt().
    bool save();

    // Whether this login may add organisations (RoleLimits: the Members page); when not, the
    // prompt says who must. True unless set.
    void setMayAddOrganisations(bool may) { m_mayAddOrganisations = may; }
    bool mayAddOrganisations() const { return m_mayAddOrganisations; }
    NewOrganisationPrompt* newOrganisationPrompt() const { return m_newOrganisation; }
    // Adds the organisation the prompt offers, of the kind chosen there, then saves the row
    // with it; false (the reason in the prompt or next to a field) when either is refused.
    bool createOrganisation();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Lists edited elsewhere (experts, organisations) are read again when the page comes back.
    void showEvent(QShowEvent* event) override;

private:
    void setUpQuickEntry();
    void setUpWeek();
    void setUpNewOrganisationPrompt();
    void offerNewOrganisation(const OrganisationChoice& choice);
    // The expert the row starts on (LastExpertMemory): the last one used with this database if
    // sure and still active that day, else the first active one; 0 when unsure.
    qint64 defaultExpert(const QList<Expert>& experts) const;
    // The field last used with the organisation: this session's, else the latest entry's.
    QString lastFieldFor(qint64 organisationId);
    void expertChanged();
    void organisationChosen();
    void dateChanged();
    void updateWeekLabels();
    void listWeekShown();
    // Pushes on the stack, or runs it once when there is no stack.
    void run(QUndoCommand* command);
    void showMessage(const QString& message);
    void showError(const QString& message, const QString& field);
    void clearErrors();
    QLabel* errorLabel(const QString& field) const;
    QWidget* editorFor(const QString& field) const;

    std::unique_ptr<Ui::HoursView> m_ui;
    Database& m_db;
    QUndoStack* m_stack;
    const Clock& m_clock;
    EntryCommandContext* m_context;
    WeekGridModel* m_week;
    HoursEntryList* m_list;
    ListExport* m_export = nullptr;
    OrganisationMatchModel* m_matchModel;
    OrganisationMatcher m_matcher;
    // The field last used with each organisation during this session.
    QHash<qint64, QString> m_lastField;
    // A staff login records only its own expert's hours (RoleLimits).
    bool m_expertLocked = false;
    bool m_yearClosed = false;
    bool m_saving = false;
    bool m_shownOnce = false;
    NewOrganisationPrompt* m_newOrganisation = nullptr;
    bool m_mayAddOrganisations = true;
};

} // namespace bilan
