#include "SettingsRepository.h"

#include "SqlSupport.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

class SettingsRepositoryTest : public test::DatabaseTest
{
protected:
    SettingsRepository m_repo{db()};

    // The closed year containing `day`, or 0 when none.
    int closedStartContaining(QDate day)
    {
        auto found = m_repo.closedYearContaining(day);
        EXPECT_TRUE(found.ok()) << found.message().toStdString();
        return found.ok() && found->has_value() ? (*found)->startYear() : 0;
    }
    // created_at and updated_at of a settings row, read behind the repository's back.
    std::pair<QDateTime, QDateTime> stamps(const QString& key)
    {
        auto query = sql::run(db(),
                              QStringLiteral("SELECT created_at, updated_at FROM settings "
                                             "WHERE key = ?"),
                              {key});
        if (!query || !query->next())
            return {};
        return {sql::toTimestamp(query->value(0)), sql::toTimestamp(query->value(1))};
    }
};

TEST_F(SettingsRepositoryTest, ValueFallsBackWhenUnset)
{
    auto unset = m_repo.value(QStringLiteral("organisation_name"));
    ASSERT_OK(unset);
    EXPECT_TRUE(unset->isEmpty());
    auto fallback = m_repo.value(QStringLiteral("organisation_name"), QStringLiteral("Coop"));
    ASSERT_OK(fallback);
    EXPECT_EQ(*fallback, "Coop");
}

TEST_F(SettingsRepositoryTest, StoresAndReplacesAValue)
{
    const QString key = QString::fromLatin1(SettingsRepository::OrganisationNameKey);
    ASSERT_OK(m_repo.setValue(key, QStringLiteral("Coopérative A")));
    auto first = m_repo.value(key, QStringLiteral("fallback"));
    ASSERT_OK(first);
    EXPECT_EQ(*first, QStringLiteral("Coopérative A"));
    EXPECT_EQ(stamps(key), std::make_pair(utc(2026, 11, 24), utc(2026, 11, 24)));

    m_test.clock().set(utc(2027, 1, 2, 9));
    ASSERT_OK(m_repo.setValue(key, QStringLiteral("Coopérative B")));
    auto second = m_repo.value(key);
    ASSERT_OK(second);
    EXPECT_EQ(*second, QStringLiteral("Coopérative B"));
    EXPECT_EQ(stamps(key), std::make_pair(utc(2026, 11, 24), utc(2027, 1, 2, 9)));
}

TEST_F(SettingsRepositoryTest, ValuesSurviveReopening)
{
    ASSERT_OK(m_repo.setValue(QStringLiteral("k"), QStringLiteral("v")));
    m_test.reopen();
    auto value = SettingsRepository(db()).value(QStringLiteral("k"));
    ASSERT_OK(value);
    EXPECT_EQ(*value, "v");
}

TEST_F(SettingsRepositoryTest, FiscalYearStartsInAprilByDefault)
{
    auto month = m_repo.fiscalStartMonth();
    ASSERT_OK(month);
    EXPECT_EQ(*month, 4);
    auto year = m_repo.fiscalYear(2019);
    ASSERT_OK(year);
    EXPECT_EQ(year->name(), "2019-2020");
    EXPECT_EQ(year->firstDay(), QDate(2019, 4, 1));
}

TEST_F(SettingsRepositoryTest, AStoredMonthThatIsNotAMonthReadsAsApril)
{
    const QString key = QString::fromLatin1(SettingsRepository::FiscalStartMonthKey);
    for (const QString& stored : {QStringLiteral("13"), QStringLiteral("0"), QStringLiteral("x")}) {
        ASSERT_OK(m_repo.setValue(key, stored));
        auto month = m_repo.fiscalStartMonth();
        ASSERT_OK(month);
        EXPECT_EQ(*month, 4) << stored.toStdString();
    }
}

TEST_F(SettingsRepositoryTest, SetsTheStartMonthFromOneToTwelve)
{
    for (int month : {1, 12, 10}) {
        ASSERT_OK(m_repo.setFiscalStartMonth(month));
        auto stored = m_repo.fiscalStartMonth();
        ASSERT_OK(stored);
        EXPECT_EQ(*stored, month);
    }
    auto year = m_repo.fiscalYear(2019);
    ASSERT_OK(year);
    EXPECT_EQ(year->startMonth(), 10);
    EXPECT_EQ(year->lastDay(), QDate(2020, 9, 30));
}

