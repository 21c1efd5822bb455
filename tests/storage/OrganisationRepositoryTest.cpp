#include "OrganisationRepository.h"
#include "MembershipRepository.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

class OrganisationRepositoryTest : public test::DatabaseTest
{
protected:
    OrganisationRepository repo{db()};

    qint64 addOrganisation(const QString& name, OrganisationKind kind = OrganisationKind::Coop,
                           std::optional<qint64> networkId = std::nullopt)
    {
        Organisation organisation;
        organisation.name = name;
        organisation.kind = kind;
        organisation.networkId = networkId;
        auto id = repo.add(organisation);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    void run(const QString& statement, std::initializer_list<QVariant> values)
    {
        auto query = sql::run(db(), statement, values);
        ASSERT_OK(query);
    }

    // Hours and mandates are written directly: the rules of their own repositories do not
    // matter here, only that rows refer to the organisation.
    void addHours(qint64 organisationId, int entries)
    {
        const QString now = db().timestamp();
        run(QStringLiteral("INSERT INTO experts (id, name, name_key, role, started_on, "
                           "created_at, updated_at) VALUES (1, 'Ann', 'ann', 'professional', "
                           "'2019-01-01', ?, ?) ON CONFLICT DO NOTHING"),
            {now, now});
        for (int i = 0; i < entries; ++i)
            run(QStringLiteral("INSERT INTO service_entries (entry_date, expert_id, "
                               "organisation_id, minutes, created_at, updated_at) "
                               "VALUES ('2019-05-01', 1, ?, 60, ?, ?)"),
                {organisationId, now, now});
    }

    void addMandates(qint64 organisationId, int mandates)
    {
        const QString now = db().timestamp();
        for (int i = 0; i < mandates; ++i) {
            const QString name = QStringLiteral("director %1 of %2").arg(i).arg(organisationId);
            auto director =
                sql::insert(db(),
                            QStringLiteral("INSERT INTO directors (name, name_key, "
                                           "created_at, updated_at) VALUES (?, ?, ?, ?)"),
                            {name, name, now, now});
            ASSERT_OK(director);
            run(QStringLiteral("INSERT INTO board_mandates (director_id, organisation_id, role, "
                               "started_on, created_at, updated_at) "
                               "VALUES (?, ?, 'director', '2019-01-01', ?, ?)"),
                {*director, organisationId, now, now});
        }
    }
};

// Lists compared as "a|b|c" so that a failure prints readable text.
std::string joined(const QStringList& list)
{
    return list.join(u'|').toStdString();
}

std::string names(const QList<Organisation>& organisations)
{
    QStringList result;
    for (const Organisation& organisation : organisations)
        result << organisation.name;
    return joined(result);
}

TEST_F(OrganisationRepositoryTest, AddStoresCleanedValuesAndTimestamps)
{
    Organisation organisation;
    organisation.name = QStringLiteral("  Coop   Le Rucher ");
    organisation.kind = OrganisationKind::Mutual;
    organisation.region = QStringLiteral(" Estrie ");
    organisation.sector = QStringLiteral("Agriculture");
    auto id = repo.add(organisation);
    ASSERT_OK(id);

    auto stored = repo.get(*id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->id, *id);
    EXPECT_EQ(stored->name, QStringLiteral("Coop Le Rucher"));
    EXPECT_EQ(stored->kind, OrganisationKind::Mutual);
    EXPECT_EQ(stored->region, QStringLiteral("Estrie"));
    EXPECT_EQ(stored->sector, QStringLiteral("Agriculture"));
    EXPECT_FALSE(stored->networkId.has_value());
    EXPECT_EQ(stored->createdAt, m_test.clock().now());
    EXPECT_EQ(stored->updatedAt, m_test.clock().now());
}

TEST_F(OrganisationRepositoryTest, AddRefusesAnEmptyName)
{
    Organisation organisation;
    organisation.name = QStringLiteral("   ");
    auto id = repo.add(organisation);
    ASSERT_FALSE(id.ok());
    EXPECT_THAT(id.message().toStdString(), HasSubstr("needs a name"));
    EXPECT_EQ(id.error().field, QStringLiteral("name"));
}

TEST_F(OrganisationRepositoryTest, AddRefusesADuplicateNameIgnoringCaseAndSpaces)
{
    addOrganisation(QStringLiteral("Coop Le Rucher"));
    Organisation again;
    again.name = QStringLiteral("coop  LE rucher");
    auto id = repo.add(again);
    ASSERT_FALSE(id.ok());
    EXPECT_THAT(id.message().toStdString(),
                HasSubstr("an organisation named \"coop LE rucher\" already exists"));
    EXPECT_EQ(id.error().field, QStringLiteral("name"));
    EXPECT_EQ(*repo.count(), 1);
}

TEST_F(OrganisationRepositoryTest, NetworkMustExist)
{
    Organisation organisation;
    organisation.name = QStringLiteral("Coop A");
    organisation.networkId = 999;
    auto id = repo.add(organisation);
    ASSERT_FALSE(id.ok());
    EXPECT_THAT(id.message().toStdString(), HasSubstr("no organisation with id 999"));
    EXPECT_EQ(id.error().field, QStringLiteral("network"));
}

TEST_F(OrganisationRepositoryTest, NetworkMustBeOfKindNetwork)
{
    const qint64 coop = addOrganisation(QStringLiteral("Coop A"));
    Organisation organisation;
    organisation.name = QStringLiteral("Coop B");
    organisation.networkId = coop;
    auto id = repo.add(organisation);
    ASSERT_FALSE(id.ok());
    EXPECT_THAT(id.message().toStdString(),
                HasSubstr("\"Coop A\" is not a network (its kind is coop)"));
    EXPECT_EQ(id.error().field, QStringLiteral("network"));
}

TEST_F(OrganisationRepositoryTest, NetworkCannotBeTheOrganisationItself)
{
    const qint64 id = addOrganisation(QStringLiteral("Réseau"), OrganisationKind::Network);
    auto network = repo.get(id);
    ASSERT_OK(network);
    network->networkId = id;
    auto updated = repo.update(*network);
    ASSERT_FALSE(updated.ok());
    EXPECT_THAT(updated.message().toStdString(), HasSubstr("\"Réseau\" cannot be its own network"));
    EXPECT_EQ(updated.error().field, QStringLiteral("network"));
}

TEST_F(OrganisationRepositoryTest, NetworksCannotContainEachOtherInACircle)
{
    const qint64 top = addOrganisation(QStringLiteral("Confédération"), OrganisationKind::Network);
    const qint64 middle =
        addOrganisation(QStringLiteral("Fédération"), OrganisationKind::Network, top);
    const qint64 bottom =
        addOrganisation(QStringLiteral("Réseau"), OrganisationKind::Network, middle);
    auto confederation = repo.get(top);
    ASSERT_OK(confederation);
    confederation->networkId = bottom;
    auto updated = repo.update(*confederation);
    ASSERT_FALSE(updated.ok());
    EXPECT_THAT(updated.message().toStdString(),
                HasSubstr("\"Réseau\" belongs, through its networks, to \"Confédération\""));
    EXPECT_EQ(updated.error().field, QStringLiteral("network"));
    // A chain that does not come back is fine.
    auto fresh = repo.get(top);
    ASSERT_OK(fresh);
    EXPECT_FALSE(fresh->networkId.has_value());
}

TEST_F(OrganisationRepositoryTest, NetworkMembersAreOrderedByName)
{
    const qint64 network = addOrganisation(QStringLiteral("Réseau"), OrganisationKind::Network);
    const qint64 other = addOrganisation(QStringLiteral("Fédération"), OrganisationKind::Network);
    addOrganisation(QStringLiteral("zeta"), OrganisationKind::Coop, network);
    addOrganisation(QStringLiteral("Alpha"), OrganisationKind::Npo, network);
    addOrganisation(QStringLiteral("beta"), OrganisationKind::Coop, other);
    addOrganisation(QStringLiteral("Loner"));

    auto members = repo.networkMembers(network);
    ASSERT_OK(members);
    EXPECT_EQ(names(*members), "Alpha|zeta");
    EXPECT_EQ(members->first().networkId, std::optional<qint64>(network));
    auto none = repo.networkMembers(999);
    ASSERT_OK(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(OrganisationRepositoryTest, UpdateChangesValuesAndBumpsUpdatedAt)
{
    const qint64 network = addOrganisation(QStringLiteral("Réseau"), OrganisationKind::Network);
    const qint64 id = addOrganisation(QStringLiteral("Coop A"));
    const QDateTime created = m_test.clock().now();
    m_test.clock().set(created.addDays(3));

    auto organisation = repo.get(id);
    ASSERT_OK(organisation);
    organisation->name = QStringLiteral(" Coop  A2 ");
    organisation->kind = OrganisationKind::Other;
    organisation->region = QStringLiteral("Montréal");
    organisation->networkId = network;
    ASSERT_OK(repo.update(*organisation));

    auto stored = repo.get(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->name, QStringLiteral("Coop A2"));
    EXPECT_EQ(stored->kind, OrganisationKind::Other);
    EXPECT_EQ(stored->region, QStringLiteral("Montréal"));
    EXPECT_EQ(stored->networkId, std::optional<qint64>(network));
    EXPECT_EQ(stored->createdAt, created);
    EXPECT_EQ(stored->updatedAt, created.addDays(3));
}

TEST_F(OrganisationRepositoryTest, UpdateOfAnUnknownIdFails)
{
    Organisation organisation;
    organisation.id = 42;
    organisation.name = QStringLiteral("Ghost");
    auto updated = repo.update(organisation);
    ASSERT_FALSE(updated.ok());
    EXPECT_THAT(updated.message().toStdString(), HasSubstr("no organisation with id 42"));
}

TEST_F(OrganisationRepositoryTest, RenameMayChangeCaseButNotTakeAnotherName)
{
    addOrganisation(QStringLiteral("Coop A"));
    const qint64 id = addOrganisation(QStringLiteral("Coop B"));
    auto organisation = repo.get(id);
    ASSERT_OK(organisation);

    organisation->name = QStringLiteral("COOP B");
    EXPECT_OK(repo.update(*organisation));

    organisation->updatedAt = repo.get(id)->updatedAt; // the version saved (RowVersion)
    organisation->name = QStringLiteral("coop a");
    auto renamed = repo.update(*organisation);
    ASSERT_FALSE(renamed.ok());
    EXPECT_THAT(renamed.message().toStdString(), HasSubstr("already exists"));
    EXPECT_EQ(renamed.error().field, QStringLiteral("name"));
    EXPECT_EQ(repo.get(id)->name, QStringLiteral("COOP B"));
}

TEST_F(OrganisationRepositoryTest, ANetworkWithMembersMustStayANetwork)
{
    const qint64 network = addOrganisation(QStringLiteral("Réseau"), OrganisationKind::Network);
    const qint64 member =
        addOrganisation(QStringLiteral("Coop A"), OrganisationKind::Coop, network);
    auto organisation = repo.get(network);
    ASSERT_OK(organisation);
    organisation->kind = OrganisationKind::Coop;

    auto refused = repo.update(*organisation);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("\"Réseau\" is the network of 1 organisation"));
    EXPECT_EQ(refused.error().field, QStringLiteral("kind"));
    EXPECT_EQ(repo.get(network)->kind, OrganisationKind::Network);

    auto leaving = repo.get(member);
    ASSERT_OK(leaving);
    leaving->networkId.reset();
    ASSERT_OK(repo.update(*leaving));
    EXPECT_OK(repo.update(*organisation));
    EXPECT_EQ(repo.get(network)->kind, OrganisationKind::Coop);
}

TEST_F(OrganisationRepositoryTest, RemoveIsRefusedWhileHoursAndMandatesReferToIt)
{
    const qint64 id = addOrganisation(QStringLiteral("Coop A"));
    addHours(id, 12);
    addMandates(id, 1);
    auto removed = repo.remove(id);
    ASSERT_FALSE(removed.ok());
    EXPECT_THAT(removed.message().toStdString(),
                HasSubstr("cannot delete \"Coop A\": 12 hour entries and 1 board mandate refer "
                          "to it"));
    EXPECT_OK(repo.get(id));
}

TEST_F(OrganisationRepositoryTest, RemoveNamesASingleKindOfReference)
{
    const qint64 withHour = addOrganisation(QStringLiteral("Coop A"));
    addHours(withHour, 1);
    auto refused = repo.remove(withHour);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("cannot delete \"Coop A\": 1 hour entry refers to it"));

    const qint64 withMandates = addOrganisation(QStringLiteral("Coop B"));
    addMandates(withMandates, 2);
    refused = repo.remove(withMandates);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("cannot delete \"Coop B\": 2 board mandates refer to it"));
    EXPECT_EQ(*repo.count(), 2);
}

