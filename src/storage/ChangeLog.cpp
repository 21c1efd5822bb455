#include "ChangeLog.h"

#include "SqlSupport.h"

#include <QJsonDocument>

namespace bilan {

namespace {

constexpr struct
{
    ChangeSource source;
    const char* word;
} SourceWords[] = {
    {ChangeSource::Window, "window"}, {ChangeSource::Import, "import"},
    {ChangeSource::Copy, "copy"},     {ChangeSource::Command, "command"},
    {ChangeSource::Other, "other"},
};

constexpr struct
{
    ChangeOperation operation;
    const char* word;
} OperationWords[] = {
    {ChangeOperation::Insert, "insert"}, {ChangeOperation::Update, "update"},
    {ChangeOperation::Delete, "delete"}, {ChangeOperation::Import, "import"},
    {ChangeOperation::Copy, "copy"},
};

// How many ids one statement asks about (SQLite allows 32 766 bound values; a list on screen
// holds a few thousand rows).
constexpr qsizetype IdsPerStatement = 500;

// Tables keyed by other columns than an id: an event on them has no id range.
bool hasIdColumn(const QString& table)
{
    static const QStringList keyed{
        QStringLiteral("attendance"),    QStringLiteral("agenda_items"),
        QStringLiteral("expert_fields"), QStringLiteral("settings"),
        QStringLiteral("closed_years"),  QStringLiteral("report_texts"),
    };
    return recordedTables().contains(table) && !keyed.contains(table);
}

QJsonObject jsonObject(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const char* const Columns = "id, changed_at, actor, desk, source, operation, table_name, row_key, "
                            "parent_table, parent_key, before_values, after_values, detail, late";

ChangeRecord readRecord(const QSqlQuery& row)
{
    ChangeRecord record;
    record.id = row.value(0).toLongLong();
    record.at = QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs);
    record.at = record.at.toUTC();
    record.actor = row.value(2).toString();
    record.desk = row.value(3).toString();
    record.source = changeSourceFromWord(row.value(4).toString()).value_or(ChangeSource::Other);
    record.operation =
        changeOperationFromWord(row.value(5).toString()).value_or(ChangeOperation::Update);
    record.table = row.value(6).toString();
    record.rowKey = row.value(7).toString();
    record.parentTable = row.value(8).toString();
    record.parentKey = row.value(9).toString();
    record.before = jsonObject(row.value(10));
    record.after = jsonObject(row.value(11));
    record.detail = jsonObject(row.value(12));
    record.late = row.value(13).toLongLong() != 0;
    return record;
}

} // namespace

const char* changeSourceWord(ChangeSource source)
{
    for (const auto& pair : SourceWords) {
        if (pair.source == source)
            return pair.word;
    }
    return "other";
}

const char* changeOperationWord(ChangeOperation operation)
{
    for (const auto& pair : OperationWords) {
        if (pair.operation == operation)
            return pair.word;
    }
    return "update";
}

std::optional<ChangeSource> changeSourceFromWord(QStringView word)
{
    for (const auto& pair : SourceWords) {
        if (word == QLatin1String(pair.word))
            return pair.source;
    }
    return std::nullopt;
}

std::optional<ChangeOperation> changeOperationFromWord(QStringView word)
{
    for (const auto& pair : OperationWords) {
        if (word == QLatin1String(pair.word))
            return pair.operation;
    }
    return std::nullopt;
}

const QStringList& recordedTables()
{
    static const QStringList tables{
        QStringLiteral("service_entries"), QStringLiteral("organisations"),
        QStringLiteral("memberships"),     QStringLiteral("experts"),
        QStringLiteral("expert_fields"),   QStringLiteral("fields"),
        QStringLiteral("directors"),       QStringLiteral("board_mandates"),
        QStringLiteral("meetings"),        QStringLiteral("attendance"),
        QStringLiteral("agenda_items"),    QStringLiteral("resolutions"),
        QStringLiteral("finance_lines"),   QStringLiteral("surveys"),
        QStringLiteral("activities"),      QStringLiteral("report_texts"),
        QStringLiteral("settings"),        QStringLiteral("closed_years"),
    };
    return tables;
}

Result<bool> ChangeLog::canRead()
{
    if (!m_db.isServer())
        return true;
    auto may = sql::scalar(m_db, QStringLiteral("SELECT has_table_privilege('change_log', "
                                                "'SELECT')"));
    if (!may)
        return may.error();
    return may->toBool();
}

Result<QList<ChangeRecord>> ChangeLog::list(const ChangeFilter& filter)
{
    auto may = canRead();
    if (!may)
        return may.error();
    if (!*may)
        return fail(tr("Only the director may read the history of changes."));
    QStringList conditions;
    QVariantList values;
    if (!filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor = ?");
        values << filter.actor;
    }
    if (!filter.table.isEmpty() && !filter.rowKey.isEmpty()) {
        conditions << QStringLiteral("((table_name = ? AND row_key = ?) OR "
                                     "(parent_table = ? AND parent_key = ?))");
        values << filter.table << filter.rowKey << filter.table << filter.rowKey;
    } else if (!filter.table.isEmpty()) {
        conditions << QStringLiteral("table_name = ?");
        values << filter.table;
    }
    // changed_at is ISO text in UTC: a day's records sort from "YYYY-MM-DD" to the next day.
    if (filter.since.isValid()) {
        conditions << QStringLiteral("changed_at >= ?");
        values << filter.since.toString(Qt::ISODate);
    }
    if (filter.until.isValid()) {
        conditions << QStringLiteral("changed_at < ?");
        values << filter.until.addDays(1).toString(Qt::ISODate);
    }
    if (filter.lateOnly)
        conditions << QStringLiteral("late = 1");
    QString statement = QStringLiteral("SELECT %1 FROM change_log").arg(QLatin1String(Columns));
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    return sql::rows(m_db, sql::run(m_db, statement, values),
                     [](QSqlQuery& row) { return readRecord(row); });
}

Result<QStringList> ChangeLog::actors()
{
    auto may = canRead();
    if (!may)
        return may.error();
    if (!*may)
        return fail(tr("Only the director may read the history of changes."));
    return sql::rows(m_db,
                     sql::run(m_db, QStringLiteral("SELECT DISTINCT actor FROM change_log "
                                                   "ORDER BY actor")),
                     [](QSqlQuery& row) { return row.value(0).toString(); });
}

Result<QSet<qint64>> ChangeLog::lateEntries(const QList<qint64>& entryIds)
{
    QSet<qint64> late;
    for (qsizetype start = 0; start < entryIds.size(); start += IdsPerStatement) {
        const QList<qint64> chunk = entryIds.mid(start, IdsPerStatement);
        QString statement;
        QVariantList values;
        if (m_db.isServer()) {
            // Through a function of the schema's owner: every role may ask, none reads the
            // record.
            QStringList ids;
            for (qint64 id : chunk)
                ids << QString::number(id);
            statement = QStringLiteral("SELECT bilan_late_entries(?)");
            values << ids.join(u',');
        } else {
            QStringList marks;
            for (qint64 id : chunk) {
                marks << QStringLiteral("?");
                values << QString::number(id);
            }
            statement = QStringLiteral("SELECT DISTINCT row_key FROM change_log WHERE "
                                       "table_name = 'service_entries' AND late = 1 AND "
                                       "row_key IN (%1)")
                            .arg(marks.join(QStringLiteral(", ")));
        }
        auto ids = sql::rows(m_db, sql::run(m_db, statement, values),
                             [](QSqlQuery& row) { return row.value(0).toLongLong(); });
        if (!ids)
            return ids.error();
        for (qint64 id : std::as_const(*ids))
            late.insert(id);
    }
    return late;
}

ChangeEvent::ChangeEvent(Database& database, ChangeOperation operation, QString table)
    : m_db(database), m_operation(operation), m_table(std::move(table))
{
    // Its triggers are set aside and its setting reset by the transaction it belongs to.
    if (m_db.isIdle()) {
        m_begun = fail(
            QStringLiteral("a record of changes for %1 needs an open transaction").arg(m_table));
        return;
    }
    if (hasIdColumn(m_table)) {
        auto largest = largestId();
        if (!largest) {
            m_begun = largest.error();
            return;
        }
        m_idBefore = *largest;
    }
    if (m_db.isServer()) {
        // For this transaction only: a rollback or a commit resets it.
        auto set = sql::run(m_db, QStringLiteral("SELECT set_config('bilan.bulk', 'on', true)"));
        if (!set) {
            m_begun = set.error();
            return;
        }
    } else if (m_db.m_bulkDepth == 0) {
        // A trigger that fires for every row costs even when its WHEN is false (the row is
        // built for it): a million-row import took half as long again. Inside the event's
        // transaction the insert triggers are set aside and put back before it commits, as the
        // import does with the indexes; a rollback puts them back too, and no other connection
        // ever sees the file without them. bilan_change_recording() stays as the second guard.
        auto triggers = sql::rows(
            m_db,
            sql::run(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                          "'trigger' AND name GLOB 'change_log_*_insert' "
                                          "ORDER BY name")),
            [](QSqlQuery& row) {
                return qMakePair(row.value(0).toString(), row.value(1).toString());
            });
        if (!triggers) {
            m_begun = triggers.error();
            return;
        }
        // A statement of this connection still reading (a list on screen) may make SQLite refuse
        // the drop: the rest then stay, and the WHEN guard keeps their rows unrecorded.
        for (const auto& trigger : std::as_const(*triggers)) {
            if (!sql::execUnprepared(
                    m_db, QStringLiteral("DROP TRIGGER %1").arg(sql::identifier(trigger.first))))
                break;
            m_setAside << trigger;
        }
        m_db.m_triggersSetAside += static_cast<int>(m_setAside.size());
    }
    ++m_db.m_bulkDepth;
    m_paused = true;
}

