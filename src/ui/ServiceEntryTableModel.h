#pragma once

#include "Database.h"
#include "OrganisationMatcher.h"
#include "Result.h"
#include "ServiceEntry.h"
#include "ServiceEntryRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

class QUndoStack;

namespace bilan {

class EntryCommandContext;

// The hours list: the entries a Filter matches, read a page at a time as the view scrolls
// (a database holds a million entries; a view shows a few dozen). Cells are edited through
// EditEntryCommand on an undo stack (setUndoStack), so Ctrl+Z undoes a change in the list.
class ServiceEntryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Expert,
        Organisation,
        Duration,
        Field,
        Note,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        MinutesRole,
        DateRole,
        ExpertIdRole,
        // Whether the entry was changed more than ChangeLog::LateAfterDays after its date (the
        // Date column shows a flag, its tooltip says why).
        LateRole,
    };
    static constexpr int DefaultPageSize = 256;

    explicit ServiceEntryTableModel(Database& database, QObject* parent = nullptr,
                                    int pageSize = DefaultPageSize);
    // Starts on what `filter` matches: on a million entries, counting and summing the whole
    // table first would cost the Hours page its first screen.
    ServiceEntryTableModel(Database& database, const ServiceEntryRepository::Filter& filter,
                           QObject* parent = nullptr, int pageSize = DefaultPageSize);

    // Starts again from the first page of what `filter` matches.
    void setFilter(const ServiceEntryRepository::Filter& filter);
    const ServiceEntryRepository::Filter& filter() const { return m_filter; }
    // Reads again, as deep as the view had scrolled (after an edit, an undo, an import).
    void reload();
    // Edits go through commands on `stack`, and the list follows every command of the
    // context. Both must outlive the model; without them the list is read-only.
    void setUndoStack(QUndoStack* stack, EntryCommandContext* context);

    int pageSize() const { return m_pageSize; }
    // How many entries and minutes the filter matches, loaded or not.
    qint64 matchingCount() const { return m_count; }
    qint64 totalMinutes() const { return m_totalMinutes; }
    std::optional<ServiceEntry> entryAt(int row) const;
    // The row of a loaded entry, or -1.
    int rowOf(qint64 entryId) const;
    Qt::SortOrder dateOrder() const { return m_order; }
    // The last failure while reading, empty once a read succeeds.
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Only by date: the repository reads in date order, newest first by reading from the end.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Date: a QDate or any spelling Parsing::date accepts; Expert: an id or the exact name;
    // Organisation: an id or letters matching one name (accent-blind, like the quick entry);
    // Duration: any spelling Parsing::duration accepts. A refusal is reported, nothing changes.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void errorOccurred(const QString& message, const QString& field);
    // The matching count or total minutes changed (a new filter, a reload).
    void totalsChanged();

private:
    // Reads names, count, total and the first `rows` entries; false on a failure (reported).
    bool readAll(int rows);
    // The next `rows` entries in the current order; empty on a failure (reported).
    QList<ServiceEntry> readPage(int rows);
    void report(const Error& error);
    // Notes which of `entries` have a late change (ChangeLog::lateEntries).
    void readLateFlags(const QList<ServiceEntry>& entries);
    // The entry with the cell's new value, or the reason it is refused.
    Result<ServiceEntry> edited(ServiceEntry entry, int column, const QVariant& value) const;
    Result<qint64> organisationFrom(const QVariant& value) const;
    QString expertName(qint64 id) const;
    QString organisationName(qint64 id) const;

    ServiceEntryRepository m_repository;
    Database& m_db;
    ServiceEntryRepository::Filter m_filter;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_pageSize;
    QList<ServiceEntry> m_entries;
    qint64 m_count = 0;
    qint64 m_totalMinutes = 0;
    QHash<qint64, QString> m_expertNames;
    QHash<qint64, QString> m_organisationNames;
    // The loaded entries that have a late change.
    QSet<qint64> m_late;
    OrganisationMatcher m_matcher;
    QUndoStack* m_stack = nullptr;
    EntryCommandContext* m_context = nullptr;
    QString m_lastError;
    bool m_fetching = false;
    // A page could not be read (a damaged file): stop asking for more, keeping the count and
    // total true, until the next reload.
    bool m_readFailed = false;
};

} // namespace bilan
