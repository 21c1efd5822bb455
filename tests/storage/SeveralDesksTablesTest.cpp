// Row versions on every table a form edits (SeveralDesksTest covers hours, organisations and
// meetings): two Database objects on one file or server database are two desks. Desk A shows a
// row, desk B saves it, and A's save (or removal) from its stale copy is refused naming B and
// the time, leaving B's values; made again on the stored version, A's change goes through.
// An import's rows say who imported them.

#include "ActivityRepository.h"
#include "BoardRepository.h"
#include "CsvImportSupport.h"
#include "ExpertRepository.h"
#include "FinanceRepository.h"
#include "MandateWriter.h"
#include "MeetingRepository.h"
#include "MembershipRepository.h"
#include "ReportTextRepository.h"
#include "RowVersion.h"
#include "ServiceEntryTestRows.h"
#include "SqlSupport.h"
#include "SurveyRepository.h"
#include "TestDatabase.h"

#include <QLocale>

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

class SeveralDesksTablesTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        m_organisation = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
        m_other = m_test.openAnotherDesk();
        ASSERT_TRUE(m_other);
    }

    Database& deskB() { return *m_other; }

    // The refusal names desk B's author and the stored version's time.
    void expectChangedByB(const Status& status, const QDateTime& storedAt)
    {
        ASSERT_FALSE(status.ok()) << "a stale save went through";
        EXPECT_TRUE(status.error().changedElsewhere);
        const std::string message = status.message().toStdString();
        EXPECT_THAT(message, HasSubstr("changed at another desk by " +
                                       RowVersion::author(deskB()).toStdString()));
        EXPECT_THAT(
            message,
            HasSubstr(
                QLocale().toString(storedAt.toLocalTime(), QLocale::ShortFormat).toStdString()));
    }

    QString storedAuthor(const QString& table, const QString& key, const QVariantList& values)
    {
        auto author = sql::scalar(
            db(),
            sql::run(db(), QStringLiteral("SELECT updated_by FROM %1 WHERE %2").arg(table, key),
                     values));
        return author ? author->toString() : QStringLiteral("(failed)");
    }
    QString storedAuthor(const QString& table, qint64 id)
    {
        return storedAuthor(table, QStringLiteral("id = ?"), {id});
    }

    qint64 m_organisation = 0;
    std::unique_ptr<Database> m_other;
};

TEST_F(SeveralDesksTablesTest, AnExpertChangedAtAnotherDeskIsNotOverwritten)
{
    ExpertRepository deskA(db());
    Expert expert;
    expert.name = QStringLiteral("Alice Martin");
    expert.started = QDate(2020, 1, 6);
    expert.fields = {QStringLiteral("HR")};
    auto id = deskA.add(expert);
    ASSERT_OK(id);
    EXPECT_EQ(storedAuthor(QStringLiteral("experts"), *id), RowVersion::author(db()));

    auto shownA = valueOf(deskA.get(*id));
    auto shownB = valueOf(ExpertRepository(deskB()).get(*id));
    shownB.region = QStringLiteral("Estrie");
    shownB.fields = {QStringLiteral("Legal")};
    ASSERT_OK(ExpertRepository(deskB()).update(shownB));

    shownA.name = QStringLiteral("Alice Martin-Roy");
    shownA.fields = {QStringLiteral("Accounting")};
    const Expert stored = valueOf(deskA.get(*id));
    expectChangedByB(deskA.update(shownA), stored.updatedAt);
    EXPECT_EQ(stored.name, QStringLiteral("Alice Martin"));
    EXPECT_EQ(stored.region, QStringLiteral("Estrie"));
    EXPECT_EQ(stored.fields, QStringList{QStringLiteral("Legal")});
    EXPECT_EQ(storedAuthor(QStringLiteral("experts"), *id), RowVersion::author(deskB()));
    // Nor is it removed from the stale copy.
    expectChangedByB(deskA.remove(*id, shownA.updatedAt), stored.updatedAt);

    Expert again = stored;
    again.name = QStringLiteral("Alice Martin-Roy");
    ASSERT_OK(deskA.update(again));
    EXPECT_EQ(valueOf(ExpertRepository(deskB()).get(*id)).name, QStringLiteral("Alice Martin-Roy"));
    EXPECT_OK(deskA.remove(*id, valueOf(deskA.get(*id)).updatedAt));
}

