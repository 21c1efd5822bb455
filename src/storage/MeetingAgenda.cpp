// A meeting's agenda: its items in order, rewritten with the meeting (MeetingRepository.h).

#include "MeetingRepository.h"

#include "RowVersion.h"
#include "SqlSupport.h"

#include <QHash>

namespace bilan {

Status MeetingRepository::writeAgenda(qint64 meetingId, const QList<AgendaItem>& agenda)
{
    // Items that stay as they were keep their creation and change times: only what changed is
    // written, at positions 1, 2, 3… in the list's order.
    auto stored = sql::run(m_db,
                           QStringLiteral("SELECT position, text FROM agenda_items "
                                          "WHERE meeting_id = ?"),
                           {meetingId});
    if (!stored)
        return stored.error();
    QHash<int, QString> before;
    auto read = sql::forEachRow(m_db, *stored, [&](const QSqlQuery& row) {
        before.insert(row.value(0).toInt(), row.value(1).toString());
    });
    if (!read)
        return read;
    const QString now = m_db.timestamp();
    const QString author = RowVersion::author(m_db);
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        const int position = int(i) + 1;
        const QString text = agenda.at(i).text.trimmed();
        const auto was = before.constFind(position);
        if (was != before.constEnd() && *was == text)
            continue;
        auto written =
            was != before.constEnd()
                ? sql::run(m_db,
                           QStringLiteral("UPDATE agenda_items SET text = ?, updated_at = ?, "
                                          "updated_by = ? WHERE meeting_id = ? AND position = ?"),
                           {text, now, author, meetingId, position}, QStringLiteral("agenda"))
                : sql::run(m_db,
                           QStringLiteral("INSERT INTO agenda_items (meeting_id, position, text, "
                                          "created_at, updated_at, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"),
                           {meetingId, position, text, now, now, author}, QStringLiteral("agenda"));
        if (!written)
            return written.error();
    }
    if (before.size() > agenda.size()) {
        auto removed = sql::run(m_db,
                                QStringLiteral("DELETE FROM agenda_items "
                                               "WHERE meeting_id = ? AND position > ?"),
                                {meetingId, int(agenda.size())});
        if (!removed)
            return removed.error();
    }
    return {};
}

namespace {

AgendaItem itemFrom(const QSqlQuery& row)
{
    return AgendaItem{row.value(1).toInt(), row.value(2).toString()};
}

} // namespace

Status MeetingRepository::readAgenda(Meeting& meeting)
{
    auto items = sql::rows(m_db,
                           sql::run(m_db,
                                    QStringLiteral("SELECT meeting_id, position, text "
                                                   "FROM agenda_items WHERE meeting_id = ? "
                                                   "ORDER BY position"),
                                    {meeting.id}),
                           itemFrom);
    if (!items)
        return items.error();
    meeting.agenda = *items;
    return {};
}

Status MeetingRepository::readAgendas(QList<Meeting>& meetings, QDate from, QDate to)
{
    // One query for the whole range, not one per meeting: a year's list reads its agendas at
    // once.
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT g.meeting_id, g.position, g.text "
                                         "FROM agenda_items g "
                                         "JOIN meetings m ON m.id = g.meeting_id "
                                         "WHERE m.meeting_date >= ? AND m.meeting_date <= ? "
                                         "ORDER BY g.meeting_id, g.position"),
                          {sql::rangeStart(from), sql::rangeEnd(to)});
    if (!query)
        return query.error();
    QHash<qint64, QList<AgendaItem>> agendas;
    auto read = sql::forEachRow(m_db, *query, [&](const QSqlQuery& row) {
        agendas[row.value(0).toLongLong()].append(itemFrom(row));
    });
    if (!read)
        return read;
    for (Meeting& meeting : meetings)
        meeting.agenda = agendas.value(meeting.id);
    return {};
}

} // namespace bilan
