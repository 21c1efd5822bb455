#include "OrganisationMerge.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "SettingsRepository.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

class OrganisationMergeTest : public test::DatabaseTest
{
protected:
    OrganisationRepository repo{db()};
    OrganisationMerge merger{db()};
    MembershipRepository memberships{db()};

    Organisation add(const QString& name, OrganisationKind kind = OrganisationKind::Coop,
                     std::optional<qint64> networkId = std::nullopt)
    {
        Organisation organisation;
        organisation.name = name;
        organisation.kind = kind;
        organisation.region = QStringLiteral("Estrie");
        organisation.sector = QStringLiteral("Food");
        organisation.networkId = networkId;
        auto id = repo.add(organisation);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return stored(id.ok() ? *id : 0);
    }

    Organisation stored(qint64 id)
    {
        auto organisation = repo.get(id);
        EXPECT_TRUE(organisation.ok()) << organisation.message().toStdString();
        return organisation.ok() ? *organisation : Organisation();
    }

    void run(const QString& statement, std::initializer_list<QVariant> values)
    {
        auto query = sql::run(db(), statement, values);
        ASSERT_OK(query);
    }

    void addHours(qint64 organisationId, int entries, const QString& day = "2021-05-01")
    {
        const QString now = db().timestamp();
        run(QStringLiteral("INSERT INTO experts (id, name, name_key, role, started_on, "
                           "created_at, updated_at) VALUES (1, 'Ann', 'ann', 'professional', "
                           "'2019-01-01', ?, ?) ON CONFLICT DO NOTHING"),
            {now, now});
        for (int i = 0; i < entries; ++i)
            run(QStringLiteral("INSERT INTO service_entries (entry_date, expert_id, "
                               "organisation_id, minutes, created_at, updated_at) "
                               "VALUES (?, 1, ?, 60, ?, ?)"),
                {day, organisationId, now, now});
    }

    void addMandate(qint64 organisationId)
    {
        const QString now = db().timestamp();
        const QString name = QStringLiteral("director of %1").arg(organisationId);
        auto director = sql::insert(db(),
                                    QStringLiteral("INSERT INTO directors (name, name_key, "
                                                   "created_at, updated_at) VALUES (?, ?, ?, ?)"),
                                    {name, name, now, now});
        ASSERT_OK(director);
        run(QStringLiteral("INSERT INTO board_mandates (director_id, organisation_id, role, "
                           "started_on, created_at, updated_at) "
                           "VALUES (?, ?, 'director', '2019-01-01', ?, ?)"),
            {*director, organisationId, now, now});
    }

    qint64 addPeriod(qint64 organisationId, QDate joined, QDate left = {})
    {
        Membership period;
        period.organisationId = organisationId;
        period.joined = joined;
        period.left = left;
        auto id = memberships.add(period);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    int countWhere(const QString& table, const QString& column, qint64 id)
    {
        auto count = sql::scalar(
            db(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(table, column), {id});
        EXPECT_TRUE(count.ok());
        return count.ok() ? count->toInt() : -1;
    }

    void later() { m_test.clock().set(m_test.clock().now().addSecs(60)); }
};

} // namespace

TEST_F(OrganisationMergeTest, MovesEveryReferenceToTheKeptOneAndDeletesTheOther)
{
    const Organisation network = add(QStringLiteral("Réseau"), OrganisationKind::Network);
    const Organisation kept = add(QStringLiteral("Coop du Lac"), OrganisationKind::Network);
    const Organisation twin =
        add(QStringLiteral("Coop du lac inc."), OrganisationKind::Network, network.id);
    const Organisation member = add(QStringLiteral("Membre"), OrganisationKind::Coop, twin.id);
    addHours(kept.id, 2);
    addHours(twin.id, 3);
    addMandate(twin.id);
    addPeriod(kept.id, QDate(2019, 4, 1), QDate(2020, 4, 1));
    addPeriod(twin.id, QDate(2021, 4, 1));
    later();

    auto done = merger.merge(kept, twin);
    ASSERT_OK(done);
    EXPECT_EQ(done->keptId, kept.id);
    EXPECT_EQ(done->removed.name, twin.name);
    EXPECT_EQ(done->hours.size(), 3);
    EXPECT_EQ(done->memberships.size(), 1);
    EXPECT_EQ(done->mandates.size(), 1);
    EXPECT_EQ(done->networkMembers, QList<qint64>{member.id});

    EXPECT_FALSE(repo.get(twin.id).ok());
    EXPECT_EQ(countWhere("service_entries", "organisation_id", kept.id), 5);
    EXPECT_EQ(countWhere("memberships", "organisation_id", kept.id), 2);
    EXPECT_EQ(countWhere("board_mandates", "organisation_id", kept.id), 1);
    EXPECT_EQ(stored(member.id).networkId, kept.id);
    // Forms still holding a moved row are refused: its version changed.
    EXPECT_EQ(stored(member.id).updatedAt, m_test.clock().now());
}

TEST_F(OrganisationMergeTest, UndoPutsEveryRowBackUnderTheSameIdAndValues)
{
    const Organisation network = add(QStringLiteral("Réseau"), OrganisationKind::Network);
    const Organisation kept = add(QStringLiteral("Coop du Lac"), OrganisationKind::Network);
    const Organisation twin =
        add(QStringLiteral("Coop du lac inc."), OrganisationKind::Network, network.id);
    const Organisation member = add(QStringLiteral("Membre"), OrganisationKind::Coop, twin.id);
    addHours(kept.id, 1);
    addHours(twin.id, 2);
    addMandate(twin.id);
    addPeriod(twin.id, QDate(2021, 4, 1));
    later();
    auto done = merger.merge(kept, twin);
    ASSERT_OK(done);
    later();

    ASSERT_OK(merger.undo(*done));
    const Organisation back = stored(twin.id);
    EXPECT_EQ(back.name, twin.name);
    EXPECT_EQ(back.kind, OrganisationKind::Network);
    EXPECT_EQ(back.region, twin.region);
    EXPECT_EQ(back.sector, twin.sector);
    EXPECT_EQ(back.networkId, network.id);
    EXPECT_EQ(back.createdAt, twin.createdAt);
    EXPECT_EQ(countWhere("service_entries", "organisation_id", kept.id), 1);
    EXPECT_EQ(countWhere("service_entries", "organisation_id", twin.id), 2);
    EXPECT_EQ(countWhere("memberships", "organisation_id", twin.id), 1);
    EXPECT_EQ(countWhere("board_mandates", "organisation_id", twin.id), 1);
    EXPECT_EQ(stored(member.id).networkId, twin.id);

    // And it can be merged again, as a redo would.
    auto again = merger.merge(stored(kept.id), back);
    ASSERT_OK(again);
    EXPECT_EQ(countWhere("service_entries", "organisation_id", kept.id), 3);
    // A new organisation added after the merge still gets a fresh id on both backends.
    EXPECT_GT(add(QStringLiteral("Nouvelle")).id, member.id);
}

TEST_F(OrganisationMergeTest, UndoIsRefusedWhenAMovedRowChangedSinceOrTheNameIsTaken)
{
    const Organisation kept = add(QStringLiteral("Coop A"));
    const Organisation twin = add(QStringLiteral("Coop A inc."));
    addHours(twin.id, 2);
    auto done = merger.merge(kept, twin);
    ASSERT_OK(done);

    run(QStringLiteral("DELETE FROM service_entries WHERE id = ?"), {done->hours.first()});
    auto refused = merger.undo(*done);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("1 of the 2 hour entries moved to \"Coop A\" were changed or removed "
                          "since"));
    EXPECT_FALSE(repo.get(twin.id).ok()) << "nothing is half undone";
    EXPECT_EQ(countWhere("service_entries", "organisation_id", kept.id), 1);

