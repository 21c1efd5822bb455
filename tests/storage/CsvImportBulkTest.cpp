// A large hours import rebuilds the entries' indexes once instead of row by row: afterwards the
// indexes and the foreign key checks are back, and a failure half-way writes nothing and leaves
// the indexes as they were.

#include "CsvImportSupport.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

// Above the size where the import drops and rebuilds the indexes (50 000 rows).
constexpr int Rows = 60'000;

class CsvImportBulkTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        Expert expert;
        expert.name = QStringLiteral("Expert Un");
        expert.role = ExpertRole::Professional;
        expert.started = QDate(2000, 1, 1);
        ASSERT_OK(ExpertRepository(db()).add(expert));
        Organisation organisation;
        organisation.name = QStringLiteral("Coop Un");
        organisation.kind = OrganisationKind::Coop;
        ASSERT_OK(OrganisationRepository(db()).add(organisation));
    }

    // Rows of 30 minutes, 40 a day (20 h): no day passes 24 h. `boomAt` gets the note "boom".
    static QByteArray hours(int boomAt = -1)
    {
        QByteArray csv = "date,expert,organisation,duration,note\n";
        csv.reserve(Rows * 48);
        for (int i = 0; i < Rows; ++i) {
            csv += QDate(2001, 1, 1).addDays(i / 40).toString(Qt::ISODate).toUtf8();
            csv += ",Expert Un,Coop Un,0:30,";
            csv += i == boomAt ? QByteArray("boom") : QByteArray::number(i);
            csv += '\n';
        }
        return csv;
    }

    QStringList entryIndexes()
    {
        QSqlQuery query(db().connection());
        EXPECT_TRUE(query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                           "'service_entries' AND sql IS NOT NULL ORDER BY name")));
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

    int pragma(const QString& name)
    {
        QSqlQuery query(db().connection());
        EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA ") + name));
        return query.next() ? query.value(0).toInt() : -1;
    }

    qint64 entries()
    {
        QSqlQuery query(db().connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM service_entries")));
        return query.next() ? query.value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(CsvImportBulkTest, ALargeImportLeavesTheIndexesAndForeignKeyChecksInPlace)
{
    BILAN_FILE_ONLY();
    const QStringList before = entryIndexes();
    ASSERT_EQ(before.size(), 3);
    const ImportResult result = importCsv(db(), CsvKind::Hours, hours());
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.rows, Rows);
    EXPECT_EQ(entries(), Rows);
    EXPECT_EQ(entryIndexes(), before);
    EXPECT_EQ(pragma(QStringLiteral("foreign_keys")), 1);
    QSqlQuery check(db().connection());
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
}

TEST_F(CsvImportBulkTest, AFailureHalfWayWritesNothingAndKeepsTheIndexes)
{
    BILAN_FILE_ONLY();
    // A failure no check can foresee (here a trigger, as a full disk would be) strikes after the
    // indexes were dropped and half the rows written.
    QSqlQuery trigger(db().connection());
    ASSERT_TRUE(trigger.exec(QStringLiteral(
        "CREATE TRIGGER boom BEFORE INSERT ON service_entries WHEN NEW.note = 'boom' "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const QStringList before = entryIndexes();
    const ImportResult result = importCsv(db(), CsvKind::Hours, hours(Rows / 2));
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.written);
    ASSERT_FALSE(result.problems.isEmpty());
    EXPECT_FALSE(result.problems.first().message.isEmpty());
    EXPECT_EQ(entries(), 0);
    EXPECT_EQ(entryIndexes(), before);
    EXPECT_EQ(pragma(QStringLiteral("foreign_keys")), 1);
}