TEST_F(SeveralDesksTablesTest, AMembershipChangedAtAnotherDeskIsNotOverwritten)
{
    MembershipRepository deskA(db());
    Membership membership;
    membership.organisationId = m_organisation;
    membership.joined = QDate(2019, 4, 1);
    auto id = deskA.add(membership);
    ASSERT_OK(id);
    EXPECT_EQ(storedAuthor(QStringLiteral("memberships"), *id), RowVersion::author(db()));

    auto shownA = valueOf(deskA.get(*id));
    auto shownB = valueOf(MembershipRepository(deskB()).get(*id));
    shownB.left = QDate(2021, 3, 31);
    ASSERT_OK(MembershipRepository(deskB()).update(shownB));
    shownA.category = MembershipCategory::Auxiliary;
    const Membership stored = valueOf(deskA.get(*id));
    expectChangedByB(deskA.update(shownA), stored.updatedAt);
    EXPECT_EQ(stored.left, QDate(2021, 3, 31));
    EXPECT_EQ(stored.category, MembershipCategory::Member);
    expectChangedByB(deskA.remove(*id, shownA.updatedAt), stored.updatedAt);

    Membership again = stored;
    again.category = MembershipCategory::Auxiliary;
    ASSERT_OK(deskA.update(again));
    EXPECT_EQ(valueOf(deskA.get(*id)).category, MembershipCategory::Auxiliary);
}

TEST_F(SeveralDesksTablesTest, AMandateAndADirectorChangedAtAnotherDeskAreNotOverwritten)
{
    BoardRepository deskA(db());
    auto director = deskA.addDirector(QStringLiteral("Paul Tremblay"));
    ASSERT_OK(director);
    EXPECT_EQ(storedAuthor(QStringLiteral("directors"), *director), RowVersion::author(db()));
    BoardMandate mandate;
    mandate.directorId = *director;
    mandate.organisationId = m_organisation;
    mandate.started = QDate(2019, 6, 1);
    auto id = deskA.addMandate(mandate);
    ASSERT_OK(id);
    EXPECT_EQ(storedAuthor(QStringLiteral("board_mandates"), *id), RowVersion::author(db()));

    auto shownA = valueOf(deskA.mandate(*id));
    auto shownB = valueOf(BoardRepository(deskB()).mandate(*id));
    shownB.role = BoardRole::President;
    ASSERT_OK(BoardRepository(deskB()).updateMandate(shownB));
    shownA.ended = QDate(2022, 5, 31);
    const BoardMandate stored = valueOf(deskA.mandate(*id));
    expectChangedByB(deskA.updateMandate(shownA), stored.updatedAt);
    EXPECT_EQ(stored.role, BoardRole::President);
    EXPECT_FALSE(stored.ended.isValid());
    expectChangedByB(deskA.removeMandate(*id, shownA.updatedAt), stored.updatedAt);

    // The mandate form (MandateWriter) carries the version it loaded.
    MandateInput input{QStringLiteral("Paul Tremblay"), QStringLiteral("Coop Le Rucher"),
                       BoardRole::Director, shownA.started, QDate(2022, 5, 31)};
    auto written = MandateWriter(db()).write(*id, input, shownA.updatedAt);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().changedElsewhere);
    input.role = BoardRole::President;
    ASSERT_OK(MandateWriter(db()).write(*id, input, stored.updatedAt));
    EXPECT_EQ(valueOf(BoardRepository(deskB()).mandate(*id)).ended, QDate(2022, 5, 31));

    const Director shownDirector = valueOf(deskA.director(*director));
    ASSERT_OK(BoardRepository(deskB()).renameDirector(
        *director, QStringLiteral("Paul Tremblay-Roy"), shownDirector.updatedAt));
    const Director storedDirector = valueOf(deskA.director(*director));
    expectChangedByB(
        deskA.renameDirector(*director, QStringLiteral("P. Tremblay"), shownDirector.updatedAt),
        storedDirector.updatedAt);
    EXPECT_EQ(storedDirector.name, QStringLiteral("Paul Tremblay-Roy"));
}

