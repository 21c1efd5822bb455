// The bulk write of checked hours on a PostgreSQL server. Where the login may, the rows stream
// through COPY … FROM STDIN (ServerCopy): no statement to parse and plan per row or batch. Where
// row-level security applies to the login (staff and director logins after `bilan server init`),
// PostgreSQL refuses COPY FROM, and the rows go ServerBatchRows to a multi-row INSERT instead:
// one round trip a batch, each row checked by the policies. Measured in docs/performance.md
// ("PostgreSQL server").

#include "ServiceEntryRepository.h"

#include "RowVersion.h"
#include "ServerCopy.h"
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

const QString CopyStatement = QStringLiteral(
    "COPY service_entries (entry_date, expert_id, organisation_id, minutes, field_id, note, "
    "created_at, updated_at, updated_by) FROM STDIN");

} // namespace

Status ServiceEntryRepository::insertOnServer(const std::vector<CheckedRow>& rows)
{
    auto copy = ServerCopy::allowed(m_db, QStringLiteral("service_entries"));
    if (!copy)
        return copy.error();
    if (!*copy)
        return insertBatches(rows);
    const QByteArray now = m_db.timestamp().toUtf8();
    // The import's rows say who imported them, as the INSERT's do.
    QByteArray author;
    ServerCopy::appendText(author, RowVersion::author(m_db));
    return ServerCopy::copyIn(m_db, CopyStatement, static_cast<qsizetype>(rows.size()),
                              [&](qsizetype index, QByteArray& out) {
                                  const CheckedRow& row = rows[static_cast<size_t>(index)];
                                  out += row.date.toString(Qt::ISODate).toLatin1();
                                  out += '\t';
                                  out += QByteArray::number(row.expertId);
                                  out += '\t';
                                  out += QByteArray::number(row.organisationId);
                                  out += '\t';
                                  out += QByteArray::number(row.minutes);
                                  out += '\t';
                                  if (row.fieldId)
                                      out += QByteArray::number(row.fieldId);
                                  else
                                      ServerCopy::appendNull(out);
                                  out += '\t';
                                  ServerCopy::appendText(out,
                                                         row.note); // '' for no note, never NULL
                                  out += '\t';
                                  out += now;
                                  out += '\t';
                                  out += now;
                                  out += '\t';
                                  out += author;
                                  out += '\n';
                              });
}

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
