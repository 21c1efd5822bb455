#include "Quorum.h"

#include <gtest/gtest.h>

using namespace bilan;

namespace {

const QuorumRule MoreThanHalf{};
QuorumRule atLeast(int n)
{
    return QuorumRule{QuorumRule::Kind::AtLeast, n};
}

} // namespace

TEST(QuorumTest, MoreThanHalfOfAnOddBoard)
{
    EXPECT_EQ(Quorum::required(MoreThanHalf, 11), 6);
    EXPECT_FALSE(Quorum::reached(MoreThanHalf, 5, 11));
    EXPECT_TRUE(Quorum::reached(MoreThanHalf, 6, 11));
    EXPECT_TRUE(Quorum::reached(MoreThanHalf, 11, 11));
}

TEST(QuorumTest, HalfOfAnEvenBoardIsNotEnough)
{
    EXPECT_EQ(Quorum::required(MoreThanHalf, 10), 6);
    EXPECT_FALSE(Quorum::reached(MoreThanHalf, 5, 10));
    EXPECT_TRUE(Quorum::reached(MoreThanHalf, 6, 10));
}

TEST(QuorumTest, SmallBoards)
{
    EXPECT_EQ(Quorum::required(MoreThanHalf, 1), 1);
    EXPECT_EQ(Quorum::required(MoreThanHalf, 2), 2);
    EXPECT_EQ(Quorum::required(MoreThanHalf, 3), 2);
    // Nobody in office: no meeting can have quorum.
    EXPECT_EQ(Quorum::required(MoreThanHalf, 0), 1);
    EXPECT_FALSE(Quorum::reached(MoreThanHalf, 0, 0));
}

TEST(QuorumTest, AtLeastAFixedNumber)
{
    EXPECT_EQ(Quorum::required(atLeast(4), 11), 4);
    EXPECT_EQ(Quorum::required(atLeast(4), 3), 4);
    EXPECT_FALSE(Quorum::reached(atLeast(4), 3, 11));
    EXPECT_TRUE(Quorum::reached(atLeast(4), 4, 11));
    // A board smaller than the number can never reach it.
    EXPECT_FALSE(Quorum::reached(atLeast(4), 3, 3));
}

TEST(QuorumTest, AtLeastNeverBelowOne)
{
    EXPECT_EQ(Quorum::required(atLeast(0), 11), 1);
    EXPECT_EQ(Quorum::required(atLeast(-3), 11), 1);
    EXPECT_FALSE(Quorum::reached(atLeast(0), 0, 11));
}

TEST(QuorumTest, TextRoundTrip)
{
    EXPECT_EQ(Quorum::toText(MoreThanHalf), QStringLiteral("more_than_half"));
    EXPECT_EQ(Quorum::toText(atLeast(5)), QStringLiteral("at_least:5"));
    EXPECT_EQ(Quorum::fromText(u"more_than_half"), MoreThanHalf);
    EXPECT_EQ(Quorum::fromText(u" AT_LEAST:5 "), atLeast(5));
    EXPECT_FALSE(Quorum::fromText(u"at_least:0"));
    EXPECT_FALSE(Quorum::fromText(u"at_least:x"));
    EXPECT_FALSE(Quorum::fromText(u"half"));
}

TEST(QuorumTest, DescribesTheRule)
{
    EXPECT_FALSE(Quorum::describe(MoreThanHalf).isEmpty());
    EXPECT_TRUE(Quorum::describe(atLeast(5)).contains(QLatin1Char('5')));
}
