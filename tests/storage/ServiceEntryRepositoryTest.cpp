#include "ServiceEntryRepository.h"

#include "FieldRepository.h"
#include "Parsing.h"
#include "ServiceEntryTestRows.h"
#include "SettingsRepository.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using namespace bilan::test;
using ::testing::HasSubstr;

namespace {

const QDateTime Later(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

class ServiceEntryRepositoryTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_expert = insertExpert(db(), QStringLiteral("Alice Martin"));
        m_otherExpert = insertExpert(db(), QStringLiteral("Bruno Roy"));
        m_organisation = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
    }

    ServiceEntry entry(QDate date, int minutes, const QString& field = {}) const
    {
        ServiceEntry e;
        e.date = date;
        e.expertId = m_expert;
        e.organisationId = m_organisation;
        e.minutes = minutes;
        e.field = field;
        return e;
    }

    qint64 added(const ServiceEntry& e)
    {
        auto id = repo.add(e);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    Status closeYear(int startYear)
    {
        return SettingsRepository(db()).closeYear(FiscalYear(startYear));
    }

    qint64 m_expert = 0;
    qint64 m_otherExpert = 0;
    qint64 m_organisation = 0;
    ServiceEntryRepository repo{db()};
};

TEST_F(ServiceEntryRepositoryTest, AddStoresEveryColumnWithTimestamps)
{
    ServiceEntry e = entry(QDate(2019, 6, 12), 90, QStringLiteral("Comptabilité"));
    e.note = QStringLiteral("Clôture des livres");
    const qint64 id = added(e);

    auto stored = repo.get(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->id, id);
    EXPECT_EQ(stored->date, QDate(2019, 6, 12));
    EXPECT_EQ(stored->expertId, m_expert);
    EXPECT_EQ(stored->organisationId, m_organisation);
    EXPECT_EQ(stored->minutes, 90);
    EXPECT_EQ(stored->field, QStringLiteral("Comptabilité"));
    EXPECT_EQ(stored->note, QStringLiteral("Clôture des livres"));
    EXPECT_EQ(stored->createdAt, m_test.clock().now());
    EXPECT_EQ(stored->updatedAt, m_test.clock().now());
}

TEST_F(ServiceEntryRepositoryTest, GetUnknownIdFails)
{
    auto missing = repo.get(404);
    ASSERT_FALSE(missing.ok());
    EXPECT_THAT(missing.message().toStdString(), HasSubstr("no service entry with id 404"));
}

TEST_F(ServiceEntryRepositoryTest, AcceptsAFullDayInOneEntryButNotAMinuteMore)
{
    EXPECT_OK(repo.add(entry(QDate(2019, 6, 12), 24 * 60)));

    auto tooLong = repo.add(entry(QDate(2019, 6, 13), 24 * 60 + 1));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_THAT(tooLong.message().toStdString(), HasSubstr("24:01"));
    EXPECT_EQ(tooLong.error().field, QStringLiteral("duration"));
}

TEST_F(ServiceEntryRepositoryTest, RefusesZeroAndNegativeDurations)
{
    for (int minutes : {0, -30}) {
        auto refused = repo.add(entry(QDate(2019, 6, 12), minutes));
        ASSERT_FALSE(refused.ok()) << minutes;
        EXPECT_THAT(refused.message().toStdString(), HasSubstr("more than zero"));
        EXPECT_EQ(refused.error().field, QStringLiteral("duration"));
    }
    auto count = repo.count({});
    ASSERT_OK(count);
    EXPECT_EQ(*count, 0);
}

TEST_F(ServiceEntryRepositoryTest, RefusesAMissingDate)
{
    auto refused = repo.add(entry(QDate(), 60));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("date"));
}

TEST_F(ServiceEntryRepositoryTest, RefusesAnUnknownExpertOrOrganisation)
{
    ServiceEntry noExpert = entry(QDate(2019, 6, 12), 60);
    noExpert.expertId = 999;
    auto refused = repo.add(noExpert);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("no expert with id 999"));
    EXPECT_EQ(refused.error().field, QStringLiteral("expert"));

    ServiceEntry noOrganisation = entry(QDate(2019, 6, 12), 60);
    noOrganisation.organisationId = 998;
    refused = repo.add(noOrganisation);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("no organisation with id 998"));
    EXPECT_EQ(refused.error().field, QStringLiteral("organisation"));
}

TEST_F(ServiceEntryRepositoryTest, DayTotalOfExactly24HoursIsAcceptedNotOneMinuteMore)
{
    const QDate day(2019, 6, 12);
    added(entry(day, 600));
    added(entry(day, 840));

    auto refused = repo.add(entry(day, 1));
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("2019-06-12"));
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("24:01"));
    EXPECT_EQ(refused.error().field, QStringLiteral("duration"));

    // The limit is per expert and per day.
    ServiceEntry colleague = entry(day, 60);
    colleague.expertId = m_otherExpert;
    EXPECT_OK(repo.add(colleague));
    EXPECT_OK(repo.add(entry(day.addDays(1), 60)));
}

