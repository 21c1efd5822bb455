#include "BoardRepository.h"

#include "Parsing.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <gmock/gmock.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

// The value of a Result the test expects to succeed; a failure is reported, never dereferenced.
template <typename T> T valueOf(Result<T> result)
{
    EXPECT_TRUE(result.ok()) << result.message().toStdString();
    return result.ok() ? std::move(result).value() : T{};
}

const QDateTime Later(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

// Organisations, meetings and attendance are written directly: only the board is under test.
qint64 insertOrganisation(Database& db, const QString& name)
{
    const QString now = db.timestamp();
    auto inserted =
        sql::insert(db,
                    QStringLiteral("INSERT INTO organisations (name, name_key, kind, "
                                   "created_at, updated_at) VALUES (?, ?, 'coop', ?, ?)"),
                    {name, Parsing::nameKey(name), now, now});
    if (!inserted) {
        ADD_FAILURE() << inserted.message().toStdString();
        return 0;
    }
    return *inserted;
}

void insertAttendance(Database& db, qint64 directorId, QDate day)
{
    const QString now = db.timestamp();
    auto meeting =
        sql::insert(db,
                    QStringLiteral("INSERT INTO meetings (meeting_date, kind, created_at, "
                                   "updated_at) VALUES (?, 'board', ?, ?)"),
                    {sql::date(day), now, now});
    ASSERT_OK(meeting);
    ASSERT_OK(sql::run(db,
                       QStringLiteral("INSERT INTO attendance (meeting_id, director_id, status, "
                                      "created_at, updated_at) VALUES (?, ?, 'present', ?, ?)"),
                       {*meeting, directorId, now, now}));
}

class BoardRepositoryTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_organisation = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
        auto jane = repo.addDirector(QStringLiteral("Jane Doe"));
        ASSERT_OK(jane);
        m_jane = *jane;
    }

    BoardMandate mandate(qint64 director, QDate started, QDate ended = {},
                         BoardRole role = BoardRole::Director) const
    {
        BoardMandate m;
        m.directorId = director;
        m.organisationId = m_organisation;
        m.role = role;
        m.started = started;
        m.ended = ended;
        return m;
    }

    qint64 added(const BoardMandate& m)
    {
        auto id = repo.addMandate(m);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    qint64 director(const QString& name)
    {
        auto id = repo.addDirector(name);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    BoardRepository repo{db()};
    qint64 m_organisation = 0;
    qint64 m_jane = 0;
};

TEST_F(BoardRepositoryTest, AddDirectorStoresTheSimplifiedNameWithTimestamps)
{
    const qint64 id = director(QStringLiteral("  Marc   Tremblay "));
    auto stored = repo.director(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->name, QStringLiteral("Marc Tremblay"));
    EXPECT_EQ(stored->createdAt, m_test.clock().now());
    EXPECT_EQ(stored->updatedAt, m_test.clock().now());
}

TEST_F(BoardRepositoryTest, AddDirectorRefusesAnEmptyOrDuplicateName)
{
    auto empty = repo.addDirector(QStringLiteral("   "));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, QStringLiteral("name"));

    auto duplicate = repo.addDirector(QStringLiteral("JANE   doe"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_THAT(duplicate.message().toStdString(),
                HasSubstr("a director named \"JANE doe\" already exists"));
    EXPECT_EQ(duplicate.error().field, QStringLiteral("name"));
}

TEST_F(BoardRepositoryTest, DirectorIdForFindsOrCreates)
{
    auto existing = repo.directorIdFor(QStringLiteral(" jane DOE"));
    ASSERT_OK(existing);
    EXPECT_EQ(*existing, m_jane);

    auto created = repo.directorIdFor(QStringLiteral("Luc Gagnon"));
    ASSERT_OK(created);
    EXPECT_NE(*created, m_jane);
    EXPECT_EQ(valueOf(repo.director(*created)).name, QStringLiteral("Luc Gagnon"));
    EXPECT_EQ(valueOf(repo.directorIdFor(QStringLiteral("luc gagnon"))), *created);
    EXPECT_FALSE(repo.directorIdFor(QString()).ok());
}

TEST_F(BoardRepositoryTest, RenameDirectorBumpsUpdatedAtAndRefusesAnotherDirectorsName)
{
    const qint64 luc = director(QStringLiteral("Luc Gagnon"));
    m_test.clock().set(Later);
    ASSERT_OK(repo.renameDirector(m_jane, QStringLiteral("JANE DOE")));
    auto renamed = repo.director(m_jane);
    ASSERT_OK(renamed);
    EXPECT_EQ(renamed->name, QStringLiteral("JANE DOE"));
    EXPECT_EQ(renamed->updatedAt, Later);
    EXPECT_NE(renamed->createdAt, Later);

    auto taken = repo.renameDirector(luc, QStringLiteral("jane doe"));
    ASSERT_FALSE(taken.ok());
    EXPECT_THAT(taken.message().toStdString(), HasSubstr("already exists"));
    EXPECT_EQ(taken.error().field, QStringLiteral("name"));
    EXPECT_EQ(valueOf(repo.director(luc)).name, QStringLiteral("Luc Gagnon"));

    auto unknown = repo.renameDirector(99, QStringLiteral("Nobody"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_THAT(unknown.message().toStdString(), HasSubstr("no director with id 99"));
}

TEST_F(BoardRepositoryTest, FindDirectorAndDirectorsOrderedByName)
{
    director(QStringLiteral("albert Roy"));
    director(QStringLiteral("Zoé Caron"));
    auto found = repo.findDirector(QStringLiteral("ZOÉ caron"));
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->name, QStringLiteral("Zoé Caron"));
    auto none = repo.findDirector(QStringLiteral("Nobody"));
    ASSERT_OK(none);
    EXPECT_FALSE(none->has_value());

    auto all = repo.directors();
    ASSERT_OK(all);
    QStringList names;
    for (const Director& d : *all)
        names << d.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("albert Roy"), QStringLiteral("Jane Doe"),
                                  QStringLiteral("Zoé Caron")}));
    EXPECT_FALSE(repo.director(404).ok());
}

