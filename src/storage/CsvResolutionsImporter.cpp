// The `resolutions` kind: each row names its meeting by date and kind, as attendance does, and
// its mover and seconder by name; the repository checks them present at that meeting.

#include "BoardRepository.h"
#include "CsvRowImporter.h"
#include "MeetingRepository.h"

namespace bilan {

namespace {

const QString VotesFor = QStringLiteral("votes_for");
const QString VotesAgainst = QStringLiteral("votes_against");
const QString VotesAbstaining = QStringLiteral("votes_abstaining");

class ResolutionsImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ResolutionsImporter)

public:
    using RowImporter::RowImporter;

    void row(const CsvRow& row) override
    {
        const auto day = date(row, QStringLiteral("date"));
        const auto kind = choice<MeetingKind>(row, QStringLiteral("kind"));
        const auto outcome = choice<ResolutionOutcome>(row, QStringLiteral("outcome"));
        const auto mover = director(row, QStringLiteral("mover"));
        const auto seconder = director(row, QStringLiteral("seconder"));
        const auto votes = this->votes(row);
        if (!day || !kind || !outcome || !mover || !seconder || !votes)
            return;
        auto meeting = take(row, MeetingRepository(m_db).find(*day, *kind));
        if (!meeting)
            return;
        if (!*meeting) {
            report(row, noMeetingOn(*kind, *day));
            return;
        }
        const QString number = row.value(QStringLiteral("number"));
        // Two rows for one number at one meeting contradict each other.
        if (!number.isEmpty() &&
            !firstInFile(
                row,
                QStringLiteral("%1|%2|%3").arg(Parsing::formatDate(*day), toKey(*kind), number),
                tr("resolution %1 of the %2 meeting of %3")
                    .arg(number, toKey(*kind), Parsing::formatDate(*day)),
                QStringLiteral("number")))
            return;
        Resolution resolution;
        resolution.meetingId = (*meeting)->id;
        resolution.number = number;
        resolution.text = row.raw(QStringLiteral("text"));
        resolution.moverId = *mover;
        resolution.seconderId = *seconder;
        resolution.outcome = *outcome;
        resolution.votes = *votes;
        take(row, MeetingRepository(m_db).addResolution(resolution));
    }

private:
    // A director named in `column`: 0 for an empty cell (none recorded).
    std::optional<qint64> director(const CsvRow& row, const QString& column)
    {
        const QString name = row.value(column);
        if (name.isEmpty())
            return 0;
        auto found = take(row, BoardRepository(m_db).findDirector(name), column);
        if (!found)
            return std::nullopt;
        if (!*found) {
            report(row,
                   fail(tr("no director named \"%1\"; import the board first").arg(name), column));
            return std::nullopt;
        }
        return (*found)->id;
    }

    // The three counts, or none: a count given alone would say the others were zero.
    std::optional<std::optional<ResolutionVotes>> votes(const CsvRow& row)
    {
        const QString columns[] = {VotesFor, VotesAgainst, VotesAbstaining};
        int given = 0;
        for (const QString& column : columns)
            given += row.value(column).isEmpty() ? 0 : 1;
        if (given == 0)
            return std::optional<ResolutionVotes>();
        if (given < 3) {
            for (const QString& column : columns) {
                if (row.value(column).isEmpty()) {
                    report(row, fail(tr("votes are counted all three or not at all: give "
                                        "votes_for, votes_against and votes_abstaining, or leave "
                                        "the three empty"),
                                     column));
                    break;
                }
            }
            return std::nullopt;
        }
        int counts[3] = {0, 0, 0};
        bool ok = true;
        for (int i = 0; i < 3; ++i) {
            const auto count = take(row, Parsing::integer(row.value(columns[i])), columns[i]);
            ok = ok && count;
            counts[i] = count.value_or(0);
        }
        if (!ok)
            return std::nullopt;
        return std::optional<ResolutionVotes>(ResolutionVotes{counts[0], counts[1], counts[2]});
    }
};

} // namespace

std::unique_ptr<RowImporter> makeResolutionsImporter(Database& database, ImportResult& result)
{
    return std::make_unique<ResolutionsImporter>(database, result);
}

} // namespace bilan
