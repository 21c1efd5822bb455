#include "BoardRepository.h"

#include "Parsing.h"
#include "RowVersion.h"
#include "SqlSupport.h"
#include "Validation.h"

#include <algorithm>

namespace bilan {

namespace {

const QString SelectDirectors =
    QStringLiteral("SELECT id, name, created_at, updated_at FROM directors");

// The director's name key comes last, for sorting by name outside SQL.
const QString SelectMandates = QStringLiteral(
    "SELECT m.id, m.director_id, m.organisation_id, m.role, m.started_on, m.ended_on, "
    "m.created_at, m.updated_at, d.name_key FROM board_mandates m "
    "JOIN directors d ON d.id = m.director_id");

// The organisation column's value: NULL for a director who represents none.
QVariant organisationValue(const BoardMandate& mandate)
{
    return mandate.organisationId != 0 ? QVariant(mandate.organisationId)
                                       : QVariant(QMetaType::fromType<qint64>());
}

Director directorFrom(const QSqlQuery& query)
{
    Director director;
    director.id = query.value(0).toLongLong();
    director.name = query.value(1).toString();
    director.createdAt = sql::toTimestamp(query.value(2));
    director.updatedAt = sql::toTimestamp(query.value(3));
    return director;
}

BoardMandate mandateFrom(const QSqlQuery& query)
{
    BoardMandate mandate;
    mandate.id = query.value(0).toLongLong();
    mandate.directorId = query.value(1).toLongLong();
    mandate.organisationId = query.value(2).toLongLong();
    mandate.role = fromKey<BoardRole>(query.value(3).toString()).value_or(BoardRole::Director);
    mandate.started = sql::toDate(query.value(4));
    mandate.ended = sql::toDate(query.value(5));
    mandate.createdAt = sql::toTimestamp(query.value(6));
    mandate.updatedAt = sql::toTimestamp(query.value(7));
    return mandate;
}

Result<QList<BoardMandate>> mandatesWhere(Database& db, const QString& tail,
                                          std::initializer_list<QVariant> values)
{
    auto query = sql::run(db, SelectMandates + tail, values);
    if (!query)
        return query.error();
    return sql::rows(db, *query, mandateFrom);
}

bool overlap(const BoardMandate& a, const BoardMandate& b)
{
    const bool aStartsBeforeBEnds = !b.ended.isValid() || a.started <= b.ended;
    const bool bStartsBeforeAEnds = !a.ended.isValid() || b.started <= a.ended;
    return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

struct AttendedMeeting
{
    QDate date;
    MeetingKind kind = MeetingKind::Board;
};

// Attendance is only recorded for directors in office: the first meeting the director attended
// that `mandates` would leave without a mandate covering its day, if any.
Result<std::optional<AttendedMeeting>> firstUncovered(Database& db, qint64 directorId,
                                                      const QList<BoardMandate>& mandates)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT m.meeting_date, m.kind FROM attendance a "
                                         "JOIN meetings m ON m.id = a.meeting_id "
                                         "WHERE a.director_id = ? ORDER BY m.meeting_date, m.kind"),
                          {directorId});
    if (!query)
        return query.error();
    for (;;) {
        auto row = sql::next(db, *query);
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<AttendedMeeting>();
        const QDate day = sql::toDate(query->value(0));
        const bool covered = std::any_of(mandates.cbegin(), mandates.cend(),
                                         [&](const BoardMandate& m) { return m.inOfficeOn(day); });
        if (!covered)
            return std::optional<AttendedMeeting>(AttendedMeeting{
                day,
                fromKey<MeetingKind>(query->value(1).toString()).value_or(MeetingKind::Board)});
    }
}

Error uncoveredAttendance(const QString& director, const AttendedMeeting& meeting,
                          const QString& field)
{
    QString what;
    switch (meeting.kind) {
    case MeetingKind::Agm:
        what = BoardRepository::tr("the general assembly on %1")
                   .arg(Parsing::formatDate(meeting.date));
        break;
    case MeetingKind::Board:
        what =
            BoardRepository::tr("the board meeting on %1").arg(Parsing::formatDate(meeting.date));
        break;
    case MeetingKind::Executive:
        what = BoardRepository::tr("the executive meeting on %1")
                   .arg(Parsing::formatDate(meeting.date));
        break;
    }
    return fail(BoardRepository::tr("%1 attended %2, which would then fall outside any of their "
                                    "mandates; remove that attendance first")
                    .arg(director, what),
                field);
}

