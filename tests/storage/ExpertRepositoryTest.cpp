#include "ExpertRepository.h"
#include "FieldRepository.h"
#include "FiscalYear.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

class ExpertRepositoryTest : public test::DatabaseTest
{
protected:
    ExpertRepository repo{db()};

    static Expert expert(const QString& name, QStringList fields = {},
                         QDate started = QDate(2019, 4, 1), QDate ended = {})
    {
        Expert expert;
        expert.name = name;
        expert.fields = std::move(fields);
        expert.started = started;
        expert.ended = ended;
        return expert;
    }

    qint64 addExpert(const Expert& expert)
    {
        auto id = repo.add(expert);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    // Hours are written directly: only the reference to the expert matters here.
    void addHours(qint64 expertId, int entries)
    {
        const QString now = db().timestamp();
        auto organisation = sql::insert(db(),
                                        QStringLiteral("INSERT INTO organisations (name, name_key, "
                                                       "kind, created_at, updated_at) "
                                                       "VALUES ('Coop', 'coop', 'coop', ?, ?)"),
                                        {now, now});
        ASSERT_OK(organisation);
        const QVariant organisationId = *organisation;
        for (int i = 0; i < entries; ++i) {
            auto entry = sql::run(db(),
                                  QStringLiteral("INSERT INTO service_entries (entry_date, "
                                                 "expert_id, organisation_id, minutes, "
                                                 "created_at, updated_at) "
                                                 "VALUES ('2019-05-01', ?, ?, 30, ?, ?)"),
                                  {expertId, organisationId, now, now});
            ASSERT_OK(entry);
        }
    }

    int rowCount(const QString& statement)
    {
        auto query = sql::run(db(), statement);
        EXPECT_TRUE(query.ok() && query->next());
        return query.ok() ? query->value(0).toInt() : -1;
    }
};

// Lists compared as "a|b|c" so that a failure prints readable text.
std::string joined(const QStringList& list)
{
    return list.join(u'|').toStdString();
}

std::string names(const QList<Expert>& experts)
{
    QStringList result;
    for (const Expert& expert : experts)
        result << expert.name;
    return joined(result);
}

TEST_F(ExpertRepositoryTest, AddStoresEveryValueAndTimestamps)
{
    Expert ann = expert(QStringLiteral("  Ann   Roy "),
                        {QStringLiteral("RH"), QStringLiteral("Droit"), QStringLiteral(" rh "),
                         QStringLiteral("Comptabilité"), QStringLiteral("")},
                        QDate(2019, 4, 1), QDate(2021, 3, 31));
    ann.role = ExpertRole::Trainer;
    ann.region = QStringLiteral(" Estrie ");
    ann.gender = Gender::F;
    ann.birthYear = 1980;
    const qint64 id = addExpert(ann);

    auto stored = repo.get(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->id, id);
    EXPECT_EQ(stored->name, QStringLiteral("Ann Roy"));
    EXPECT_EQ(stored->role, ExpertRole::Trainer);
    EXPECT_EQ(joined(stored->fields), "RH|Droit|Comptabilité");
    EXPECT_EQ(stored->region, QStringLiteral("Estrie"));
    EXPECT_EQ(stored->gender, std::optional<Gender>(Gender::F));
    EXPECT_EQ(stored->birthYear, std::optional<int>(1980));
    EXPECT_EQ(stored->started, QDate(2019, 4, 1));
    EXPECT_EQ(stored->ended, QDate(2021, 3, 31));
    EXPECT_EQ(stored->createdAt, m_test.clock().now());
    EXPECT_EQ(stored->updatedAt, m_test.clock().now());
    EXPECT_EQ(rowCount(QStringLiteral("SELECT COUNT(*) FROM expert_fields")), 3);
}

TEST_F(ExpertRepositoryTest, GenderAndBirthYearAreStoredAsNullWhenNotGiven)
{
    const qint64 id = addExpert(expert(QStringLiteral("Bob")));
    auto stored = repo.get(id);
    ASSERT_OK(stored);
    EXPECT_FALSE(stored->gender.has_value());
    EXPECT_FALSE(stored->birthYear.has_value());
    EXPECT_FALSE(stored->ended.isValid());
    EXPECT_TRUE(stored->fields.isEmpty());
    EXPECT_EQ(rowCount(QStringLiteral("SELECT COUNT(*) FROM experts WHERE gender IS NULL "
                                      "AND birth_year IS NULL AND ended_on IS NULL")),
              1);
}

TEST_F(ExpertRepositoryTest, FieldsReuseTheSharedVocabulary)
{
    FieldRepository fields(db());
    ASSERT_OK(fields.idFor(QStringLiteral("Droit")));
    const qint64 id =
        addExpert(expert(QStringLiteral("Ann"), {QStringLiteral("droit"), QStringLiteral("Web")}));
    EXPECT_EQ(joined(repo.get(id)->fields), "Droit|Web");
    EXPECT_EQ(joined(*fields.names()), "Droit|Web");
}

TEST_F(ExpertRepositoryTest, AddAppliesTheDomainRules)
{
    auto noName = repo.add(expert(QStringLiteral(" ")));
    ASSERT_FALSE(noName.ok());
    EXPECT_THAT(noName.message().toStdString(), HasSubstr("an expert needs a name"));
    EXPECT_EQ(noName.error().field, QStringLiteral("name"));

    auto noStart = repo.add(expert(QStringLiteral("Ann"), {}, QDate()));
    ASSERT_FALSE(noStart.ok());
    EXPECT_THAT(noStart.message().toStdString(), HasSubstr("started is required"));
    EXPECT_EQ(noStart.error().field, QStringLiteral("started"));

    auto endsFirst =
        repo.add(expert(QStringLiteral("Ann"), {}, QDate(2019, 4, 1), QDate(2019, 3, 31)));
    ASSERT_FALSE(endsFirst.ok());
    EXPECT_THAT(endsFirst.message().toStdString(),
                HasSubstr("cannot end (2019-03-31) before starting (2019-04-01)"));
    EXPECT_EQ(endsFirst.error().field, QStringLiteral("ended"));

    Expert old = expert(QStringLiteral("Ann"), {QStringLiteral("RH")});
    old.birthYear = 1850;
    auto implausible = repo.add(old);
    ASSERT_FALSE(implausible.ok());
    EXPECT_THAT(implausible.message().toStdString(), HasSubstr("1850 is not a plausible"));
    EXPECT_EQ(implausible.error().field, QStringLiteral("birth_year"));

    // Issue 9: a birth year after today (the database's clock says 2026) is a typo.
    old.birthYear = 2030;
    auto future = repo.add(old);
    ASSERT_FALSE(future.ok());
    EXPECT_THAT(future.message().toStdString(), HasSubstr("Bilan accepts 1900 to 2026"));
    EXPECT_EQ(future.error().field, QStringLiteral("birth_year"));

    EXPECT_TRUE(repo.all()->isEmpty());
    EXPECT_EQ(rowCount(QStringLiteral("SELECT COUNT(*) FROM fields")), 0);
}

TEST_F(ExpertRepositoryTest, AddRefusesADuplicateNameIgnoringCaseAndSpaces)
{
    addExpert(expert(QStringLiteral("Ann Roy")));
    auto again = repo.add(expert(QStringLiteral("ann   ROY"), {QStringLiteral("RH")}));
    ASSERT_FALSE(again.ok());
    EXPECT_THAT(again.message().toStdString(),
                HasSubstr("an expert named \"ann ROY\" already exists"));
    EXPECT_EQ(again.error().field, QStringLiteral("name"));
    EXPECT_EQ(rowCount(QStringLiteral("SELECT COUNT(*) FROM expert_fields")), 0);
}

TEST_F(ExpertRepositoryTest, UpdateReplacesValuesAndFieldsAndBumpsUpdatedAt)
{
    Expert ann = expert(QStringLiteral("Ann"), {QStringLiteral("RH"), QStringLiteral("Droit")});
    ann.gender = Gender::F;
    ann.birthYear = 1980;
    const qint64 id = addExpert(ann);
    const QDateTime created = m_test.clock().now();
    m_test.clock().set(created.addDays(2));

    auto edited = repo.get(id);
    ASSERT_OK(edited);
    edited->name = QStringLiteral("Ann Roy");
    edited->role = ExpertRole::Director;
    edited->fields = {QStringLiteral("Web"), QStringLiteral("rh"), QStringLiteral("Web")};
    edited->gender.reset();
    edited->birthYear.reset();
    edited->ended = QDate(2020, 3, 31);
    ASSERT_OK(repo.update(*edited));

    auto stored = repo.get(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->name, QStringLiteral("Ann Roy"));
    EXPECT_EQ(stored->role, ExpertRole::Director);
    EXPECT_EQ(joined(stored->fields), "Web|RH");
    EXPECT_FALSE(stored->gender.has_value());
    EXPECT_FALSE(stored->birthYear.has_value());
    EXPECT_EQ(stored->ended, QDate(2020, 3, 31));
    EXPECT_EQ(stored->createdAt, created);
    EXPECT_EQ(stored->updatedAt, created.addDays(2));
}

TEST_F(ExpertRepositoryTest, UpdateRefusesUnknownIdsDuplicatesAndBadValues)
{
    Expert ghost = expert(QStringLiteral("Ghost"));
    ghost.id = 9;
    auto unknown = repo.update(ghost);
    ASSERT_FALSE(unknown.ok());
    EXPECT_THAT(unknown.message().toStdString(), HasSubstr("no expert with id 9"));

    addExpert(expert(QStringLiteral("Ann")));
    const qint64 id = addExpert(expert(QStringLiteral("Bob"), {QStringLiteral("RH")}));
    auto bob = repo.get(id);
    ASSERT_OK(bob);
    bob->name = QStringLiteral("ANN");
    bob->fields = {QStringLiteral("Web")};
    auto duplicate = repo.update(*bob);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().field, QStringLiteral("name"));