TEST_F(OrganisationRepositoryTest, RemoveIsRefusedWhileMembershipsOrNetworkMembersReferToIt)
{
    const qint64 network = addOrganisation(QStringLiteral("Réseau"), OrganisationKind::Network);
    addOrganisation(QStringLiteral("Coop A"), OrganisationKind::Coop, network);
    MembershipRepository memberships(db());
    Membership period;
    period.organisationId = network;
    period.joined = QDate(2019, 4, 1);
    ASSERT_OK(memberships.add(period));
    addHours(network, 3);

    auto refused = repo.remove(network);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("cannot delete \"Réseau\": 3 hour entries, 1 membership period and 1 "
                          "member organisation (it is its network) refer to it"));
    EXPECT_OK(repo.get(network));
    EXPECT_EQ(memberships.all()->size(), 1);
}

TEST_F(OrganisationRepositoryTest, RemoveDeletesAnOrganisationNothingRefersTo)
{
    const qint64 id = addOrganisation(QStringLiteral("Coop A"));
    ASSERT_OK(repo.remove(id, repo.get(id)->updatedAt));
    EXPECT_FALSE(repo.get(id).ok());
}

TEST_F(OrganisationRepositoryTest, RemoveIsRefusedWhenChangedAtAnotherDesk)
{
    const qint64 id = addOrganisation(QStringLiteral("Coop A"));
    const QDateTime shown = repo.get(id)->updatedAt;
    m_test.clock().set(m_test.clock().now().addSecs(60));
    Organisation renamed = *repo.get(id);
    renamed.name = QStringLiteral("Coop B");
    ASSERT_OK(repo.update(renamed));
    auto refused = repo.remove(id, shown);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().changedElsewhere);
    EXPECT_OK(repo.get(id));
}