// Every meeting the director attended must stay within one of their mandates once the mandate
// `changedId` is gone (or replaced by `replacement`); the error is filed under `fieldOf(meeting)`.
template <typename FieldOf>
Status attendanceStaysCovered(Database& db, qint64 directorId, qint64 changedId,
                              const BoardMandate* replacement, FieldOf fieldOf)
{
    BoardRepository board(db);
    auto remaining = board.mandatesOf(directorId);
    if (!remaining)
        return remaining.error();
    remaining->removeIf([&](const BoardMandate& m) { return m.id == changedId; });
    if (replacement)
        remaining->append(*replacement);
    auto uncovered = firstUncovered(db, directorId, *remaining);
    if (!uncovered)
        return uncovered.error();
    if (!*uncovered)
        return {};
    auto director = board.director(directorId);
    if (!director)
        return director.error();
    return uncoveredAttendance(director->name, **uncovered, fieldOf(**uncovered));
}

} // namespace

Result<qint64> BoardRepository::addDirector(const QString& name)
{
    // Checked as given: cleanName() would make a line break a space.
    if (auto valid = Validation::oneLineText(name, QStringLiteral("name")); !valid)
        return valid.error();
    const QString clean = Parsing::cleanName(name);
    if (clean.isEmpty())
        return fail(tr("a director needs a name"), QStringLiteral("name"));
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        auto existing = findDirector(clean);
        if (!existing)
            return existing.error();
        if (*existing)
            return Validation::duplicateName(tr("a director"), clean);
        const QString now = m_db.timestamp();
        return sql::insert(m_db,
                           QStringLiteral("INSERT INTO directors (name, name_key, created_at, "
                                          "updated_at, updated_by) VALUES (?, ?, ?, ?, ?)"),
                           {clean, Parsing::nameKey(clean), now, now, RowVersion::author(m_db)},
                           QStringLiteral("name"));
    });
}

Result<qint64> BoardRepository::directorIdFor(const QString& name)
{
    auto existing = findDirector(name);
    if (!existing)
        return existing.error();
    if (*existing)
        return (*existing)->id;
    return addDirector(name);
}

Status BoardRepository::renameDirector(qint64 id, const QString& name, const QDateTime& loaded)
{
    auto current = director(id);
    if (!current)
        return current.error();
    // Checked as given: cleanName() would make a line break a space.
    if (auto valid = Validation::oneLineText(name, QStringLiteral("name")); !valid)
        return valid;
    const QString clean = Parsing::cleanName(name);
    if (clean.isEmpty())
        return fail(tr("a director needs a name"), QStringLiteral("name"));
    return sql::inTransaction(m_db, [&]() -> Status {
        auto existing = findDirector(clean);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->id != id)
            return Validation::duplicateName(tr("a director"), clean);
        return RowVersion::update(m_db, QStringLiteral("directors"),
                                  QStringLiteral("name = ?, name_key = ?"),
                                  {clean, Parsing::nameKey(clean)}, id, loaded);
    });
}

Result<Director> BoardRepository::director(qint64 id)
{
    return sql::one(m_db, sql::run(m_db, SelectDirectors + QStringLiteral(" WHERE id = ?"), {id}),
                    directorFrom, tr("no director with id %1").arg(id));
}

Result<std::optional<Director>> BoardRepository::findDirector(const QString& name)
{
    return sql::optionalOne(m_db,
                            sql::run(m_db, SelectDirectors + QStringLiteral(" WHERE name_key = ?"),
                                     {Parsing::nameKey(name)}),
                            directorFrom);
}

Result<QList<Director>> BoardRepository::directors()
{
    auto query = sql::run(m_db, SelectDirectors + QStringLiteral(" ORDER BY name_key, id"));
    if (!query)
        return query.error();
    return sql::rows(m_db, *query, directorFrom);
}

Status BoardRepository::checkMandate(const BoardMandate& mandate)
{
    auto director = this->director(mandate.directorId);
    if (!director)
        return relabel(director.error(), QStringLiteral("name"));
    // No organisation (0): an individual member, representing none.
    if (mandate.organisationId != 0) {
        auto organisation =
            sql::exists(m_db, QStringLiteral("organisations"), mandate.organisationId);
        if (!organisation)
            return organisation.error();
        if (!*organisation)
            return fail(tr("no organisation with id %1").arg(mandate.organisationId),
                        QStringLiteral("organisation"));
    }
    if (auto valid = Validation::mandate(mandate); !valid)
        return valid;
    auto others = mandatesOf(mandate.directorId);
    if (!others)
        return others.error();
    for (const BoardMandate& other : *others) {
        if (other.id == mandate.id || !overlap(mandate, other))
            continue;
        if (other.ended.isValid())
            return fail(tr("%1 already holds a mandate from %2 to %3, which overlaps this one")
                            .arg(director->name, Parsing::formatDate(other.started),
                                 Parsing::formatDate(other.ended)),
                        QStringLiteral("started"));
        return fail(tr("%1 already holds a mandate since %2 with no end, which overlaps this "
                       "one")
                        .arg(director->name, Parsing::formatDate(other.started)),
                    QStringLiteral("started"));
    }
    return {};
}

