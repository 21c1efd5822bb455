#include "WeekGridModel.h"

#include "EntryCommands.h"
#include "OrganisationRepository.h"
#include "Parsing.h"
#include "SettingsRepository.h"
#include "Validation.h"

#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace bilan {

WeekGridModel::WeekGridModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database), m_repository(database)
{
    const QDate today = database.clock().today();
    m_monday = today.addDays(1 - today.dayOfWeek());
    resetWeek();
}

void WeekGridModel::setUndoStack(QUndoStack* stack, EntryCommandContext* context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_stack = stack && context ? stack : nullptr;
    m_context = m_stack ? context : nullptr;
    if (m_context)
        connect(m_context, &EntryCommandContext::entriesChanged, this, &WeekGridModel::reload);
}

void WeekGridModel::setExpert(qint64 expertId)
{
    if (expertId == m_expertId)
        return;
    m_expertId = expertId;
    resetWeek();
}

void WeekGridModel::setWeek(QDate day)
{
    if (!day.isValid())
        return;
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (monday == m_monday)
        return;
    m_monday = monday;
    resetWeek();
}

void WeekGridModel::resetWeek()
{
    beginResetModel();
    m_rows.clear();
    if (readNames() && readClosedDays()) {
        QList<Row> rows;
        if (readRows({}, rows))
            m_rows = std::move(rows);
    }
    endResetModel();
    emit totalsChanged();
}

void WeekGridModel::reload()
{
    QList<qint64> kept;
    for (const Row& row : std::as_const(m_rows))
        kept.append(row.organisationId);
    QList<Row> rows;
    if (!readClosedDays() || !readRows(kept, rows))
        return;
    // The rows shown stay where they are (the cursor of a view stays on its cell); new
    // organisations come in under them, above the totals.
    const int oldCount = static_cast<int>(m_rows.size());
    if (rows.size() > oldCount) {
        beginInsertRows({}, oldCount, static_cast<int>(rows.size()) - 1);
        for (int i = oldCount; i < rows.size(); ++i)
            m_rows.append(rows.at(i));
        endInsertRows();
    }
    for (int i = 0; i < oldCount; ++i)
        m_rows[i] = rows.at(i);
    emit dataChanged(index(0, 0), index(totalRow(), TotalColumn));
    emit totalsChanged();
}

bool WeekGridModel::readNames()
{
    auto organisations = OrganisationRepository(m_db).all();
    if (!organisations) {
        report(organisations.error());
        return false;
    }
    m_names.clear();
    for (const Organisation& organisation : *organisations)
        m_names.insert(organisation.id, organisation.name);
    return true;
}

bool WeekGridModel::readClosedDays()
{
    m_closed.fill(std::nullopt);
    // A week touches at most two fiscal years: asking for its first and last day is enough.
    SettingsRepository settings(m_db);
    for (const QDate day : {m_monday, m_monday.addDays(DayCount - 1)}) {
        auto closed = settings.closedYearContaining(day);
        if (!closed) {
            report(closed.error());
            return false;
        }
        if (!*closed)
            continue;
        for (int d = 0; d < DayCount; ++d) {
            if ((*closed)->contains(dayDate(d)))
                m_closed[d] = **closed;
        }
    }
    return true;
}

