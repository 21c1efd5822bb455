#include "Enums.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace bilan;

namespace {

std::vector<std::string> keysOf(const QStringList& keys)
{
    std::vector<std::string> out;
    for (const QString& key : keys)
        out.push_back(key.toStdString());
    return out;
}

template <typename E> class EnumKeysTest : public ::testing::Test
{};

using AllEnums = ::testing::Types<OrganisationKind, MembershipCategory, ExpertRole, Gender,
                                  BoardRole, MeetingKind, AttendanceStatus, ResolutionOutcome,
                                  Scenario, FinanceKind, ActivityType, Audience>;
TYPED_TEST_SUITE(EnumKeysTest, AllEnums);

TYPED_TEST(EnumKeysTest, EveryValueRoundTripsThroughItsKey)
{
    for (TypeParam value : allValues<TypeParam>()) {
        const QString key = toKey(value);
        EXPECT_FALSE(key.isEmpty());
        const auto back = fromKey<TypeParam>(key);
        ASSERT_TRUE(back.has_value()) << key.toStdString();
        EXPECT_EQ(*back, value) << key.toStdString();
    }
}

TYPED_TEST(EnumKeysTest, KeysAreDistinctAndListedInDeclarationOrder)
{
    const QStringList keys = allKeys<TypeParam>();
    ASSERT_EQ(static_cast<std::size_t>(keys.size()), enumCount<TypeParam>());
    std::set<std::string> folded;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        EXPECT_EQ(keys.at(i), toKey(static_cast<TypeParam>(i)));
        folded.insert(keys.at(i).toLower().toStdString());
    }
    // Keys are parsed ignoring case, so they must differ by more than case.
    EXPECT_EQ(folded.size(), enumCount<TypeParam>());
}

TYPED_TEST(EnumKeysTest, ParsingIgnoresLetterCaseAndSurroundingSpaces)
{
    for (TypeParam value : allValues<TypeParam>()) {
        const QString key = toKey(value);
        for (const QString& spelling :
             {key.toUpper(), key.toLower(), QStringLiteral("  %1\t").arg(key)}) {
            const auto parsed = fromKey<TypeParam>(spelling);
            ASSERT_TRUE(parsed.has_value()) << spelling.toStdString();
            EXPECT_EQ(*parsed, value) << spelling.toStdString();
        }
    }
}

TYPED_TEST(EnumKeysTest, RefusesUnknownAndEmptyKeys)
{
    EXPECT_FALSE(fromKey<TypeParam>(u"").has_value());
    EXPECT_FALSE(fromKey<TypeParam>(u"   ").has_value());
    EXPECT_FALSE(fromKey<TypeParam>(u"unknown").has_value());
    const QString first = toKey(allValues<TypeParam>().front());
    EXPECT_FALSE(fromKey<TypeParam>(first + QStringLiteral("x")).has_value());
    EXPECT_FALSE(fromKey<TypeParam>(first.left(first.size() - 1)).has_value());
}

// The keys are the CSV and database spellings of DESIGN.md: changing one breaks every file
// written before.
TEST(EnumKeys, MatchDesignMd)
{
    using V = std::vector<std::string>;
    EXPECT_EQ(keysOf(allKeys<OrganisationKind>()),
              (V{"coop", "mutual", "npo", "network", "other"}));
    EXPECT_EQ(keysOf(allKeys<MembershipCategory>()),
              (V{"member", "auxiliary", "supporting", "managed"}));
    EXPECT_EQ(keysOf(allKeys<ExpertRole>()), (V{"professional", "trainer", "director"}));
    EXPECT_EQ(keysOf(allKeys<Gender>()), (V{"F", "M", "X"}));
    EXPECT_EQ(keysOf(allKeys<BoardRole>()),
              (V{"president", "vice_president", "secretary_treasurer", "director"}));
    EXPECT_EQ(keysOf(allKeys<MeetingKind>()), (V{"agm", "board", "executive"}));
    EXPECT_EQ(keysOf(allKeys<AttendanceStatus>()), (V{"present", "absent", "excused"}));
    EXPECT_EQ(keysOf(allKeys<ResolutionOutcome>()), (V{"adopted", "rejected", "deferred"}));
    EXPECT_EQ(keysOf(allKeys<Scenario>()), (V{"actual", "budget"}));
    EXPECT_EQ(keysOf(allKeys<FinanceKind>()), (V{"revenue_members", "revenue_auxiliary",
                                                 "revenue_other", "public_funding", "expense"}));
    EXPECT_EQ(keysOf(allKeys<ActivityType>()), (V{"event", "meeting", "agreement"}));
    EXPECT_EQ(keysOf(allKeys<Audience>()), (V{"networks", "npo_groups", "relay_partners"}));
}

TEST(EnumKeys, ToKeyNamesTheEnumerator)
{
    EXPECT_EQ(toKey(FinanceKind::PublicFunding), "public_funding");
    EXPECT_EQ(toKey(BoardRole::SecretaryTreasurer), "secretary_treasurer");
    EXPECT_EQ(toKey(Audience::NpoGroups), "npo_groups");
    EXPECT_EQ(toKey(Gender::X), "X");
    EXPECT_EQ(toKey(MembershipCategory::Managed), "managed");
}

TEST(EnumKeys, FromKeyIgnoresCase)
{
    EXPECT_EQ(fromKey<Gender>(u"f"), Gender::F);
    EXPECT_EQ(fromKey<BoardRole>(u"VICE_PRESIDENT"), BoardRole::VicePresident);
    EXPECT_EQ(fromKey<OrganisationKind>(u" Npo "), OrganisationKind::Npo);
    EXPECT_EQ(fromKey<MeetingKind>(u"AGM"), MeetingKind::Agm);
    // Only the key's spelling is accepted, not the enumerator's name.
    EXPECT_FALSE(fromKey<BoardRole>(u"VicePresident").has_value());
    EXPECT_FALSE(fromKey<BoardRole>(u"vice president").has_value());
}

TEST(EnumKeys, AllValuesAreInDeclarationOrder)
{
    constexpr auto kinds = allValues<FinanceKind>();
    static_assert(kinds.size() == 5);
    EXPECT_EQ(kinds.front(), FinanceKind::RevenueMembers);
    EXPECT_EQ(kinds.back(), FinanceKind::Expense);
    EXPECT_EQ(enumCount<Scenario>(), 2u);
}

} // namespace
