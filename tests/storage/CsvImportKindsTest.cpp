// Each KIND's own rules on import (DESIGN.md "CSV import formats"), hours aside
// (CsvImportHoursTest.cpp).

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "CsvExporter.h"
#include "CsvImportSupport.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "SettingsRepository.h"
#include "SurveyRepository.h"
#include "TestDatabase.h"

#include <QBuffer>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Pair;

namespace {

using CsvImportKindsTest = DatabaseTest;

std::optional<Organisation> organisationNamed(Database& db, const QString& name)
{
    auto found = OrganisationRepository(db).findByName(name);
    EXPECT_TRUE(found.ok()) << found.message().toStdString();
    return found ? *found : std::nullopt;
}

TEST_F(CsvImportKindsTest, OrganisationsLinkToANetworkDefinedOnALaterRow)
{
    const auto result = importCsv(db(), CsvKind::Organisations,
                                  QStringLiteral("name,kind,region,sector,network\n"
                                                 "Coop du Rucher,coop,Estrie,agri,Réseau  COOP\n"
                                                 "Mutuelle,mutual,,,\n"
                                                 "Réseau Coop,network,Montréal,,\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    const auto network = organisationNamed(db(), QStringLiteral("Réseau Coop"));
    const auto member = organisationNamed(db(), QStringLiteral("coop du rucher"));
    ASSERT_TRUE(network && member);
    ASSERT_TRUE(member->networkId.has_value());
    EXPECT_EQ(*member->networkId, network->id);
    EXPECT_EQ(member->kind, OrganisationKind::Coop);
    EXPECT_EQ(member->region, QStringLiteral("Estrie"));
    EXPECT_EQ(member->sector, QStringLiteral("agri"));
    EXPECT_FALSE(organisationNamed(db(), QStringLiteral("Mutuelle"))->networkId.has_value());
}

TEST_F(CsvImportKindsTest, OrganisationsReportAnUnknownNetworkOrOneThatIsNotANetwork)
{
    addOrganisation(db(), QStringLiteral("Existing Coop"));
    const auto result = importCsv(db(), CsvKind::Organisations,
                                  QStringLiteral("name,kind,network\n"
                                                 "A,coop,Nowhere\n"
                                                 "B,coop,Existing Coop\n"
                                                 "C,coop,A\n"
                                                 "D,team,\n"));
    EXPECT_THAT(where(result),
                ::testing::UnorderedElementsAre(Pair(2, "network"), Pair(3, "network"),
                                                Pair(4, "network"), Pair(5, "kind")));
    const std::string all = describeAll(result);
    EXPECT_THAT(all, HasSubstr("f:2: network: no organisation named \"Nowhere\""));
    EXPECT_THAT(all, HasSubstr("\"Existing Coop\" is not a network"));
    EXPECT_EQ(rowCount(db(), "organisations"), 1);
}

TEST_F(CsvImportKindsTest, MembershipsResolveOrganisationNamesIgnoringCaseAndSpaces)
{
    const qint64 id = addOrganisation(db(), QStringLiteral("Coop du Rucher"));
    const auto result = importCsv(db(), CsvKind::Memberships,
                                  QStringLiteral("joined;left;category;organisation\n"
                                                 "2015-04-01;2017-04-01;member; coop  DU rucher\n"
                                                 "2018-01-15;;managed;Coop du Rucher\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    auto periods = MembershipRepository(db()).forOrganisation(id);
    ASSERT_OK(periods);
    ASSERT_EQ(periods->size(), 2);
    EXPECT_EQ(periods->at(0).left, QDate(2017, 4, 1));
    EXPECT_TRUE(periods->at(1).isOpen());
    EXPECT_EQ(periods->at(1).category, MembershipCategory::Managed);
}

TEST_F(CsvImportKindsTest, MembershipsReportUnknownOrganisationsAndBadPeriods)
{
    addOrganisation(db(), QStringLiteral("Coop du Rucher"));
    const auto result = importCsv(db(), CsvKind::Memberships,
                                  QStringLiteral("organisation,category,joined,left\n"
                                                 "Coop Inconnue,member,2015-04-01,\n"
                                                 "Coop du Rucher,member,2015-04-01,2014-01-01\n"
                                                 "Coop du Rucher,member,2016-01-01,\n"
                                                 "Coop du Rucher,auxiliary,2017-01-01,\n"
                                                 ",member,2017-01-01,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "organisation"), Pair(3, "left"),
                                           Pair(5, "joined"), Pair(6, "organisation")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("no organisation named \"Coop Inconnue\""));
    EXPECT_THAT(messageAt(result, 2), HasSubstr("overlaps"));
    EXPECT_EQ(rowCount(db(), "memberships"), 0);
}

TEST_F(CsvImportKindsTest, ExpertsReadFieldsAndTheOptionalPersonalInformation)
{
    const auto result =
        importCsv(db(), CsvKind::Experts,
                  QStringLiteral("name,role,fields,region,gender,birth_year,started,ended\n"
                                 "Awa Diallo,professional,HR| Legal ||,Estrie,F,1980,2015-04-01,\n"
                                 "Li Wei,trainer,,,,,2018-01-01,2020-12-31\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    auto awa = ExpertRepository(db()).findByName(QStringLiteral("awa diallo"));
    auto li = ExpertRepository(db()).findByName(QStringLiteral("Li Wei"));
    ASSERT_OK(awa);
    ASSERT_OK(li);
    ASSERT_TRUE(*awa && *li);
    EXPECT_EQ((*awa)->fields, (QStringList{QStringLiteral("HR"), QStringLiteral("Legal")}));
    EXPECT_EQ((*awa)->gender, Gender::F);
    EXPECT_EQ((*awa)->birthYear, 1980);
    EXPECT_FALSE((*awa)->ended.isValid());
    EXPECT_EQ((*li)->role, ExpertRole::Trainer);
    EXPECT_FALSE((*li)->gender.has_value());
    EXPECT_FALSE((*li)->birthYear.has_value());
    EXPECT_EQ((*li)->ended, QDate(2020, 12, 31));
}

TEST_F(CsvImportKindsTest, ExpertsReportEachBadValueUnderItsColumn)
{
    const auto result = importCsv(db(), CsvKind::Experts,
                                  QStringLiteral("name,role,gender,birth_year,started,ended\n"
                                                 "A,boss,F,1980,2015-04-01,\n"
                                                 "B,trainer,W,1980,2015-04-01,\n"
                                                 "C,trainer,M,nineteen,2015-04-01,\n"
                                                 "D,trainer,M,1850,2015-04-01,\n"
                                                 "E,trainer,X,1990,,\n"
                                                 "F,trainer,X,1990,2015-04-01,2014-04-01\n"
                                                 "G,trainer,,,2015-04-01,\n"
                                                 "g,trainer,,,2015-04-01,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "role"), Pair(3, "gender"),
                                           Pair(4, "birth_year"), Pair(5, "birth_year"),
                                           Pair(6, "started"), Pair(7, "ended"), Pair(9, "name")));
    EXPECT_THAT(messageAt(result, 1), HasSubstr("\"W\" is not one of F, M, X"));
    EXPECT_EQ(rowCount(db(), "experts"), 0);
}

TEST_F(CsvImportKindsTest, BoardCreatesDirectorsAndResolvesOrganisations)
{
    addOrganisation(db(), QStringLiteral("Coop du Rucher"));
    const auto result =
        importCsv(db(), CsvKind::Board,
                  QStringLiteral("name,organisation,role,started,ended\n"
                                 "Marie Tremblay,Coop du Rucher,president,2018-06-01,2020-05-31\n"
                                 "marie  tremblay,coop du rucher,director,2020-06-01,\n"
                                 "Jean Roy,Coop Inconnue,director,2018-06-01,\n"
                                 "Paul Roy,Coop du Rucher,treasurer,2018-06-01,\n"
                                 "MARIE TREMBLAY,Coop du Rucher,director,2021-01-01,\n"
                                 ",Coop du Rucher,director,2021-01-01,\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(4, "organisation"), Pair(5, "role"),
                                           Pair(6, "started"), Pair(7, "name")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("no organisation named \"Coop Inconnue\""));
    EXPECT_EQ(rowCount(db(), "directors"), 0);
    EXPECT_EQ(rowCount(db(), "board_mandates"), 0);

    const auto good =
        importCsv(db(), CsvKind::Board,
                  QStringLiteral("name,organisation,role,started,ended\n"
                                 "Marie Tremblay,Coop du Rucher,president,2018-06-01,2020-05-31\n"
                                 "marie  tremblay,coop du rucher,director,2020-06-01,\n"));
    ASSERT_TRUE(good.ok()) << describeAll(good);
    auto directors = BoardRepository(db()).directors();
    ASSERT_OK(directors);
    ASSERT_EQ(directors->size(), 1);
    EXPECT_EQ(directors->first().name, QStringLiteral("Marie Tremblay"));
    EXPECT_EQ(rowCount(db(), "board_mandates"), 2);
}

class CsvImportMeetingsTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        addOrganisation(db(), QStringLiteral("Coop du Rucher"));
        const auto board =
            importCsv(db(), CsvKind::Board,
                      QStringLiteral("name,organisation,role,started,ended\n"
                                     "Marie Tremblay,Coop du Rucher,president,2018-06-01,\n"
                                     "Jean Roy,Coop du Rucher,director,2018-06-01,2019-06-30\n"));
        ASSERT_TRUE(board.ok()) << describeAll(board);
        const auto meetings = importCsv(db(), CsvKind::Meetings,
                                        QStringLiteral("date,kind,title\n"
                                                       "2019-06-15,agm,Assemblée générale\n"
                                                       "2019-09-10,board,\n"));
        ASSERT_TRUE(meetings.ok()) << describeAll(meetings);
    }
};

TEST_F(CsvImportMeetingsTest, AttendanceFindsTheMeetingByDateAndKindAndTheDirectorByName)
{
    const auto result = importCsv(db(), CsvKind::Attendance,
                                  QStringLiteral("date,kind,director,status\n"
                                                 "2019-06-15,agm,marie tremblay,present\n"
                                                 "2019-06-15,AGM,Jean Roy,excused\n"
                                                 "2019-09-10,board,Marie Tremblay,absent\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    auto agm = MeetingRepository(db()).find(QDate(2019, 6, 15), MeetingKind::Agm);
    ASSERT_OK(agm);
    ASSERT_TRUE(agm->has_value());
    EXPECT_EQ((*agm)->title, QStringLiteral("Assemblée générale"));
    auto attendance = MeetingRepository(db()).attendance((*agm)->id);
    ASSERT_OK(attendance);
    EXPECT_EQ(attendance->size(), 2);
    EXPECT_EQ(rowCount(db(), "attendance"), 3);
}

TEST_F(CsvImportMeetingsTest, AttendanceReportsUnknownDirectorsMeetingsAndDirectorsOutOfOffice)
{
    const auto result = importCsv(db(), CsvKind::Attendance,
                                  QStringLiteral("date,kind,director,status\n"
                                                 "2019-06-15,agm,Nobody,present\n"
                                                 "2019-06-16,agm,Marie Tremblay,present\n"
                                                 "2019-09-10,board,Jean Roy,present\n"
                                                 "2019-09-10,board,Marie Tremblay,late\n"
                                                 "2019-09-10,gala,Marie Tremblay,present\n"));
    EXPECT_THAT(where(result),
                ElementsAre(Pair(2, "director"), Pair(3, "date"), Pair(4, "director"),
                            Pair(5, "status"), Pair(6, "kind")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("no director named \"Nobody\""));
    EXPECT_THAT(messageAt(result, 1), HasSubstr("no general assembly on 2019-06-16"));
    EXPECT_THAT(messageAt(result, 2), HasSubstr("not a director in office on 2019-09-10"));
    EXPECT_EQ(rowCount(db(), "attendance"), 0);
}

// Issue 9, finding 13: present then absent for one director at one meeting contradict each
// other; the last row used to win silently. Both lines are reported, each naming the other,
// whatever spelling of the director or the kind the rows use.
TEST_F(CsvImportMeetingsTest, AttendanceRefusesOneDirectorTwiceAtOneMeeting)
{
    const auto result = importCsv(db(), CsvKind::Attendance,
                                  QStringLiteral("date,kind,director,status\n"
                                                 "2019-09-10,board,Marie Tremblay,present\n"
                                                 "2019-06-15,agm,Marie Tremblay,present\n"
                                                 "2019-09-10,BOARD,marie  tremblay,absent\n"
                                                 "2019-06-15,agm,Jean Roy,present\n"
                                                 "2019-09-10,board,Marie Tremblay,present\n"));
    EXPECT_THAT(where(result),
                ElementsAre(Pair(2, "director"), Pair(4, "director"), Pair(6, "director")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("given again on line 4"));
    EXPECT_THAT(messageAt(result, 1), HasSubstr("already given on line 2"));
    EXPECT_THAT(messageAt(result, 2), HasSubstr("already given on line 2"));
    EXPECT_EQ(rowCount(db(), "attendance"), 0);

    // The same director at two meetings, or two directors at one, are no repeat.
    const auto good = importCsv(db(), CsvKind::Attendance,
                                QStringLiteral("date,kind,director,status\n"
                                               "2019-09-10,board,Marie Tremblay,present\n"
                                               "2019-06-15,agm,Marie Tremblay,present\n"
                                               "2019-06-15,agm,Jean Roy,absent\n"));
    ASSERT_TRUE(good.ok()) << describeAll(good);
    EXPECT_EQ(rowCount(db(), "attendance"), 3);
}

TEST_F(CsvImportMeetingsTest, MeetingsRefuseASecondMeetingOfOneKindOnOneDay)
{
    const auto result = importCsv(db(), CsvKind::Meetings,
                                  QStringLiteral("date,kind\n2019-10-01,executive\n"
                                                 "2019-06-15,agm\n2019-10-01,EXECUTIVE\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(3, "date"), Pair(4, "date")));
    EXPECT_EQ(rowCount(db(), "meetings"), 2);
}

TEST_F(CsvImportKindsTest, FinancesReadEveryAmountSpellingAndBothYearSpellings)
{
    const auto result = importCsv(db(), CsvKind::Finances,
                                  QStringLiteral("year,scenario,kind,label,amount\n"
                                                 "2019-2020,actual,revenue_members,a,1234.56\n"
                                                 "2019,actual,revenue_members,b,\"1 234,56\"\n"
                                                 "2019,budget,expense,c,\"1234,56 $\"\n"
                                                 "2019-2020,budget,expense,d,\"1 234 567,8 $\"\n"
                                                 "2020-2021,actual,public_funding,,0\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    auto lines = FinanceRepository(db()).forYear(2019);
    ASSERT_OK(lines);
    ASSERT_EQ(lines->size(), 4);
    QList<qint64> amounts;
    for (const FinanceLine& line : *lines)
        amounts << line.amountCents;
    std::sort(amounts.begin(), amounts.end());
    EXPECT_EQ(amounts, (QList<qint64>{123456, 123456, 123456, 123456780}));
    auto next = FinanceRepository(db()).forYear(2020);
    ASSERT_OK(next);
    EXPECT_EQ(next->size(), 1);
}

TEST_F(CsvImportKindsTest, FinancesReportBadValuesAndRefuseAClosedYear)
{
    ASSERT_OK(SettingsRepository(db()).closeYear(FiscalYear(2018)));
    const auto result = importCsv(db(), CsvKind::Finances,
                                  QStringLiteral("year;scenario;kind;label;amount\n"
                                                 "2018-2019;actual;expense;rent;100\n"
                                                 "2019-2021;actual;expense;rent;100\n"
                                                 "2019;forecast;expense;rent;100\n"
                                                 "2019;actual;salaries;rent;100\n"
                                                 "2019;actual;expense;rent;12,345\n"
                                                 "2019;actual;expense;rent;-5\n"
                                                 "2019;actual;expense;rent;\n"
                                                 "2019;actual;expense;rent;100\n"
                                                 "2019;actual;expense;rent;200\n"));
    EXPECT_THAT(where(result), ElementsAre(Pair(2, "year"), Pair(3, "year"), Pair(4, "scenario"),
                                           Pair(5, "kind"), Pair(6, "amount"), Pair(7, "amount"),
                                           Pair(8, "amount"), Pair(10, "label")));
    EXPECT_THAT(messageAt(result, 0), HasSubstr("2018-2019 is closed"));
    EXPECT_EQ(rowCount(db(), "finance_lines"), 0);
}

TEST_F(CsvImportKindsTest, FiscalYearsFollowTheConfiguredFirstMonth)
{
    ASSERT_OK(SettingsRepository(db()).setFiscalStartMonth(1));
    const auto finances = importCsv(db(), CsvKind::Finances,
                                    QStringLiteral("year,scenario,kind,amount\n"
                                                   "2019,actual,expense,10\n"
                                                   "2019-2020,budget,expense,10\n"));
    EXPECT_THAT(where(finances), ElementsAre(Pair(3, "year")));
    EXPECT_THAT(messageAt(finances, 0), HasSubstr("January"));

    const auto surveys =
        importCsv(db(), CsvKind::Surveys, QStringLiteral("year,respondents,recommend\n2019,3,2\n"));
    ASSERT_TRUE(surveys.ok()) << describeAll(surveys);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    ASSERT_OK(CsvExporter(db()).exportTo(CsvKind::Surveys, buffer));
    EXPECT_THAT(bytes.toStdString(), HasSubstr("\r\n2019,3,2\r\n"));
}

TEST_F(CsvImportKindsTest, SurveysImportAndCheckTheirCounts)
{
    const auto result = importCsv(
        db(), CsvKind::Surveys, QStringLiteral("respondents,recommend,year\n120,110,2019-2020\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    auto survey = SurveyRepository(db()).forYear(2019);
    ASSERT_OK(survey);
    ASSERT_TRUE(survey->has_value());
    EXPECT_EQ((*survey)->respondents, 120);
    EXPECT_EQ((*survey)->recommend, 110);

    const auto bad = importCsv(db(), CsvKind::Surveys,
                               QStringLiteral("year,respondents,recommend\n"
                                              "2020,10,11\n2021,ten,1\n2019,5,5\n2022,-1,0\n"));
    EXPECT_THAT(where(bad), ElementsAre(Pair(2, "recommend"), Pair(3, "respondents"),
                                        Pair(4, "year"), Pair(5, "respondents")));
    EXPECT_EQ(rowCount(db(), "surveys"), 1);
}

TEST_F(CsvImportKindsTest, ActivitiesImportWithAnOptionalTitle)
{
    const auto result = importCsv(db(), CsvKind::Activities,
                                  QStringLiteral("date,type,audience\n"
                                                 "2019-05-02,agreement,relay_partners\n"
                                                 "2019-05-03,meeting,npo_groups\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    auto all = ActivityRepository(db()).all();
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).type, ActivityType::Agreement);
    EXPECT_EQ(all->at(0).audience, Audience::RelayPartners);
    EXPECT_THAT(all->at(1).title.toStdString(), IsEmpty());
}

} // namespace
