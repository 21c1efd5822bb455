// What a hostile-input trial found let through at import (issue 9): finance totals that overflow
// the figures (finding 10), names that differ only by their Unicode form (11) and dates no
// report can show (12).

#include "BoardRepository.h"
#include "CsvImportSupport.h"
#include "ExpertRepository.h"
#include "FieldRepository.h"
#include "FinanceRepository.h"
#include "OrganisationRepository.h"
#include "Parsing.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

namespace {

using DataLimitsImportTest = DatabaseTest;

const QString Composed = QStringLiteral("Caf\u00e9 du R\u00e9seau");
const QString Decomposed = QStringLiteral("Cafe\u0301 du Re\u0301seau");

QString maxAmount()
{
    return Parsing::formatAmount(FinanceLine::MaxAmountCents);
}

// `count` lines of the largest amount, each with its own label.
QString financeLines(int count, const QString& scenario = QStringLiteral("actual"))
{
    QString csv = QStringLiteral("year,scenario,kind,label,amount\n");
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("2019,%1,revenue_members,line %2,%3\n")
                   .arg(scenario)
                   .arg(i)
                   .arg(maxAmount());
    return csv;
}

TEST_F(DataLimitsImportTest, AHundredLinesAtTheLargestAmountAddUpExactly)
{
    const auto result = importCsv(db(), CsvKind::Finances, financeLines(100));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    auto totals = FinanceRepository(db()).totals(2019, Scenario::Actual);
    ASSERT_OK(totals);
    EXPECT_EQ(totals->value(FinanceKind::RevenueMembers), 100 * FinanceLine::MaxAmountCents);
}

TEST_F(DataLimitsImportTest, AnAmountAboveTheLargestIsRefusedAtImport)
{
    const auto result = importCsv(db(), CsvKind::Finances,
                                  QStringLiteral("year,scenario,kind,amount\n"
                                                 "2019,actual,expense,10000000000.01\n"
                                                 "2019,budget,expense,999999999999999\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "amount"), Pair(3, "amount")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("more than the largest amount"));
    EXPECT_EQ(rowCount(db(), "finance_lines"), 0);
}

// The lines of one year and scenario may add up to MaxTotalCents: the lines past it are named,
// and nothing is written. Other scenarios and years have their own total.
TEST_F(DataLimitsImportTest, LinesThatWouldOverflowTheYearsTotalAreNamedAndRefused)
{
    const int fit = static_cast<int>(FinanceLine::MaxTotalCents / FinanceLine::MaxAmountCents);
    const auto result = importCsv(db(), CsvKind::Finances, financeLines(fit + 2));
    EXPECT_THAT(where(result), ElementsAre(Pair(fit + 2, "amount"), Pair(fit + 3, "amount")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("actual lines of 2019-2020"));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("more than the 10000000000000.00"));
    EXPECT_EQ(rowCount(db(), "finance_lines"), 0);

    ASSERT_TRUE(importCsv(db(), CsvKind::Finances, financeLines(fit)).ok());
    EXPECT_TRUE(importCsv(db(), CsvKind::Finances, financeLines(1, QStringLiteral("budget"))).ok());
    auto totals = FinanceRepository(db()).totals(2019, Scenario::Actual);
    ASSERT_OK(totals);
    EXPECT_EQ(totals->value(FinanceKind::RevenueMembers), FinanceLine::MaxTotalCents);

    // An edit may not bring it past the bound either.
    auto lines = FinanceRepository(db()).forYear(2019);
    ASSERT_OK(lines);
    FinanceLine budget;
    for (const FinanceLine& line : *lines)
        if (line.scenario == Scenario::Budget)
            budget = line;
    budget.scenario = Scenario::Actual;
    budget.label = QStringLiteral("moved");
    const Status moved = FinanceRepository(db()).update(budget);
    EXPECT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().field, QStringLiteral("amount"));
}

TEST_F(DataLimitsImportTest, HourDatesOutsideTheRangeAreRefusedWithTheRange)
{
    addExpert(db(), QStringLiteral("Ann"));
    addOrganisation(db(), QStringLiteral("Coop"));
    const auto result = importCsv(db(), CsvKind::Hours,
                                  QStringLiteral("date,expert,organisation,duration\n"
                                                 "0001-01-01,Ann,Coop,1\n"
                                                 "0219-05-01,Ann,Coop,1\n"
                                                 "9999-12-31,Ann,Coop,1\n"
                                                 "1899-12-31,Ann,Coop,1\n"
                                                 "3000-01-01,Ann,Coop,1\n"
                                                 "1900-01-01,Ann,Coop,1\n"
                                                 "2999-12-31,Ann,Coop,1\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "date"), Pair(3, "date"), Pair(4, "date"),
                                           Pair(5, "date"), Pair(6, "date")));
    EXPECT_THAT(messageAt(result, 1), HasSubstr("0219-05-01 is outside the dates Bilan accepts "
                                                "(1900-01-01 to 2999-12-31)"));
    EXPECT_EQ(rowCount(db(), "service_entries"), 0);
}

TEST_F(DataLimitsImportTest, EveryKindRefusesADateOutsideTheRange)
{
    addOrganisation(db(), QStringLiteral("Coop"));
    const struct
    {
        CsvKind kind;
        const char* csv;
        const char* column;
    } cases[] = {
        {CsvKind::Memberships, "organisation,category,joined\nCoop,member,9999-12-31\n", "joined"},
        {CsvKind::Memberships,
         "organisation,category,joined,left\nCoop,member,2019-01-01,"
         "9999-12-31\n",
         "left"},
        {CsvKind::Experts, "name,role,started\nAnn,professional,0219-05-01\n", "started"},
        {CsvKind::Experts, "name,role,started,ended\nAnn,professional,2019-01-01,9999-12-31\n",
         "ended"},
        {CsvKind::Board, "name,organisation,role,started\nBob,Coop,director,0001-01-01\n",
         "started"},
        {CsvKind::Meetings, "date,kind\n9999-12-31,board\n", "date"},
        {CsvKind::Attendance, "date,kind,director,status\n9999-12-31,board,Bob,present\n", "date"},
        {CsvKind::Activities, "date,type,audience\n0219-05-01,event,networks\n", "date"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.csv);
        const auto result = importCsv(db(), c.kind, QString::fromUtf8(c.csv));
        ASSERT_FALSE(result.ok());
        bool named = false;
        for (const ImportProblem& problem : result.problems)
            named = named || (problem.column == QLatin1String(c.column) &&
                              problem.message.contains(QStringLiteral("outside the dates")));
        EXPECT_TRUE(named) << describeAll(result);
    }
}

TEST_F(DataLimitsImportTest, ANameTypedDecomposedIsTheSameNameAndIsStoredComposed)
{
    const auto organisations = importCsv(
        db(), CsvKind::Organisations,
        QStringLiteral("name,kind,region\n%1,coop,Mont\u00e9r\u00e9gie\n").arg(Decomposed));
    ASSERT_TRUE(organisations.ok()) << describeAll(organisations);
    auto all = OrganisationRepository(db()).all();
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().name, Composed);

    // The other form is a duplicate, not a second organisation.
    const auto again = importCsv(db(), CsvKind::Organisations,
                                 QStringLiteral("name,kind\n%1,coop\n").arg(Composed));
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(rowCount(db(), "organisations"), 1);

    const auto experts = importCsv(
        db(), CsvKind::Experts,
        QStringLiteral("name,role,fields,started\nRe\u0301mi,professional,Gestion|Le\u0301gal,"
                       "2019-01-01\n"));
    ASSERT_TRUE(experts.ok()) << describeAll(experts);
    const auto board = importCsv(db(), CsvKind::Board,
                                 QStringLiteral("name,organisation,role,started\n"
                                                "He\u0301le\u0300ne,%1,director,2019-01-01\n")
                                     .arg(Composed));
    ASSERT_TRUE(board.ok()) << describeAll(board);

    // Hours naming either form find the one organisation, expert and field.
    const auto hours =
        importCsv(db(), CsvKind::Hours,
                  QStringLiteral("date,expert,organisation,duration,field\n"
                                 "2019-05-01,R\u00e9mi,%1,1,L\u00e9gal\n2019-05-02,Re\u0301mi,%2,1,"
                                 "Le\u0301gal\n")
                      .arg(Composed, Decomposed));
    ASSERT_TRUE(hours.ok()) << describeAll(hours);
    EXPECT_EQ(rowCount(db(), "service_entries"), 2);
    EXPECT_EQ(rowCount(db(), "fields"), 2);
    auto expert = ExpertRepository(db()).findByName(QStringLiteral("R\u00e9mi"));
    ASSERT_OK(expert);
    ASSERT_TRUE(expert->has_value());
    EXPECT_EQ((*expert)->name, QStringLiteral("R\u00e9mi"));
    auto director = BoardRepository(db()).findDirector(QStringLiteral("H\u00e9l\u00e8ne"));
    ASSERT_OK(director);
    ASSERT_TRUE(director->has_value());
    EXPECT_EQ((*director)->name, QStringLiteral("H\u00e9l\u00e8ne"));
    auto fields = FieldRepository(db()).names();
    ASSERT_OK(fields);
    EXPECT_TRUE(fields->contains(QStringLiteral("L\u00e9gal")));

    const auto attendance =
        importCsv(db(), CsvKind::Meetings, QStringLiteral("date,kind\n2019-06-01,board\n"));
    ASSERT_TRUE(attendance.ok());
    EXPECT_TRUE(importCsv(db(), CsvKind::Attendance,
                          QStringLiteral("date,kind,director,status\n"
                                         "2019-06-01,board,H\u00e9l\u00e8ne,present\n"))
                    .ok());
}

} // namespace
