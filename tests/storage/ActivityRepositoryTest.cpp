#include "ActivityRepository.h"

#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

Activity activity(QDate date, ActivityType type, Audience audience, const QString& title = {})
{
    Activity a;
    a.date = date;
    a.type = type;
    a.audience = audience;
    a.title = title;
    return a;
}

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

std::vector<std::string> titles(const QList<Activity>& activities)
{
    std::vector<std::string> out;
    for (const Activity& a : activities)
        out.push_back(a.title.toStdString());
    return out;
}

class ActivityRepositoryTest : public test::DatabaseTest
{
protected:
    ActivityRepository m_repo{db()};

    qint64 add(const Activity& a)
    {
        auto id = m_repo.add(a);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }
};

TEST_F(ActivityRepositoryTest, AddsAnActivityAndReadsItBack)
{
    const qint64 id = add(activity(QDate(2019, 6, 12), ActivityType::Agreement,
                                   Audience::RelayPartners, "  Entente   régionale "));
    ASSERT_GT(id, 0);
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_EQ(got->id, id);
    EXPECT_EQ(got->date, QDate(2019, 6, 12));
    EXPECT_EQ(got->type, ActivityType::Agreement);
    EXPECT_EQ(got->audience, Audience::RelayPartners);
    EXPECT_EQ(got->title, QStringLiteral("Entente régionale"));
    EXPECT_EQ(got->createdAt, utc(2026, 11, 24));
    EXPECT_EQ(got->updatedAt, utc(2026, 11, 24));
}

TEST_F(ActivityRepositoryTest, AcceptsAnActivityWithoutTitle)
{
    const qint64 id = add(activity(QDate(2019, 6, 12), ActivityType::Event, Audience::Networks));
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_TRUE(got->title.isEmpty());
}

