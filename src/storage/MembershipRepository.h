#pragma once

#include "Database.h"
#include "Membership.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace bilan {

// Membership periods. Periods of one organisation never overlap; `left` >= `joined`.
// A period covers [joined, left): on its `left` day the organisation is no longer a member.
class MembershipRepository
{
    Q_DECLARE_TR_FUNCTIONS(bilan::MembershipRepository)

public:
    explicit MembershipRepository(Database& database) : m_db(database) {}

    // Errors name the CSV column at fault (organisation, category, joined, left).
    Result<qint64> add(const Membership& membership);
    // Refused when another desk changed the period since `membership.updatedAt` (RowVersion).
    Status update(const Membership& membership);
    // Refused when another desk changed the period since `loaded` (invalid: not checked).
    Status remove(qint64 id, const QDateTime& loaded = {});

    Result<Membership> get(qint64 id);
    // Ordered by joined.
    Result<QList<Membership>> forOrganisation(qint64 organisationId);
    // Ordered by organisation name, then joined.
    Result<QList<Membership>> all();
    // The periods covering `day` (one per member organisation).
    Result<QList<Membership>> coveringDay(QDate day);
    Result<int> countMembersOn(QDate day);
    Result<QMap<MembershipCategory, int>> countByCategoryOn(QDate day);
    // Organisations whose period starts in [from, to] and that were not members the day before.
    Result<int> countNewMembers(QDate from, QDate to);
    // The names of the organisations countNewMembers counts, by name.
    Result<QStringList> newMemberNames(QDate from, QDate to);
    // Organisations that stopped being members during [from, to]: a period whose `left` (the
    // first day it no longer covers) lies in [from, to] with no period of theirs covering that
    // day. Each organisation counts once: members on from - 1, plus new members, minus those
    // who left, are the members on `to` unless one organisation leaves twice in the period.
    Result<int> countLeft(QDate from, QDate to);

    // The names of the organisations whose period covering `day` is of `category`, by name.
    Result<QStringList> memberNamesOn(QDate day, MembershipCategory category);

    // The minutes of the service entries dated in [from, to], by the membership that covered
    // each entry's day: the served organisation's own, else its network's (a member network buys
    // services for its own needs or those of its members). The one definition of an operation
    // with members (the Article 17 figure and the categories' shares of the services).
    struct MinutesByMembership
    {
        QMap<MembershipCategory, qint64> byCategory; // every category present
        qint64 nonMembers = 0; // entries whose organisation and network were not members that day
        qint64 members() const;
        qint64 total() const { return members() + nonMembers; }
    };
    Result<MinutesByMembership> minutesByMembership(QDate from, QDate to);

private:
    Status check(const Membership& membership);
    Database& m_db;
};

} // namespace bilan