TEST_F(SeveralDesksTablesTest, AFinanceLineChangedAtAnotherDeskIsNotOverwritten)
{
    FinanceRepository deskA(db());
    FinanceLine line;
    line.fiscalYear = 2025;
    line.scenario = Scenario::Budget;
    line.kind = FinanceKind::Expense;
    line.label = QStringLiteral("Rent");
    line.amountCents = 1'200'000;
    auto id = deskA.add(line);
    ASSERT_OK(id);
    EXPECT_EQ(storedAuthor(QStringLiteral("finance_lines"), *id), RowVersion::author(db()));

    auto shownA = valueOf(deskA.get(*id));
    auto shownB = valueOf(FinanceRepository(deskB()).get(*id));
    shownB.amountCents = 1'500'000;
    ASSERT_OK(FinanceRepository(deskB()).update(shownB));
    shownA.amountCents = 900'000;
    const FinanceLine stored = valueOf(deskA.get(*id));
    expectChangedByB(deskA.update(shownA), stored.updatedAt);
    EXPECT_EQ(stored.amountCents, 1'500'000);
    expectChangedByB(deskA.remove(*id, shownA.updatedAt), stored.updatedAt);

    FinanceLine again = stored;
    again.amountCents = 900'000;
    ASSERT_OK(deskA.update(again));
    EXPECT_EQ(valueOf(FinanceRepository(deskB()).get(*id)).amountCents, 900'000);
}

TEST_F(SeveralDesksTablesTest, ASurveyAndAnActivityChangedAtAnotherDeskAreNotOverwritten)
{
    SurveyRepository surveysA(db());
    ASSERT_OK(surveysA.add(Survey{0, 2024, 120, 100, {}, {}}));
    auto shownA = valueOf(surveysA.forYear(2024));
    auto shownB = valueOf(SurveyRepository(deskB()).forYear(2024));
    ASSERT_TRUE(shownA && shownB);
    shownB->recommend = 110;
    ASSERT_OK(SurveyRepository(deskB()).save(*shownB));
    shownA->respondents = 130;
    const Survey storedSurvey = *valueOf(surveysA.forYear(2024));
    expectChangedByB(surveysA.save(*shownA), storedSurvey.updatedAt);
    EXPECT_EQ(storedSurvey.respondents, 120);
    EXPECT_EQ(storedSurvey.recommend, 110);
    expectChangedByB(surveysA.remove(2024, shownA->updatedAt), storedSurvey.updatedAt);
    Survey survey = storedSurvey;
    survey.respondents = 130;
    ASSERT_OK(surveysA.save(survey));
    EXPECT_EQ(storedAuthor(QStringLiteral("surveys"), storedSurvey.id), RowVersion::author(db()));

    ActivityRepository activitiesA(db());
    Activity activity;
    activity.date = QDate(2024, 10, 3);
    activity.title = QStringLiteral("Forum");
    auto id = activitiesA.add(activity);
    ASSERT_OK(id);
    auto activityA = valueOf(activitiesA.get(*id));
    auto activityB = valueOf(ActivityRepository(deskB()).get(*id));
    activityB.title = QStringLiteral("Forum des réseaux");
    ASSERT_OK(ActivityRepository(deskB()).update(activityB));
    activityA.audience = Audience::RelayPartners;
    const Activity storedActivity = valueOf(activitiesA.get(*id));
    expectChangedByB(activitiesA.update(activityA), storedActivity.updatedAt);
    EXPECT_EQ(storedActivity.title, QStringLiteral("Forum des réseaux"));
    EXPECT_EQ(storedActivity.audience, activity.audience);
    expectChangedByB(activitiesA.remove(*id, activityA.updatedAt), storedActivity.updatedAt);
    Activity again = storedActivity;
    again.audience = Audience::RelayPartners;
    ASSERT_OK(activitiesA.update(again));
}

TEST_F(SeveralDesksTablesTest, ReportTextsWrittenAtAnotherDeskAreNotOverwritten)
{
    const QString fr = QStringLiteral("fr");
    const QString key = QStringLiteral("fiscal_year = ? AND language = ?");
    ReportTextRepository deskA(db());
    // Both desks open the year's texts before any was written.
    auto emptyA = valueOf(deskA.get(2025, fr));
    auto emptyB = valueOf(ReportTextRepository(deskB()).get(2025, fr));
    emptyB.president = QStringLiteral("Le mot de B");
    ASSERT_OK(ReportTextRepository(deskB()).save(emptyB));
    emptyA.president = QStringLiteral("Le mot de A");
    ReportTexts stored = valueOf(deskA.get(2025, fr));
    expectChangedByB(deskA.save(emptyA), stored.updatedAt);
    EXPECT_EQ(stored.president, QStringLiteral("Le mot de B"));
    EXPECT_EQ(storedAuthor(QStringLiteral("report_texts"), key, {2025, fr}),
              RowVersion::author(deskB()));

    // Then each changes the stored texts.
    auto shownA = valueOf(deskA.get(2025, fr));
    auto shownB = valueOf(ReportTextRepository(deskB()).get(2025, fr));
    shownB.mission = QStringLiteral("La mission de B");
    ASSERT_OK(ReportTextRepository(deskB()).save(shownB));
    shownA.vision = QStringLiteral("La vision de A");
    stored = valueOf(deskA.get(2025, fr));
    expectChangedByB(deskA.save(shownA), stored.updatedAt);
    EXPECT_EQ(stored.vision, QString());
    expectChangedByB(deskA.remove(2025, fr, shownA.updatedAt), stored.updatedAt);

    stored.vision = QStringLiteral("La vision de A");
    ASSERT_OK(deskA.save(stored));
    const ReportTexts both = valueOf(ReportTextRepository(deskB()).get(2025, fr));
    EXPECT_EQ(both.mission, QStringLiteral("La mission de B"));
    EXPECT_EQ(both.vision, QStringLiteral("La vision de A"));

    // Texts made from scratch (the demo) replace what is stored, as before.
    ReportTexts fresh;
    fresh.fiscalYear = 2025;
    fresh.language = fr;
    fresh.mission = QStringLiteral("Démo");
    EXPECT_OK(deskA.save(fresh));
}

TEST_F(SeveralDesksTablesTest, AMeetingChangedAtAnotherDeskIsNotRemoved)
{
    MeetingRepository deskA(db());
    Meeting meeting;
    meeting.date = QDate(2026, 6, 10);
    meeting.kind = MeetingKind::Board;
    auto id = deskA.add(meeting);
    ASSERT_OK(id);
    auto shownA = valueOf(deskA.get(*id));
    auto shownB = valueOf(MeetingRepository(deskB()).get(*id));
    shownB.title = QStringLiteral("B's title");
    ASSERT_OK(MeetingRepository(deskB()).update(shownB));
    const Meeting stored = valueOf(deskA.get(*id));
    expectChangedByB(deskA.remove(*id, shownA.updatedAt), stored.updatedAt);
    EXPECT_OK(deskA.remove(*id, stored.updatedAt));

    // A row removed at another desk is said so, and the form reads the rows again.
    auto removed = MeetingRepository(deskB()).remove(*id, stored.updatedAt);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.error().changedElsewhere);
    EXPECT_THAT(removed.message().toStdString(), HasSubstr("removed at another desk"));
}