TEST_F(SettingsRepositoryTest, RefusesAStartMonthOutOfRange)
{
    for (int month : {0, 13, -4}) {
        auto r = m_repo.setFiscalStartMonth(month);
        ASSERT_FALSE(r.ok()) << month;
        EXPECT_THAT(r.message().toStdString(),
                    HasSubstr(std::to_string(month) + " is not a month (1 to 12)"));
    }
    auto stored = m_repo.fiscalStartMonth();
    ASSERT_OK(stored);
    EXPECT_EQ(*stored, 4);
}

TEST_F(SettingsRepositoryTest, RefusesToMoveTheStartMonthWhileAYearIsClosed)
{
    ASSERT_OK(m_repo.closeYear(FiscalYear(2019)));
    auto r = m_repo.setFiscalStartMonth(1);
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(r.message().toStdString(),
                HasSubstr("cannot change while fiscal years are closed"));
    auto month = m_repo.fiscalStartMonth();
    ASSERT_OK(month);
    EXPECT_EQ(*month, 4);
    // Confirming the month in force changes no boundary.
    EXPECT_OK(m_repo.setFiscalStartMonth(4));

    ASSERT_OK(m_repo.reopenYear(2019));
    EXPECT_OK(m_repo.setFiscalStartMonth(1));
}

TEST_F(SettingsRepositoryTest, FindsTheFiscalYearContainingADay)
{
    auto first = m_repo.fiscalYearContaining(QDate(2019, 4, 1));
    ASSERT_OK(first);
    EXPECT_EQ(first->startYear(), 2019);
    auto before = m_repo.fiscalYearContaining(QDate(2019, 3, 31));
    ASSERT_OK(before);
    EXPECT_EQ(before->startYear(), 2018);

    ASSERT_OK(m_repo.setFiscalStartMonth(10));
    auto october = m_repo.fiscalYearContaining(QDate(2019, 9, 30));
    ASSERT_OK(october);
    EXPECT_EQ(october->startYear(), 2018);
    EXPECT_EQ(october->startMonth(), 10);
}

TEST_F(SettingsRepositoryTest, ClosesAndListsYears)
{
    ASSERT_OK(m_repo.closeYear(FiscalYear(2020)));
    ASSERT_OK(m_repo.closeYear(FiscalYear(2018)));
    auto closed = m_repo.closedYears();
    ASSERT_OK(closed);
    EXPECT_EQ(*closed, (QList<FiscalYear>{FiscalYear(2018), FiscalYear(2020)}));

    auto is2018 = m_repo.isClosed(2018);
    ASSERT_OK(is2018);
    EXPECT_TRUE(*is2018);
    auto is2019 = m_repo.isClosed(2019);
    ASSERT_OK(is2019);
    EXPECT_FALSE(*is2019);
}

TEST_F(SettingsRepositoryTest, NothingIsClosedOnAFreshDatabase)
{
    auto closed = m_repo.closedYears();
    ASSERT_OK(closed);
    EXPECT_TRUE(closed->isEmpty());
    EXPECT_EQ(closedStartContaining(QDate(2019, 4, 1)), 0);
}

TEST_F(SettingsRepositoryTest, RefusesToCloseAYearTwiceOrNoYear)
{
    ASSERT_OK(m_repo.closeYear(FiscalYear(2019)));
    auto twice = m_repo.closeYear(FiscalYear(2019));
    ASSERT_FALSE(twice.ok());
    EXPECT_THAT(twice.message().toStdString(),
                HasSubstr("the fiscal year 2019-2020 is already closed"));
    auto none = m_repo.closeYear(FiscalYear());
    ASSERT_FALSE(none.ok());
    EXPECT_THAT(none.message().toStdString(), HasSubstr("no fiscal year was given"));
}