Result<qint64> BoardRepository::addMandate(const BoardMandate& mandate)
{
    // The overlap check must still hold when the row is written.
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        BoardMandate fresh = mandate;
        fresh.id = 0;
        if (auto checked = checkMandate(fresh); !checked)
            return checked.error();
        const QString now = m_db.timestamp();
        return sql::insert(m_db,
                           QStringLiteral("INSERT INTO board_mandates (director_id, "
                                          "organisation_id, role, started_on, ended_on, "
                                          "created_at, updated_at, updated_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {mandate.directorId, organisationValue(mandate), toKey(mandate.role),
                            sql::date(mandate.started), sql::date(mandate.ended), now, now,
                            RowVersion::author(m_db)});
    });
}

Status BoardRepository::updateMandate(const BoardMandate& mandate)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto stored = this->mandate(mandate.id);
        if (!stored)
            return stored.error();
        if (auto current = RowVersion::check(m_db, QStringLiteral("board_mandates"), mandate.id,
                                             mandate.updatedAt);
            !current)
            return current;
        if (auto checked = checkMandate(mandate); !checked)
            return checked;

        // The stored director's attendance must stay within the mandates left after the change.
        const bool sameDirector = mandate.directorId == stored->directorId;
        if (auto covered = attendanceStaysCovered(m_db, stored->directorId, mandate.id,
                                                  sameDirector ? &mandate : nullptr,
                                                  [&](const AttendedMeeting& meeting) {
                                                      if (!sameDirector)
                                                          return QStringLiteral("name");
                                                      return meeting.date < mandate.started
                                                                 ? QStringLiteral("started")
                                                                 : QStringLiteral("ended");
                                                  });
            !covered)
            return covered;

        return RowVersion::update(
            m_db, QStringLiteral("board_mandates"),
            QStringLiteral("director_id = ?, organisation_id = ?, role = ?, started_on = ?, "
                           "ended_on = ?"),
            {mandate.directorId, organisationValue(mandate), toKey(mandate.role),
             sql::date(mandate.started), sql::date(mandate.ended)},
            mandate.id, mandate.updatedAt);
    });
}

Status BoardRepository::removeMandate(qint64 id, const QDateTime& loaded)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto stored = mandate(id);
        if (!stored)
            return stored.error();
        if (auto current = RowVersion::check(m_db, QStringLiteral("board_mandates"), id, loaded);
            !current)
            return current;
        if (auto covered = attendanceStaysCovered(m_db, stored->directorId, id, nullptr,
                                                  [](const AttendedMeeting&) { return QString(); });
            !covered)
            return covered;
        return sql::removeRow(m_db, QStringLiteral("board_mandates"), id,
                              tr("no board mandate with id %1").arg(id));
    });
}

Result<BoardMandate> BoardRepository::mandate(qint64 id)
{
    auto found = mandatesWhere(m_db, QStringLiteral(" WHERE m.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return fail(tr("no board mandate with id %1").arg(id));
    return found->first();
}

Result<QList<BoardMandate>> BoardRepository::mandates()
{
    return mandatesWhere(m_db, QStringLiteral(" ORDER BY m.started_on, d.name_key, m.id"), {});
}

Result<QList<BoardMandate>> BoardRepository::mandatesOf(qint64 directorId)
{
    return mandatesWhere(m_db, QStringLiteral(" WHERE m.director_id = ? ORDER BY m.started_on"),
                         {directorId});
}

Result<QList<BoardMandate>> BoardRepository::inOfficeOn(QDate day)
{
    auto query =
        sql::run(m_db,
                 SelectMandates + QStringLiteral(" WHERE m.started_on <= ? "
                                                 "AND (m.ended_on IS NULL OR m.ended_on >= ?)"),
                 {sql::date(day), sql::date(day)});
    if (!query)
        return query.error();
    auto named = sql::rows(m_db, *query, [](const QSqlQuery& row) {
        return QPair<BoardMandate, QString>(mandateFrom(row), row.value(8).toString());
    });
    if (!named)
        return named.error();
    // Roles sort in their order of precedence, which their keys' alphabetical order is not.
    std::sort(named->begin(), named->end(), [](const auto& a, const auto& b) {
        if (a.first.role != b.first.role)
            return a.first.role < b.first.role;
        return a.second < b.second;
    });
    QList<BoardMandate> mandates;
    for (const auto& [mandate, nameKey] : *named)
        mandates << mandate;
    return mandates;
}

} // namespace bilan
