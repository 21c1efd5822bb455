#include "DatabaseCopy.h"

#include "ChangeLog.h"

#include "IntegrityCheck.h"
#include "Migrations.h"
#include "OutputTarget.h"
#include "SqlSupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>

// The copy itself: which tables, in which order, read from one snapshot and written in one
// transaction. Opening the two databases and building a new file is in DatabaseCopyFiles.cpp.

namespace bilan {

namespace {

// Values bound to one INSERT of many rows. PostgreSQL takes at most 65 535 and SQLite 32 766
// parameters a statement; a few thousand already make a round trip to the server a small part
// of the work (docs/performance.md, "Copy").
constexpr int ValuesPerStatement = 8000;

// A table and the columns of its own rows it refers to (organisations.network_id): such a
// column is written empty with the rows and filled in once they are all there, since a row may
// refer to one with a higher id.
struct TablePlan
{
    QString name;
    QStringList selfReferences;
};

QList<TablePlan> plans()
{
    static const QRegularExpression create(
        QStringLiteral(R"(^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
        QStringLiteral(R"(^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    QList<TablePlan> tables;
    for (const Migration& step : migrations()) {
        for (const QString& statement : step.statements) {
            if (const auto m = drop.match(statement); m.hasMatch()) {
                const QString name = m.captured(1).toLower();
                tables.removeIf([&](const TablePlan& t) { return t.name == name; });
                continue;
            }
            const auto m = create.match(statement);
            if (!m.hasMatch())
                continue;
            TablePlan plan{m.captured(1).toLower(), {}};
            const QRegularExpression self(
                QStringLiteral(R"((\w+)\s+INTEGER\s+REFERENCES\s+%1\s*\()").arg(plan.name),
                QRegularExpression::CaseInsensitiveOption);
            for (const QRegularExpressionMatch& reference : self.globalMatch(statement))
                plan.selfReferences << reference.captured(1).toLower();
            tables << plan;
        }
    }
    tables.removeIf(
        [](const TablePlan& t) { return t.name == QLatin1String("schema_migrations"); });
    // The history of changes, made by a step's code (ChangeLogSchema.cpp), goes over as it is,
    // first: what the triggers record while the copy writes the other tables (the references
    // of rows to rows of their own table, filled in after them) then follows it.
    if (std::any_of(migrations().cbegin(), migrations().cend(),
                    [](const Migration& step) { return step.version == 6; }))
        tables.prepend(TablePlan{QStringLiteral("change_log"), {}});
    return tables;
}

// A value as read from one backend, made fit for the other: a server's BIGINT comes back
// unsigned, and an empty text may come back as a null string, which Qt would bind as NULL.
QVariant portable(const QSqlQuery& row, int column)
{
    const QVariant value = row.value(column);
    if (row.isNull(column))
        return QVariant(value.metaType());
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::QString:
        return sql::text(value.toString());
    default:
        return value;
    }
}

// Writes the rows of one table into the target, many rows a statement.
class TableWriter
{
public:
    TableWriter(Database& target, const TablePlan& plan, const QStringList& columns)
        : m_target(target), m_plan(plan), m_columns(columns),
          m_rowsPerStatement(std::max<int>(1, ValuesPerStatement / int(columns.size())))
    {
        for (const QString& column : plan.selfReferences)
            m_selfColumns << int(columns.indexOf(column));
        m_selfColumns.removeAll(-1);
        m_idColumn = int(columns.indexOf(QStringLiteral("id")));
    }

    Status add(const QSqlQuery& row)
    {
        for (int i = 0; i < m_columns.size(); ++i) {
            if (m_selfColumns.contains(i) && !row.isNull(i)) {
                m_later << QVariantList{portable(row, i), portable(row, m_idColumn)};
                m_pending << QVariant(QMetaType::fromType<qint64>());
            } else {
                m_pending << portable(row, i);
            }
        }
        ++m_rows;
        if (m_pending.size() >= qsizetype(m_rowsPerStatement) * m_columns.size())
            return flush();
        return {};
    }

    // Writes what is left, then the references of rows to rows of the same table.
    Status finish()
    {
        if (auto flushed = flush(); !flushed)
            return flushed;
        if (m_later.isEmpty())
            return {};
        QSqlQuery update(m_target.connection());
        const QString column = m_columns.at(m_selfColumns.constFirst());
        if (!update.prepare(
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(m_plan.name, column)))
            return m_target.sqlError(update);
        for (const QVariantList& values : std::as_const(m_later)) {
            update.bindValue(0, values.at(0));
            update.bindValue(1, values.at(1));
            if (auto done = sql::exec(m_target, update); !done)
                return done;
        }
        return {};
    }

    qint64 rows() const { return m_rows; }

private:
    QString statement(qsizetype rows) const
    {
        QStringList marks(m_columns.size(), QStringLiteral("?"));
        const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                   .arg(m_plan.name, m_columns.join(QStringLiteral(", "))) +
               QStringList(rows, row).join(QStringLiteral(", "));
    }

    Status flush()
    {
        if (m_pending.isEmpty())
            return {};
        const qsizetype rows = m_pending.size() / m_columns.size();
        // Every full batch reuses one prepared statement; the last, shorter one has its own.
        const bool full = rows == m_rowsPerStatement;
        QSqlQuery shorter(m_target.connection());
        if (full && !m_full) {
            m_full.emplace(m_target.connection());
            if (!m_full->prepare(statement(rows)))
                return m_target.sqlError(*m_full);
        } else if (!full && !shorter.prepare(statement(rows))) {
            return m_target.sqlError(shorter);
        }
        QSqlQuery& insert = full ? *m_full : shorter;
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            insert.bindValue(int(i), m_pending.at(i));
        m_pending.clear();
        return sql::exec(m_target, insert);
    }

    Database& m_target;
    const TablePlan& m_plan;
    QStringList m_columns;
    int m_rowsPerStatement;
    QList<int> m_selfColumns;
    int m_idColumn = -1;
    QVariantList m_pending;
    QList<QVariantList> m_later;
    std::optional<QSqlQuery> m_full;
    qint64 m_rows = 0;
};

Result<qint64> rowCount(Database& database, const QString& table)
{
    // `table` comes from the migrations, never from input.
    auto counted = sql::scalar(database, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!counted)
        return counted.error();
    return counted->toLongLong();
}

// The tables of the target that already hold rows, with how many: a copy never mixes two
// databases' rows (their ids would meet).
Result<QStringList> rowsAlreadyThere(Database& target, const QList<TablePlan>& tables)
{
    QStringList held;
    for (const TablePlan& table : tables) {
        auto counted = rowCount(target, table.name);
        if (!counted)
            return counted.error();
        if (*counted > 0)
            held << QStringLiteral("%1: %2").arg(table.name).arg(*counted);
    }
    return held;
}

Result<qint64> copyTable(Database& source, Database& target, const TablePlan& table,
                         const DatabaseCopy::Progress& progress)
{
    auto total = rowCount(source, table.name);
    if (!total)
        return total.error();
    auto rows = sql::run(source, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table.name));
    if (!rows)
        return rows.error();
    const QSqlRecord record = rows->record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i).toLower();
    TableWriter writer(target, table, columns);
    // Declared after the writer, so that a failed table is rolled back before the writer's
    // prepared statements are freed (a server refuses to free them in a failed transaction).
    Transaction savepoint(target);
    if (!savepoint.begun())
        return savepoint.begun().error();
    constexpr qint64 ProgressEvery = 20000;
    auto copied = sql::forEachRow(source, *rows, [&](const QSqlQuery& row) -> Status {
        if (auto added = writer.add(row); !added)
            return added;
        if (progress && writer.rows() % ProgressEvery == 0)
            progress(table.name, writer.rows(), *total);
        return {};
    });
    if (!copied)
        return copied.error();
    if (auto finished = writer.finish(); !finished)
        return finished.error();
    if (auto released = savepoint.commit(); !released)
        return released.error();
    if (progress)
        progress(table.name, writer.rows(), *total);
    return writer.rows();
}

// On a server the next row added gets the id after the highest one copied: the rows came with
// their ids, which an identity column does not count.
Status continueIds(Database& target, const QString& table)
{
    auto columns = sql::run(target,
                            QStringLiteral("SELECT 1 FROM information_schema.columns WHERE "
                                           "table_schema = current_schema() AND table_name = ? "
                                           "AND column_name = 'id'"),
                            {table});
    auto hasId = sql::first(target, columns);
    if (!hasId)
        return hasId.error();
    if (!*hasId)
        return {};
    auto set = sql::run(target,
                        QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                       "COALESCE(MAX(id), 0) + 1, false) FROM %1")
                            .arg(table),
                        {table});
    if (!set)
        return set.error();
    return {};
}

} // namespace