    add(QStringLiteral("coop a  INC."));
    refused = merger.undo(*done);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("an organisation named \"Coop A inc.\" exists again"));
}

TEST_F(OrganisationMergeTest, RefusesHoursInAClosedYearAndSaysWhy)
{
    const Organisation kept = add(QStringLiteral("Coop A"));
    const Organisation twin = add(QStringLiteral("Coop A inc."));
    addHours(twin.id, 3, QStringLiteral("2019-06-01"));
    SettingsRepository settings(db());
    auto year = settings.fiscalYear(2019);
    ASSERT_OK(year);
    ASSERT_OK(settings.closeYear(*year));

    auto refused = merger.merge(kept, twin);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("\"Coop A inc.\" has 3 hour entries in the closed fiscal year "
                          "2019-2020"));
    EXPECT_OK(repo.get(twin.id));
    EXPECT_EQ(countWhere("service_entries", "organisation_id", twin.id), 3);
}

TEST_F(OrganisationMergeTest, UndoIsRefusedWhenTheYearWasClosedSince)
{
    const Organisation kept = add(QStringLiteral("Coop A"));
    const Organisation twin = add(QStringLiteral("Coop A inc."));
    addHours(twin.id, 1, QStringLiteral("2019-06-01"));
    auto done = merger.merge(kept, twin);
    ASSERT_OK(done);
    SettingsRepository settings(db());
    ASSERT_OK(settings.closeYear(*settings.fiscalYear(2019)));

    auto refused = merger.undo(*done);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("1 hour entry of \"Coop A inc.\" are in the fiscal year 2019-2020, "
                          "closed since"));
    EXPECT_FALSE(repo.get(twin.id).ok());
}

TEST_F(OrganisationMergeTest, RefusesOverlappingMembershipPeriods)
{
    const Organisation kept = add(QStringLiteral("Coop A"));
    const Organisation twin = add(QStringLiteral("Coop A inc."));
    addPeriod(kept.id, QDate(2019, 4, 1));
    addPeriod(twin.id, QDate(2018, 4, 1), QDate(2020, 1, 1));

    auto refused = merger.merge(kept, twin);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("the membership of \"Coop A inc.\" from 2018-04-01 to 2020-01-01 "
                          "overlaps that of \"Coop A\" from 2019-04-01 on"));
    EXPECT_OK(repo.get(twin.id));
}

TEST_F(OrganisationMergeTest, RefusesANetworkChangeThatCannotHold)
{
    const Organisation network = add(QStringLiteral("Réseau"), OrganisationKind::Network);
    add(QStringLiteral("Membre"), OrganisationKind::Coop, network.id);
    const Organisation coop = add(QStringLiteral("Coop"));
    auto refused = merger.merge(coop, network);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("\"Réseau\" is the network of Membre and \"Coop\" is not a network"));

    const Organisation inside =
        add(QStringLiteral("Réseau régional"), OrganisationKind::Network, network.id);
    refused = merger.merge(inside, network);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(),
                HasSubstr("\"Réseau régional\" belongs, through its networks, to \"Réseau\""));
    refused = merger.merge(coop, coop);
    ASSERT_FALSE(refused.ok());
}

TEST_F(OrganisationMergeTest, RefusesAnOrganisationChangedAtAnotherDesk)
{
    const Organisation kept = add(QStringLiteral("Coop A"));
    const Organisation twin = add(QStringLiteral("Coop A inc."));
    later();
    Organisation renamed = twin;
    renamed.name = QStringLiteral("Coop A incorporée");
    ASSERT_OK(repo.update(renamed));

    auto refused = merger.merge(kept, twin);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().changedElsewhere);
    EXPECT_OK(repo.get(twin.id));
}