bool WeekGridModel::readRows(const QList<qint64>& kept, QList<Row>& rows)
{
    rows.clear();
    for (qint64 id : kept)
        rows.append(Row{id, m_names.value(id), {}});
    if (m_expertId == 0)
        return true;
    ServiceEntryRepository::Filter filter;
    filter.from = m_monday;
    filter.to = m_monday.addDays(DayCount - 1);
    filter.expertId = m_expertId;
    // One expert's week: a few dozen entries at most, read whole.
    auto entries = m_repository.list(filter);
    if (!entries) {
        report(entries.error());
        return false;
    }
    QList<Row> added;
    for (const ServiceEntry& entry : *entries) {
        auto sameOrganisation = [&](const Row& r) {
            return r.organisationId == entry.organisationId;
        };
        auto it = std::find_if(rows.begin(), rows.end(), sameOrganisation);
        Row* row = it != rows.end() ? &*it : nullptr;
        if (!row) {
            auto other = std::find_if(added.begin(), added.end(), sameOrganisation);
            if (other == added.end()) {
                if (!m_names.contains(entry.organisationId) && !readNames())
                    return false;
                added.append(Row{entry.organisationId, m_names.value(entry.organisationId), {}});
                other = added.end() - 1;
            }
            row = &*other;
        }
        row->days[m_monday.daysTo(entry.date)].append(entry);
    }
    std::sort(added.begin(), added.end(), [](const Row& a, const Row& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    rows.append(added);
    return true;
}

int WeekGridModel::addOrganisation(qint64 organisationId)
{
    if (const int row = rowOf(organisationId); row >= 0)
        return row;
    if (!m_names.contains(organisationId)) {
        auto organisation = OrganisationRepository(m_db).get(organisationId);
        if (!organisation) {
            report(organisation.error());
            return -1;
        }
        m_names.insert(organisationId, organisation->name);
    }
    const int row = totalRow();
    beginInsertRows({}, row, row);
    m_rows.append(Row{organisationId, m_names.value(organisationId), {}});
    endInsertRows();
    return row;
}

int WeekGridModel::rowOf(qint64 organisationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).organisationId == organisationId)
            return row;
    }
    return -1;
}

qint64 WeekGridModel::organisationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).organisationId : 0;
}

int WeekGridModel::cellMinutes(int row, int day) const
{
    if (row < 0 || row >= m_rows.size() || day < 0 || day >= DayCount)
        return 0;
    int minutes = 0;
    for (const ServiceEntry& entry : m_rows.at(row).days.at(day))
        minutes += entry.minutes;
    return minutes;
}

int WeekGridModel::organisationTotalMinutes(int row) const
{
    int minutes = 0;
    for (int day = 0; day < DayCount; ++day)
        minutes += cellMinutes(row, day);
    return minutes;
}

int WeekGridModel::dayTotalMinutes(int day) const
{
    int minutes = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        minutes += cellMinutes(row, day);
    return minutes;
}

int WeekGridModel::weekTotalMinutes() const
{
    int minutes = 0;
    for (int day = 0; day < DayCount; ++day)
        minutes += dayTotalMinutes(day);
    return minutes;
}

std::optional<FiscalYear> WeekGridModel::closedYear(int day) const
{
    return day >= 0 && day < DayCount ? m_closed.at(day) : std::nullopt;
}

int WeekGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : totalRow() + 1;
}

int WeekGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : DayCount + 1;
}

QString WeekGridModel::displayedMinutes(int minutes, bool blankWhenZero) const
{
    return minutes == 0 && blankWhenZero ? QString() : Parsing::formatDuration(minutes);
}

QVariant WeekGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool isTotalRow = row == totalRow();
    const bool isDay = column < DayCount;
    int minutes = 0;
    if (isTotalRow)
        minutes = isDay ? dayTotalMinutes(column) : weekTotalMinutes();
    else
        minutes = isDay ? cellMinutes(row, column) : organisationTotalMinutes(row);
    const int entryCount =
        isTotalRow || !isDay ? 0 : static_cast<int>(m_rows.at(row).days.at(column).size());

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        // Empty cells stay blank so the filled ones stand out; totals always show a figure.
        return displayedMinutes(minutes, !isTotalRow && isDay);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (isDay && m_closed.at(column))
            return tr("The fiscal year %1 is closed: its hours can no longer change")
                .arg(m_closed.at(column)->name());
        if (entryCount > 1)
            return tr("%n entries: change them in the list of entries", nullptr, entryCount);
        return {};
    case OrganisationIdRole:
        return isTotalRow ? QVariant() : QVariant(m_rows.at(row).organisationId);
    case MinutesRole:
        return minutes;
    case DateRole:
        return isDay ? QVariant(dayDate(column)) : QVariant();
    case EntryCountRole:
        return entryCount;
    case ClosedRole:
        return isDay && m_closed.at(column).has_value();
    default:
        return {};
    }
}

