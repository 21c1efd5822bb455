#include "ReportTextRepository.h"

#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

ReportTexts texts(int year, const QString& language, const QString& word = QStringLiteral("x"))
{
    ReportTexts t;
    t.fiscalYear = year;
    t.language = language;
    t.president = word + QStringLiteral(" president");
    t.director = word + QStringLiteral(" director");
    t.mission = word + QStringLiteral(" mission");
    t.vision = word + QStringLiteral(" vision");
    t.objectives = word + QStringLiteral(" objectives");
    return t;
}

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

class ReportTextRepositoryTest : public test::DatabaseTest
{
protected:
    ReportTextRepository m_repo{db()};
};

TEST_F(ReportTextRepositoryTest, GetReturnsEmptyTextsWhenNoneWereWritten)
{
    auto got = m_repo.get(2019, QStringLiteral("fr"));
    ASSERT_OK(got);
    EXPECT_EQ(got->fiscalYear, 2019);
    EXPECT_EQ(got->language, "fr");
    EXPECT_TRUE(got->president.isEmpty());
    EXPECT_TRUE(got->director.isEmpty());
    EXPECT_TRUE(got->mission.isEmpty());
    EXPECT_TRUE(got->vision.isEmpty());
    EXPECT_TRUE(got->objectives.isEmpty());
    EXPECT_FALSE(got->createdAt.isValid());
    EXPECT_FALSE(got->updatedAt.isValid());
}

TEST_F(ReportTextRepositoryTest, SavesAndReadsBackEveryText)
{
    ReportTexts written = texts(2019, QStringLiteral("fr"), QStringLiteral("Mot"));
    written.president = QStringLiteral("Chers membres,\n\nune année « exceptionnelle ».");
    ASSERT_OK(m_repo.save(written));
    auto got = m_repo.get(2019, QStringLiteral("fr"));
    ASSERT_OK(got);
    EXPECT_EQ(got->fiscalYear, 2019);
    EXPECT_EQ(got->language, "fr");
    EXPECT_EQ(got->president, written.president);
    EXPECT_EQ(got->director, "Mot director");
    EXPECT_EQ(got->mission, "Mot mission");
    EXPECT_EQ(got->vision, "Mot vision");
    EXPECT_EQ(got->objectives, "Mot objectives");
    EXPECT_EQ(got->createdAt, utc(2026, 11, 24));
    EXPECT_EQ(got->updatedAt, utc(2026, 11, 24));
}

TEST_F(ReportTextRepositoryTest, SavesTextsLeftBlank)
{
    ReportTexts blank;
    blank.fiscalYear = 2019;
    blank.language = QStringLiteral("en");
    ASSERT_OK(m_repo.save(blank));
    auto got = m_repo.get(2019, QStringLiteral("en"));
    ASSERT_OK(got);
    EXPECT_TRUE(got->president.isEmpty());
    EXPECT_EQ(got->createdAt, utc(2026, 11, 24));
}

TEST_F(ReportTextRepositoryTest, KeepsEachLanguageAndYearApart)
{
    ASSERT_OK(m_repo.save(texts(2019, QStringLiteral("fr"), QStringLiteral("fr19"))));
    ASSERT_OK(m_repo.save(texts(2019, QStringLiteral("en"), QStringLiteral("en19"))));
    ASSERT_OK(m_repo.save(texts(2020, QStringLiteral("fr"), QStringLiteral("fr20"))));
    auto en = m_repo.get(2019, QStringLiteral("en"));
    ASSERT_OK(en);
    EXPECT_EQ(en->mission, "en19 mission");
    auto fr = m_repo.get(2020, QStringLiteral("fr"));
    ASSERT_OK(fr);
    EXPECT_EQ(fr->mission, "fr20 mission");
    auto none = m_repo.get(2020, QStringLiteral("en"));
    ASSERT_OK(none);
    EXPECT_TRUE(none->mission.isEmpty());
}

