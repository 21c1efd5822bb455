// The demo database: its 2019-2020 figures are the seed activity report's, its 2024-2025 figures
// the 2025 press release's, it is the same every time, and `bilan demo` refuses what it must.
// The demo is written once for the whole suite (by `bilan demo` itself): it is read-only here.

#include "DemoCommand.h"
#include "DemoData.h"
#include "ExpertRepository.h"
#include "FiguresCalculator.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "ReportTextRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <gmock/gmock.h>

#include <cmath>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

// A percentage as the report shows it: rounded to `decimals` decimals.
double shown(const std::optional<double>& pct, int decimals = 0)
{
    const double scale = std::pow(10.0, decimals);
    return pct ? static_cast<double>(std::lround(*pct * scale)) / scale : -999.0;
}

struct CommandRun
{
    int exit = -1;
    QString out;
    QString err;
};

CommandRun runDemo(const QStringList& arguments)
{
    CommandRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exit = DemoCommand::run(arguments, out, err);
    return run;
}

class DemoTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_run = new CommandRun(
            runDemo({QStringLiteral("--db"), s_dir->filePath(QStringLiteral("demo.sqlite"))}));
    }
    static void TearDownTestSuite()
    {
        delete s_run;
        delete s_dir;
    }

    void SetUp() override
    {
        ASSERT_EQ(s_run->exit, 0) << s_run->err.toStdString();
        auto opened = Database::open(s_dir->filePath(QStringLiteral("demo.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        m_db = std::move(*opened);
    }

    YearlyFigures figures(int startYear)
    {
        auto computed = FiguresCalculator(*m_db).compute(startYear);
        EXPECT_TRUE(computed.ok()) << computed.message().toStdString();
        return computed.ok() ? *computed : YearlyFigures{};
    }

    static QTemporaryDir* s_dir;
    static CommandRun* s_run;
    std::unique_ptr<Database> m_db;
};

QTemporaryDir* DemoTest::s_dir = nullptr;
CommandRun* DemoTest::s_run = nullptr;

TEST_F(DemoTest, Figures2019ReproduceTheSeedReport)
{
    const YearlyFigures f = figures(2019);
    EXPECT_EQ(f.minutesRendered, 75100 * 60);
    EXPECT_EQ(shown(f.hoursGrowthPct), 15);
    EXPECT_EQ(f.enterprisesServed, 300);
    EXPECT_EQ(f.membersNew, 26);
    EXPECT_EQ(f.membersEnd, 84); // "plus de 80"
    EXPECT_EQ(f.previousMembersEnd, 58);
    EXPECT_EQ(shown(f.membershipGrowthPct), 45);
    EXPECT_TRUE(
        f.newMemberNames.contains(QStringLiteral("Conseil de la coopération de l'Ontario")));

    EXPECT_EQ(f.previousRevenueCents, 3569964LL * 100);
    EXPECT_EQ(f.previousExpensesCents, 3494916LL * 100);
    EXPECT_EQ(f.previousSurplusCents, 75048LL * 100);
    EXPECT_EQ(f.revenueCents, 4475852LL * 100);
    EXPECT_EQ(f.expensesCents, 4405109LL * 100);
    EXPECT_EQ(f.surplusCents, 70743LL * 100);
    EXPECT_EQ(f.budgetRevenueCents, 4146109LL * 100);
    EXPECT_EQ(f.budgetExpensesCents, 4100351LL * 100);
    EXPECT_EQ(f.budgetSurplusCents, 45758LL * 100);
    EXPECT_EQ(shown(f.revenueVsBudgetPct), 8);
    EXPECT_EQ(shown(f.expensesVsBudgetPct), 7);
    EXPECT_EQ(f.nextBudgetRevenueCents, 3951783LL * 100);
    EXPECT_EQ(f.nextBudgetExpensesCents, 3878239LL * 100);
    EXPECT_EQ(shown(f.revenueGrowthPct), 25);
    EXPECT_EQ(shown(f.revenueMembersGrowthPct), 22);
    EXPECT_EQ(shown(f.revenueAuxiliaryGrowthPct), 44);
    EXPECT_EQ(shown(f.selfFinancingPct, 1), 100.0);
    EXPECT_EQ(shown(f.satisfactionPct), 91);

    EXPECT_EQ(f.expertsByRole.value(ExpertRole::Professional), 47);
    EXPECT_EQ(f.expertsByRole.value(ExpertRole::Trainer), 20);
    EXPECT_EQ(f.expertsByRole.value(ExpertRole::Director), 6);
    ASSERT_TRUE(f.averageAge.has_value());
    EXPECT_DOUBLE_EQ(*f.averageAge, 45.0);
    EXPECT_EQ(f.meetingsByKind.value(MeetingKind::Agm), 1);
    EXPECT_EQ(f.meetingsByKind.value(MeetingKind::Board), 5);
    EXPECT_EQ(f.meetingsByKind.value(MeetingKind::Executive), 2);

    using A = Audience;
    using T = ActivityType;
    EXPECT_EQ(f.activities.value({A::Networks, T::Event}), 16);
    EXPECT_EQ(f.activities.value({A::Networks, T::Meeting}), 16);
    EXPECT_EQ(f.activities.value({A::NpoGroups, T::Event}), 7);
    EXPECT_EQ(f.activities.value({A::NpoGroups, T::Meeting}), 32);
    EXPECT_EQ(f.activities.value({A::RelayPartners, T::Event}), 21);
    EXPECT_EQ(f.activities.value({A::RelayPartners, T::Meeting}), 10);
    EXPECT_EQ(f.agreements.size(), 5);
    EXPECT_TRUE(f.agreements.contains(QStringLiteral("MRC de Memphrémagog")));
}

TEST_F(DemoTest, Board2019IsTheSeedReportsComposition)
{
    const YearlyFigures f = figures(2019);
    ASSERT_EQ(f.board.size(), 11);
    EXPECT_EQ(f.board.at(0).director, QStringLiteral("Yvan Laurin"));
    EXPECT_EQ(f.board.at(0).role, BoardRole::President);
    // An individual supporting member: no organisation (the report says "Membre de soutien").
    EXPECT_TRUE(f.board.at(0).organisation.isEmpty());
    EXPECT_EQ(f.board.at(1).director, QStringLiteral("Manon Loranger"));
    EXPECT_EQ(f.board.at(1).organisation, QStringLiteral("Réseau de coopération des EÉSAD"));
    EXPECT_EQ(f.board.at(2).director, QStringLiteral("Jocelyne Rouleau"));
    EXPECT_EQ(f.board.at(2).role, BoardRole::SecretaryTreasurer);
    QStringList directors;
    for (const BoardSeat& seat : f.board)
        directors << seat.director;
    EXPECT_TRUE(directors.contains(QStringLiteral("Céline Bernier")));
    EXPECT_TRUE(directors.contains(QStringLiteral("Jean R. Soublière")));
    EXPECT_TRUE(directors.contains(QStringLiteral("Pascal Rivard")));
}

// The minutes of issue 13: every meeting has a place, times and an agenda; board meetings and
// general assemblies have resolutions moved and seconded by directors present, numbered by
// calendar year, mostly adopted, some with counted votes, one deferred.
TEST_F(DemoTest, MeetingsHaveMinutes)
{
    MeetingRepository meetings(*m_db);
    const QList<Meeting> all = meetings.list({}, {}).value();
    ASSERT_GT(all.size(), 50);
    int counted = 0;
    int deferred = 0;
    int resolutionCount = 0;
    for (const Meeting& meeting : all) {
        SCOPED_TRACE(meeting.date.toString(Qt::ISODate).toStdString());
        EXPECT_FALSE(meeting.place.isEmpty());
        EXPECT_TRUE(meeting.startTime.isValid() && meeting.endTime > meeting.startTime);
        EXPECT_GE(meeting.agenda.size(), 4);
        EXPECT_LE(meeting.agenda.size(), 8);
        EXPECT_TRUE(meeting.agenda.constFirst().text.startsWith(QStringLiteral("Ouverture")));
        EXPECT_TRUE(meeting.agenda.constLast().text.startsWith(QStringLiteral("Levée")));
        const QList<Resolution> resolutions = meetings.resolutions(meeting.id).value();
        if (meeting.kind == MeetingKind::Executive) {
            EXPECT_TRUE(resolutions.isEmpty());
            continue;
        }
        EXPECT_GE(resolutions.size(), 2);
        EXPECT_LE(resolutions.size(), 5);
        QSet<qint64> present;
        const QList<Attendance> attendance = meetings.attendance(meeting.id).value();
        for (const Attendance& row : attendance) {
            if (row.status == AttendanceStatus::Present)
                present.insert(row.directorId);
        }
        const QString prefix = QStringLiteral("%1-%2-")
                                   .arg(meeting.kind == MeetingKind::Agm ? QStringLiteral("AGA")
                                                                         : QStringLiteral("CA"))
                                   .arg(meeting.date.year());
        for (const Resolution& r : resolutions) {
            EXPECT_TRUE(r.number.startsWith(prefix)) << r.number.toStdString();
            EXPECT_TRUE(present.contains(r.moverId));
            EXPECT_TRUE(present.contains(r.seconderId));
            counted += r.votes ? 1 : 0;
            deferred += r.outcome == ResolutionOutcome::Deferred ? 1 : 0;
            ++resolutionCount;
        }
    }
    EXPECT_GE(counted, 10);
    EXPECT_EQ(deferred, 1);
    EXPECT_EQ(meetings.resolutionsBetween(QDate(2019, 4, 1), QDate(2020, 3, 31)).value().size(),
              [&] {
                  int n = 0;
                  for (const Meeting& m : all)
                      if (m.date >= QDate(2019, 4, 1) && m.date <= QDate(2020, 3, 31))
                          n += int(meetings.resolutions(m.id).value().size());
                  return n;
              }());
    EXPECT_GT(resolutionCount, 100);
}

TEST_F(DemoTest, Figures2024ReproduceThePressRelease)
{
    const YearlyFigures f = figures(2024);
    EXPECT_EQ(f.minutesRendered, 85487 * 60);
    EXPECT_EQ(f.enterprisesServed, 263);
    const int experts = f.expertsByRole.value(ExpertRole::Professional) +
                        f.expertsByRole.value(ExpertRole::Trainer) +
                        f.expertsByRole.value(ExpertRole::Director);
    EXPECT_EQ(experts, 93);
    EXPECT_EQ(shown(f.membershipGrowthPct), 27);
    EXPECT_GT(f.membersEnd.value_or(0), 300); // "plus de 300 membres"
    EXPECT_EQ(shown(f.selfFinancingPct, 1), 97.7);
    EXPECT_EQ(shown(f.satisfactionPct), 93);
}

TEST_F(DemoTest, RepositoryQueriesAgreeFor2019)
{
    const QDate first(2019, 4, 1);
    const QDate last(2020, 3, 31);
    ServiceEntryRepository entries(*m_db);
    EXPECT_EQ(entries.totalMinutes({first, last, {}, {}}).value(), 4506000);
    EXPECT_EQ(entries.totalMinutes({first.addYears(-1), last.addYears(-1), {}, {}}).value(),
              65300 * 60);
    EXPECT_EQ(entries.distinctOrganisations(first, last).value(), 300);
    MembershipRepository memberships(*m_db);
    EXPECT_EQ(memberships.countNewMembers(first, last).value(), 26);
    EXPECT_EQ(memberships.countMembersOn(last).value(), 84);
    EXPECT_EQ(memberships.countMembersOn(first.addDays(-1)).value(), 58);
    EXPECT_EQ(ExpertRepository(*m_db).activeOn(last).value().size(), 73);
}

TEST_F(DemoTest, HasReportTextsInBothLanguages)
{
    ReportTextRepository texts(*m_db);
    for (int year : {2019, 2024}) {
        for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            auto got = texts.get(year, language);
            ASSERT_OK(got);
            EXPECT_FALSE(got->president.isEmpty()) << year << language.toStdString();
            EXPECT_FALSE(got->director.isEmpty());
            EXPECT_FALSE(got->mission.isEmpty());
            EXPECT_FALSE(got->vision.isEmpty());
            EXPECT_FALSE(got->objectives.isEmpty());
        }
    }
    EXPECT_THAT(texts.get(2019, QStringLiteral("fr"))->president.toStdString(),
                HasSubstr("a augmenté de 45 % durant la dernière année"));
}

TEST_F(DemoTest, ReportsWhatItWrote)
{
    EXPECT_THAT(s_run->out.toStdString(), HasSubstr("demo.sqlite"));
    EXPECT_TRUE(s_run->err.isEmpty()) << s_run->err.toStdString();
    EXPECT_GT(OrganisationRepository(*m_db).count().value(), 300);
}

TEST_F(DemoTest, RefusesAnExistingDatabaseWithData)
{
    const CommandRun again =
        runDemo({QStringLiteral("--db"), s_dir->filePath(QStringLiteral("demo.sqlite"))});
    EXPECT_EQ(again.exit, 1);
    EXPECT_THAT(again.err.toStdString(), HasSubstr("already holds data"));
}

TEST(DemoCommandTest, UsageErrors)
{
    EXPECT_EQ(runDemo({}).exit, 2);
    EXPECT_EQ(runDemo({QStringLiteral("--db")}).exit, 2);
    EXPECT_EQ(
        runDemo({QStringLiteral("--db"), QStringLiteral("a.sqlite"), QStringLiteral("x")}).exit, 2);
    EXPECT_EQ(runDemo({QStringLiteral("--frobnicate")}).exit, 2);
}

TEST(DemoCommandTest, RefusesAFileThatIsNotADatabaseAndLeavesIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a database\n");
    file.close();
    const CommandRun run = runDemo({QStringLiteral("--db"), path});
    EXPECT_EQ(run.exit, 1);
    EXPECT_FALSE(run.err.isEmpty());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("not a database\n"));
}

