#pragma once

#include "ReportInput.h"

#include <QString>

#include <optional>

namespace bilan {

// The report's sentences and lines that follow the data rather than a fixed wording: who signs
// the words, the Article 17 statement, and how the fully managed members' share of the services
// moved. Plain text in the report's language (ReportSections and ReportDocument put it in HTML);
// empty when the data does not support the sentence.
namespace ReportStatements {

struct Signature
{
    QString name;
    QString title;
};

// The director in the President's office on the year's last day (the board the figures read),
// titled with the office's name as the window names it.
std::optional<Signature> president(const ReportInput& input);
// The general manager of the cooperative's settings; the title, when none was typed, is the
// report's word for it. None without a name.
std::optional<Signature> generalManager(const ReportInput& input);

// "During the fiscal year, the Cooperative carried out N % of its operations with its user
// members within the meaning of section 17 …"; empty without hours in the year.
QString article17(const ReportInput& input);

enum class Trend
{
    Fell,
    Rose,
    Stayed
};

// The fully managed members' share of the hours rendered to members, in the year before and in
// the year (whole percentages, as the chart reads them), and which way it went: equal whole
// percentages are "stayed". Empty when either year has no hours rendered to members, or when
// no managed member had hours in either year nor is a member at the year's end.
struct ManagedShare
{
    int previousPct = 0;
    int currentPct = 0;
    Trend trend = Trend::Stayed;
};
std::optional<ManagedShare> managedShare(const ReportInput& input);

// The sentence saying `managedShare`, with an asterisk sending to `managedFootnote` when there is
// one; empty without a share.
QString managedShareSentence(const ReportInput& input);
// "*Fully managed members: A, B, C." — the managed members at the year's end, by name; empty
// when there are none or no sentence refers to it.
QString managedFootnote(const ReportInput& input);

} // namespace ReportStatements

} // namespace bilan