Status ChangeEvent::restoreTriggers()
{
    while (!m_setAside.isEmpty()) {
        if (auto made = sql::execUnprepared(m_db, m_setAside.constLast().second); !made)
            return made;
        m_setAside.removeLast();
        --m_db.m_triggersSetAside;
    }
    return {};
}

ChangeEvent::~ChangeEvent()
{
    if (!m_paused)
        return;
    // Normally done by record(); here for an event left before its transaction ended.
    if (!m_db.isIdle())
        (void)restoreTriggers();
    // Whatever could not be put back goes with the transaction's rollback.
    m_db.m_triggersSetAside -= static_cast<int>(m_setAside.size());
    m_setAside.clear();
    --m_db.m_bulkDepth;
    // A failure here leaves the setting to the transaction's end, which resets it.
    if (m_db.isServer() && !m_db.isIdle())
        (void)sql::run(m_db, QStringLiteral("SELECT set_config('bilan.bulk', 'off', true)"));
}

Result<qint64> ChangeEvent::largestId()
{
    if (!hasIdColumn(m_table))
        return qint64(0);
    // The table's name is one of recordedTables(), never input.
    auto largest = sql::scalar(
        m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(sql::identifier(m_table)));
    if (!largest)
        return largest.error();
    return largest->toLongLong();
}

Status ChangeEvent::record(const QJsonObject& detail)
{
    const QString operation = QString::fromLatin1(changeOperationWord(m_operation));
    const QString text = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString statement =
        m_db.isServer()
            ? QStringLiteral("SELECT bilan_record_event(?, ?, ?)")
            : QStringLiteral("INSERT INTO change_log (changed_at, actor, desk, source, operation, "
                             "table_name, detail) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                             "bilan_change_actor(), bilan_change_desk(), bilan_change_source(), "
                             "?, ?, ?)");
    if (auto restored = restoreTriggers(); !restored)
        return restored;
    auto done = sql::run(m_db, statement, {operation, sql::text(m_table), text});
    if (!done)
        return done.error();
    return {};
}

} // namespace bilan