    bob->name = QStringLiteral("Bob");
    bob->ended = QDate(2000, 1, 1);
    auto endsFirst = repo.update(*bob);
    ASSERT_FALSE(endsFirst.ok());
    EXPECT_EQ(endsFirst.error().field, QStringLiteral("ended"));

    EXPECT_EQ(joined(repo.get(id)->fields), "RH");
    EXPECT_FALSE(repo.get(id)->ended.isValid());
}

TEST_F(ExpertRepositoryTest, RemoveIsRefusedWhileHoursReferToTheExpert)
{
    const qint64 id = addExpert(expert(QStringLiteral("Ann"), {QStringLiteral("RH")}));
    addHours(id, 3);
    auto refused = repo.remove(id);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("cannot delete \"Ann\": 3 hour entries refer to them"));
    EXPECT_OK(repo.get(id));

    auto cleared = sql::run(db(), QStringLiteral("DELETE FROM service_entries WHERE id > 1"));
    ASSERT_OK(cleared);
    refused = repo.remove(id);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("cannot delete \"Ann\": 1 hour entry refers to them"));
}

TEST_F(ExpertRepositoryTest, RemoveTakesTheFieldLinksAlong)
{
    const qint64 id = addExpert(expert(QStringLiteral("Ann"), {QStringLiteral("RH")}));
    const qint64 other = addExpert(expert(QStringLiteral("Bob"), {QStringLiteral("RH")}));
    ASSERT_OK(repo.remove(id));
    EXPECT_FALSE(repo.get(id).ok());
    EXPECT_EQ(rowCount(QStringLiteral("SELECT COUNT(*) FROM expert_fields")), 1);
    EXPECT_EQ(joined(repo.get(other)->fields), "RH");

    auto unknown = repo.remove(id);
    ASSERT_FALSE(unknown.ok());
    EXPECT_THAT(unknown.message().toStdString(),
                HasSubstr(QStringLiteral("no expert with id %1").arg(id).toStdString()));
}

