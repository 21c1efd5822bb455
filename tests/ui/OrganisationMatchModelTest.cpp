#include "OrganisationMatchModel.h"

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

const QStringList Sample = {
    QStringLiteral("Coopérative Le Rucher"), QStringLiteral("Rucher des Érables"),
    QStringLiteral("L'Atelier coopératif"),  QStringLiteral("Coop de solidarité Écoute"),
    QStringLiteral("Société Ruchoise"),      QStringLiteral("Bio-Rucher inc."),
};

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
