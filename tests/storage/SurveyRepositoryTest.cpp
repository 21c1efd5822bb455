#include "SurveyRepository.h"

#include "SettingsRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

Survey survey(int year, int respondents, int recommend)
{
    Survey s;
    s.fiscalYear = year;
    s.respondents = respondents;
    s.recommend = recommend;
    return s;
}

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

class SurveyRepositoryTest : public test::DatabaseTest
{
protected:
    SurveyRepository m_repo{db()};
};

TEST_F(SurveyRepositoryTest, AddsASurveyAndReadsItBack)
{
    auto id = m_repo.add(survey(2019, 120, 109));
    ASSERT_OK(id);
    EXPECT_GT(*id, 0);
    auto got = m_repo.forYear(2019);
    ASSERT_OK(got);
    ASSERT_TRUE(got->has_value());
    const Survey& s = **got;
    EXPECT_EQ(s.id, *id);
    EXPECT_EQ(s.fiscalYear, 2019);
    EXPECT_EQ(s.respondents, 120);
    EXPECT_EQ(s.recommend, 109);
    EXPECT_EQ(s.createdAt, utc(2026, 11, 24));
    EXPECT_EQ(s.updatedAt, utc(2026, 11, 24));
}

TEST_F(SurveyRepositoryTest, ForYearIsEmptyWhenTheYearHasNoSurvey)
{
    ASSERT_OK(m_repo.add(survey(2019, 10, 9)));
    auto got = m_repo.forYear(2020);
    ASSERT_OK(got);
    EXPECT_FALSE(got->has_value());
}

TEST_F(SurveyRepositoryTest, AcceptsEveryoneRecommendingAndNobodyAnswering)
{
    EXPECT_OK(m_repo.add(survey(2019, 10, 10)));
    EXPECT_OK(m_repo.add(survey(2020, 0, 0)));
}

TEST_F(SurveyRepositoryTest, RefusesMoreRecommendationsThanRespondents)
{
    auto r = m_repo.add(survey(2019, 10, 11));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "recommend");
    EXPECT_THAT(r.message().toStdString(), HasSubstr("11 would recommend, but only 10 answered"));
    auto got = m_repo.forYear(2019);
    ASSERT_OK(got);
    EXPECT_FALSE(got->has_value());
}

TEST_F(SurveyRepositoryTest, RefusesNegativeCounts)
{
    auto respondents = m_repo.add(survey(2019, -1, 0));
    ASSERT_FALSE(respondents.ok());
    EXPECT_EQ(respondents.error().field, "respondents");
    EXPECT_THAT(respondents.message().toStdString(), HasSubstr("cannot be negative"));

    auto recommend = m_repo.add(survey(2019, 5, -1));
    ASSERT_FALSE(recommend.ok());
    EXPECT_EQ(recommend.error().field, "recommend");
    EXPECT_THAT(recommend.message().toStdString(), HasSubstr("cannot be negative"));
}

TEST_F(SurveyRepositoryTest, RefusesAMissingYear)
{
    auto r = m_repo.add(survey(0, 5, 5));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "year");
    EXPECT_THAT(r.message().toStdString(), HasSubstr("fiscal year is required"));
}

TEST_F(SurveyRepositoryTest, AddRefusesASecondSurveyForTheYear)
{
    ASSERT_OK(m_repo.add(survey(2019, 120, 109)));
    auto r = m_repo.add(survey(2019, 50, 40));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "year");
    EXPECT_THAT(r.message().toStdString(),
                HasSubstr("the survey of 2019-2020 is already recorded (120 respondents)"));
    auto got = m_repo.forYear(2019);
    ASSERT_OK(got);
    ASSERT_TRUE(got->has_value());
    EXPECT_EQ((*got)->respondents, 120);
}

TEST_F(SurveyRepositoryTest, NamesTheYearWithTheConfiguredStartMonth)
{
    ASSERT_OK(SettingsRepository(db()).setFiscalStartMonth(1));
    ASSERT_OK(m_repo.add(survey(2019, 120, 109)));
    auto r = m_repo.add(survey(2019, 50, 40));
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(r.message().toStdString(), HasSubstr("the survey of 2019 is already"));
}

TEST_F(SurveyRepositoryTest, SaveAddsWhenTheYearHasNone)
{
    ASSERT_OK(m_repo.save(survey(2019, 30, 20)));
    auto got = m_repo.forYear(2019);
    ASSERT_OK(got);
    ASSERT_TRUE(got->has_value());
    EXPECT_EQ((*got)->respondents, 30);
    EXPECT_EQ((*got)->recommend, 20);
    EXPECT_EQ((*got)->createdAt, utc(2026, 11, 24));
}

TEST_F(SurveyRepositoryTest, SaveReplacesTheYearsSurveyAndBumpsUpdatedAt)
{
    auto id = m_repo.add(survey(2019, 30, 20));
    ASSERT_OK(id);
    m_test.clock().set(utc(2027, 1, 5, 8));
    ASSERT_OK(m_repo.save(survey(2019, 40, 38)));
    auto all = m_repo.all();
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 1);
    const Survey& s = all->first();
    EXPECT_EQ(s.id, *id);
    EXPECT_EQ(s.respondents, 40);
    EXPECT_EQ(s.recommend, 38);
    EXPECT_EQ(s.createdAt, utc(2026, 11, 24));
    EXPECT_EQ(s.updatedAt, utc(2027, 1, 5, 8));
}

TEST_F(SurveyRepositoryTest, SaveValidatesAndKeepsTheOldSurvey)
{
    ASSERT_OK(m_repo.add(survey(2019, 30, 20)));
    auto r = m_repo.save(survey(2019, 30, 31));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "recommend");
    auto got = m_repo.forYear(2019);
    ASSERT_OK(got);
    ASSERT_TRUE(got->has_value());
    EXPECT_EQ((*got)->recommend, 20);
}

TEST_F(SurveyRepositoryTest, RemovesTheYearsSurvey)
{
    ASSERT_OK(m_repo.add(survey(2019, 30, 20)));
    ASSERT_OK(m_repo.add(survey(2020, 30, 20)));
    ASSERT_OK(m_repo.remove(2019));
    auto gone = m_repo.forYear(2019);
    ASSERT_OK(gone);
    EXPECT_FALSE(gone->has_value());
    auto kept = m_repo.forYear(2020);
    ASSERT_OK(kept);
    EXPECT_TRUE(kept->has_value());
}

TEST_F(SurveyRepositoryTest, RemoveRefusesAYearWithoutSurvey)
{
    auto r = m_repo.remove(2019);
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(r.message().toStdString(), HasSubstr("no survey is recorded for 2019-2020"));
}

TEST_F(SurveyRepositoryTest, ListsEverySurveyByYear)
{
    ASSERT_OK(m_repo.add(survey(2021, 3, 1)));
    ASSERT_OK(m_repo.add(survey(2019, 1, 1)));
    ASSERT_OK(m_repo.add(survey(2020, 2, 1)));
    auto all = m_repo.all();
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).fiscalYear, 2019);
    EXPECT_EQ(all->at(1).fiscalYear, 2020);
    EXPECT_EQ(all->at(2).fiscalYear, 2021);
    EXPECT_EQ(all->at(2).respondents, 3);
}

TEST_F(SurveyRepositoryTest, AllIsEmptyOnAFreshDatabase)
{
    auto all = m_repo.all();
    ASSERT_OK(all);
    EXPECT_TRUE(all->isEmpty());
}

} // namespace
