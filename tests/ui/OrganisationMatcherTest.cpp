#include "OrganisationMatcher.h"

#include "OrganisationRepository.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QStringListModel>

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

class OrganisationMatchModelTest : public bilan::test::DatabaseTest
{};

TEST_F(OrganisationMatchModelTest, FeedsACompleterFromTheDatabase)
{
    OrganisationRepository repository(db());
    for (const QString& name : Sample)
        ASSERT_OK(repository.add(coop(name)));

    OrganisationMatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.load(db()));
    EXPECT_EQ(model.rowCount(), Sample.size());

    model.setTyped(QStringLiteral("coop rucher"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Coopérative Le Rucher"));
    const qint64 id = model.index(0).data(OrganisationMatchModel::IdRole).toLongLong();
    EXPECT_EQ(repository.get(id)->name, QStringLiteral("Coopérative Le Rucher"));
    ASSERT_NE(model.organisationAt(0), nullptr);
    EXPECT_EQ(model.organisationAt(1), nullptr);

    QCompleter completer(&model);
    completer.setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer.setCompletionPrefix(QStringLiteral("coop rucher"));
    EXPECT_EQ(completer.completionModel()->rowCount(), 1);

    model.setLimit(2);
    model.setTyped(QStringLiteral("r"));
    EXPECT_EQ(model.rowCount(), 2);
}

} // namespace
