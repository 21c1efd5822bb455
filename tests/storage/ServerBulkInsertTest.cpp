// On a server the checked hours go in whole: across what would be ServerBatchRows batches every
// row is written exactly once with its own values, and a row the server refuses near the end
// takes the earlier rows with it. This test's login owns the tables, so the rows go through
// COPY (ServerCopyImportTest checks that); the multi-row INSERT serves logins under row-level
// security (the staff import tests of ServerCommandTest).

#include "CsvImportSupport.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

// Two full batches and one row more.
constexpr int Rows = 2 * ServiceEntryRepository::ServerBatchRows + 1;

class ServerBulkInsertTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        if (!onServer())
            GTEST_SKIP() << "the batched insert is the server's";
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

    static QDate dayOf(int i) { return QDate(2001, 1, 1).addDays(i / 20); }
    static int minutesOf(int i) { return 15 + i % 50; } // at most 20 × 64 minutes a day
    static QString noteOf(int i)
    {
        // Quotes, commas and an empty note: what the server gets must be the row's own text.
        return i % 5 == 0 ? QString() : QStringLiteral("n°%1 l'été, \"x\"").arg(i);
    }

    static QByteArray hours(const QString& boom = {}, int boomAt = -1)
    {
        QByteArray csv = "date,expert,organisation,duration,field,note\n";
        for (int i = 0; i < Rows; ++i) {
            QString note = i == boomAt ? boom : noteOf(i);
            note.replace(u'"', QStringLiteral("\"\""));
            csv += QStringLiteral("%1,Expert Un,Coop Un,%2min,%3,\"%4\"\n")
                       .arg(dayOf(i).toString(Qt::ISODate))
                       .arg(minutesOf(i))
                       .arg(i % 3 == 0 ? QStringLiteral("Droit") : QString())
                       .arg(note)
                       .toUtf8();
        }
        return csv;
    }

    qint64 entries()
    {
        QSqlQuery query(db().connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM service_entries")));
        return query.next() ? query.value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(ServerBulkInsertTest, EveryRowAcrossTheBatchesIsWrittenOnceWithItsValues)
{
    const ImportResult result = importCsv(db(), CsvKind::Hours, hours());
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.rows, Rows);

    QSqlQuery query(db().connection());
    ASSERT_TRUE(query.exec(QStringLiteral(
        "SELECT e.entry_date, e.minutes, e.note, f.name FROM service_entries e LEFT JOIN "
        "fields f ON f.id = e.field_id ORDER BY e.id")));
    int i = 0;
    while (query.next()) {
        ASSERT_LT(i, Rows);
        EXPECT_EQ(query.value(0).toString(), dayOf(i).toString(Qt::ISODate)) << "row " << i;
        EXPECT_EQ(query.value(1).toInt(), minutesOf(i)) << "row " << i;
        EXPECT_EQ(query.value(2).toString(), noteOf(i)) << "row " << i;
        EXPECT_FALSE(query.value(2).isNull()) << "row " << i;
        EXPECT_EQ(query.value(3).toString(), i % 3 == 0 ? QStringLiteral("Droit") : QString())
            << "row " << i;
        ++i;
    }
    EXPECT_EQ(i, Rows);
}

TEST_F(ServerBulkInsertTest, ARowRefusedInTheLastBatchWritesNothing)
{
    // A refusal no check of the importer can foresee, in the batch after two full ones.
    m_test.server()->administer(QStringLiteral(
        "ALTER TABLE service_entries ADD CONSTRAINT no_boom CHECK (note <> 'boom')"));
    const ImportResult result =
        importCsv(db(), CsvKind::Hours, hours(QStringLiteral("boom"), Rows - 1));
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.written);
    ASSERT_FALSE(result.problems.isEmpty());
    EXPECT_FALSE(result.problems.first().message.isEmpty());
    EXPECT_EQ(entries(), 0);

    // The connection is usable again: the same file without the refused note goes in whole.
    const ImportResult again = importCsv(db(), CsvKind::Hours, hours());
    ASSERT_TRUE(again.ok()) << describeAll(again);
    EXPECT_EQ(entries(), Rows);
}
