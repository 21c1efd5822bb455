// A director who represents no organisation (an individual supporting member): migration 4 lets
// board_mandates.organisation_id be NULL, on a file and on a server, and the mandate goes through
// the repository, the mandate form's writer, and the CSV import and export.

#include "BoardRepository.h"
#include "CsvExporter.h"
#include "CsvImportSupport.h"
#include "MandateWriter.h"
#include "Migrations.h"
#include "ServiceEntryTestRows.h"
#include "TestDatabase.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

class IndividualMandateTest : public DatabaseTest
{
protected:
    BoardMandate individual(const QString& name, BoardRole role, QDate started)
    {
        const qint64 director = valueOf(BoardRepository(db()).directorIdFor(name));
        BoardMandate mandate;
        mandate.directorId = director;
        mandate.role = role;
        mandate.started = started;
        return mandate;
    }
};

TEST_F(IndividualMandateTest, AMandateWithNoOrganisationIsStoredAndReadBackAsNone)
{
    BoardRepository board(db());
    auto id = board.addMandate(
        individual(QStringLiteral("Louise Gagnon"), BoardRole::President, QDate(2019, 6, 1)));
    ASSERT_OK(id);
    EXPECT_EQ(valueOf(board.mandate(*id)).organisationId, 0);
    // Stored as NULL, not as an organisation 0.
    auto query = sql::run(db(),
                          QStringLiteral("SELECT organisation_id IS NULL FROM "
                                         "board_mandates WHERE id = ?"),
                          {*id});
    ASSERT_OK(query);
    ASSERT_TRUE(valueOf(sql::next(db(), *query)));
    EXPECT_TRUE(query->value(0).toBool());

    // Updated to represent an organisation, and back to none.
    const qint64 rucher = insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
    BoardMandate stored = valueOf(board.mandate(*id));
    stored.organisationId = rucher;
    ASSERT_OK(board.updateMandate(stored));
    stored = valueOf(board.mandate(*id));
    EXPECT_EQ(stored.organisationId, rucher);
    stored.organisationId = 0;
    ASSERT_OK(board.updateMandate(stored));
    EXPECT_EQ(valueOf(board.mandate(*id)).organisationId, 0);
}

TEST_F(IndividualMandateTest, TheFormWriterNeedsAnOrganisationOrTheIndividualChoice)
{
    insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
    MandateWriter writer(db());
    MandateInput input{QStringLiteral("Louise Gagnon"), QString(), BoardRole::President,
                       QDate(2019, 6, 1), QDate()};
    auto refused = writer.write(0, input);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("organisation"));

    input.individualMember = true;
    input.organisation = QStringLiteral("Coop Le Rucher"); // ignored: none is represented
    auto id = writer.write(0, input);
    ASSERT_OK(id);
    EXPECT_EQ(valueOf(BoardRepository(db()).mandate(*id)).organisationId, 0);
}

TEST_F(IndividualMandateTest, CsvImportAcceptsAnEmptyOrganisationAndExportWritesItEmpty)
{
    insertOrganisation(db(), QStringLiteral("Coop Le Rucher"));
    const auto result = importCsv(db(), CsvKind::Board,
                                  QStringLiteral("name,organisation,role,started,ended\n"
                                                 "Louise Gagnon,,president,2019-06-01,\n"
                                                 "Paul Roy,Coop Le Rucher,director,2019-06-01,\n"));
    ASSERT_TRUE(result.ok()) << describeAll(result);
    EXPECT_EQ(result.rows, 2);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_OK(CsvExporter(db()).exportTo(CsvKind::Board, out));
    const QString text = QString::fromUtf8(out.data());
    EXPECT_TRUE(text.contains(QStringLiteral("Louise Gagnon,,president,2019-06-01,")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Paul Roy,Coop Le Rucher,director,2019-06-01,")))
        << text.toStdString();

    // An organisation named but unknown is still refused.
    const auto unknown =
        importCsv(db(), CsvKind::Board,
                  QStringLiteral("name,organisation,role,started\nAnne Roy,Nowhere,director,"
                                 "2019-06-01\n"));
    EXPECT_FALSE(unknown.ok());
}

// A database made at version 3 (organisation required) keeps its mandates, ids and versions
// through migration 4, then takes a mandate with no organisation; on a file (table rebuilt) and
// on a server (the NOT NULL dropped).
TEST(IndividualMandateMigrationTest, AVersion3DatabaseKeepsItsMandatesAndThenAcceptsNone)
{
    std::unique_ptr<ServerDatabase> server(onServer() ? new ServerDatabase : nullptr);
    QTemporaryDir dir;
    const QString path =
        server ? server->address() : dir.filePath(QStringLiteral("version3.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));
    const std::vector<Migration> upTo3(migrations().begin(), migrations().begin() + 3);
    ASSERT_EQ(upTo3.back().version, 3);
    Database::Options options;
    options.clock = &clock;
    qint64 mandateId = 0;
    BoardMandate before;
    {
        Database::Options old = options;
        old.migrations = &upTo3;
        auto db = Database::open(path, old);
        ASSERT_OK(db);
        const qint64 rucher = insertOrganisation(**db, QStringLiteral("Coop Le Rucher"));
        BoardRepository board(**db);
        BoardMandate mandate;
        mandate.directorId = valueOf(board.directorIdFor(QStringLiteral("Paul Roy")));
        mandate.organisationId = rucher;
        mandate.started = QDate(2019, 6, 1);
        mandate.ended = QDate(2021, 5, 31);
        auto id = board.addMandate(mandate);
        ASSERT_OK(id);
        mandateId = *id;
        before = valueOf(board.mandate(mandateId));
        // Version 3 refuses a mandate with no organisation.
        mandate.organisationId = 0;
        mandate.started = QDate(2022, 6, 1);
        mandate.ended = QDate();
        EXPECT_FALSE(board.addMandate(mandate).ok());
    }
    auto db = Database::open(path, options);
    ASSERT_OK(db);
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    BoardRepository board(**db);
    const BoardMandate after = valueOf(board.mandate(mandateId));
    EXPECT_EQ(after.organisationId, before.organisationId);
    EXPECT_EQ(after.started, before.started);
    EXPECT_EQ(after.ended, before.ended);
    EXPECT_EQ(after.updatedAt, before.updatedAt);

    BoardMandate none;
    none.directorId = after.directorId;
    none.role = BoardRole::President;
    none.started = QDate(2022, 6, 1);
    auto added = board.addMandate(none);
    ASSERT_OK(added);
    EXPECT_GT(*added, mandateId);
    EXPECT_EQ(valueOf(board.mandate(*added)).organisationId, 0);
    // The organisation, when named, must still exist; and it still cannot be removed while a
    // mandate refers to it.
    none.organisationId = 999999;
    none.started = QDate(2030, 1, 1);
    EXPECT_FALSE(board.addMandate(none).ok());
    auto stillReferred = sql::run(**db, QStringLiteral("DELETE FROM organisations WHERE id = ?"),
                                  {after.organisationId});
    EXPECT_FALSE(stillReferred.ok());
}

} // namespace
