#pragma once

#include "Enums.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <array>
#include <cstddef>

namespace bilan {

// Whether a name stands for one thing ("Board meeting") or for several ("Board meetings").
enum class GrammaticalNumber
{
    One,
    Many
};

// The one name people read for each enumerator, in English, marked for Qt Linguist under one
// context per enum ("bilan::BoardRole"…), so that each enum is named in one place and translated
// once. The window shows it in the interface's language (`displayName`); the report translates
// the same source with its own translator, in the report's language (`ReportText::name`).
// These are for reading: the stored and CSV spelling is `toKey` (Enums.h).
template <typename E> struct EnumNames;

template <> struct EnumNames<OrganisationKind>
{
    static constexpr const char* context = "bilan::OrganisationKind";
    static constexpr std::array one{QT_TRANSLATE_NOOP("bilan::OrganisationKind", "Cooperative"),
                                    QT_TRANSLATE_NOOP("bilan::OrganisationKind", "Mutual"),
                                    QT_TRANSLATE_NOOP("bilan::OrganisationKind", "Non-profit"),
                                    QT_TRANSLATE_NOOP("bilan::OrganisationKind", "Network"),
                                    QT_TRANSLATE_NOOP("bilan::OrganisationKind", "Other")};
};

template <> struct EnumNames<MembershipCategory>
{
    static constexpr const char* context = "bilan::MembershipCategory";
    static constexpr std::array one{QT_TRANSLATE_NOOP("bilan::MembershipCategory", "Member"),
                                    QT_TRANSLATE_NOOP("bilan::MembershipCategory", "Auxiliary"),
                                    QT_TRANSLATE_NOOP("bilan::MembershipCategory", "Supporting"),
                                    QT_TRANSLATE_NOOP("bilan::MembershipCategory", "Managed")};
    static constexpr std::array many{
        QT_TRANSLATE_NOOP("bilan::MembershipCategory", "Members"),
        QT_TRANSLATE_NOOP("bilan::MembershipCategory", "Auxiliary members"),
        QT_TRANSLATE_NOOP("bilan::MembershipCategory", "Supporting members"),
        QT_TRANSLATE_NOOP("bilan::MembershipCategory", "Fully managed members")};
};

template <> struct EnumNames<ExpertRole>
{
    static constexpr const char* context = "bilan::ExpertRole";
    static constexpr std::array one{QT_TRANSLATE_NOOP("bilan::ExpertRole", "Professional"),
                                    QT_TRANSLATE_NOOP("bilan::ExpertRole", "Trainer"),
                                    QT_TRANSLATE_NOOP("bilan::ExpertRole", "Director")};
    static constexpr std::array many{QT_TRANSLATE_NOOP("bilan::ExpertRole", "Professionals"),
                                     QT_TRANSLATE_NOOP("bilan::ExpertRole", "Trainers"),
                                     QT_TRANSLATE_NOOP("bilan::ExpertRole", "Directors")};
};

template <> struct EnumNames<Gender>
{
    static constexpr const char* context = "bilan::Gender";
    static constexpr std::array one{QT_TRANSLATE_NOOP("bilan::Gender", "F"),
                                    QT_TRANSLATE_NOOP("bilan::Gender", "M"),
                                    QT_TRANSLATE_NOOP("bilan::Gender", "X")};
};

// The office, not the person: the same word whoever holds it.
template <> struct EnumNames<BoardRole>
{
    static constexpr const char* context = "bilan::BoardRole";
    static constexpr std::array one{QT_TRANSLATE_NOOP("bilan::BoardRole", "President"),
                                    QT_TRANSLATE_NOOP("bilan::BoardRole", "Vice-president"),
                                    QT_TRANSLATE_NOOP("bilan::BoardRole", "Secretary-treasurer"),
                                    QT_TRANSLATE_NOOP("bilan::BoardRole", "Director")};
};

template <> struct EnumNames<MeetingKind>
{
    static constexpr const char* context = "bilan::MeetingKind";
    static constexpr std::array one{
        QT_TRANSLATE_NOOP("bilan::MeetingKind", "General assembly"),
        QT_TRANSLATE_NOOP("bilan::MeetingKind", "Board meeting"),
        QT_TRANSLATE_NOOP("bilan::MeetingKind", "Executive committee meeting")};
    static constexpr std::array many{
        QT_TRANSLATE_NOOP("bilan::MeetingKind", "General assemblies"),
        QT_TRANSLATE_NOOP("bilan::MeetingKind", "Board meetings"),
        QT_TRANSLATE_NOOP("bilan::MeetingKind", "Executive committee meetings")};
};

template <> struct EnumNames<AttendanceStatus>
{
    static constexpr const char* context = "bilan::AttendanceStatus";
    static constexpr std::array one{QT_TRANSLATE_NOOP("bilan::AttendanceStatus", "Present"),
                                    QT_TRANSLATE_NOOP("bilan::AttendanceStatus", "Absent"),
                                    QT_TRANSLATE_NOOP("bilan::AttendanceStatus", "Excused")};
};

template <> struct EnumNames<ResolutionOutcome>
{
    static constexpr const char* context = "bilan::ResolutionOutcome";
    static constexpr std::array one{QT_TRANSLATE_NOOP("bilan::ResolutionOutcome", "Adopted"),
                                    QT_TRANSLATE_NOOP("bilan::ResolutionOutcome", "Rejected"),
                                    QT_TRANSLATE_NOOP("bilan::ResolutionOutcome", "Deferred")};
};

template <> struct EnumNames<Scenario>
{
    static constexpr const char* context = "bilan::Scenario";
    static constexpr std::array one{QT_TRANSLATE_NOOP("bilan::Scenario", "Actual"),
                                    QT_TRANSLATE_NOOP("bilan::Scenario", "Budget")};
};

template <> struct EnumNames<FinanceKind>
{
    static constexpr const char* context = "bilan::FinanceKind";
    static constexpr std::array one{
        QT_TRANSLATE_NOOP("bilan::FinanceKind", "Revenue from members"),
        QT_TRANSLATE_NOOP("bilan::FinanceKind", "Revenue from auxiliary members"),
        QT_TRANSLATE_NOOP("bilan::FinanceKind", "Other revenue"),
        QT_TRANSLATE_NOOP("bilan::FinanceKind", "Public funding"),
        QT_TRANSLATE_NOOP("bilan::FinanceKind", "Expense")};
};

template <> struct EnumNames<ActivityType>
{
    static constexpr const char* context = "bilan::ActivityType";
    static constexpr std::array one{QT_TRANSLATE_NOOP("bilan::ActivityType", "Event"),
                                    QT_TRANSLATE_NOOP("bilan::ActivityType", "Meeting"),
                                    QT_TRANSLATE_NOOP("bilan::ActivityType", "Agreement")};
    static constexpr std::array many{QT_TRANSLATE_NOOP("bilan::ActivityType", "Events"),
                                     QT_TRANSLATE_NOOP("bilan::ActivityType", "Meetings"),
                                     QT_TRANSLATE_NOOP("bilan::ActivityType", "Agreements")};
};

// The seed report's words for the three audiences of business development.
template <> struct EnumNames<Audience>
{
    static constexpr const char* context = "bilan::Audience";
    static constexpr std::array one{
        QT_TRANSLATE_NOOP("bilan::Audience", "Cooperative and mutual networks"),
        QT_TRANSLATE_NOOP("bilan::Audience", "Sectoral and regional groupings of non-profits"),
        QT_TRANSLATE_NOOP("bilan::Audience", "Relay partners")};
};

// The English name of `value`; an enum without plural names uses its singular ones.
template <typename E>
const char* englishName(E value, GrammaticalNumber number = GrammaticalNumber::One)
{
    static_assert(EnumNames<E>::one.size() == enumCount<E>(), "one name per enumerator");
    const auto index = static_cast<std::size_t>(value);
    if constexpr (requires { EnumNames<E>::many; }) {
        static_assert(EnumNames<E>::many.size() == enumCount<E>(), "one name per enumerator");
        if (number == GrammaticalNumber::Many)
            return EnumNames<E>::many[index];
    }
    return EnumNames<E>::one[index];
}

// The name in the interface's language (the application's installed translators).
template <typename E>
QString displayName(E value, GrammaticalNumber number = GrammaticalNumber::One)
{
    return QCoreApplication::translate(EnumNames<E>::context, englishName(value, number));
}

} // namespace bilan
