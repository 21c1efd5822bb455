#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bilan {

// How many directors in office must be present for a meeting to decide anything. The usual
// by-law asks for more than half of the directors in office; some boards fix a number instead.
struct QuorumRule
{
    enum class Kind
    {
        MoreThanHalf,
        AtLeast
    };
    Kind kind = Kind::MoreThanHalf;
    // The number of directors AtLeast asks for; ignored by MoreThanHalf.
    int minimum = 0;

    friend bool operator==(const QuorumRule&, const QuorumRule&) = default;
};

class Quorum
{
    Q_DECLARE_TR_FUNCTIONS(bilan::Quorum)

public:
    // More than half of 11 is 6, of 10 is 6; AtLeast n is n. Never below 1: a meeting nobody
    // attends cannot have quorum, whatever the rule says.
    static int required(const QuorumRule& rule, int inOffice);
    static bool reached(const QuorumRule& rule, int present, int inOffice);

    // "more_than_half" or "at_least:N": the spelling kept in the settings.
    static QString toText(const QuorumRule& rule);
    // Empty when `text` is not one of toText()'s spellings.
    static std::optional<QuorumRule> fromText(QStringView text);
    // A sentence for the preferences and the minutes ("more than half of the directors in office").
    static QString describe(const QuorumRule& rule);
};

} // namespace bilan