TEST_F(ServiceEntryRepositoryTest, UpdateDoesNotCountTheEntryItselfTwice)
{
    const QDate day(2019, 6, 12);
    added(entry(day, 600));
    ServiceEntry changed = entry(day, 840);
    changed.id = added(changed);

    changed.note = QStringLiteral("same minutes, the day stays at 24 h");
    EXPECT_OK(repo.update(changed));

    changed.minutes = 841;
    auto refused = repo.update(changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("24:01"));
    EXPECT_EQ(refused.error().field, QStringLiteral("duration"));
    EXPECT_EQ(valueOf(repo.get(changed.id)).minutes, 840);
}

TEST_F(ServiceEntryRepositoryTest, UpdateChangesTheRowAndBumpsUpdatedAtOnly)
{
    ServiceEntry e = entry(QDate(2019, 6, 12), 60, QStringLiteral("RH"));
    e.id = added(e);
    const QDateTime created = m_test.clock().now();
    const qint64 otherOrganisation = insertOrganisation(db(), QStringLiteral("Mutuelle Sud"));

    m_test.clock().set(Later);
    e.date = QDate(2019, 6, 14);
    e.expertId = m_otherExpert;
    e.organisationId = otherOrganisation;
    e.minutes = 45;
    e.field = QStringLiteral("Droit");
    e.note = QStringLiteral("contrat");
    ASSERT_OK(repo.update(e));

    auto stored = repo.get(e.id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->date, QDate(2019, 6, 14));
    EXPECT_EQ(stored->expertId, m_otherExpert);
    EXPECT_EQ(stored->organisationId, otherOrganisation);
    EXPECT_EQ(stored->minutes, 45);
    EXPECT_EQ(stored->field, QStringLiteral("Droit"));
    EXPECT_EQ(stored->note, QStringLiteral("contrat"));
    EXPECT_EQ(stored->createdAt, created);
    EXPECT_EQ(stored->updatedAt, Later);
}

TEST_F(ServiceEntryRepositoryTest, UpdateAndRemoveOfAnUnknownIdFail)
{
    ServiceEntry ghost = entry(QDate(2019, 6, 12), 60);
    ghost.id = 77;
    auto updated = repo.update(ghost);
    ASSERT_FALSE(updated.ok());
    EXPECT_THAT(updated.message().toStdString(), HasSubstr("no service entry with id 77"));
    auto removed = repo.remove(78);
    ASSERT_FALSE(removed.ok());
    EXPECT_THAT(removed.message().toStdString(), HasSubstr("no service entry with id 78"));
}

TEST_F(ServiceEntryRepositoryTest, RemoveDeletesTheEntry)
{
    const qint64 id = added(entry(QDate(2019, 6, 12), 60));
    ASSERT_OK(repo.remove(id));
    EXPECT_FALSE(repo.get(id).ok());
}

TEST_F(ServiceEntryRepositoryTest, ClosedYearRefusesNewEntriesFromItsFirstToItsLastDay)
{
    ASSERT_OK(closeYear(2019));
    for (QDate day : {QDate(2019, 4, 1), QDate(2020, 3, 31)}) {
        auto refused = repo.add(entry(day, 60));
        ASSERT_FALSE(refused.ok()) << day.toString(Qt::ISODate).toStdString();
        EXPECT_THAT(refused.message().toStdString(), HasSubstr("2019-2020"));
        EXPECT_EQ(refused.error().field, QStringLiteral("date"));
    }
    EXPECT_OK(repo.add(entry(QDate(2019, 3, 31), 60)));
    EXPECT_OK(repo.add(entry(QDate(2020, 4, 1), 60)));
}

TEST_F(ServiceEntryRepositoryTest, ClosedYearRefusesChangesInAndOutOfIt)
{
    ServiceEntry inClosed = entry(QDate(2019, 6, 12), 60);
    inClosed.id = added(inClosed);
    ServiceEntry inOpen = entry(QDate(2020, 6, 12), 60);
    inOpen.id = added(inOpen);
    ASSERT_OK(closeYear(2019));

    inClosed.note = QStringLiteral("edited");
    auto refused = repo.update(inClosed);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("2019-2020"));
    EXPECT_EQ(refused.error().field, QStringLiteral("date"));

    // Moving the entry out of the closed year changes that year too.
    inClosed.date = QDate(2020, 6, 13);
    refused = repo.update(inClosed);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("2019-2020"));

    inOpen.date = QDate(2020, 3, 31);
    refused = repo.update(inOpen);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("2019-2020"));
    EXPECT_EQ(valueOf(repo.get(inOpen.id)).date, QDate(2020, 6, 12));

    inOpen.date = QDate(2020, 4, 1);
    EXPECT_OK(repo.update(inOpen));
}

