#pragma once

#include "Database.h"
#include "Expert.h"
#include "OrganisationMatcher.h"

#include <QDate>
#include <QObject>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace bilan {

class EntryCommandContext;
class HoursEntryDelegate;
class OrganisationMatchModel;
class ServiceEntryTableModel;

// The list part of the hours screen: its filters (period, expert or all, organisation or all),
// the total of what is shown, editing in the cells and Delete, each change an entry command on
// the undo stack. The widgets belong to the view's form; this only wires them.
class HoursEntryList : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QTableView* table = nullptr;
        QDateEdit* from = nullptr;
        QDateEdit* to = nullptr;
        QComboBox* expert = nullptr;
        QLineEdit* organisation = nullptr;
        QLabel* total = nullptr;
    };

    HoursEntryList(Database& database, QUndoStack* stack, EntryCommandContext* context,
                   const Widgets& widgets, QDate monday, QObject* parent = nullptr);

    ServiceEntryTableModel* model() const { return m_model; }
    // Reads the experts and organisations the filters and editors offer, keeping the choices.
    void reloadLists(const QList<Expert>& experts, const QList<Organisation>& organisations);
    // The list shows this expert's entries (what the quick-entry row chose); "all" stays all.
    void followExpert(qint64 expertId);
    // The list shows the week starting on `monday`; the dates stay free to widen afterwards.
    void showWeek(QDate monday);
    // The expert the list is filtered on, 0 for all.
    qint64 expertFilter() const;
    void applyFilter();
    void deleteSelected();
    // No editing in the cells and no Delete (a login that reads the hours only).
    void setReadOnly(bool readOnly);

signals:
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateTotal();

    QUndoStack* m_stack;
    EntryCommandContext* m_context;
    Widgets m_widgets;
    ServiceEntryTableModel* m_model;
    HoursEntryDelegate* m_delegate;
    OrganisationMatchModel* m_matchModel;
    OrganisationMatcher m_matcher;
    qint64 m_followed = 0;
    bool m_readOnly = false;
};

} // namespace bilan
