#pragma once

namespace bilan::Privacy {

// Personal information (an expert's gender and birth year) is only ever shown aggregated, and
// an aggregate over too few people is a person's own data: with one expert who gave a birth
// year, "average age 59" is that expert's age. Every aggregate of a personal datum is computed
// over the people who gave that datum, and withheld below this many of them.
inline constexpr int MinimumPeople = 5;

constexpr bool mayShowAggregate(int peopleWhoGaveIt)
{
    return peopleWhoGaveIt >= MinimumPeople;
}

} // namespace bilan::Privacy
