// The window treats a name typed precomposed and the same name decomposed (as macOS writes it)
// as one name (issue 9, finding 11): the organisation matcher finds it, and a mandate typed with
// the other form goes to the same director and organisation instead of creating a second one.

#include "BoardRepository.h"
#include "MandateWriter.h"
#include "OrganisationMatcher.h"
#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace bilan;
using namespace bilan::test;

namespace {

const QString Composed = QStringLiteral("Caf\u00e9 du R\u00e9seau");
const QString Decomposed = QStringLiteral("Cafe\u0301 du Re\u0301seau");

using NameFormsTest = DatabaseTest;

TEST_F(NameFormsTest, TheMatcherFindsEitherForm)
{
    Organisation organisation;
    organisation.name = Decomposed;
    organisation.kind = OrganisationKind::Coop;
    ASSERT_OK(OrganisationRepository(db()).add(organisation));
    auto all = OrganisationRepository(db()).all();
    ASSERT_OK(all);
    const OrganisationMatcher matcher(*all);
    for (const QString& typed : {Composed, Decomposed, QStringLiteral("caf\u00e9 r\u00e9s"),
                                 QStringLiteral("cafe\u0301")}) {
        const QList<Organisation> found = matcher.match(typed, -1);
        ASSERT_EQ(found.size(), 1) << typed.toStdString();
        EXPECT_EQ(found.first().name, Composed);
    }
}

TEST_F(NameFormsTest, AMandateTypedInTheOtherFormFindsTheSameDirector)
{
    Organisation organisation;
    organisation.name = Composed;
    organisation.kind = OrganisationKind::Coop;
    ASSERT_OK(OrganisationRepository(db()).add(organisation));
    MandateWriter writer(db());
    ASSERT_OK(writer.write(0, MandateInput{QStringLiteral("H\u00e9l\u00e8ne Roy"), Composed,
                                           BoardRole::President, QDate(2018, 1, 1),
                                           QDate(2018, 12, 31)}));
    ASSERT_OK(writer.write(0, MandateInput{QStringLiteral("He\u0301le\u0300ne Roy"),
                                           Decomposed,
                                           BoardRole::Director,
                                           QDate(2019, 1, 1),
                                           {}}));
    auto directors = BoardRepository(db()).directors();
    ASSERT_OK(directors);
    ASSERT_EQ(directors->size(), 1);
    EXPECT_EQ(directors->first().name, QStringLiteral("H\u00e9l\u00e8ne Roy"));
    auto all = OrganisationRepository(db()).all();
    ASSERT_OK(all);
    EXPECT_EQ(all->size(), 1);
}

} // namespace