TEST_F(BoardRepositoryTest, AddMandateStoresEveryColumnWithTimestamps)
{
    const qint64 id = added(
        mandate(m_jane, QDate(2019, 6, 12), QDate(2021, 6, 11), BoardRole::SecretaryTreasurer));
    auto stored = repo.mandate(id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->directorId, m_jane);
    EXPECT_EQ(stored->organisationId, m_organisation);
    EXPECT_EQ(stored->role, BoardRole::SecretaryTreasurer);
    EXPECT_EQ(stored->started, QDate(2019, 6, 12));
    EXPECT_EQ(stored->ended, QDate(2021, 6, 11));
    EXPECT_EQ(stored->createdAt, m_test.clock().now());
    EXPECT_EQ(stored->updatedAt, m_test.clock().now());

    const qint64 open = added(mandate(m_jane, QDate(2022, 1, 1)));
    EXPECT_FALSE(valueOf(repo.mandate(open)).ended.isValid());
    EXPECT_FALSE(repo.mandate(404).ok());
}

TEST_F(BoardRepositoryTest, AddMandateRefusesUnknownReferencesAndBadDates)
{
    auto noDirector = repo.addMandate(mandate(99, QDate(2019, 6, 12)));
    ASSERT_FALSE(noDirector.ok());
    EXPECT_THAT(noDirector.message().toStdString(), HasSubstr("no director with id 99"));
    EXPECT_EQ(noDirector.error().field, QStringLiteral("name"));

    BoardMandate noOrganisation = mandate(m_jane, QDate(2019, 6, 12));
    noOrganisation.organisationId = 98;
    auto refused = repo.addMandate(noOrganisation);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("no organisation with id 98"));
    EXPECT_EQ(refused.error().field, QStringLiteral("organisation"));

    refused = repo.addMandate(mandate(m_jane, QDate()));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("started"));

    refused = repo.addMandate(mandate(m_jane, QDate(2019, 6, 12), QDate(2019, 6, 11)));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("ended"));
    EXPECT_TRUE(valueOf(repo.mandates()).isEmpty());
}