TEST_F(ExpertRepositoryTest, GetAndFindByName)
{
    auto missing = repo.get(3);
    ASSERT_FALSE(missing.ok());
    EXPECT_THAT(missing.message().toStdString(), HasSubstr("no expert with id 3"));

    const qint64 id = addExpert(expert(QStringLiteral("Ann Roy"), {QStringLiteral("Web")}));
    auto found = repo.findByName(QStringLiteral(" ann  roy"));
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, id);
    EXPECT_EQ(joined((*found)->fields), "Web");
    auto none = repo.findByName(QStringLiteral("Ann"));
    ASSERT_OK(none);
    EXPECT_FALSE(none->has_value());
}

TEST_F(ExpertRepositoryTest, AllIsOrderedByNameWithEachExpertsFieldsInOrder)
{
    addExpert(expert(QStringLiteral("charlie"), {QStringLiteral("Web"), QStringLiteral("RH")}));
    addExpert(expert(QStringLiteral("Alpha")));
    addExpert(expert(QStringLiteral("Bravo"),
                     {QStringLiteral("RH"), QStringLiteral("Droit"), QStringLiteral("Web")}));
    auto all = repo.all();
    ASSERT_OK(all);
    ASSERT_EQ(names(*all), "Alpha|Bravo|charlie");
    EXPECT_TRUE(all->at(0).fields.isEmpty());
    EXPECT_EQ(joined(all->at(1).fields), "RH|Droit|Web");
    EXPECT_EQ(joined(all->at(2).fields), "Web|RH");
}

// FiscalYear(2019) runs from 2019-04-01 to 2020-03-31; `ended` is the expert's last day.
TEST_F(ExpertRepositoryTest, ActiveOnIncludesTheFirstAndLastDays)
{
    const FiscalYear year(2019);
    addExpert(
        expert(QStringLiteral("Year"), {QStringLiteral("RH")}, year.firstDay(), year.lastDay()));
    addExpert(expert(QStringLiteral("Open"), {QStringLiteral("Web")}, QDate(2015, 1, 1)));
    addExpert(expert(QStringLiteral("Later"), {}, year.lastDay().addDays(1)));

    EXPECT_EQ(names(*repo.activeOn(year.firstDay().addDays(-1))), "Open");
    EXPECT_EQ(names(*repo.activeOn(year.firstDay())), "Open|Year");
    auto lastDay = repo.activeOn(year.lastDay());
    ASSERT_OK(lastDay);
    ASSERT_EQ(names(*lastDay), "Open|Year");
    EXPECT_EQ(joined(lastDay->at(0).fields), "Web");
    EXPECT_EQ(joined(lastDay->at(1).fields), "RH");
    EXPECT_EQ(names(*repo.activeOn(year.lastDay().addDays(1))), "Later|Open");
}

} // namespace
