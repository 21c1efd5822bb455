// The Hours page reading the database again when another desk changed it (ChangeWatcher).
#include "HoursView.h"

#include "HoursEntryList.h"
#include "ServiceEntryTableModel.h"
#include "WeekGridModel.h"
#include "ui_HoursView.h"

#include <QApplication>

namespace bilan {

void HoursView::reloadFromDatabase()
{
    // A cell being edited in the week or the list keeps its editor (a child of the table's
    // viewport): it is read again next time.
    const QWidget* focus = QApplication::focusWidget();
    if (focus && (m_ui->weekTable->viewport()->isAncestorOf(focus) ||
                  m_ui->entriesTable->viewport()->isAncestorOf(focus)))
        return;
    reloadLists();
    m_week->reload();
    if (ServiceEntryTableModel* entries = entriesModel())
        entries->reload();
    updateWeekLabels();
}

} // namespace bilan
