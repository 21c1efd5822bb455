#pragma once

// Small hand-built databases for the figures' tests, written through the repositories.

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "ExpertRepository.h"
#include "FiguresCalculator.h"
#include "FinanceRepository.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "SettingsRepository.h"
#include "SurveyRepository.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

namespace bilan::test {

// The value of a Result the test expects to succeed; a failure is reported, never dereferenced.
template <typename T> T valueOf(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << result.message().toStdString();
    return result.ok() ? std::move(result).value() : T{};
}

class FiguresTest : public DatabaseTest
{
protected:
    qint64 organisation(const QString& name)
    {
        Organisation o;
        o.name = name;
        o.kind = OrganisationKind::Coop;
        return valueOf(OrganisationRepository(db()).add(o));
    }

    qint64 expert(const QString& name, ExpertRole role = ExpertRole::Professional,
                  QDate started = QDate(2010, 1, 1), QDate ended = {},
                  std::optional<Gender> gender = {}, std::optional<int> birthYear = {})
    {
        Expert e;
        e.name = name;
        e.role = role;
        e.started = started;
        e.ended = ended;
        e.gender = gender;
        e.birthYear = birthYear;
        return valueOf(ExpertRepository(db()).add(e));
    }

    void hours(QDate date, qint64 expertId, qint64 organisationId, int minutes)
    {
        ServiceEntry entry;
        entry.date = date;
        entry.expertId = expertId;
        entry.organisationId = organisationId;
        entry.minutes = minutes;
        EXPECT_OK(ServiceEntryRepository(db()).add(entry));
    }

    void period(qint64 organisationId, QDate joined, QDate left = {},
                MembershipCategory category = MembershipCategory::Member)
    {
        Membership m;
        m.organisationId = organisationId;
        m.joined = joined;
        m.left = left;
        m.category = category;
        EXPECT_OK(MembershipRepository(db()).add(m));
    }

    void finance(int year, Scenario scenario, FinanceKind kind, qint64 cents)
    {
        FinanceLine line;
        line.fiscalYear = year;
        line.scenario = scenario;
        line.kind = kind;
        line.amountCents = cents;
        EXPECT_OK(FinanceRepository(db()).add(line));
    }

    void survey(int year, int respondents, int recommend)
    {
        Survey s;
        s.fiscalYear = year;
        s.respondents = respondents;
        s.recommend = recommend;
        EXPECT_OK(SurveyRepository(db()).add(s));
    }

    qint64 mandate(const QString& director, qint64 organisationId, BoardRole role, QDate started,
                   QDate ended = {})
    {
        BoardRepository board(db());
        BoardMandate m;
        m.directorId = valueOf(board.directorIdFor(director));
        m.organisationId = organisationId;
        m.role = role;
        m.started = started;
        m.ended = ended;
        EXPECT_OK(board.addMandate(m));
        return m.directorId;
    }

    qint64 meeting(QDate date, MeetingKind kind)
    {
        Meeting m;
        m.date = date;
        m.kind = kind;
        return valueOf(MeetingRepository(db()).add(m));
    }

    void attend(qint64 meetingId, qint64 directorId, AttendanceStatus status)
    {
        EXPECT_OK(MeetingRepository(db()).setAttendance({meetingId, directorId, status, {}, {}}));
    }

    void activity(QDate date, Audience audience, ActivityType type, const QString& title = {})
    {
        Activity a;
        a.date = date;
        a.audience = audience;
        a.type = type;
        a.title = title;
        EXPECT_OK(ActivityRepository(db()).add(a));
    }

    YearlyFigures compute(int startYear)
    {
        return valueOf(FiguresCalculator(db()).compute(startYear));
    }
};

} // namespace bilan::test