TEST_F(BoardRepositoryTest, MandatesOfOneDirectorMayNotShareADay)
{
    added(mandate(m_jane, QDate(2018, 6, 1), QDate(2020, 5, 31)));

    auto overlapping = repo.addMandate(mandate(m_jane, QDate(2020, 5, 31)));
    ASSERT_FALSE(overlapping.ok());
    EXPECT_THAT(overlapping.message().toStdString(), HasSubstr("Jane Doe"));
    EXPECT_THAT(overlapping.message().toStdString(), HasSubstr("from 2018-06-01 to 2020-05-31"));
    EXPECT_EQ(overlapping.error().field, QStringLiteral("started"));

    auto enclosing = repo.addMandate(mandate(m_jane, QDate(2017, 1, 1), QDate(2018, 6, 1)));
    ASSERT_FALSE(enclosing.ok());
    EXPECT_EQ(enclosing.error().field, QStringLiteral("started"));

    EXPECT_OK(repo.addMandate(mandate(m_jane, QDate(2017, 1, 1), QDate(2018, 5, 31))));
    const qint64 open = added(mandate(m_jane, QDate(2020, 6, 1)));
    EXPECT_NE(open, 0);

    auto afterOpen = repo.addMandate(mandate(m_jane, QDate(2030, 1, 1), QDate(2030, 12, 31)));
    ASSERT_FALSE(afterOpen.ok());
    EXPECT_THAT(afterOpen.message().toStdString(), HasSubstr("since 2020-06-01"));

    // Another director may hold the same dates.
    const qint64 luc = director(QStringLiteral("Luc Gagnon"));
    EXPECT_OK(repo.addMandate(mandate(luc, QDate(2018, 6, 1), QDate(2020, 5, 31))));
}

TEST_F(BoardRepositoryTest, UpdateMandateChangesItAndBumpsUpdatedAt)
{
    const qint64 first = added(mandate(m_jane, QDate(2018, 6, 1), QDate(2020, 5, 31)));
    added(mandate(m_jane, QDate(2020, 6, 1)));
    const qint64 other = insertOrganisation(db(), QStringLiteral("Mutuelle Sud"));

    m_test.clock().set(Later);
    BoardMandate changed = valueOf(repo.mandate(first));
    changed.role = BoardRole::President;
    changed.organisationId = other;
    changed.started = QDate(2018, 1, 1); // overlapping itself is no overlap
    ASSERT_OK(repo.updateMandate(changed));
    auto stored = repo.mandate(first);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->role, BoardRole::President);
    EXPECT_EQ(stored->organisationId, other);
    EXPECT_EQ(stored->started, QDate(2018, 1, 1));
    EXPECT_EQ(stored->updatedAt, Later);
    EXPECT_NE(stored->createdAt, Later);

    changed.updatedAt = stored->updatedAt; // the version saved (RowVersion)
    changed.ended = QDate(2020, 6, 1);
    auto overlapping = repo.updateMandate(changed);
    ASSERT_FALSE(overlapping.ok());
    EXPECT_THAT(overlapping.message().toStdString(), HasSubstr("since 2020-06-01"));
    EXPECT_EQ(valueOf(repo.mandate(first)).ended, QDate(2020, 5, 31));

    changed.id = 404;
    auto unknown = repo.updateMandate(changed);
    ASSERT_FALSE(unknown.ok());
    EXPECT_THAT(unknown.message().toStdString(), HasSubstr("no board mandate with id 404"));
}

TEST_F(BoardRepositoryTest, RemoveMandateIsRefusedWhileItCoversRecordedAttendance)
{
    const qint64 earlier = added(mandate(m_jane, QDate(2017, 1, 1), QDate(2018, 12, 31)));
    const qint64 current = added(mandate(m_jane, QDate(2019, 1, 1)));
    insertAttendance(db(), m_jane, QDate(2019, 6, 12));

    auto refused = repo.removeMandate(current);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("Jane Doe"));
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("board meeting on 2019-06-12"));
    EXPECT_OK(repo.mandate(current));

    // The earlier mandate covers none of the attendance.
    EXPECT_OK(repo.removeMandate(earlier));
    EXPECT_FALSE(repo.mandate(earlier).ok());

    ASSERT_OK(sql::run(db(), QStringLiteral("DELETE FROM attendance")));
    EXPECT_OK(repo.removeMandate(current));
    EXPECT_TRUE(valueOf(repo.mandates()).isEmpty());
    EXPECT_FALSE(repo.removeMandate(current).ok());
}