TEST_F(OrganisationRepositoryTest, RemoveOrGetOfAnUnknownIdFails)
{
    auto removed = repo.remove(7);
    ASSERT_FALSE(removed.ok());
    EXPECT_THAT(removed.message().toStdString(), HasSubstr("no organisation with id 7"));
    auto got = repo.get(7);
    ASSERT_FALSE(got.ok());
    EXPECT_THAT(got.message().toStdString(), HasSubstr("no organisation with id 7"));
}

TEST_F(OrganisationRepositoryTest, FindByNameMatchesTheNameKey)
{
    const qint64 id = addOrganisation(QStringLiteral("Coop Le Rucher"));
    auto found = repo.findByName(QStringLiteral("  coop LE   rucher"));
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, id);
    EXPECT_EQ((*found)->name, QStringLiteral("Coop Le Rucher"));

    auto missing = repo.findByName(QStringLiteral("Coop Le"));
    ASSERT_OK(missing);
    EXPECT_FALSE(missing->has_value());
}

TEST_F(OrganisationRepositoryTest, AllIsOrderedByNameIgnoringCase)
{
    EXPECT_EQ(*repo.count(), 0);
    addOrganisation(QStringLiteral("charlie"));
    addOrganisation(QStringLiteral("Alpha"));
    addOrganisation(QStringLiteral("Bravo"));
    auto all = repo.all();
    ASSERT_OK(all);
    EXPECT_EQ(names(*all), "Alpha|Bravo|charlie");
    EXPECT_EQ(*repo.count(), 3);
}

} // namespace
