// The demo's finance lines and satisfaction surveys. 2018-2019 and 2019-2020 are the seed
// report's table to the dollar (revenue from members +22 %, from auxiliary members +44 %, no
// public funding); 2024-2025 is 97.7 % self-financed and 93 % would recommend, as the 2025 press
// release says.

#include "DemoDataContext.h"
#include "FinanceRepository.h"
#include "SurveyRepository.h"

namespace bilan::demo {

namespace {

// Actual revenue of a year by source, and its expenses, in dollars.
struct Actual
{
    int year;
    qint64 managed;   // members under full management (revenue_members)
    qint64 members;   // the other members (revenue_members)
    qint64 auxiliary; // revenue_auxiliary
    qint64 other;     // revenue_other
    qint64 publicFunding;
    qint64 expenses;
};

constexpr Actual actuals[] = {
    {2015, 1050000, 520400, 498700, 145280, 0, 2171905},
    {2016, 1180000, 680300, 660112, 178100, 0, 2640377},
    {2017, 1300500, 830200, 880306, 181800, 0, 3129450},
    // The seed report: 3 569 964 $ / 3 494 916 $, then 4 475 852 $ / 4 405 109 $.
    {2018, 1402310, 916110, 1072580, 178964, 0, 3494916},
    {2019, 1480000, 1348470, 1544515, 102867, 0, 4405109},
    // The emergency wage subsidy of the pandemic years.
    {2020, 1455000, 1402000, 1498140, 109000, 148200, 4539880},
    {2021, 1470300, 1561016, 1745000, 120000, 62400, 4881205},
    {2022, 1480900, 1690547, 1912000, 122000, 95000, 5226318},
    {2023, 1490000, 1821302, 2090000, 125000, 118600, 5570441},
    {2024, 1502000, 1998315, 2317000, 130000, 139900, 6008930},
};

// Budgeted revenue and expenses of a year, in dollars (2025: the budget of 2025-2026).
struct Budget
{
    int year;
    qint64 revenue;
    qint64 expenses;
};

constexpr Budget budgets[] = {
    {2015, 2100000, 2080000}, {2016, 2550000, 2520000}, {2017, 3050000, 3010000},
    {2018, 3400000, 3360000}, {2019, 4146109, 4100351}, {2020, 3951783, 3878239},
    {2021, 4700000, 4640000}, {2022, 5150000, 5090000}, {2023, 5500000, 5440000},
    {2024, 5900000, 5840000}, {2025, 6250000, 6180000},
};

struct Share
{
    FinanceKind kind;
    const char* label;
    int permille;
};

// How a total splits into labelled lines; the last line takes what rounding leaves.
const Share expenseShares[] = {
    {FinanceKind::Expense, "Salaires et avantages sociaux", 820},
    {FinanceKind::Expense, "Loyer et frais de bureau", 60},
    {FinanceKind::Expense, "Déplacements et formation", 50},
    {FinanceKind::Expense, "Administration et technologies", 70},
};
const Share budgetRevenueShares[] = {
    {FinanceKind::RevenueMembers, "Membres sous entière gestion", 340},
    {FinanceKind::RevenueMembers, "Membres utilisateurs", 290},
    {FinanceKind::RevenueAuxiliary, "Membres auxiliaires", 330},
    {FinanceKind::RevenueOther, "Autres produits", 40},
};

struct Recommendation
{
    int year;
    int respondents;
    int recommend;
};

// 2019-2020: 122 of 134 = 91 %; 2024-2025: 173 of 186 = 93 %.
constexpr Recommendation surveys[] = {
    {2015, 62, 55},   {2016, 78, 70},   {2017, 95, 85},   {2018, 112, 101}, {2019, 134, 122},
    {2020, 141, 129}, {2021, 152, 140}, {2022, 160, 148}, {2023, 171, 158}, {2024, 186, 173},
};

class LineWriter
{
public:
    explicit LineWriter(Database& database) : m_repository(database) {}

    Status add(int year, Scenario scenario, FinanceKind kind, const char* label, qint64 dollars)
    {
        if (dollars == 0)
            return {};
        FinanceLine line;
        line.fiscalYear = year;
        line.scenario = scenario;
        line.kind = kind;
        line.label = QString::fromUtf8(label);
        line.amountCents = dollars * 100;
        auto id = m_repository.add(line);
        return id ? Status() : Status(id.error());
    }

    template <std::size_t N>
    Status split(int year, Scenario scenario, const Share (&shares)[N], qint64 dollars)
    {
        qint64 left = dollars;
        for (std::size_t i = 0; i < N; ++i) {
            const qint64 amount = i + 1 == N ? left : dollars * shares[i].permille / 1000;
            left -= amount;
            if (auto added = add(year, scenario, shares[i].kind, shares[i].label, amount); !added)
                return added;
        }
        return {};
    }

private:
    FinanceRepository m_repository;
};

} // namespace

Status addFinancesAndSurveys(DemoContext& context)
{
    LineWriter lines(context.db);
    const Scenario actual = Scenario::Actual;
    for (const Actual& a : actuals) {
        const Status written[] = {
            lines.add(a.year, actual, FinanceKind::RevenueMembers, "Membres sous entière gestion",
                      a.managed),
            lines.add(a.year, actual, FinanceKind::RevenueMembers, "Membres utilisateurs",
                      a.members),
            lines.add(a.year, actual, FinanceKind::RevenueAuxiliary, "Membres auxiliaires",
                      a.auxiliary),
            lines.add(a.year, actual, FinanceKind::RevenueOther, "Formation et autres produits",
                      a.other),
            lines.add(a.year, actual, FinanceKind::PublicFunding, "Aide financière publique",
                      a.publicFunding),
            lines.split(a.year, actual, expenseShares, a.expenses),
        };
        for (const Status& status : written) {
            if (!status)
                return status;
        }
    }
    for (const Budget& b : budgets) {
        if (auto revenue = lines.split(b.year, Scenario::Budget, budgetRevenueShares, b.revenue);
            !revenue)
            return revenue;
        if (auto expenses = lines.split(b.year, Scenario::Budget, expenseShares, b.expenses);
            !expenses)
            return expenses;
    }

    SurveyRepository repository(context.db);
    for (const Recommendation& r : surveys) {
        Survey survey;
        survey.fiscalYear = r.year;
        survey.respondents = r.respondents;
        survey.recommend = r.recommend;
        if (auto added = repository.add(survey); !added)
            return added.error();
    }
    return {};
}

} // namespace bilan::demo
