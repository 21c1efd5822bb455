#include "ServiceEntryTableModel.h"

#include "ChangeLog.h"
#include "ChangeText.h"
#include "EntryCommands.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "Parsing.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QUndoStack>

#include <algorithm>

namespace bilan {

namespace {

// The late flag beside an entry's date: a red ⚑.
QIcon lateIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        QFont font = painter.font();
        font.setPixelSize(14);
        painter.setFont(font);
        painter.setPen(QColor(0xc0, 0x1c, 0x28));
        painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("⚑"));
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace

ServiceEntryTableModel::ServiceEntryTableModel(Database& database, QObject* parent, int pageSize)
    : QAbstractTableModel(parent), m_repository(database), m_db(database),
      m_pageSize(std::max(1, pageSize))
{
    readAll(m_pageSize);
}

ServiceEntryTableModel::ServiceEntryTableModel(Database& database,
                                               const ServiceEntryRepository::Filter& filter,
                                               QObject* parent, int pageSize)
    : QAbstractTableModel(parent), m_repository(database), m_db(database), m_filter(filter),
      m_pageSize(std::max(1, pageSize))
{
    readAll(m_pageSize);
}

void ServiceEntryTableModel::setFilter(const ServiceEntryRepository::Filter& filter)
{
    m_filter = filter;
    beginResetModel();
    readAll(m_pageSize);
    endResetModel();
    emit totalsChanged();
}

void ServiceEntryTableModel::reload()
{
    // Keep the depth the view had reached so that its scroll position still means something.
    const int depth = std::max<int>(m_pageSize, static_cast<int>(m_entries.size()));
    beginResetModel();
    readAll(depth);
    endResetModel();
    emit totalsChanged();
}

void ServiceEntryTableModel::setUndoStack(QUndoStack* stack, EntryCommandContext* context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_stack = stack && context ? stack : nullptr;
    m_context = m_stack ? context : nullptr;
    if (m_context)
        connect(m_context, &EntryCommandContext::entriesChanged, this,
                &ServiceEntryTableModel::reload);
}

Qt::ItemFlags ServiceEntryTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_stack && !m_db.isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ServiceEntryTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_stack ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The change applies to the entry as it was shown: when another desk changed it since,
    // the repository refuses the save (RowVersion) and the list shows the stored version.
    auto stored = m_repository.get(m_entries.at(index.row()).id);
    if (!stored) {
        report(stored.error());
        return false;
    }
    const ServiceEntry& before = *stored;
    auto after = edited(before, index.column(), value);
    if (!after) {
        report(after.error());
        return false;
    }
    after->updatedAt = m_entries.at(index.row()).updatedAt;
    if (after->date == before.date && after->expertId == before.expertId &&
        after->organisationId == before.organisationId && after->minutes == before.minutes &&
        after->field == before.field && after->note == before.note)
        return true;
    // The repository checks the rest (closed year, 24 h a day); a command whose first run
    // fails is deleted by the stack, so its outcome is read from the context.
    m_stack->push(new EditEntryCommand(*m_context, *after));
    if (const Error& error = m_context->lastError(); !error.message.isEmpty()) {
        report(error);
        return false;
    }
    return true;
}

Result<ServiceEntry> ServiceEntryTableModel::edited(ServiceEntry entry, int column,
                                                    const QVariant& value) const
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case Date: {
        if (value.typeId() == QMetaType::QDate) {
            entry.date = value.toDate();
            break;
        }
        auto date = Parsing::date(text);
        if (!date)
            return fail(date.message(), QStringLiteral("date"));
        entry.date = *date;
        break;
    }
    case Expert: {
        bool isId = false;
        const qint64 id = value.toLongLong(&isId);
        if (isId && m_expertNames.contains(id)) {
            entry.expertId = id;
            break;
        }
        const QString key = Parsing::searchKey(text);
        const auto found =
            std::find_if(m_expertNames.cbegin(), m_expertNames.cend(),
                         [&key](const QString& name) { return Parsing::searchKey(name) == key; });
        if (found == m_expertNames.cend())
            return fail(tr("No expert is named \"%1\".").arg(text), QStringLiteral("expert"));
        entry.expertId = found.key();
        break;
    }
    case Organisation: {
        auto id = organisationFrom(value);
        if (!id)
            return id.error();
        entry.organisationId = *id;
        break;
    }
    case Duration: {
        auto minutes = Parsing::duration(text);
        if (!minutes)
            return fail(minutes.message(), QStringLiteral("duration"));
        entry.minutes = *minutes;
        break;
    }
    case Field:
        entry.field = text;
        break;
    case Note:
        entry.note = text;
        break;
    default:
        return fail(tr("This column cannot be changed."));
    }
    return entry;
}

Result<qint64> ServiceEntryTableModel::organisationFrom(const QVariant& value) const
{
    bool isId = false;
    if (const qint64 id = value.toLongLong(&isId); isId && m_organisationNames.contains(id))
        return id;
    const OrganisationChoice choice = m_matcher.resolve(value.toString());
    if (!choice.found())
        return fail(choice.message, QStringLiteral("organisation"));
    return choice.organisation.id;
}

void ServiceEntryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column != Date || order == m_order)
        return;
    // Every row changes, and the rows past the loaded pages are not known: a reset.
    m_order = order;
    reload();
}

bool ServiceEntryTableModel::readAll(int rows)
{
    m_entries.clear();
    m_count = 0;
    m_totalMinutes = 0;
    m_readFailed = false;

    // Names are read once per reset rather than once per row.
    auto experts = ExpertRepository(m_db).all();
    if (!experts) {
        report(experts.error());
        return false;
    }
    m_expertNames.clear();
    for (const auto& expert : *experts)
        m_expertNames.insert(expert.id, expert.name);
    auto organisations = OrganisationRepository(m_db).all();
    if (!organisations) {
        report(organisations.error());
        return false;
    }
    m_organisationNames.clear();
    for (const auto& organisation : *organisations)
        m_organisationNames.insert(organisation.id, organisation.name);
    m_matcher.setOrganisations(*organisations);

    auto count = m_repository.count(m_filter);
    if (!count) {
        report(count.error());
        return false;
    }
    auto minutes = m_repository.totalMinutes(m_filter);
    if (!minutes) {
        report(minutes.error());
        return false;
    }
    m_count = *count;
    m_totalMinutes = *minutes;
    m_late.clear();
    m_entries = readPage(rows);
    if (m_entries.isEmpty() && m_count > 0)
        return false;
    m_lastError.clear();
    return true;
}

QList<ServiceEntry> ServiceEntryTableModel::readPage(int rows)
{
    const qint64 loaded = m_entries.size();
    const qint64 wanted = std::min<qint64>(rows, m_count - loaded);
    if (wanted <= 0)
        return {};
    // Newest first without sorting in memory: read the matching page counted from the end
    // of the repository's date order, then turn that page around.
    const qint64 offset = m_order == Qt::AscendingOrder ? loaded : m_count - loaded - wanted;
    auto page = m_repository.list(m_filter, static_cast<int>(wanted), static_cast<int>(offset));
    if (!page) {
        m_readFailed = true;
        report(page.error());
        return {};
    }
    QList<ServiceEntry> entries = std::move(page).value();
    if (m_order == Qt::DescendingOrder)
        std::reverse(entries.begin(), entries.end());
    readLateFlags(entries);
    return entries;
}

void ServiceEntryTableModel::readLateFlags(const QList<ServiceEntry>& entries)
{
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const ServiceEntry& entry : entries)
        ids << entry.id;
    // The flag is a help, not the list: a failure to read it leaves the entries unflagged.
    if (auto late = ChangeLog(m_db).lateEntries(ids))
        m_late.unite(*late);
}

bool ServiceEntryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && !m_readFailed && m_entries.size() < m_count;
}

void ServiceEntryTableModel::fetchMore(const QModelIndex& parent)
{
    // A listener of rowsAboutToBeInserted may ask for more while a page is going in (the
    // model tester does): that page is not in m_entries yet, so it would be read twice.
    if (parent.isValid() || m_fetching)
        return;
    QList<ServiceEntry> page = readPage(m_pageSize);
    if (page.isEmpty()) {
        // Another desk removed entries since the count was taken: stop asking for more. A page
        // that failed (reported) is no such thing: the count stays what the file holds.
        if (!m_readFailed)
            m_count = m_entries.size();
        return;
    }
    m_fetching = true;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_entries.append(page);
    endInsertRows();
    m_fetching = false;
}

std::optional<ServiceEntry> ServiceEntryTableModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

int ServiceEntryTableModel::rowOf(qint64 entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entryId)
            return row;
    }
    return -1;
}

int ServiceEntryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ServiceEntryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceEntryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceEntry& entry = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return entry.id;
    case MinutesRole:
        return entry.minutes;
    case DateRole:
        return entry.date;
    case ExpertIdRole:
        return entry.expertId;
    case LateRole:
        return m_late.contains(entry.id);
    case Qt::DecorationRole:
        return index.column() == Date && m_late.contains(entry.id) ? QVariant(lateIcon())
                                                                   : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Date && m_late.contains(entry.id))
            return ChangeText::lateReason();
        return index.column() == Note && !entry.note.isEmpty() ? QVariant(entry.note) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Date:
        return Parsing::formatDate(entry.date);
    case Expert:
        return expertName(entry.expertId);
    case Organisation:
        return organisationName(entry.organisationId);
    case Duration:
        return Parsing::formatDuration(entry.minutes);
    case Field:
        return entry.field;
    case Note:
        return entry.note;
    default:
        return {};
    }
}

QVariant ServiceEntryTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Expert:
        return tr("Expert");
    case Organisation:
        return tr("Organisation");
    case Duration:
        return tr("Duration");
    case Field:
        return tr("Field");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

QString ServiceEntryTableModel::expertName(qint64 id) const
{
    // An expert added since the last reset has no name here yet; its id still tells them apart.
    return m_expertNames.value(id, tr("expert #%1").arg(id));
}

QString ServiceEntryTableModel::organisationName(qint64 id) const
{
    return m_organisationNames.value(id, tr("organisation #%1").arg(id));
}

void ServiceEntryTableModel::report(const Error& error)
{
    m_lastError = error.message;
    emit errorOccurred(error.message, error.field);
}

} // namespace bilan