QVariant WeekGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Long names are elided in the narrow header: the tooltip gives them whole.
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical && section >= 0 &&
        section < totalRow())
        return m_rows.at(section).name;
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section == TotalColumn)
            return tr("Total");
        if (section < 0 || section > TotalColumn)
            return {};
        const QDate day = dayDate(section);
        return QStringLiteral("%1 %2").arg(
            QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat),
            QLocale().toString(day, tr("d MMM", "day and month in a header")));
    }
    if (section == totalRow())
        return tr("Total");
    return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).name) : QVariant();
}

Qt::ItemFlags WeekGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const bool cell = index.row() < totalRow() && index.column() < DayCount;
    if (cell && m_expertId != 0 && !m_db.isReadOnly() && !m_closed.at(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool WeekGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= totalRow() || index.column() >= DayCount || m_expertId == 0)
        return false;
    const int day = index.column();
    if (const auto closed = m_closed.at(day)) {
        report(Validation::closedYear(*closed, QStringLiteral("duration")));
        return false;
    }
    const QString text = value.toString().trimmed();
    int minutes = 0;
    if (!text.isEmpty()) {
        auto parsed = Parsing::duration(text);
        if (!parsed) {
            report(relabel(parsed.error(), QStringLiteral("duration")));
            return false;
        }
        minutes = *parsed;
    }
    const Row& row = m_rows.at(index.row());
    const QList<ServiceEntry>& entries = row.days.at(day);
    if (entries.size() > 1) {
        report(fail(tr("%1 entries make up this cell: change them one by one in the list of "
                       "entries")
                        .arg(entries.size()),
                    QStringLiteral("duration")));
        return false;
    }
    if (auto written = write(row, day, minutes); !written) {
        report(written.error());
        return false;
    }
    m_lastError.clear();
    // With an undo stack the context's signal has already brought the week up to date.
    if (!m_context)
        reload();
    return true;
}

Status WeekGridModel::write(const Row& row, int day, int minutes)
{
    const QList<ServiceEntry>& entries = row.days.at(day);
    const std::optional<ServiceEntry> single =
        entries.isEmpty() ? std::nullopt : std::optional(entries.first());
    if (single && single->minutes == minutes)
        return {};
    // Zero, like an empty cell, means no time that day: there is no entry of zero minutes.
    if (minutes == 0 && !single)
        return {};

    ServiceEntry changed;
    if (single) {
        changed = *single;
        changed.minutes = minutes;
    } else {
        changed.date = dayDate(day);
        changed.expertId = m_expertId;
        changed.organisationId = row.organisationId;
        changed.minutes = minutes;
        // The field the expert used for this organisation elsewhere in the week, if any.
        for (const auto& other : row.days) {
            if (!other.isEmpty() && changed.field.isEmpty())
                changed.field = other.first().field;
        }
        if (changed.field.isEmpty() && m_fieldFor)
            changed.field = m_fieldFor(row.organisationId);
    }

    if (m_stack) {
        QUndoCommand* command = nullptr;
        if (minutes == 0)
            command = new DeleteEntryCommand(*m_context, single->id, single->updatedAt);
        else if (single)
            command = new EditEntryCommand(*m_context, changed);
        else
            command = new AddEntryCommand(*m_context, changed);
        // A command whose first run fails is obsolete and the stack deletes it: its outcome
        // is read from the context, never from the command.
        m_stack->push(command);
        const Error& error = m_context->lastError();
        if (!error.message.isEmpty())
            return error;
        return {};
    }
    if (minutes == 0)
        return m_repository.remove(single->id, single->updatedAt);
    if (single)
        return m_repository.update(changed);
    if (auto added = m_repository.add(changed); !added)
        return added.error();
    return {};
}

void WeekGridModel::report(const Error& error)
{
    m_lastError = error.message;
    emit errorOccurred(error.message, error.field);
}

} // namespace bilan
