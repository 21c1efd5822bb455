#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace bilan {

enum class OrganisationKind
{
    Coop,
    Mutual,
    Npo,
    Network,
    Other
};
enum class MembershipCategory
{
    Member,
    Auxiliary,
    Supporting,
    Managed
};
enum class ExpertRole
{
    Professional,
    Trainer,
    Director
};
enum class Gender
{
    F,
    M,
    X
};
enum class BoardRole
{
    President,
    VicePresident,
    SecretaryTreasurer,
    Director
};
enum class MeetingKind
{
    Agm,
    Board,
    Executive
};
enum class AttendanceStatus
{
    Present,
    Absent,
    Excused
};
// What a meeting decided about a resolution put to it.
enum class ResolutionOutcome
{
    Adopted,
    Rejected,
    Deferred
};
enum class Scenario
{
    Actual,
    Budget
};
enum class FinanceKind
{
    RevenueMembers,
    RevenueAuxiliary,
    RevenueOther,
    PublicFunding,
    Expense
};
enum class ActivityType
{
    Event,
    Meeting,
    Agreement
};
enum class Audience
{
    Networks,
    NpoGroups,
    RelayPartners
};

// The stored and CSV spelling of each enumerator, in declaration order (DESIGN.md's keys).
template <typename E> struct EnumKeys;

#define BILAN_ENUM_KEYS(E, ...)                                                                    \
    template <> struct EnumKeys<E>                                                                 \
    {                                                                                              \
        static constexpr std::array keys{__VA_ARGS__};                                             \
    };

BILAN_ENUM_KEYS(OrganisationKind, "coop", "mutual", "npo", "network", "other")
BILAN_ENUM_KEYS(MembershipCategory, "member", "auxiliary", "supporting", "managed")
BILAN_ENUM_KEYS(ExpertRole, "professional", "trainer", "director")
BILAN_ENUM_KEYS(Gender, "F", "M", "X")
BILAN_ENUM_KEYS(BoardRole, "president", "vice_president", "secretary_treasurer", "director")
BILAN_ENUM_KEYS(MeetingKind, "agm", "board", "executive")
BILAN_ENUM_KEYS(AttendanceStatus, "present", "absent", "excused")
BILAN_ENUM_KEYS(ResolutionOutcome, "adopted", "rejected", "deferred")
BILAN_ENUM_KEYS(Scenario, "actual", "budget")
BILAN_ENUM_KEYS(FinanceKind, "revenue_members", "revenue_auxiliary", "revenue_other",
                "public_funding", "expense")
BILAN_ENUM_KEYS(ActivityType, "event", "meeting", "agreement")
BILAN_ENUM_KEYS(Audience, "networks", "npo_groups", "relay_partners")

#undef BILAN_ENUM_KEYS

template <typename E> constexpr std::size_t enumCount()
{
    return EnumKeys<E>::keys.size();
}

template <typename E> QString toKey(E value)
{
    return QString::fromLatin1(EnumKeys<E>::keys[static_cast<std::size_t>(value)]);
}

// Accepts the key in any letter case, surrounded by spaces or not.
template <typename E> std::optional<E> fromKey(QStringView text)
{
    const QString wanted = text.trimmed().toString();
    for (std::size_t i = 0; i < EnumKeys<E>::keys.size(); ++i) {
        if (wanted.compare(QLatin1String(EnumKeys<E>::keys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E> QStringList allKeys()
{
    QStringList keys;
    for (const char* key : EnumKeys<E>::keys)
        keys << QString::fromLatin1(key);
    return keys;
}

template <typename E> constexpr std::array<E, enumCount<E>()> allValues()
{
    std::array<E, enumCount<E>()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<E>(i);
    return values;
}

} // namespace bilan
