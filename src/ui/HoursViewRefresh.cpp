// The Hours page reading the database again when another desk changed it (ChangeWatcher).
#include "HoursView.h"

#include "HoursEntryList.h"
#include "ReadOnlyPage.h"
#include "ServiceEntryRepository.h"
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

void HoursView::setReadOnly(bool readOnly, const QString& reason)
{
    ReadOnlyPage::showReason(this, readOnly ? reason : QString());
    // The date and the expert stay: they choose the week shown.
    ReadOnlyPage::hide({m_ui->organisationLabel, m_ui->organisationEdit, m_ui->durationLabel,
                        m_ui->durationEdit, m_ui->fieldLabel, m_ui->fieldCombo, m_ui->noteLabel,
                        m_ui->noteEdit},
                       readOnly);
    ReadOnlyPage::lockTable(m_ui->weekTable, readOnly, m_ui->weekTable->editTriggers());
    m_list->setReadOnly(readOnly);
}

QString HoursView::lastFieldFor(qint64 organisationId)
{
    // Saved in this session, else the latest entry's in the database.
    if (auto field = m_lastField.constFind(organisationId); field != m_lastField.cend())
        return *field;
    const auto latest = ServiceEntryRepository(m_db).latestField(organisationId);
    if (!latest || latest->isEmpty())
        return {};
    m_lastField.insert(organisationId, *latest);
    return *latest;
}

} // namespace bilan