qint64 CopySummary::rows() const
{
    qint64 all = 0;
    for (const Table& table : tables)
        all += table.rows;
    return all;
}

qint64 CopySummary::rowsOf(const QString& table) const
{
    for (const Table& copied : tables) {
        if (copied.name == table)
            return copied.rows;
    }
    return 0;
}

QStringList DatabaseCopy::tables()
{
    QStringList names;
    for (const TablePlan& plan : plans())
        names << plan.name;
    return names;
}

Result<bool> DatabaseCopy::sameDatabase(Database& a, Database& b)
{
    if (a.isServer() != b.isServer())
        return false;
    if (!a.isServer())
        return OutputTarget::resolve(a.path()) == OutputTarget::resolve(b.path()) ||
               OutputTarget::sameFile(a.path(), b.path());
    // Two addresses may name one database (localhost and 127.0.0.1, a port left out): `a` takes
    // a name no other session has, and `b` looks for it among the sessions of its own database.
    const QString mark =
        QStringLiteral("bilan-copy-%1").arg(QRandomGenerator::global()->generate64(), 16, 16);
    auto named =
        sql::run(a, QStringLiteral("SELECT set_config('application_name', ?, false)"), {mark});
    if (!named)
        return named.error();
    auto found = sql::scalar(b,
                             QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                            "application_name = ? AND datname = "
                                            "current_database()"),
                             {mark});
    auto restored =
        sql::run(a, QStringLiteral("SELECT set_config('application_name', 'bilan', false)"));
    if (!restored)
        return restored.error();
    if (!found)
        return found.error();
    return found->toLongLong() > 0;
}

