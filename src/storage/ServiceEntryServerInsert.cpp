// The bulk write of checked hours on a PostgreSQL server. One prepared INSERT a row costs one
// round trip a row (Qt's QPSQL sends each execution as its own EXECUTE); rows sent
// ServerBatchRows to a multi-row INSERT cost one round trip a batch, and the server parses and
// plans the statement once per batch. Measured in docs/performance.md ("PostgreSQL server").

#include "ServiceEntryRepository.h"

#include "RowVersion.h"
#include "SqlSupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace bilan {

namespace {

constexpr int ValuesPerRow = 9;
// PostgreSQL numbers a statement's parameters with 16 bits.
static_assert(ServiceEntryRepository::ServerBatchRows * ValuesPerRow <= 65'535);

QString batchStatement(qsizetype rows)
{
    QString statement = QStringLiteral(
        "INSERT INTO service_entries (entry_date, expert_id, organisation_id, minutes, field_id, "
        "note, created_at, updated_at, updated_by) VALUES ");
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    statement.reserve(statement.size() + rows * (row.size() + 1));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            statement += u',';
        statement += row;
    }
    return statement;
}

} // namespace

// Every batch runs inside the caller's transaction: a row the server refuses in the last batch
// takes the earlier batches with it.
Status ServiceEntryRepository::insertBatches(const std::vector<CheckedRow>& rows)
{
    const QVariant now = m_db.timestamp();
    // The import's rows say who imported them.
    const QVariant author = RowVersion::author(m_db);
    const QVariant noField = sql::optionalId(std::nullopt);
    const QVariant noNote = sql::text(QString());
    // The full batches share one prepared statement; the last, shorter one gets its own.
    QSqlQuery full(m_db.connection());
    bool fullPrepared = false;
    for (size_t start = 0; start < rows.size(); start += ServerBatchRows) {
        const size_t count = std::min(rows.size() - start, size_t(ServerBatchRows));
        QSqlQuery tail(m_db.connection());
        QSqlQuery& insert = count == size_t(ServerBatchRows) ? full : tail;
        if (&insert == &tail || !fullPrepared) {
            if (!insert.prepare(batchStatement(static_cast<qsizetype>(count))))
                return m_db.sqlError(insert);
            fullPrepared = fullPrepared || &insert == &full;
        }
        int p = 0;
        for (size_t i = start; i < start + count; ++i) {
            const CheckedRow& row = rows[i];
            insert.bindValue(p++, sql::date(row.date));
            insert.bindValue(p++, row.expertId);
            insert.bindValue(p++, row.organisationId);
            insert.bindValue(p++, row.minutes);
            insert.bindValue(p++, row.fieldId ? QVariant(row.fieldId) : noField);
            insert.bindValue(p++, row.note.isEmpty() ? noNote : QVariant(row.note));
            insert.bindValue(p++, now);
            insert.bindValue(p++, now);
            insert.bindValue(p++, author);
        }
        if (auto ran = sql::exec(m_db, insert); !ran)
            return ran;
    }
    return {};
}

} // namespace bilan
