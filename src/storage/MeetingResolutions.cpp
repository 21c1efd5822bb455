// The resolutions put to a meeting: read in the order of their numbers, written whole with the
// meeting or one at a time (an import). A resolution is moved and seconded by directors
// recorded present at its meeting (MeetingRepository.h).

#include "MeetingRepository.h"

#include "BoardRepository.h"
#include "Parsing.h"
#include "RowVersion.h"
#include "SqlSupport.h"
#include "Validation.h"

#include <QSet>

#include <algorithm>

namespace bilan {

namespace {

const QString SelectResolutions = QStringLiteral(
    "SELECT r.id, r.meeting_id, r.number, r.text, r.mover_id, r.seconder_id, r.outcome, "
    "r.votes_for, r.votes_against, r.votes_abstaining, r.created_at, r.updated_at, r.updated_by, "
    "m.meeting_date, m.kind FROM resolutions r JOIN meetings m ON m.id = r.meeting_id");

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "2" before "10", "CA-2024-9" before "CA-2024-10": runs of digits compare as numbers, the
// rest ignoring letter case; what is still equal compares as written.
int compareNumbers(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && isDigit(a[endA]))
                ++endA;
            while (endB < b.size() && isDigit(b[endB]))
                ++endB;
            QStringView digitsA = QStringView(a).sliced(i, endA - i);
            QStringView digitsB = QStringView(b).sliced(j, endB - j);
            while (digitsA.size() > 1 && digitsA.front() == u'0')
                digitsA = digitsA.sliced(1);
            while (digitsB.size() > 1 && digitsB.front() == u'0')
                digitsB = digitsB.sliced(1);
            if (digitsA.size() != digitsB.size())
                return digitsA.size() < digitsB.size() ? -1 : 1;
            if (const int c = digitsA.compare(digitsB); c != 0)
                return c;
            i = endA;
            j = endB;
            continue;
        }
        const char32_t ca = a[i].toCaseFolded().unicode();
        const char32_t cb = b[j].toCaseFolded().unicode();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b);
}

struct Row
{
    Resolution resolution;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
    QString meetingDate;
    QString meetingKind;
};

Row rowFrom(const QSqlQuery& query)
{
    Row row;
    Resolution& r = row.resolution;
    r.id = query.value(0).toLongLong();
    r.meetingId = query.value(1).toLongLong();
    r.number = query.value(2).toString();
    r.text = query.value(3).toString();
    r.moverId = query.value(4).isNull() ? 0 : query.value(4).toLongLong();
    r.seconderId = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
    r.outcome =
        fromKey<ResolutionOutcome>(query.value(6).toString()).value_or(ResolutionOutcome::Adopted);
    if (!query.value(7).isNull())
        r.votes =
            ResolutionVotes{query.value(7).toInt(), query.value(8).toInt(), query.value(9).toInt()};
    row.createdAt = query.value(10).toString();
    row.updatedAt = query.value(11).toString();
    row.updatedBy = query.value(12).toString();
    row.meetingDate = query.value(13).toString();
    row.meetingKind = query.value(14).toString();
    return row;
}

// By meeting (date, then kind), then number.
void sortRows(QList<Row>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.meetingDate != b.meetingDate)
            return a.meetingDate < b.meetingDate;
        if (a.meetingKind != b.meetingKind)
            return a.meetingKind < b.meetingKind;
        return compareNumbers(a.resolution.number, b.resolution.number) < 0;
    });
}

QList<Resolution> resolutionsOf(const QList<Row>& rows)
{
    QList<Resolution> resolutions;
    resolutions.reserve(rows.size());
    for (const Row& row : rows)
        resolutions << row.resolution;
    return resolutions;
}

QVariant directorValue(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant votesValue(const std::optional<ResolutionVotes>& votes, int ResolutionVotes::*count)
{
    return votes ? QVariant((*votes).*count) : QVariant(QMetaType::fromType<int>());
}

bool sameVotes(const std::optional<ResolutionVotes>& a, const std::optional<ResolutionVotes>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->inFavour == b->inFavour && a->against == b->against &&
                  a->abstaining == b->abstaining);
}

bool sameContent(const Resolution& a, const Resolution& b)
{
    return a.number == b.number && a.text == b.text && a.moverId == b.moverId &&
           a.seconderId == b.seconderId && a.outcome == b.outcome && sameVotes(a.votes, b.votes);
}