TEST_F(BoardRepositoryTest, UpdateMandateMayNotUncoverRecordedAttendance)
{
    const qint64 id = added(mandate(m_jane, QDate(2019, 1, 1), QDate(2019, 12, 31)));
    insertAttendance(db(), m_jane, QDate(2019, 6, 12));
    BoardMandate changed = valueOf(repo.mandate(id));

    changed.ended = QDate(2019, 6, 11);
    auto refused = repo.updateMandate(changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("2019-06-12"));
    EXPECT_EQ(refused.error().field, QStringLiteral("ended"));

    changed.ended = QDate(2019, 12, 31);
    changed.started = QDate(2019, 6, 13);
    refused = repo.updateMandate(changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("started"));

    changed.started = QDate(2019, 6, 12);
    changed.ended = QDate(2019, 6, 12);
    EXPECT_OK(repo.updateMandate(changed));
    changed.updatedAt = valueOf(repo.mandate(id)).updatedAt; // the version saved (RowVersion)

    changed.directorId = director(QStringLiteral("Luc Gagnon"));
    refused = repo.updateMandate(changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.message().toStdString(), HasSubstr("Jane Doe"));
    EXPECT_EQ(refused.error().field, QStringLiteral("name"));
    EXPECT_EQ(valueOf(repo.mandate(id)).directorId, m_jane);
}

TEST_F(BoardRepositoryTest, MandatesAreOrderedByStartThenDirectorName)
{
    const qint64 zoe = director(QStringLiteral("Zoé Caron"));
    const qint64 albert = director(QStringLiteral("albert Roy"));
    const qint64 a = added(mandate(zoe, QDate(2019, 6, 12)));
    const qint64 b = added(mandate(m_jane, QDate(2019, 6, 12)));
    const qint64 c = added(mandate(albert, QDate(2019, 6, 12)));
    const qint64 d = added(mandate(zoe, QDate(2018, 1, 1), QDate(2018, 12, 31)));

    auto all = repo.mandates();
    ASSERT_OK(all);
    QList<qint64> ids;
    for (const BoardMandate& m : *all)
        ids << m.id;
    EXPECT_EQ(ids, (QList<qint64>{d, c, b, a}));

    auto zoes = repo.mandatesOf(zoe);
    ASSERT_OK(zoes);
    ASSERT_EQ(zoes->size(), 2);
    EXPECT_EQ(zoes->at(0).id, d);
    EXPECT_EQ(zoes->at(1).id, a);
}

TEST_F(BoardRepositoryTest, InOfficeOnCountsTheFirstAndLastDaysAndSortsByRoleThenName)
{
    const qint64 zoe = director(QStringLiteral("Zoé Caron"));
    const qint64 albert = director(QStringLiteral("albert Roy"));
    const qint64 marc = director(QStringLiteral("Marc Tremblay"));
    const qint64 president =
        added(mandate(zoe, QDate(2019, 4, 1), QDate(2020, 3, 31), BoardRole::President));
    const qint64 directorA = added(mandate(albert, QDate(2018, 1, 1)));
    const qint64 directorJ = added(mandate(m_jane, QDate(2019, 4, 1)));
    const qint64 treasurer =
        added(mandate(marc, QDate(2015, 1, 1), QDate(2020, 3, 31), BoardRole::SecretaryTreasurer));

    auto ids = [&](QDate day) {
        QList<qint64> out;
        auto mandates = repo.inOfficeOn(day);
        EXPECT_TRUE(mandates.ok());
        for (const BoardMandate& m : *mandates)
            out << m.id;
        return out;
    };
    EXPECT_EQ(ids(QDate(2019, 4, 1)), (QList<qint64>{president, treasurer, directorA, directorJ}));
    EXPECT_EQ(ids(QDate(2020, 3, 31)), (QList<qint64>{president, treasurer, directorA, directorJ}));
    EXPECT_EQ(ids(QDate(2020, 4, 1)), (QList<qint64>{directorA, directorJ}));
    EXPECT_EQ(ids(QDate(2019, 3, 31)), (QList<qint64>{treasurer, directorA}));
    EXPECT_TRUE(ids(QDate(2010, 1, 1)).isEmpty());
}

} // namespace
