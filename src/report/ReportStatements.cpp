#include "ReportStatements.h"

#include "FigureMath.h"
#include "Formatting.h"
#include "ReportText.h"

#include <cmath>

namespace bilan::ReportStatements {

namespace {

// The managed members' whole percentage of the minutes rendered to members in the series' year
// `index`; empty when that year has none.
std::optional<int> managedPct(const FiguresSeries& series, qsizetype index)
{
    if (index < 0 || index >= series.memberMinutesByCategory.size())
        return std::nullopt;
    const QMap<MembershipCategory, qint64>& minutes = series.memberMinutesByCategory.at(index);
    qint64 members = 0;
    for (qint64 value : minutes)
        members += value;
    const auto share = FigureMath::sharePct(minutes.value(MembershipCategory::Managed, 0), members);
    if (!share)
        return std::nullopt;
    return static_cast<int>(std::lround(*share));
}

qint64 managedMinutes(const FiguresSeries& series, qsizetype index)
{
    if (index < 0 || index >= series.memberMinutesByCategory.size())
        return 0;
    return series.memberMinutesByCategory.at(index).value(MembershipCategory::Managed, 0);
}

} // namespace

std::optional<Signature> president(const ReportInput& input)
{
    for (const BoardSeat& seat : input.figures.board) {
        if (seat.role == BoardRole::President && !seat.director.trimmed().isEmpty())
            return Signature{seat.director.trimmed(),
                             ReportText::name(BoardRole::President, input.language)};
    }
    return std::nullopt;
}

std::optional<Signature> generalManager(const ReportInput& input)
{
    if (input.generalManager.trimmed().isEmpty())
        return std::nullopt;
    const QString title = input.generalManagerTitle.trimmed();
    return Signature{input.generalManager.trimmed(),
                     title.isEmpty() ? ReportText::tr("General manager", input) : title};
}

QString article17(const ReportInput& input)
{
    if (!input.figures.operationsWithMembersPct)
        return {};
    return ReportText::tr("During the fiscal year, the Cooperative carried out %1 of its "
                          "operations with its user members within the meaning of section 17 of "
                          "the Regulation respecting the application of the Cooperatives Act.",
                          input)
        .arg(Formatting(input.locale()).ratio(input.figures.operationsWithMembersPct));
}

std::optional<ManagedShare> managedShare(const ReportInput& input)
{
    const FiguresSeries& series = input.series;
    const qsizetype current = series.years.indexOf(input.figures.year);
    if (current < 1)
        return std::nullopt;
    const auto before = managedPct(series, current - 1);
    const auto now = managedPct(series, current);
    if (!before || !now)
        return std::nullopt;
    // A cooperative that never had managed members has no share to speak of.
    if (managedMinutes(series, current - 1) == 0 && managedMinutes(series, current) == 0 &&
        input.figures.managedMemberNames.isEmpty())
        return std::nullopt;
    const Trend trend = *now < *before ? Trend::Fell : *now > *before ? Trend::Rose : Trend::Stayed;
    return ManagedShare{*before, *now, trend};
}

QString managedShareSentence(const ReportInput& input)
{
    const auto share = managedShare(input);
    if (!share)
        return {};
    const Formatting format(input.locale());
    const QString mark =
        input.figures.managedMemberNames.isEmpty() ? QString() : QStringLiteral("*");
    const QString before = format.percent(static_cast<double>(share->previousPct));
    const QString now = format.percent(static_cast<double>(share->currentPct));
    switch (share->trend) {
    case Trend::Fell:
        return ReportText::tr("With regard to their use of the services, the share of fully "
                              "managed members%1 fell from %2 to %3, in favour of the other "
                              "members.",
                              input)
            .arg(mark, before, now);
    case Trend::Rose:
        return ReportText::tr(
                   "With regard to their use of the services, the share of fully "
                   "managed members%1 rose from %2 to %3, at the expense of the other members.",
                   input)
            .arg(mark, before, now);
    case Trend::Stayed:
        break;
    }
    return ReportText::tr("With regard to their use of the services, the share of fully managed "
                          "members%1 stayed at %2.",
                          input)
        .arg(mark, now);
}

QString managedFootnote(const ReportInput& input)
{
    if (input.figures.managedMemberNames.isEmpty() || !managedShare(input))
        return {};
    return ReportText::tr("*Fully managed members: %1.", input)
        .arg(input.figures.managedMemberNames.join(QStringLiteral(", ")));
}

} // namespace bilan::ReportStatements