TEST_F(ReportTextRepositoryTest, SaveReplacesKeepingCreatedAtAndBumpingUpdatedAt)
{
    ASSERT_OK(m_repo.save(texts(2019, QStringLiteral("en"), QStringLiteral("old"))));
    m_test.clock().set(utc(2027, 2, 3, 10));
    ReportTexts changed = texts(2019, QStringLiteral("en"), QStringLiteral("new"));
    changed.vision.clear();
    ASSERT_OK(m_repo.save(changed));

    auto got = m_repo.get(2019, QStringLiteral("en"));
    ASSERT_OK(got);
    EXPECT_EQ(got->president, "new president");
    EXPECT_TRUE(got->vision.isEmpty());
    EXPECT_EQ(got->createdAt, utc(2026, 11, 24));
    EXPECT_EQ(got->updatedAt, utc(2027, 2, 3, 10));
    auto all = m_repo.all();
    ASSERT_OK(all);
    EXPECT_EQ(all->size(), 1);
}

TEST_F(ReportTextRepositoryTest, AcceptsTheLanguageInAnyCaseAndStoresItLowerCase)
{
    ASSERT_OK(m_repo.save(texts(2019, QStringLiteral(" EN "), QStringLiteral("a"))));
    auto got = m_repo.get(2019, QStringLiteral("En"));
    ASSERT_OK(got);
    EXPECT_EQ(got->language, "en");
    EXPECT_EQ(got->mission, "a mission");
}

TEST_F(ReportTextRepositoryTest, RefusesAnotherLanguage)
{
    for (const QString& language :
         {QStringLiteral("de"), QStringLiteral(""), QStringLiteral("french")}) {
        auto saved = m_repo.save(texts(2019, language));
        ASSERT_FALSE(saved.ok()) << language.toStdString();
        EXPECT_EQ(saved.error().field, "language");
        EXPECT_THAT(saved.message().toStdString(),
                    HasSubstr("\"" + language.toStdString() + "\" is not a report language"));
    }
    auto got = m_repo.get(2019, QStringLiteral("de"));
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().field, "language");
    auto removed = m_repo.remove(2019, QStringLiteral("es"));
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().field, "language");
    auto all = m_repo.all();
    ASSERT_OK(all);
    EXPECT_TRUE(all->isEmpty());
}

TEST_F(ReportTextRepositoryTest, RefusesAMissingYear)
{
    auto saved = m_repo.save(texts(0, QStringLiteral("fr")));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "year");
    EXPECT_THAT(saved.message().toStdString(), HasSubstr("0 is not a fiscal year"));
}

TEST_F(ReportTextRepositoryTest, RemovesOneLanguageOfOneYear)
{
    ASSERT_OK(m_repo.save(texts(2019, QStringLiteral("fr"))));
    ASSERT_OK(m_repo.save(texts(2019, QStringLiteral("en"))));
    ASSERT_OK(m_repo.remove(2019, QStringLiteral("fr")));
    auto all = m_repo.all();
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().language, "en");
    auto gone = m_repo.get(2019, QStringLiteral("fr"));
    ASSERT_OK(gone);
    EXPECT_TRUE(gone->president.isEmpty());
}

TEST_F(ReportTextRepositoryTest, RemoveRefusesTextsThatDoNotExist)
{
    auto r = m_repo.remove(2019, QStringLiteral("en"));
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(r.message().toStdString(), HasSubstr("no report texts for 2019-2020 in en"));
}

TEST_F(ReportTextRepositoryTest, ListsAllByYearThenLanguage)
{
    ASSERT_OK(m_repo.save(texts(2020, QStringLiteral("fr"))));
    ASSERT_OK(m_repo.save(texts(2019, QStringLiteral("fr"))));
    ASSERT_OK(m_repo.save(texts(2020, QStringLiteral("en"))));
    auto all = m_repo.all();
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).fiscalYear, 2019);
    EXPECT_EQ(all->at(1).fiscalYear, 2020);
    EXPECT_EQ(all->at(1).language, "en");
    EXPECT_EQ(all->at(2).fiscalYear, 2020);
    EXPECT_EQ(all->at(2).language, "fr");
    EXPECT_EQ(all->at(2).objectives, "x objectives");
}

} // namespace