TEST_F(ServiceEntryRepositoryTest, ClosedYearRefusesRemovalUntilReopened)
{
    const qint64 id = added(entry(QDate(2020, 3, 31), 60));
    ASSERT_OK(closeYear(2019));

    auto refused = repo.remove(id);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("2019-2020"));
    EXPECT_EQ(refused.error().field, QStringLiteral("date"));
    EXPECT_OK(repo.get(id));

    ASSERT_OK(SettingsRepository(db()).reopenYear(2019));
    EXPECT_OK(repo.remove(id));
}

TEST_F(ServiceEntryRepositoryTest, FieldsRoundTripAndAreSharedIgnoringCaseAndSpaces)
{
    const qint64 first =
        added(entry(QDate(2019, 6, 12), 60, QStringLiteral("  Ressources   humaines ")));
    const qint64 second =
        added(entry(QDate(2019, 6, 13), 60, QStringLiteral("ressources humaines")));
    const qint64 none = added(entry(QDate(2019, 6, 14), 60));

    EXPECT_EQ(valueOf(repo.get(first)).field, QStringLiteral("Ressources humaines"));
    EXPECT_EQ(valueOf(repo.get(second)).field, QStringLiteral("Ressources humaines"));
    EXPECT_EQ(valueOf(repo.get(none)).field, QString());
    auto names = FieldRepository(db()).names();
    ASSERT_OK(names);
    EXPECT_EQ(*names, QStringList{QStringLiteral("Ressources humaines")});

    auto nulls = sql::run(db(), QStringLiteral("SELECT COUNT(*) FROM service_entries "
                                               "WHERE field_id IS NULL"));
    ASSERT_OK(nulls);
    ASSERT_TRUE(nulls->next());
    EXPECT_EQ(nulls->value(0).toInt(), 1);

    ServiceEntry changed = valueOf(repo.get(none));
    changed.field = QStringLiteral("Droit");
    ASSERT_OK(repo.update(changed));
    EXPECT_EQ(valueOf(repo.get(none)).field, QStringLiteral("Droit"));
    changed.updatedAt = valueOf(repo.get(none)).updatedAt; // the version saved (RowVersion)
    changed.field.clear();
    ASSERT_OK(repo.update(changed));
    EXPECT_EQ(valueOf(repo.get(none)).field, QString());
}

TEST_F(ServiceEntryRepositoryTest, InsertCheckedWritesEveryRowAndResolvesFieldsByKey)
{
    auto hr = FieldRepository(db()).idFor(QStringLiteral("RH"));
    ASSERT_OK(hr);
    QList<ServiceEntry> entries{entry(QDate(2019, 4, 1), 60, QStringLiteral("  rh ")),
                                entry(QDate(2019, 4, 2), 30, QStringLiteral("Droit")),
                                entry(QDate(2019, 4, 3), 15, QStringLiteral("droit")),
                                entry(QDate(2019, 4, 4), 45)};
    entries[3].note = QStringLiteral("sans domaine");

    ASSERT_OK(repo.insertChecked(entries, {{Parsing::nameKey(QStringLiteral("RH")), *hr}}));

    auto stored = repo.list({});
    ASSERT_OK(stored);
    ASSERT_EQ(stored->size(), 4);
    EXPECT_EQ(stored->at(0).field, QStringLiteral("RH"));
    EXPECT_EQ(stored->at(1).field, QStringLiteral("Droit"));
    EXPECT_EQ(stored->at(2).field, QStringLiteral("Droit"));
    EXPECT_EQ(stored->at(3).field, QString());
    EXPECT_EQ(stored->at(3).note, QStringLiteral("sans domaine"));
    EXPECT_EQ(stored->at(2).minutes, 15);
    EXPECT_EQ(stored->at(0).createdAt, m_test.clock().now());
    EXPECT_EQ(valueOf(FieldRepository(db()).names()).size(), 2);
}

TEST_F(ServiceEntryRepositoryTest, InsertCheckedWritesNothingWhenARowFails)
{
    ServiceEntry broken = entry(QDate(2019, 4, 2), 60);
    broken.organisationId = 999; // the foreign key refuses it
    auto inserted = repo.insertChecked({entry(QDate(2019, 4, 1), 60), broken}, {});
    EXPECT_FALSE(inserted.ok());
    auto count = repo.count({});
    ASSERT_OK(count);
    EXPECT_EQ(*count, 0);
}

TEST_F(ServiceEntryRepositoryTest, InsertCheckedInsideTheCallersTransactionRollsBackWithIt)
{
    {
        Transaction t(db());
        ASSERT_OK(t.begun());
        ASSERT_OK(repo.insertChecked({entry(QDate(2019, 4, 1), 60)}, {}));
        EXPECT_EQ(valueOf(repo.count({})), 1);
    }
    EXPECT_EQ(valueOf(repo.count({})), 0);
}

} // namespace
