// Validation of what minutes record: a meeting's place, times and agenda, and its resolutions
// (Validation.h).

#include "Validation.h"

#include "Parsing.h"

#include <algorithm>

namespace bilan {

Status Validation::meetingMinutes(const Meeting& meeting)
{
    if (auto valid = oneLineText(meeting.place, QStringLiteral("place")); !valid)
        return valid;
    if (meeting.startTime.isValid() && meeting.endTime.isValid() &&
        meeting.endTime <= meeting.startTime)
        return fail(
            tr("the meeting must end after it starts (%1); it ends at %2")
                .arg(Parsing::formatTime(meeting.startTime), Parsing::formatTime(meeting.endTime)),
            QStringLiteral("end_time"));
    const QString agenda = QStringLiteral("agenda");
    for (qsizetype i = 0; i < meeting.agenda.size(); ++i) {
        const QString& text = meeting.agenda.at(i).text;
        if (text.trimmed().isEmpty())
            return fail(tr("agenda item %1 is empty; give it a text or remove it").arg(i + 1),
                        agenda);
        if (auto valid = oneLineText(text, agenda); !valid)
            return valid;
    }
    return {};
}

Status Validation::resolution(const Resolution& resolution)
{
    const QString number = resolution.number.trimmed();
    if (number.isEmpty())
        return fail(tr("a resolution needs a number"), QStringLiteral("number"));
    if (auto valid = oneLineText(resolution.number, QStringLiteral("number")); !valid)
        return valid;
    if (resolution.text.trimmed().isEmpty())
        return fail(tr("resolution %1 needs a text").arg(number), QStringLiteral("text"));
    if (auto valid = multiLineText(resolution.text, QStringLiteral("text")); !valid)
        return valid;
    constexpr auto outcomes = allValues<ResolutionOutcome>();
    if (std::find(outcomes.cbegin(), outcomes.cend(), resolution.outcome) == outcomes.cend())
        return fail(tr("the outcome of resolution %1 must be one of %2")
                        .arg(number, allKeys<ResolutionOutcome>().join(QStringLiteral(", "))),
                    QStringLiteral("outcome"));
    if (resolution.moverId < 0 || resolution.seconderId < 0)
        return fail(
            tr("no director with id %1").arg(std::min(resolution.moverId, resolution.seconderId)),
            resolution.moverId < 0 ? QStringLiteral("mover") : QStringLiteral("seconder"));
    if (resolution.moverId != 0 && resolution.moverId == resolution.seconderId)
        return fail(tr("resolution %1 is moved and seconded by the same director; the seconder "
                       "must be another director present")
                        .arg(number),
                    QStringLiteral("seconder"));
    if (resolution.votes) {
        const QList<QPair<int, QString>> counts{
            {resolution.votes->inFavour, QStringLiteral("votes_for")},
            {resolution.votes->against, QStringLiteral("votes_against")},
            {resolution.votes->abstaining, QStringLiteral("votes_abstaining")},
        };
        for (const auto& [count, column] : counts) {
            if (count < 0)
                return fail(tr("a number of votes cannot be negative (%1)").arg(count), column);
        }
    }
    return {};
}

} // namespace bilan
