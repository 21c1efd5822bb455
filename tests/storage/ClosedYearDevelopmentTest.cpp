// A closed fiscal year protects its satisfaction survey and its business-development activities
// in storage, as it protects hours and finance lines: a repository call or an imported file
// cannot change the figures the closed year's report printed (issue 12).

#include "ActivityRepository.h"
#include "CsvImportSupport.h"
#include "SettingsRepository.h"
#include "SurveyRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

namespace {

Survey survey(int year, int respondents, int recommend)
{
    Survey s;
    s.fiscalYear = year;
    s.respondents = respondents;
    s.recommend = recommend;
    return s;
}

Activity activity(QDate date, const QString& title = QStringLiteral("Congrès"))
{
    Activity a;
    a.date = date;
    a.type = ActivityType::Event;
    a.audience = Audience::Networks;
    a.title = title;
    return a;
}

class ClosedYearDevelopmentTest : public DatabaseTest
{
protected:
    // The refusal of a closed year: the year named as users write it, under `field`, said in
    // words (not a failure of the database).
    template <typename R>
    static void expectClosed(const R& result, const char* yearName, const char* field)
    {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().field.toStdString(), field);
        EXPECT_FALSE(result.error().storage);
        EXPECT_FALSE(result.error().changedElsewhere);
        EXPECT_THAT(result.message().toStdString(),
                    HasSubstr(std::string("the fiscal year ") + yearName + " is closed"));
        EXPECT_THAT(result.message().toStdString(),
                    HasSubstr("can no longer be added, changed or deleted"));
    }

    void close(int startYear)
    {
        auto year = SettingsRepository(db()).fiscalYear(startYear);
        ASSERT_OK(year);
        ASSERT_OK(SettingsRepository(db()).closeYear(*year));
    }

