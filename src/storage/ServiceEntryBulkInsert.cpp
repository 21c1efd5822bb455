// The bulk write of hours already checked in full (the CSV import of a year or a history).
// Measured on 1 000 000 rows (docs/performance.md): maintaining the table's three indexes row
// by row was three quarters of the import; dropping them and building each once from the
// sorted rows, with a page cache large enough for the sort, is several times faster.

#include "ServiceEntryRepository.h"

#include "RowVersion.h"
#include "SqlSupport.h"
#include "SqliteStatement.h"

#include <QPair>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace bilan {

namespace {

// 128 MiB for the page cache while the rows go in and the indexes are sorted: SQLite only takes
// what it uses, and gives it back when the cache is set back.
constexpr int BulkCacheKiB = 128 * 1024;

const char* const InsertSql =
    "INSERT INTO service_entries (entry_date, expert_id, organisation_id, minutes, field_id, "
    "note, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

Result<QVariant> scalar(Database& db, const QString& statement)
{
    return sql::scalar(db, statement);
}

// Sets the page cache for the life of the object, then sets it back.
class CacheSize
{
public:
    CacheSize(Database& db, int kib) : m_db(db)
    {
        auto old = scalar(db, QStringLiteral("PRAGMA cache_size"));
        if (!old)
            return;
        // A cache that cannot be set only makes the import slower.
        if (sql::run(db, QStringLiteral("PRAGMA cache_size = %1").arg(-kib)))
            m_old = old->toInt();
    }
    ~CacheSize()
    {
        if (m_old && !sql::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(*m_old)))
            m_old.reset();
    }
    CacheSize(const CacheSize&) = delete;
    CacheSize& operator=(const CacheSize&) = delete;

private:
    Database& m_db;
    std::optional<int> m_old;
};

// The table's own indexes as the schema holds them (name, CREATE statement), so that they come
// back exactly as the migrations made them.
Result<QList<QPair<QString, QString>>> entryIndexes(Database& db)
{
    auto query = sql::run(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                             "'index' AND tbl_name = 'service_entries' AND sql "
                                             "IS NOT NULL ORDER BY name"));
    if (!query)
        return query.error();
    QList<QPair<QString, QString>> indexes;
    auto read = sql::forEachRow(db, *query, [&](const QSqlQuery& row) {
        indexes.append({row.value(0).toString(), row.value(1).toString()});
    });
    if (!read)
        return read.error();
    return indexes;
}

} // namespace

Status ServiceEntryRepository::insertChecked(const std::vector<CheckedRow>& rows)
{
    if (rows.empty())
        return {};
    Transaction t(m_db);
    if (!t.begun())
        return t.begun();
    const bool sqlite = m_db.connection().driverName() == QLatin1String("QSQLITE");
    const auto count = static_cast<qint64>(rows.size());
    std::optional<CacheSize> cache;
    QList<QPair<QString, QString>> dropped;
    if (sqlite && count >= BulkRows) {
        cache.emplace(m_db, BulkCacheKiB);
        // The index builds may sort on a second core (a per-connection limit, 0 by default).
        if (!sql::run(m_db, QStringLiteral("PRAGMA threads = 2")))
            spdlog::debug("no sorter threads");
        // The largest id stands for the table's size: exact enough, and read from one B-tree
        // page where COUNT(*) would scan an index.
        auto largest = scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM "
                                                   "service_entries"));
        if (!largest)
            return largest.error();
        if (count * 2 >= largest->toLongLong()) {
            auto indexes = entryIndexes(m_db);
            if (!indexes)
                return indexes.error();
            // A statement of this connection still reading the table (a list on screen) makes
            // SQLite refuse the drop: the rows then go in with the remaining indexes in place.
            for (const auto& index : std::as_const(*indexes)) {
                if (!sql::run(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(index.first)))
                    break;
                dropped.append(index);
            }
        }
    }
    if (auto inserted = insertRows(rows); !inserted)
        return inserted;
    for (const auto& index : std::as_const(dropped)) {
        if (auto built = sql::run(m_db, index.second); !built)
            return built.error();
    }
    return t.commit();
}

Status ServiceEntryRepository::insertRows(const std::vector<CheckedRow>& rows)
{
    if (m_db.isServer())
        return insertOnServer(rows);
    const QByteArray stamp = m_db.timestamp().toUtf8();
    // The import's rows say who imported them.
    const QByteArray author = RowVersion::author(m_db).toUtf8();
    // SQLite's own statement where available: Qt's binding costs more than the insert itself.
    if (auto statement = SqliteStatement::prepare(m_db, InsertSql)) {
        QByteArray note;
        for (const CheckedRow& row : rows) {
            statement->bind(1, row.date);
            statement->bind(2, row.expertId);
            statement->bind(3, row.organisationId);
            statement->bind(4, static_cast<qint64>(row.minutes));
            if (row.fieldId)
                statement->bind(5, row.fieldId);
            else
                statement->bindNull(5);
            if (row.note.isEmpty()) {
                statement->bindStatic(6, QByteArrayView("", 0)); // '', never NULL
            } else {
                note = row.note.toUtf8();
                statement->bindStatic(6, note);
            }
            statement->bindStatic(7, stamp);
            statement->bindStatic(8, stamp);
            statement->bindStatic(9, author);
            if (auto ran = statement->step(); !ran)
                return ran;
        }
        return {};
    }

    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QString::fromLatin1(InsertSql)))
        return m_db.sqlError(insert);
    const QString now = QString::fromUtf8(stamp);
    for (const CheckedRow& row : rows) {
        insert.bindValue(0, sql::date(row.date));
        insert.bindValue(1, row.expertId);
        insert.bindValue(2, row.organisationId);
        insert.bindValue(3, row.minutes);
        insert.bindValue(4,
                         sql::optionalId(row.fieldId ? std::optional(row.fieldId) : std::nullopt));
        insert.bindValue(5, sql::text(row.note));
        insert.bindValue(6, now);
        insert.bindValue(7, now);
        insert.bindValue(8, QString::fromUtf8(author));
        if (auto ran = sql::exec(m_db, insert); !ran)
            return ran;
    }
    return {};
}

} // namespace bilan
