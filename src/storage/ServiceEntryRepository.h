#pragma once

#include "Database.h"
#include "Result.h"
#include "ServiceEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>
#include <vector>

namespace bilan {

// Hours rendered. Every write checks the entry (minutes in 1..1440), that the expert and the
// organisation exist, that the expert's total for the day stays within 24 h, and that the
// fiscal year of the date (old and new, on a change) is not closed.
class ServiceEntryRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ServiceEntryRepository)

public:
    // Criteria for lists and totals; an invalid date or an empty optional means "any".
    struct Filter
    {
        QDate from;
        QDate to;
        std::optional<qint64> expertId;
        std::optional<qint64> organisationId;
    };

    explicit ServiceEntryRepository(Database& database) : m_db(database) {}

    // Errors name the CSV column at fault (date, expert, organisation, duration, field).
    Result<qint64> add(const ServiceEntry& entry);
    Status update(const ServiceEntry& entry);
    // With a valid `loaded` version, an entry changed at another desk since is not removed.
    Status remove(qint64 id, const QDateTime& loaded = {});

    // Writes entries that the caller has already checked in full (the CSV import checks a
    // whole file in memory), reusing one prepared statement. The caller holds the transaction.
    // `fieldIds` maps Parsing::nameKey(field) to the field's id; a field missing from it is
    // found or created.
    Status insertChecked(const QList<ServiceEntry>& entries,
                         const QHash<QString, qint64>& fieldIds);

    // One row for the bulk insertChecked: the field already an id (0: none).
    struct CheckedRow
    {
        QDate date;
        qint64 expertId = 0;
        qint64 organisationId = 0;
        int minutes = 0;
        qint64 fieldId = 0;
        QString note;
    };
    // From BulkRows rows on, when they are at least half as many as the table holds, the
    // table's indexes are dropped before the rows go in and built again after, in the same
    // savepoint: one sorted build per index costs far less than a million scattered B-tree
    // inserts, and a failure or a kill rolls the drop back with the rows.
    static constexpr qsizetype BulkRows = 50'000;
    // On a server, rows stream through COPY where the login may (ServerCopy::allowed); where
    // row-level security applies to it, they go in this many to a multi-row INSERT (8 values a
    // row, far below PostgreSQL's 65 535 parameters a statement): one round trip per batch.
    static constexpr qsizetype ServerBatchRows = 1000;
    Status insertChecked(const std::vector<CheckedRow>& rows);

    Result<ServiceEntry> get(qint64 id);
    // Ordered by date, then id. limit < 0: no limit.
    Result<QList<ServiceEntry>> list(const Filter& filter, int limit = -1, int offset = 0);
    // Visits the entries in list() order one at a time, never holding them all (an export of
    // a million entries).
    Status forEach(const Filter& filter, const std::function<void(const ServiceEntry&)>& visit);
    // The same, with each entry's expert and organisation named, all read in one snapshot
    // (a list's export: the names and the entries of one moment).
    using NamedVisit = std::function<void(const ServiceEntry&, const QString& expert,
                                          const QString& organisation)>;
    Status forEachNamed(const Filter& filter, const NamedVisit& visit);
    Result<qint64> count(const Filter& filter);
    Result<qint64> totalMinutes(const Filter& filter);
    // Distinct organisations with at least one entry dated in [from, to].
    Result<int> distinctOrganisations(QDate from, QDate to);
    // The expert's minutes on `day`, leaving out the entry `excludingId` (0: none).
    Result<int> minutesOnDay(qint64 expertId, QDate day, qint64 excludingId = 0);
    // Day -> minutes for one expert, days without entries left out.
    Result<QMap<QDate, int>> dayTotals(qint64 expertId, QDate from, QDate to);
    // (expert id, day) -> minutes for every expert, for checking a whole file of new entries.
    Result<QHash<QPair<qint64, QDate>, int>> dayTotalsAll(QDate from, QDate to);
    Result<QHash<qint64, qint64>> minutesByOrganisation(QDate from, QDate to);
    Result<QHash<qint64, qint64>> minutesByExpert(QDate from, QDate to);
    // The field of the organisation's latest entry (by date, then id): empty when it has no
    // entry or that entry names no field. One keyed read, however many entries there are.
    Result<QString> latestField(qint64 organisationId);
    // The earliest and latest entry dates (invalid dates when there is none).
    Result<QPair<QDate, QDate>> dateRange();

private:
    Status checkWrite(const ServiceEntry& entry, qint64 excludingId);
    Status insertRows(const std::vector<CheckedRow>& rows);
    Status insertOnServer(const std::vector<CheckedRow>& rows);
    Status insertBatches(const std::vector<CheckedRow>& rows);
    Result<QHash<qint64, qint64>> minutesBy(const QString& column, QDate from, QDate to);
    Database& m_db;
};

} // namespace bilan