TEST_F(SettingsRepositoryTest, ReopensAClosedYear)
{
    ASSERT_OK(m_repo.closeYear(FiscalYear(2019)));
    ASSERT_OK(m_repo.closeYear(FiscalYear(2020)));
    ASSERT_OK(m_repo.reopenYear(2019));
    auto closed = m_repo.closedYears();
    ASSERT_OK(closed);
    EXPECT_EQ(*closed, (QList<FiscalYear>{FiscalYear(2020)}));
    auto is2019 = m_repo.isClosed(2019);
    ASSERT_OK(is2019);
    EXPECT_FALSE(*is2019);
}

TEST_F(SettingsRepositoryTest, RefusesToReopenAYearThatIsNotClosed)
{
    auto r = m_repo.reopenYear(2019);
    ASSERT_FALSE(r.ok());
    EXPECT_THAT(r.message().toStdString(), HasSubstr("the fiscal year 2019-2020 is not closed"));

    ASSERT_OK(m_repo.setFiscalStartMonth(1));
    auto january = m_repo.reopenYear(2019);
    ASSERT_FALSE(january.ok());
    EXPECT_THAT(january.message().toStdString(), HasSubstr("the fiscal year 2019 is not closed"));
}

TEST_F(SettingsRepositoryTest, TheClosedYearCoversItsFirstAndLastDayOnly)
{
    ASSERT_OK(m_repo.closeYear(FiscalYear(2019)));
    EXPECT_EQ(closedStartContaining(QDate(2019, 3, 31)), 0);
    EXPECT_EQ(closedStartContaining(QDate(2019, 4, 1)), 2019);
    EXPECT_EQ(closedStartContaining(QDate(2019, 12, 31)), 2019);
    EXPECT_EQ(closedStartContaining(QDate(2020, 3, 31)), 2019);
    EXPECT_EQ(closedStartContaining(QDate(2020, 4, 1)), 0);
}

TEST_F(SettingsRepositoryTest, ClosesAYearThatStartsInOctober)
{
    ASSERT_OK(m_repo.setFiscalStartMonth(10));
    auto year = m_repo.fiscalYear(2019);
    ASSERT_OK(year);
    ASSERT_OK(m_repo.closeYear(*year));

    auto closed = m_repo.closedYears();
    ASSERT_OK(closed);
    ASSERT_EQ(closed->size(), 1);
    EXPECT_EQ(closed->first().startMonth(), 10);
    EXPECT_EQ(closed->first().firstDay(), QDate(2019, 10, 1));

    EXPECT_EQ(closedStartContaining(QDate(2019, 9, 30)), 0);
    EXPECT_EQ(closedStartContaining(QDate(2019, 10, 1)), 2019);
    EXPECT_EQ(closedStartContaining(QDate(2020, 9, 30)), 2019);
    EXPECT_EQ(closedStartContaining(QDate(2020, 10, 1)), 0);
    auto found = m_repo.closedYearContaining(QDate(2020, 9, 30));
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->startMonth(), 10);
    EXPECT_EQ((*found)->name(), "2019-2020");
}

TEST_F(SettingsRepositoryTest, ClosesACalendarYearWithAJanuaryStart)
{
    ASSERT_OK(m_repo.setFiscalStartMonth(1));
    auto year = m_repo.fiscalYear(2019);
    ASSERT_OK(year);
    ASSERT_OK(m_repo.closeYear(*year));
    EXPECT_EQ(closedStartContaining(QDate(2018, 12, 31)), 0);
    EXPECT_EQ(closedStartContaining(QDate(2019, 1, 1)), 2019);
    EXPECT_EQ(closedStartContaining(QDate(2019, 12, 31)), 2019);
    EXPECT_EQ(closedStartContaining(QDate(2020, 1, 1)), 0);
    auto twice = m_repo.closeYear(*year);
    ASSERT_FALSE(twice.ok());
    EXPECT_THAT(twice.message().toStdString(), HasSubstr("the fiscal year 2019 is already"));
}

TEST_F(SettingsRepositoryTest, ClosedYearsSurviveReopening)
{
    ASSERT_OK(m_repo.closeYear(FiscalYear(2019)));
    m_test.reopen();
    SettingsRepository reopened(db());
    auto closed = reopened.isClosed(2019);
    ASSERT_OK(closed);
    EXPECT_TRUE(*closed);
}

} // namespace