    qint64 addActivity(QDate date, const QString& title = QStringLiteral("Congrès"))
    {
        auto id = ActivityRepository(db()).add(activity(date, title));
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    Activity stored(qint64 id)
    {
        auto got = ActivityRepository(db()).get(id);
        EXPECT_TRUE(got.ok()) << got.message().toStdString();
        return got.ok() ? *got : Activity();
    }
};

TEST_F(ClosedYearDevelopmentTest, TheSurveyOfAClosedYearCannotBeAddedChangedOrRemoved)
{
    SurveyRepository surveys(db());
    ASSERT_OK(surveys.add(survey(2019, 120, 100)));
    close(2019);

    expectClosed(surveys.save(survey(2019, 130, 110)), "2019-2020", "year");
    expectClosed(surveys.remove(2019), "2019-2020", "year");
    auto kept = surveys.forYear(2019);
    ASSERT_OK(kept);
    ASSERT_TRUE(kept->has_value());
    EXPECT_EQ((*kept)->respondents, 120);
    EXPECT_EQ((*kept)->recommend, 100);

    // A closed year that has no survey gets none, by add or by save.
    close(2017);
    expectClosed(surveys.add(survey(2017, 10, 9)), "2017-2018", "year");
    expectClosed(surveys.save(survey(2017, 10, 9)), "2017-2018", "year");
    auto none = surveys.forYear(2017);
    ASSERT_OK(none);
    EXPECT_FALSE(none->has_value());
}

TEST_F(ClosedYearDevelopmentTest, TheSurveysOfTheOpenYearsNextToAClosedOneAreWritten)
{
    close(2019);
    SurveyRepository surveys(db());
    for (int year : {2018, 2020}) {
        EXPECT_OK(surveys.add(survey(year, 10, 9)));
        EXPECT_OK(surveys.save(survey(year, 20, 15)));
        auto saved = surveys.forYear(year);
        ASSERT_OK(saved);
        ASSERT_TRUE(saved->has_value());
        EXPECT_EQ((*saved)->respondents, 20);
        EXPECT_OK(surveys.remove(year));
    }
    EXPECT_EQ(rowCount(db(), "surveys"), 0);
}

TEST_F(ClosedYearDevelopmentTest, TheActivitiesOfAClosedYearCannotBeAddedChangedOrRemoved)
{
    const qint64 id = addActivity(QDate(2019, 9, 12));
    close(2019);
    ActivityRepository activities(db());

    expectClosed(activities.add(activity(QDate(2019, 10, 1))), "2019-2020", "date");
    Activity changed = stored(id);
    changed.title = QStringLiteral("Congrès annuel");
    expectClosed(activities.update(changed), "2019-2020", "date");
    expectClosed(activities.remove(id, changed.updatedAt), "2019-2020", "date");

    EXPECT_EQ(stored(id).title, QStringLiteral("Congrès"));
    EXPECT_EQ(rowCount(db(), "activities"), 1);
}

TEST_F(ClosedYearDevelopmentTest, AnActivityCannotMoveOutOfOrIntoAClosedYear)
{
    const qint64 inClosed = addActivity(QDate(2019, 9, 12));
    const qint64 inOpen = addActivity(QDate(2020, 9, 12));
    close(2019);
    ActivityRepository activities(db());

    // Out: the closed year would lose one of the activities its report counted.
    Activity out = stored(inClosed);
    out.date = QDate(2020, 9, 13);
    expectClosed(activities.update(out), "2019-2020", "date");
    EXPECT_EQ(stored(inClosed).date, QDate(2019, 9, 12));

    // In: it would gain one.
    Activity in = stored(inOpen);
    in.date = QDate(2019, 9, 13);
    expectClosed(activities.update(in), "2019-2020", "date");
    EXPECT_EQ(stored(inOpen).date, QDate(2020, 9, 12));

    // Within the open year it moves.
    in.date = QDate(2020, 10, 1);
    EXPECT_OK(activities.update(in));
    EXPECT_EQ(stored(inOpen).date, QDate(2020, 10, 1));
}

TEST_F(ClosedYearDevelopmentTest, TheActivitiesOfTheOpenYearsNextToAClosedOneAreWritten)
{
    close(2019);
    ActivityRepository activities(db());
    for (QDate day : {QDate(2019, 3, 31), QDate(2020, 4, 1)}) {
        const qint64 id = addActivity(day);
        ASSERT_GT(id, 0) << day.toString(Qt::ISODate).toStdString();
        Activity changed = stored(id);
        changed.title = QStringLiteral("Rencontre");
        EXPECT_OK(activities.update(changed));
        EXPECT_OK(activities.remove(id));
    }
    EXPECT_EQ(rowCount(db(), "activities"), 0);
}

// With a fiscal year starting in July, the closed year 2019-2020 runs from 2019-07-01 to
// 2020-06-30: both of those days are in it, the days either side are not.
TEST_F(ClosedYearDevelopmentTest, TheFirstAndLastDaysOfAClosedYearAreRefusedTheDaysAroundAccepted)
{
    ASSERT_OK(SettingsRepository(db()).setFiscalStartMonth(7));
    const qint64 first = addActivity(QDate(2019, 7, 1));
    const qint64 last = addActivity(QDate(2020, 6, 30));
    close(2019);
    ActivityRepository activities(db());

    for (QDate day : {QDate(2019, 7, 1), QDate(2020, 6, 30)})
        expectClosed(activities.add(activity(day)), "2019-2020", "date");
    for (qint64 id : {first, last}) {
        Activity changed = stored(id);
        changed.title = QStringLiteral("Rencontre");
        expectClosed(activities.update(changed), "2019-2020", "date");
        expectClosed(activities.remove(id), "2019-2020", "date");
    }
    for (QDate day : {QDate(2019, 6, 30), QDate(2020, 7, 1)}) {
        EXPECT_OK(activities.add(activity(day)));
    }
    EXPECT_EQ(rowCount(db(), "activities"), 4);

    // The survey is keyed by the year: the years before and after are open.
    SurveyRepository surveys(db());
    expectClosed(surveys.add(survey(2019, 5, 5)), "2019-2020", "year");
    EXPECT_OK(surveys.add(survey(2018, 5, 5)));
    EXPECT_OK(surveys.add(survey(2020, 5, 5)));
}

TEST_F(ClosedYearDevelopmentTest, ASurveysFileWithARowInAClosedYearWritesNothing)
{
    close(2019);
    const auto result = importCsv(db(), CsvKind::Surveys,
                                  QStringLiteral("year,respondents,recommend\n"
                                                 "2018-2019,10,9\n"
                                                 "2019-2020,12,11\n"
                                                 "2020,14,13\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(3, "year")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("the fiscal year 2019-2020 is closed"));
    EXPECT_EQ(rowCount(db(), "surveys"), 0);
}

TEST_F(ClosedYearDevelopmentTest, AnActivitiesFileWithARowInAClosedYearWritesNothing)
{
    ASSERT_OK(SettingsRepository(db()).setFiscalStartMonth(7));
    close(2019);
    const auto result = importCsv(db(), CsvKind::Activities,
                                  QStringLiteral("date,type,audience,title\n"
                                                 "2019-06-30,event,networks,Avant\n"
                                                 "2020-07-01,meeting,npo_groups,Après\n"
                                                 "2020-06-30,agreement,relay_partners,Dedans\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(4, "date")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("the fiscal year 2019-2020 is closed"));
    EXPECT_EQ(rowCount(db(), "activities"), 0);
}

// Another desk closes the year after this one read the rows: the write is still refused.
TEST_F(ClosedYearDevelopmentTest, AYearClosedAtAnotherDeskRefusesTheWritesOfThisOne)
{
    const qint64 id = addActivity(QDate(2019, 9, 12));
    ASSERT_OK(SurveyRepository(db()).add(survey(2019, 10, 9)));
    Activity changed = stored(id);
    auto other = m_test.openAnotherDesk();
    ASSERT_NE(other, nullptr);
    ASSERT_OK(SettingsRepository(*other).closeYear(FiscalYear(2019)));

    changed.title = QStringLiteral("Rencontre");
    expectClosed(ActivityRepository(db()).update(changed), "2019-2020", "date");
    expectClosed(SurveyRepository(db()).remove(2019), "2019-2020", "year");
    EXPECT_EQ(rowCount(db(), "activities"), 1);
    EXPECT_EQ(rowCount(db(), "surveys"), 1);
}

} // namespace