TEST_F(ActivityRepositoryTest, RefusesAnActivityWithoutDate)
{
    auto r = m_repo.add(activity(QDate(), ActivityType::Event, Audience::Networks, "x"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "date");
    EXPECT_THAT(r.message().toStdString(), HasSubstr("the date is required"));
    auto all = m_repo.all();
    ASSERT_OK(all);
    EXPECT_TRUE(all->isEmpty());
}

TEST_F(ActivityRepositoryTest, UpdatesEveryFieldAndBumpsUpdatedAt)
{
    const qint64 id =
        add(activity(QDate(2019, 6, 12), ActivityType::Event, Audience::Networks, "Before"));
    m_test.clock().set(utc(2026, 12, 2, 15));
    Activity changed =
        activity(QDate(2020, 1, 3), ActivityType::Meeting, Audience::NpoGroups, "After");
    changed.id = id;
    ASSERT_OK(m_repo.update(changed));
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_EQ(got->date, QDate(2020, 1, 3));
    EXPECT_EQ(got->type, ActivityType::Meeting);
    EXPECT_EQ(got->audience, Audience::NpoGroups);
    EXPECT_EQ(got->title, "After");
    EXPECT_EQ(got->createdAt, utc(2026, 11, 24));
    EXPECT_EQ(got->updatedAt, utc(2026, 12, 2, 15));
}

TEST_F(ActivityRepositoryTest, UpdateValidatesAndKeepsTheRow)
{
    const qint64 id =
        add(activity(QDate(2019, 6, 12), ActivityType::Event, Audience::Networks, "Before"));
    Activity bad = activity(QDate(), ActivityType::Event, Audience::Networks, "After");
    bad.id = id;
    auto r = m_repo.update(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "date");
    auto got = m_repo.get(id);
    ASSERT_OK(got);
    EXPECT_EQ(got->title, "Before");
}

TEST_F(ActivityRepositoryTest, UpdateRefusesAnUnknownId)
{
    Activity ghost = activity(QDate(2019, 6, 12), ActivityType::Event, Audience::Networks);
    ghost.id = 41;
    auto r = m_repo.update(ghost);
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(r.message().toStdString(), HasSubstr("no activity with id 41"));
}

TEST_F(ActivityRepositoryTest, RemovesAnActivity)
{
    const qint64 id = add(activity(QDate(2019, 6, 12), ActivityType::Event, Audience::Networks));
    const qint64 kept = add(activity(QDate(2019, 6, 13), ActivityType::Event, Audience::Networks));
    ASSERT_OK(m_repo.remove(id));
    EXPECT_FALSE(m_repo.get(id).ok());
    EXPECT_OK(m_repo.get(kept));
}

TEST_F(ActivityRepositoryTest, RemoveAndGetRefuseAnUnknownId)
{
    auto removed = m_repo.remove(9);
    ASSERT_FALSE(removed.ok());
    EXPECT_THAT(removed.message().toStdString(), HasSubstr("no activity with id 9"));
    auto got = m_repo.get(10);
    ASSERT_FALSE(got.ok());
    EXPECT_THAT(got.message().toStdString(), HasSubstr("no activity with id 10"));
}

TEST_F(ActivityRepositoryTest, ListIncludesBothBoundsAndOrdersByDateThenId)
{
    add(activity(QDate(2019, 3, 31), ActivityType::Event, Audience::Networks, "day before"));
    add(activity(QDate(2020, 3, 31), ActivityType::Event, Audience::Networks, "last day b"));
    add(activity(QDate(2019, 4, 1), ActivityType::Event, Audience::Networks, "first day"));
    add(activity(QDate(2020, 3, 31), ActivityType::Event, Audience::Networks, "last day a"));
    add(activity(QDate(2020, 4, 1), ActivityType::Event, Audience::Networks, "day after"));

    auto listed = m_repo.list(QDate(2019, 4, 1), QDate(2020, 3, 31));
    ASSERT_OK(listed);
    EXPECT_EQ(titles(*listed), (std::vector<std::string>{"first day", "last day b", "last day a"}));
}

TEST_F(ActivityRepositoryTest, ListWithAnOpenEndTakesEverythingOnThatSide)
{
    add(activity(QDate(1999, 1, 1), ActivityType::Event, Audience::Networks, "old"));
    add(activity(QDate(2019, 4, 1), ActivityType::Event, Audience::Networks, "mid"));
    add(activity(QDate(2090, 1, 1), ActivityType::Event, Audience::Networks, "far"));

    auto upTo = m_repo.list(QDate(), QDate(2019, 4, 1));
    ASSERT_OK(upTo);
    EXPECT_EQ(titles(*upTo), (std::vector<std::string>{"old", "mid"}));
    auto from = m_repo.list(QDate(2019, 4, 1), QDate());
    ASSERT_OK(from);
    EXPECT_EQ(titles(*from), (std::vector<std::string>{"mid", "far"}));
}

TEST_F(ActivityRepositoryTest, AllListsEveryActivityByDate)
{
    add(activity(QDate(2021, 5, 5), ActivityType::Event, Audience::Networks, "c"));
    add(activity(QDate(2018, 5, 5), ActivityType::Event, Audience::Networks, "a"));
    add(activity(QDate(2019, 5, 5), ActivityType::Event, Audience::Networks, "b"));
    auto all = m_repo.all();
    ASSERT_OK(all);
    EXPECT_EQ(titles(*all), (std::vector<std::string>{"a", "b", "c"}));
}

TEST_F(ActivityRepositoryTest, CountsByAudienceAndTypeWithinTheRange)
{
    const QDate first(2019, 4, 1);
    const QDate last(2020, 3, 31);
    add(activity(first, ActivityType::Event, Audience::Networks));
    add(activity(last, ActivityType::Event, Audience::Networks));
    add(activity(QDate(2019, 9, 1), ActivityType::Meeting, Audience::Networks));
    add(activity(QDate(2019, 9, 2), ActivityType::Meeting, Audience::NpoGroups));
    add(activity(QDate(2019, 9, 3), ActivityType::Agreement, Audience::RelayPartners));
    add(activity(first.addDays(-1), ActivityType::Event, Audience::Networks));
    add(activity(last.addDays(1), ActivityType::Event, Audience::Networks));

    auto counts = m_repo.countByAudienceAndType(first, last);
    ASSERT_OK(counts);
    EXPECT_EQ(counts->size(), 4);
    EXPECT_EQ(counts->value({Audience::Networks, ActivityType::Event}), 2);
    EXPECT_EQ(counts->value({Audience::Networks, ActivityType::Meeting}), 1);
    EXPECT_EQ(counts->value({Audience::NpoGroups, ActivityType::Meeting}), 1);
    EXPECT_EQ(counts->value({Audience::RelayPartners, ActivityType::Agreement}), 1);
    EXPECT_FALSE(counts->contains({Audience::NpoGroups, ActivityType::Event}));
}

TEST_F(ActivityRepositoryTest, CountsNothingInAnEmptyRange)
{
    add(activity(QDate(2019, 9, 1), ActivityType::Meeting, Audience::Networks));
    auto counts = m_repo.countByAudienceAndType(QDate(2020, 4, 1), QDate(2021, 3, 31));
    ASSERT_OK(counts);
    EXPECT_TRUE(counts->isEmpty());
}

} // namespace
