#include "OrganisationMatcher.h"

#include <gtest/gtest.h>

using namespace bilan;

namespace {

Organisation coop(const QString& name)
{
    Organisation organisation;
    organisation.name = name;
    organisation.kind = OrganisationKind::Coop;
    return organisation;
}

QList<Organisation> organisations(const QStringList& names)
{
    QList<Organisation> result;
    qint64 id = 1;
    for (const QString& name : names) {
        Organisation organisation = coop(name);
        organisation.id = id++;
        result.append(organisation);
    }
    return result;
}

QStringList names(const QList<Organisation>& found)
{
    QStringList result;
    for (const Organisation& organisation : found)
        result.append(organisation.name);
    return result;
}

const QStringList Sample = {
    QStringLiteral("Coopérative Le Rucher"), QStringLiteral("Rucher des Érables"),
    QStringLiteral("L'Atelier coopératif"),  QStringLiteral("Coop de solidarité Écoute"),
    QStringLiteral("Société Ruchoise"),      QStringLiteral("Bio-Rucher inc."),
};

TEST(OrganisationMatcherTest, EveryTypedWordIgnoringAccentsAndCase)
{
    OrganisationMatcher matcher(organisations(Sample));
    EXPECT_EQ(names(matcher.match(QStringLiteral("coop rucher"), 10)),
              QStringList{QStringLiteral("Coopérative Le Rucher")});
    EXPECT_EQ(names(matcher.match(QStringLiteral("COOPERAT"), 10)),
              (QStringList{QStringLiteral("Coopérative Le Rucher"),
                           QStringLiteral("L'Atelier coopératif")}));
    EXPECT_EQ(names(matcher.match(QStringLiteral("erables"), 10)),
              QStringList{QStringLiteral("Rucher des Érables")});
    EXPECT_EQ(names(matcher.match(QStringLiteral("l'atel"), 10)),
              QStringList{QStringLiteral("L'Atelier coopératif")});
    EXPECT_TRUE(matcher.match(QStringLiteral("coop miel"), 10).isEmpty());
}

TEST(OrganisationMatcherTest, NamesStartingWithTheTypedTextComeFirst)
{
    OrganisationMatcher matcher(organisations(Sample));
    // "ruch": one name starts with it, the others have a word that does.
    EXPECT_EQ(
        names(matcher.match(QStringLiteral("ruch"), 10)),
        (QStringList{QStringLiteral("Rucher des Érables"), QStringLiteral("Bio-Rucher inc."),
                     QStringLiteral("Coopérative Le Rucher"), QStringLiteral("Société Ruchoise")}));
    // A word starting with it ranks above a word merely containing it.
    EXPECT_EQ(names(matcher.match(QStringLiteral("er"), 10)),
              (QStringList{QStringLiteral("Rucher des Érables"), QStringLiteral("Bio-Rucher inc."),
                           QStringLiteral("Coopérative Le Rucher"),
                           QStringLiteral("L'Atelier coopératif")}));
}

TEST(OrganisationMatcherTest, LimitAndEmptyText)
{
    OrganisationMatcher matcher(organisations(Sample));
    EXPECT_EQ(matcher.match(QStringLiteral("r"), 2).size(), 2);
    EXPECT_EQ(matcher.match(QString(), 3).size(), 3);
    EXPECT_EQ(matcher.match(QString(), -1).size(), Sample.size());
    EXPECT_EQ(matcher.match(QString(), 1).first().name, QStringLiteral("Bio-Rucher inc."));
}

using Outcome = OrganisationChoice::Outcome;

// Sample and names that only differ by their accents, a name that is the start of another, and a
// name that another word of the sample contains.
const QStringList ResolveSample = {
    QStringLiteral("Coopérative Le Rucher"),
    QStringLiteral("Rucher"),
    QStringLiteral("Rucher des Érables"),
    QStringLiteral("Café Côté"),
    QStringLiteral("Cafe Cote"),
    QStringLiteral("Mutuelle des Bois"),
    QStringLiteral("Bio-Rucher inc."),
};

TEST(OrganisationMatcherResolveTest, TheExactNameAsideFromCaseAccentsAndSpaces)
{
    OrganisationMatcher matcher(organisations(ResolveSample));
    for (const QString& typed :
         {QStringLiteral("Coopérative Le Rucher"), QStringLiteral("  coopérative   LE rucher "),
          QStringLiteral("COOPERATIVE le Rucher"), QStringLiteral("Coope\u0301rative le rucher")}) {
        const OrganisationChoice choice = matcher.resolve(typed);
        ASSERT_EQ(choice.outcome, Outcome::Found) << typed.toStdString();
        EXPECT_EQ(choice.organisation.name, QStringLiteral("Coopérative Le Rucher"));
        EXPECT_EQ(choice.organisation.id, 1);
        EXPECT_TRUE(choice.message.isEmpty());
        EXPECT_TRUE(choice.candidates.isEmpty());
    }
}

TEST(OrganisationMatcherResolveTest, AnExactNameWinsOverTheLongerNamesItStarts)
{
    OrganisationMatcher matcher(organisations(ResolveSample));
    // "Rucher" is a name of its own and the start of three others.
    const OrganisationChoice rucher = matcher.resolve(QStringLiteral("rucher "));
    ASSERT_TRUE(rucher.found());
    EXPECT_EQ(rucher.organisation.name, QStringLiteral("Rucher"));
    // A prefix that is no name is one of several.
    const OrganisationChoice ruch = matcher.resolve(QStringLiteral("ruch"));
    EXPECT_EQ(ruch.outcome, Outcome::Ambiguous);
    EXPECT_EQ(
        names(ruch.candidates),
        (QStringList{QStringLiteral("Rucher"), QStringLiteral("Rucher des Érables"),
                     QStringLiteral("Bio-Rucher inc."), QStringLiteral("Coopérative Le Rucher")}));
    EXPECT_TRUE(ruch.message.contains(QStringLiteral("4 organisations")))
        << ruch.message.toStdString();
}

TEST(OrganisationMatcherResolveTest, TheOnlyMatchOfAFewLetters)
{
    OrganisationMatcher matcher(organisations(ResolveSample));
    const OrganisationChoice choice = matcher.resolve(QStringLiteral("MUT bois"));
    ASSERT_TRUE(choice.found());
    EXPECT_EQ(choice.organisation.name, QStringLiteral("Mutuelle des Bois"));
    const OrganisationChoice erables = matcher.resolve(QStringLiteral("erab"));
    ASSERT_TRUE(erables.found());
    EXPECT_EQ(erables.organisation.name, QStringLiteral("Rucher des Érables"));
}

TEST(OrganisationMatcherResolveTest, AccentsTellApartNamesThatOnlyTheyDistinguish)
{
    OrganisationMatcher matcher(organisations(ResolveSample));
    const OrganisationChoice accented = matcher.resolve(QStringLiteral("café côté"));
    ASSERT_TRUE(accented.found());
    EXPECT_EQ(accented.organisation.name, QStringLiteral("Café Côté"));
    const OrganisationChoice plain = matcher.resolve(QStringLiteral("CAFE COTE"));
    ASSERT_TRUE(plain.found());
    EXPECT_EQ(plain.organisation.name, QStringLiteral("Cafe Cote"));
    // Accents typed that neither name has: both are as close, so neither is chosen.
    const OrganisationChoice neither = matcher.resolve(QStringLiteral("café cote"));
    EXPECT_EQ(neither.outcome, Outcome::Ambiguous);
    EXPECT_EQ(neither.candidates.size(), 2);
}

TEST(OrganisationMatcherResolveTest, NothingNoneOrSeveralSayWhy)
{
    OrganisationMatcher matcher(organisations(ResolveSample));
    for (const QString& typed : {QString(), QStringLiteral("   ")}) {
        const OrganisationChoice empty = matcher.resolve(typed);
        EXPECT_EQ(empty.outcome, Outcome::NothingTyped);
        EXPECT_FALSE(empty.message.isEmpty());
    }
    const OrganisationChoice none = matcher.resolve(QStringLiteral("  fromagerie\u200b "));
    EXPECT_EQ(none.outcome, Outcome::NoMatch);
    EXPECT_TRUE(none.candidates.isEmpty());
    // The text typed is quoted, cleaned of its extra spaces and with the invisible shown.
    EXPECT_TRUE(none.message.contains(QStringLiteral("\"fromagerie<U+200B>\"")))
        << none.message.toStdString();
    // Punctuation alone names no organisation, rather than all of them.
    EXPECT_EQ(matcher.resolve(QStringLiteral("--")).outcome, Outcome::NoMatch);

    const OrganisationChoice two = matcher.resolve(QStringLiteral("des"));
    EXPECT_EQ(two.outcome, Outcome::Ambiguous);
    EXPECT_EQ(names(two.candidates), (QStringList{QStringLiteral("Mutuelle des Bois"),
                                                  QStringLiteral("Rucher des Érables")}));
    EXPECT_TRUE(two.message.contains(QStringLiteral("2 organisations match \"des\"")))
        << two.message.toStdString();
    EXPECT_FALSE(two.found());
}

TEST(OrganisationMatcherResolveTest, NoOrganisationsNoMatch)
{
    const OrganisationMatcher matcher;
    EXPECT_EQ(matcher.resolve(QStringLiteral("Rucher")).outcome, Outcome::NoMatch);
}

} // namespace