TEST_F(SeveralDesksTablesTest, AnImportsRowsSayWhoImportedThem)
{
    insertExpert(db(), QStringLiteral("Alice Martin"));
    const auto imported = importCsv(deskB(), CsvKind::Experts,
                                    QStringLiteral("name,role,fields,started\n"
                                                   "Bruno Roy,trainer,HR|Legal,2020-01-06\n"));
    ASSERT_TRUE(imported.ok()) << describeAll(imported);
    const auto hours = importCsv(deskB(), CsvKind::Hours,
                                 QStringLiteral("date,expert,organisation,duration\n"
                                                "2026-11-02,Alice Martin,Coop Le Rucher,1.5\n"
                                                "2026-11-03,Bruno Roy,Coop Le Rucher,2\n"));
    ASSERT_TRUE(hours.ok()) << describeAll(hours);
    const auto finances = importCsv(deskB(), CsvKind::Finances,
                                    QStringLiteral("year,scenario,kind,amount\n"
                                                   "2025,actual,expense,100\n"));
    ASSERT_TRUE(finances.ok()) << describeAll(finances);

    const QString importer = RowVersion::author(deskB());
    for (const char* table : {"experts", "service_entries", "finance_lines"}) {
        auto authors = sql::run(
            db(), QStringLiteral("SELECT DISTINCT updated_by FROM %1 WHERE updated_by <> ''")
                      .arg(QLatin1String(table)));
        ASSERT_OK(authors);
        auto rows =
            sql::rows(db(), *authors, [](const QSqlQuery& row) { return row.value(0).toString(); });
        ASSERT_OK(rows);
        EXPECT_EQ(*rows, QStringList{importer}) << table;
    }
    auto entries = sql::scalar(
        db(), QStringLiteral("SELECT COUNT(*) FROM service_entries WHERE updated_by = ?"),
        {importer});
    ASSERT_OK(entries);
    EXPECT_EQ(entries->toInt(), 2);
}

} // namespace