class DemoDataTest : public bilan::test::DatabaseTest
{};

TEST_F(DemoDataTest, RefusesADatabaseWithDataAndWritesNothing)
{
    Organisation organisation;
    organisation.name = QStringLiteral("Coop du coin");
    organisation.kind = OrganisationKind::Coop;
    ASSERT_OK(OrganisationRepository(db()).add(organisation));
    const Status created = DemoData::create(db());
    ASSERT_FALSE(created.ok());
    EXPECT_THAT(created.message().toStdString(), HasSubstr("already holds data"));
    EXPECT_EQ(OrganisationRepository(db()).count().value(), 1);
    EXPECT_TRUE(ExpertRepository(db()).all().value().isEmpty());
}

// Two demos written one after the other are the same, down to who served whom and when.
TEST_F(DemoTest, IsTheSameEveryTime)
{
    Database& first = *m_db;
    bilan::test::TestDatabase other;
    ASSERT_OK(DemoData::create(other.db()));

    auto names = [](Database& database) {
        QStringList list;
        const QList<Organisation> organisations = OrganisationRepository(database).all().value();
        for (const Organisation& organisation : organisations)
            list << organisation.name;
        const QList<Expert> experts = ExpertRepository(database).all().value();
        for (const Expert& expert : experts)
            list << expert.name + QString::number(expert.birthYear.value_or(0));
        const QList<Membership> memberships = MembershipRepository(database).all().value();
        for (const Membership& membership : memberships)
            list << membership.joined.toString(Qt::ISODate) + membership.left.toString(Qt::ISODate);
        return list;
    };
    EXPECT_EQ(names(first), names(other.db()));
    const QDate from(2022, 4, 1);
    const QDate to(2023, 3, 31);
    EXPECT_EQ(ServiceEntryRepository(first).minutesByOrganisation(from, to).value(),
              ServiceEntryRepository(other.db()).minutesByOrganisation(from, to).value());
    EXPECT_EQ(ServiceEntryRepository(first).minutesByExpert(from, to).value(),
              ServiceEntryRepository(other.db()).minutesByExpert(from, to).value());
    EXPECT_EQ(ServiceEntryRepository(first).count({}).value(),
              ServiceEntryRepository(other.db()).count({}).value());
}

} // namespace
