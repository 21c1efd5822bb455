// The first-run checklist (issue 12): an empty database shows it with nothing ticked; each step
// is ticked as the database gets it, and the list goes once all are done or once dismissed.

#include "FirstRunChecklist.h"

#include "BoardRepository.h"
#include "CooperativeSettings.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "PrivateSettings.h"
#include "TestDatabase.h"

#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace bilan;
using Step = FirstRunChecklist::Step;

namespace {

class FirstRunChecklistTest : public test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_page.resize(800, 600);
        m_page.show();
    }
    test::PrivateSettings m_settings{QStringLiteral("first-run")};
    QWidget m_page;
};

TEST_F(FirstRunChecklistTest, AnEmptyDatabaseShowsEveryStepToDo)
{
    auto* checklist = new FirstRunChecklist(db(), &m_page);
    EXPECT_TRUE(checklist->isVisible());
    for (Step step : {Step::Cooperative, Step::Organisations, Step::Experts, Step::Board})
        EXPECT_FALSE(checklist->isDone(step));

    QSignalSpy asked(checklist, &FirstRunChecklist::stepRequested);
    checklist->findChild<QPushButton*>(QStringLiteral("expertsButton"))->click();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.at(0).at(0).value<Step>(), Step::Experts);
    QSignalSpy import(checklist, &FirstRunChecklist::importRequested);
    checklist->findChild<QPushButton*>(QStringLiteral("importButton"))->click();
    EXPECT_EQ(import.size(), 1);
}

TEST_F(FirstRunChecklistTest, EachStepIsTickedWhenDoneAndTheListGoesOnceAllAre)
{
    auto* checklist = new FirstRunChecklist(db(), &m_page);
    Cooperative cooperative;
    cooperative.name = QStringLiteral("Coop de services partagés de l'Estrie");
    ASSERT_OK(CooperativeSettings(db()).save(cooperative));
    checklist->refresh();
    EXPECT_TRUE(checklist->isDone(Step::Cooperative));
    EXPECT_TRUE(checklist->isVisible());

    Organisation organisation;
    organisation.name = QStringLiteral("Coopérative Le Rucher");
    organisation.kind = OrganisationKind::Coop;
    auto organisationId = OrganisationRepository(db()).add(organisation);
    ASSERT_OK(organisationId);
    Expert expert;
    expert.name = QStringLiteral("Alice Martin");
    expert.started = QDate(2020, 1, 1);
    ASSERT_OK(ExpertRepository(db()).add(expert));
    checklist->refresh();
    EXPECT_TRUE(checklist->isDone(Step::Organisations));
    EXPECT_TRUE(checklist->isDone(Step::Experts));
    EXPECT_FALSE(checklist->isDone(Step::Board));
    EXPECT_TRUE(checklist->isVisible());

    auto director = BoardRepository(db()).addDirector(QStringLiteral("Jeanne Roy"));
    ASSERT_OK(director);
    BoardMandate mandate;
    mandate.directorId = *director;
    mandate.organisationId = *organisationId;
    mandate.role = BoardRole::President;
    mandate.started = QDate(2024, 6, 1);
    ASSERT_OK(BoardRepository(db()).addMandate(mandate));
    checklist->refresh();
    EXPECT_TRUE(checklist->allDone());
    EXPECT_FALSE(checklist->isVisible());
}

TEST_F(FirstRunChecklistTest, ADismissedListStaysAwayForThisDatabase)
{
    auto* checklist = new FirstRunChecklist(db(), &m_page);
    checklist->findChild<QPushButton*>(QStringLiteral("dismissButton"))->click();
    EXPECT_FALSE(checklist->isVisible());
    auto* again = new FirstRunChecklist(db(), &m_page);
    EXPECT_FALSE(again->isWanted());
    EXPECT_FALSE(again->isVisible());
}

} // namespace