// As stored: the number and the text without the spaces around them.
Resolution cleaned(Resolution resolution)
{
    resolution.number = resolution.number.trimmed();
    resolution.text = resolution.text.trimmed();
    return resolution;
}

} // namespace

Result<QList<Resolution>> MeetingRepository::resolutions(qint64 meetingId)
{
    auto rows = sql::rows(
        m_db,
        sql::run(m_db, SelectResolutions + QStringLiteral(" WHERE r.meeting_id = ?"), {meetingId}),
        rowFrom);
    if (!rows)
        return rows.error();
    sortRows(*rows);
    return resolutionsOf(*rows);
}

Result<QList<Resolution>> MeetingRepository::resolutionsBetween(QDate from, QDate to)
{
    auto rows =
        sql::rows(m_db,
                  sql::run(m_db,
                           SelectResolutions +
                               QStringLiteral(" WHERE m.meeting_date >= ? AND m.meeting_date <= ?"),
                           {sql::rangeStart(from), sql::rangeEnd(to)}),
                  rowFrom);
    if (!rows)
        return rows.error();
    sortRows(*rows);
    return resolutionsOf(*rows);
}

Status MeetingRepository::checkResolution(const Resolution& resolution)
{
    if (auto valid = Validation::resolution(resolution); !valid)
        return valid;
    const QString number = resolution.number.trimmed();
    const QPair<qint64, QString> people[] = {{resolution.moverId, QStringLiteral("mover")},
                                             {resolution.seconderId, QStringLiteral("seconder")}};
    for (const auto& [directorId, field] : people) {
        if (directorId == 0)
            continue;
        auto director = BoardRepository(m_db).director(directorId);
        if (!director)
            return relabel(director.error(), field);
        auto status = sql::run(m_db,
                               QStringLiteral("SELECT status FROM attendance "
                                              "WHERE meeting_id = ? AND director_id = ?"),
                               {resolution.meetingId, directorId});
        if (!status)
            return status.error();
        auto found = sql::first(m_db, status);
        if (!found)
            return found.error();
        if (*found && status->value(0).toString() == toKey(AttendanceStatus::Present))
            continue;
        return fail(field == QLatin1String("mover")
                        ? tr("%1 is not recorded as present at the meeting, so cannot move "
                             "resolution %2; the mover must be a director present")
                              .arg(director->name, number)
                        : tr("%1 is not recorded as present at the meeting, so cannot second "
                             "resolution %2; the seconder must be a director present")
                              .arg(director->name, number),
                    field);
    }
    return {};
}

Result<qint64> MeetingRepository::addResolution(const Resolution& resolution)
{
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        auto meeting = get(resolution.meetingId);
        if (!meeting)
            return relabel(meeting.error(), QStringLiteral("date"));
        const Resolution r = cleaned(resolution);
        if (auto checked = checkResolution(r); !checked)
            return checked.error();
        auto same = sql::run(m_db,
                             QStringLiteral("SELECT 1 FROM resolutions "
                                            "WHERE meeting_id = ? AND number = ?"),
                             {r.meetingId, r.number});
        auto taken = sql::first(m_db, same);
        if (!taken)
            return taken.error();
        if (*taken)
            return fail(tr("resolution %1 is already recorded at the meeting of %2; a number is "
                           "given once per meeting")
                            .arg(r.number, Parsing::formatDate(meeting->date)),
                        QStringLiteral("number"));
        const QString now = m_db.timestamp();
        return sql::insert(
            m_db,
            QStringLiteral("INSERT INTO resolutions (meeting_id, number, text, mover_id, "
                           "seconder_id, outcome, votes_for, votes_against, votes_abstaining, "
                           "created_at, updated_at, updated_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {r.meetingId, r.number, r.text, directorValue(r.moverId), directorValue(r.seconderId),
             toKey(r.outcome), votesValue(r.votes, &ResolutionVotes::inFavour),
             votesValue(r.votes, &ResolutionVotes::against),
             votesValue(r.votes, &ResolutionVotes::abstaining), now, now, RowVersion::author(m_db)},
            QStringLiteral("number"));
    });
}

Status MeetingRepository::replaceResolutions(qint64 meetingId, const QList<Resolution>& resolutions)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto meeting = get(meetingId);
        if (!meeting)
            return meeting.error();
        auto taken = takeResolutions(meetingId);
        if (!taken)
            return taken.error();
        return putResolutions(meetingId, resolutions, *taken);
    });
}

