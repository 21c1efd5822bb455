#include "MandateWriter.h"

#include "BoardRepository.h"
#include "ServiceEntryTestRows.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

class MandateWriterTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        rucher = insertOrganisation(db(), QStringLiteral("Coopérative Le Rucher"));
        bois = insertOrganisation(db(), QStringLiteral("Mutuelle des Bois"));
        erables = insertOrganisation(db(), QStringLiteral("Rucher des Érables"));
    }

    static MandateInput input(const QString& director, const QString& organisation, QDate started,
                              QDate ended = {})
    {
        return MandateInput{director, organisation, BoardRole::Director, started, ended};
    }

    int directorCount()
    {
        return static_cast<int>(valueOf(BoardRepository(db()).directors()).size());
    }
    int mandateCount()
    {
        return static_cast<int>(valueOf(BoardRepository(db()).mandates()).size());
    }

    MandateWriter writer{db()};
    qint64 rucher = 0, bois = 0, erables = 0;
};

TEST_F(MandateWriterTest, CreatesTheDirectorWithTheMandate)
{
    auto id = writer.write(0, input(QStringLiteral(" Alice  Tremblay "),
                                    QStringLiteral("coop ruch"), QDate(2024, 6, 1)));
    ASSERT_OK(id);
    const BoardMandate mandate = valueOf(BoardRepository(db()).mandate(*id));
    EXPECT_EQ(mandate.organisationId, rucher);
    EXPECT_EQ(valueOf(BoardRepository(db()).director(mandate.directorId)).name,
              QStringLiteral("Alice Tremblay"));

    // Updated in place: another organisation by its exact name, the same director.
    ASSERT_OK(writer.write(*id, input(QStringLiteral("alice tremblay"),
                                      QStringLiteral("MUTUELLE DES BOIS"), QDate(2024, 6, 1))));
    EXPECT_EQ(valueOf(BoardRepository(db()).mandate(*id)).organisationId, bois);
    EXPECT_EQ(directorCount(), 1);
    EXPECT_EQ(mandateCount(), 1);
}

TEST_F(MandateWriterTest, ARefusedMandateCreatesNoDirector)
{
    auto refused = writer.write(0, input(QStringLiteral("Chloé Roy"), QStringLiteral("bois"),
                                         QDate(2025, 6, 1), QDate(2025, 5, 31)));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("ended"));
    EXPECT_EQ(directorCount(), 0);
    EXPECT_EQ(mandateCount(), 0);
}

TEST_F(MandateWriterTest, TheOrganisationIsResolvedByTheOneRule)
{
    // "rucher" is in two names and is neither of them.
    auto ambiguous = writer.write(
        0, input(QStringLiteral("Denis Côté"), QStringLiteral("rucher"), QDate(2025, 6, 1)));
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().field, QStringLiteral("organisation"));
    EXPECT_TRUE(ambiguous.message().contains(QStringLiteral("2 organisations")))
        << ambiguous.message().toStdString();
    auto unknown = writer.write(
        0, input(QStringLiteral("Denis Côté"), QStringLiteral("Fromagerie"), QDate(2025, 6, 1)));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, QStringLiteral("organisation"));
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("Fromagerie")));
    auto empty = writer.write(
        0, input(QStringLiteral("Denis Côté"), QStringLiteral("  "), QDate(2025, 6, 1)));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field, QStringLiteral("organisation"));
    EXPECT_EQ(directorCount(), 0);

    EXPECT_EQ(valueOf(writer.organisationId(QStringLiteral("erables"))), erables);
}

} // namespace
