#include "HoursEntryList.h"

#include "ReadOnlyPage.h"

#include "EntryCommands.h"
#include "HistoryDialog.h"
#include "HoursEntryDelegate.h"
#include "OrganisationMatchModel.h"
#include "Parsing.h"
#include "ServiceEntryRepository.h"
#include "ServiceEntryTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

namespace bilan {

HoursEntryList::HoursEntryList(Database& database, QUndoStack* stack, EntryCommandContext* context,
                               const Widgets& widgets, QDate monday, QObject* parent)
    : QObject(parent), m_stack(stack), m_context(context), m_widgets(widgets)
{
    ServiceEntryRepository::Filter thisWeek;
    thisWeek.from = monday;
    thisWeek.to = monday.addDays(6);
    m_model = new ServiceEntryTableModel(database, thisWeek, this);
    m_model->setUndoStack(stack, context);
    m_delegate = new HoursEntryDelegate(this);
    m_matchModel = new OrganisationMatchModel(this);

    m_widgets.from->setDate(thisWeek.from);
    m_widgets.to->setDate(thisWeek.to);
    QTableView* table = m_widgets.table;
    table->setModel(m_model);
    addHistoryAction(table, database,
                     historyRowById(table, QStringLiteral("service_entries"),
                                    ServiceEntryTableModel::IdRole, ServiceEntryTableModel::Date));
    table->setItemDelegate(m_delegate);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    // Whole rows are selected for Delete; a cell is still the current one for editing.
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The rows are fetched lazily, so the widths come from the headers (never the contents,
    // which would read every row): each title whole, the names wider, the note to the edge.
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(true);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int wide = column == ServiceEntryTableModel::Organisation ? 3
                         : column == ServiceEntryTableModel::Expert     ? 2
                                                                        : 1;
        header->resizeSection(column, std::max(header->sectionSizeHint(column) + 16,
                                               wide * header->defaultSectionSize()));
    }
    table->installEventFilter(this);

    completeOrganisations(m_widgets.organisation, m_matchModel);
    connect(m_widgets.organisation, &QLineEdit::textChanged, this, &HoursEntryList::applyFilter);
    connect(m_widgets.from, &QDateEdit::dateChanged, this, &HoursEntryList::applyFilter);
    connect(m_widgets.to, &QDateEdit::dateChanged, this, &HoursEntryList::applyFilter);
    connect(m_widgets.expert, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &HoursEntryList::applyFilter);
    connect(m_model, &ServiceEntryTableModel::totalsChanged, this, &HoursEntryList::updateTotal);
    connect(m_model, &ServiceEntryTableModel::errorOccurred, this,
            [this](const QString& message) { emit errorOccurred(message); });
    // Without a stack the model is read-only and does not follow the commands itself.
    if (!stack && context)
        connect(context, &EntryCommandContext::entriesChanged, m_model,
                &ServiceEntryTableModel::reload);
}

void HoursEntryList::reloadLists(const QList<Expert>& experts,
                                 const QList<Organisation>& organisations)
{
    const qint64 chosen = expertFilter();
    {
        const QSignalBlocker blocker(m_widgets.expert);
        m_widgets.expert->clear();
        m_widgets.expert->addItem(tr("All experts"), qint64(0));
        for (const Expert& expert : experts)
            m_widgets.expert->addItem(expert.name, expert.id);
        m_widgets.expert->setCurrentIndex(std::max(0, m_widgets.expert->findData(chosen)));
    }
    m_delegate->setExperts(experts);
    m_delegate->setOrganisations(organisations);
    m_matchModel->setOrganisations(organisations);
    m_matcher.setOrganisations(organisations);
    applyFilter();
}

void HoursEntryList::followExpert(qint64 expertId)
{
    // The list follows the quick entry's expert unless the user chose another filter there.
    if (expertFilter() == m_followed || m_followed == 0) {
        const QSignalBlocker blocker(m_widgets.expert);
        m_widgets.expert->setCurrentIndex(std::max(0, m_widgets.expert->findData(expertId)));
    }
    m_followed = expertId;
    applyFilter();
}

qint64 HoursEntryList::expertFilter() const
{
    return m_widgets.expert->currentData().toLongLong();
}

void HoursEntryList::showWeek(QDate monday)
{
    {
        const QSignalBlocker blockFrom(m_widgets.from);
        const QSignalBlocker blockTo(m_widgets.to);
        m_widgets.from->setDate(monday);
        m_widgets.to->setDate(monday.addDays(6));
    }
    applyFilter();
}

void HoursEntryList::applyFilter()
{
    ServiceEntryRepository::Filter filter;
    filter.from = m_widgets.from->date();
    filter.to = m_widgets.to->date();
    if (const qint64 expert = expertFilter(); expert != 0)
        filter.expertId = expert;
    // Letters that match several names show them all: a filter, not a choice.
    // Punctuation alone filters nothing out, as an empty field does.
    const QString typed = m_widgets.organisation->text();
    const OrganisationChoice choice = OrganisationMatcher::words(typed).isEmpty()
                                          ? OrganisationChoice{}
                                          : m_matcher.resolve(typed);
    if (choice.found())
        filter.organisationId = choice.organisation.id;
    else if (choice.outcome == OrganisationChoice::Outcome::NoMatch)
        filter.organisationId = -1;
    m_model->setFilter(filter);
    updateTotal();
}

void HoursEntryList::updateTotal()
{
    m_widgets.total->setText(
        tr("Total shown: %1 h (entries: %2)")
            .arg(Parsing::formatDuration(static_cast<int>(m_model->totalMinutes())))
            .arg(m_model->matchingCount()));
}

void HoursEntryList::deleteSelected()
{
    const QModelIndex current = m_widgets.table->currentIndex();
    if (!current.isValid() || !m_context || m_readOnly)
        return;
    const auto entry = m_model->entryAt(current.row());
    if (!entry)
        return;
    auto* command = new DeleteEntryCommand(*m_context, entry->id, entry->updatedAt);
    if (m_stack) {
        m_stack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

void HoursEntryList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    ReadOnlyPage::lockTable(m_widgets.table, readOnly,
                            QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
}

bool HoursEntryList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widgets.table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        deleteSelected();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bilan