Result<MeetingRepository::TakenResolutions> MeetingRepository::takeResolutions(qint64 meetingId)
{
    auto rows = sql::rows(
        m_db,
        sql::run(m_db, SelectResolutions + QStringLiteral(" WHERE r.meeting_id = ?"), {meetingId}),
        rowFrom);
    if (!rows)
        return rows.error();
    TakenResolutions taken;
    for (const Row& row : std::as_const(*rows))
        taken << StoredResolution{row.resolution, row.createdAt, row.updatedAt, row.updatedBy};
    auto removed =
        sql::run(m_db, QStringLiteral("DELETE FROM resolutions WHERE meeting_id = ?"), {meetingId});
    if (!removed)
        return removed.error();
    return taken;
}

Status MeetingRepository::putResolutions(qint64 meetingId, const QList<Resolution>& resolutions,
                                         const TakenResolutions& taken)
{
    QSet<QString> numbers;
    QSet<qint64> keptIds;
    for (const Resolution& resolution : resolutions) {
        Resolution r = cleaned(resolution);
        r.meetingId = meetingId;
        if (auto checked = checkResolution(r); !checked)
            return checked;
        if (numbers.contains(r.number))
            return fail(tr("resolution %1 is listed twice for the meeting; a number is given once "
                           "per meeting")
                            .arg(r.number),
                        QStringLiteral("number"));
        numbers.insert(r.number);
        // One of the meeting's own keeps its id and creation time, and its change time when
        // nothing changed.
        const auto stored =
            std::find_if(taken.cbegin(), taken.cend(), [&](const StoredResolution& s) {
                return r.id != 0 && s.resolution.id == r.id;
            });
        const bool kept = stored != taken.cend() && !keptIds.contains(r.id);
        if (kept)
            keptIds.insert(r.id);
        const bool unchanged = kept && sameContent(stored->resolution, r);
        const QString now = m_db.timestamp();
        QVariantList values{kept ? QVariant(r.id) : QVariant(QMetaType::fromType<qint64>()),
                            meetingId,
                            r.number,
                            r.text,
                            directorValue(r.moverId),
                            directorValue(r.seconderId),
                            toKey(r.outcome),
                            votesValue(r.votes, &ResolutionVotes::inFavour),
                            votesValue(r.votes, &ResolutionVotes::against),
                            votesValue(r.votes, &ResolutionVotes::abstaining),
                            kept ? stored->createdAt : now,
                            unchanged ? stored->updatedAt : now,
                            unchanged ? stored->updatedBy : RowVersion::author(m_db)};
        // A new row takes the next id: the column is left out rather than bound NULL, which a
        // server's identity column refuses.
        QString columns = QStringLiteral("id, meeting_id, number, text, mover_id, seconder_id, "
                                         "outcome, votes_for, votes_against, votes_abstaining, "
                                         "created_at, updated_at, updated_by");
        QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
        if (!kept) {
            values.removeFirst();
            columns.remove(0, 4);
            marks.remove(0, 3);
        }
        auto inserted = sql::run(
            m_db, QStringLiteral("INSERT INTO resolutions (%1) VALUES (%2)").arg(columns, marks),
            values, QStringLiteral("number"));
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status MeetingRepository::refuseIfNamedInResolutions(qint64 meetingId, qint64 directorId,
                                                     const QString& field)
{
    auto numbers = sql::rows(m_db,
                             sql::run(m_db,
                                      QStringLiteral("SELECT number FROM resolutions "
                                                     "WHERE meeting_id = ? "
                                                     "AND (mover_id = ? OR seconder_id = ?)"),
                                      {meetingId, directorId, directorId}),
                             [](const QSqlQuery& row) { return row.value(0).toString(); });
    if (!numbers)
        return numbers.error();
    if (numbers->isEmpty())
        return {};
    std::sort(numbers->begin(), numbers->end(),
              [](const QString& a, const QString& b) { return compareNumbers(a, b) < 0; });
    auto director = BoardRepository(m_db).director(directorId);
    if (!director)
        return director.error();
    return namedInResolution(director->name, numbers->constFirst(), field);
}

Error MeetingRepository::namedInResolution(const QString& director, const QString& number,
                                           const QString& field)
{
    return fail(tr("%1 moved or seconded resolution %2 of this meeting, so stays recorded as "
                   "present; change the resolution first")
                    .arg(director, number),
                field);
}

} // namespace bilan
