// The limits that keep data a report can show and figures that cannot overflow (issue 9,
// findings 10, 11 and 12): one range of dates for every date, bounded amounts, names in NFC.

#include "Parsing.h"
#include "Privacy.h"
#include "Validation.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

// The day the tests run on, for the rules that depend on today.
const QDate Today(2026, 6, 1);

const QDate Implausible[] = {QDate(1, 1, 1), QDate(219, 5, 1), QDate(9999, 12, 31),
                             QDate(1899, 12, 31), QDate(3000, 1, 1)};

std::string messageOf(const Status& status)
{
    return status.ok() ? std::string("<accepted>") : status.message().toStdString();
}

TEST(DataLimits, EveryKindOfDateIsRefusedOutsideTheOneRangeWithAMessageNamingIt)
{
    for (const QDate day : Implausible) {
        SCOPED_TRACE(day.toString(Qt::ISODate).toStdString());
        ServiceEntry entry;
        entry.date = day;
        entry.minutes = 60;
        const Status hours = Validation::serviceEntry(entry);
        EXPECT_THAT(messageOf(hours), HasSubstr("outside the dates Bilan accepts (1900-01-01 to "
                                                "2999-12-31)"));
        EXPECT_EQ(hours.error().field, QStringLiteral("date"));

        Membership joined;
        joined.joined = day;
        EXPECT_EQ(Validation::membership(joined).error().field, QStringLiteral("joined"));
        Membership left;
        left.joined = QDate(1950, 1, 1);
        left.left = day;
        // A left day before 1950 is also refused for ending before joining: either way, refused.
        EXPECT_FALSE(Validation::membership(left).ok());

        Expert expert;
        expert.name = QStringLiteral("Ann");
        expert.started = day;
        EXPECT_EQ(Validation::expert(expert, Today).error().field, QStringLiteral("started"));
        expert.started = QDate(1900, 1, 1);
        expert.ended = day;
        EXPECT_FALSE(Validation::expert(expert, Today).ok());

        BoardMandate mandate;
        mandate.started = day;
        EXPECT_EQ(Validation::mandate(mandate).error().field, QStringLiteral("started"));
        mandate.started = QDate(1900, 1, 1);
        mandate.ended = day;
        EXPECT_FALSE(Validation::mandate(mandate).ok());

        Activity activity;
        activity.date = day;
        EXPECT_EQ(Validation::activity(activity).error().field, QStringLiteral("date"));
        EXPECT_FALSE(Validation::dateInRange(day, QStringLiteral("date")).ok());
    }
}

TEST(DataLimits, TheRangeIncludesItsEndsAndAnOpenEnd)
{
    for (const QDate day : {QDate(1900, 1, 1), QDate(2019, 5, 1), QDate(2999, 12, 31)}) {
        ServiceEntry entry;
        entry.date = day;
        entry.minutes = 60;
        EXPECT_TRUE(Validation::serviceEntry(entry).ok())
            << messageOf(Validation::serviceEntry(entry));
        Activity activity;
        activity.date = day;
        EXPECT_TRUE(Validation::activity(activity).ok());
    }
    Membership open;
    open.joined = QDate(2019, 4, 1);
    EXPECT_TRUE(Validation::membership(open).ok());
    EXPECT_TRUE(Validation::dateInRange(QDate(), QStringLiteral("left")).ok());
}

FinanceLine line(qint64 cents)
{
    FinanceLine l;
    l.fiscalYear = 2019;
    l.amountCents = cents;
    return l;
}

TEST(DataLimits, AFinanceLineHoldsAtMostTenBillionDollars)
{
    EXPECT_TRUE(Validation::financeLine(line(FinanceLine::MaxAmountCents)).ok());
    const Status tooMuch = Validation::financeLine(line(FinanceLine::MaxAmountCents + 1));
    EXPECT_THAT(messageOf(tooMuch), HasSubstr("more than the largest amount a line can hold "
                                              "(10000000000.00)"));
    EXPECT_EQ(tooMuch.error().field, QStringLiteral("amount"));
    // The largest amount the parser reads (15 digits) is refused, not wrapped.
    auto parsed = Parsing::amount(u"999999999999999.99");
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(Validation::financeLine(line(*parsed)).ok());
}

TEST(DataLimits, AYearAndScenarioAddUpToAtMostTheTotalBound)
{
    const qint64 max = FinanceLine::MaxTotalCents;
    EXPECT_TRUE(Validation::financeTotal(QStringLiteral("2019-2020"), Scenario::Actual,
                                         max - FinanceLine::MaxAmountCents,
                                         FinanceLine::MaxAmountCents)
                    .ok());
    const Status over =
        Validation::financeTotal(QStringLiteral("2019-2020"), Scenario::Actual, max, 1);
    EXPECT_THAT(messageOf(over), HasSubstr("actual lines of 2019-2020"));
    EXPECT_EQ(over.error().field, QStringLiteral("amount"));
    // A total stored before the bound existed cannot make the check itself overflow.
    EXPECT_FALSE(
        Validation::financeTotal(QString(), Scenario::Budget, std::numeric_limits<qint64>::max(), 1)
            .ok());
    // Every figure is a sum of one year and scenario, or a difference of two: they fit.
    static_assert(2 * FinanceLine::MaxTotalCents < std::numeric_limits<qint64>::max() / 1000);
}

TEST(DataLimits, NamesAreStoredAndComparedInNfc)
{
    const QString composed = QStringLiteral("Caf\u00e9 R\u00e9seau");
    const QString decomposed = QStringLiteral("Cafe\u0301 Re\u0301seau");
    ASSERT_NE(composed, decomposed);
    EXPECT_EQ(Parsing::cleanName(decomposed), composed);
    EXPECT_EQ(Parsing::cleanName(QStringLiteral("  Cafe\u0301   R\u00e9seau ")), composed);
    EXPECT_EQ(Parsing::nameKey(decomposed), Parsing::nameKey(composed));
    EXPECT_EQ(Parsing::nameKey(QStringLiteral("CAFE\u0301 RE\u0301SEAU")),
              Parsing::nameKey(composed));
    EXPECT_EQ(Parsing::searchKey(decomposed), Parsing::searchKey(composed));
    // Different letters stay different names.
    EXPECT_NE(Parsing::nameKey(QStringLiteral("Cafe Reseau")), Parsing::nameKey(composed));
}

TEST(DataLimits, PersonalAggregatesNeedFivePeople)
{
    EXPECT_EQ(Privacy::MinimumPeople, 5);
    EXPECT_FALSE(Privacy::mayShowAggregate(0));
    EXPECT_FALSE(Privacy::mayShowAggregate(4));
    EXPECT_TRUE(Privacy::mayShowAggregate(5));
}

} // namespace