Result<CopySummary> DatabaseCopy::copyInto(Database& source, Database& target,
                                           const Progress& progress)
{
    auto same = sameDatabase(source, target);
    if (!same)
        return same.error();
    if (*same)
        return fail(tr("%1 and %2 are the same database: a database cannot be copied onto "
                       "itself")
                        .arg(source.path(), target.path()));
    if (source.schemaVersion() != target.schemaVersion())
        return fail(tr("%1 is at schema version %2 and %3 at version %4; open both with this "
                       "version of Bilan first")
                        .arg(source.path())
                        .arg(source.schemaVersion())
                        .arg(target.path())
                        .arg(target.schemaVersion()));
    // A damaged page of the file would otherwise be copied as whatever it reads back as.
    if (auto readable = checkReadable(source); !readable)
        return readable.error();

    const QList<TablePlan> tables = plans();
    ReadTransaction reading(source);
    if (!reading.begun())
        return reading.begun().error();
    Transaction writing(target);
    if (!writing.begun())
        return writing.begun().error();
    // Checked inside the write transaction: no other desk can add a row before the copy's.
    auto held = rowsAlreadyThere(target, tables);
    if (!held)
        return held.error();
    if (!held->isEmpty())
        return fail(tr("%1 already holds Bilan data (%2); a copy goes only into an empty "
                       "database, so that nothing of it is mixed with or lost under the copy: "
                       "give a new file, or an empty database on the server")
                        .arg(target.path(), held->join(QStringLiteral(", "))));

    CopySummary summary;
    summary.source = source.path();
    summary.target = target.path();
    // The target's history: the source's records, then one for the copy itself.
    ChangeEvent event(target, ChangeOperation::Copy, QString());
    if (!event.begun())
        return event.begun().error();
    for (const TablePlan& table : tables) {
        auto copied = copyTable(source, target, table, progress);
        if (!copied) {
            spdlog::warn("copy of {} into {} stopped at table {}: nothing was written",
                         source.path().toStdString(), target.path().toStdString(),
                         table.name.toStdString());
            return fail(tr("the copy of %1 into %2 stopped at the table %3, and nothing was "
                           "written: %4")
                            .arg(source.path(), target.path(), table.name, copied.message()));
        }
        summary.tables << CopySummary::Table{table.name, *copied};
        if (target.isServer()) {
            if (auto continued = continueIds(target, table.name); !continued)
                return continued.error();
        }
    }
    if (auto recorded = event.record(QJsonObject{{QStringLiteral("from"), source.path()},
                                                 {QStringLiteral("rows"), summary.rows()}});
        !recorded)
        return recorded.error();
    if (auto committed = writing.commit(); !committed)
        return committed.error();
    spdlog::info("copied {} rows of {} into {}", summary.rows(), source.path().toStdString(),
                 target.path().toStdString());
    return summary;
}

} // namespace bilan
