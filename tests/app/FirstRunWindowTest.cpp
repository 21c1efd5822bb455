// A new database opens on the first-run checklist above the pages (issue 12); its buttons lead
// to the pages that do each step, and the list is gone from a database that has them all.

#include "BoardRepository.h"
#include "CooperativeSettings.h"
#include "CooperativeView.h"
#include "Database.h"
#include "ExpertRepository.h"
#include "ExpertsView.h"
#include "FirstRunChecklist.h"
#include "MainWindow.h"
#include "OrganisationRepository.h"
#include "PrivateSettings.h"
#include "WindowLauncher.h"

#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class FirstRunWindowTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("bilan.sqlite")); }

    // Every step done, behind the window's back.
    void setUpEverything()
    {
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        Database& db = **opened;
        Cooperative cooperative;
        cooperative.name = QStringLiteral("Coop Estrie");
        ASSERT_TRUE(CooperativeSettings(db).save(cooperative).ok());
        Organisation organisation;
        organisation.name = QStringLiteral("Coopérative Le Rucher");
        organisation.kind = OrganisationKind::Coop;
        auto organisationId = OrganisationRepository(db).add(organisation);
        ASSERT_TRUE(organisationId.ok());
        Expert expert;
        expert.name = QStringLiteral("Alice Martin");
        expert.started = QDate(2020, 1, 1);
        ASSERT_TRUE(ExpertRepository(db).add(expert).ok());
        auto director = BoardRepository(db).addDirector(QStringLiteral("Jeanne Roy"));
        ASSERT_TRUE(director.ok());
        BoardMandate mandate;
        mandate.directorId = *director;
        mandate.organisationId = *organisationId;
        mandate.started = QDate(2024, 6, 1);
        ASSERT_TRUE(BoardRepository(db).addMandate(mandate).ok());
    }

    test::PrivateSettings m_settings{QStringLiteral("first-run-window")};
    QTemporaryDir m_dir;
};

TEST_F(FirstRunWindowTest, AnEmptyDatabaseOpensOnTheChecklist)
{
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(path()));
    MainWindow* window = launcher.window();
    window->show();
    auto* checklist = window->findChild<FirstRunChecklist*>();
    ASSERT_NE(checklist, nullptr);
    EXPECT_TRUE(checklist->isVisible());

    checklist->findChild<QPushButton*>(QStringLiteral("cooperativeButton"))->click();
    EXPECT_EQ(window->currentPage(), window->pageIndex(window->findChild<CooperativeView*>()));
    checklist->findChild<QPushButton*>(QStringLiteral("expertsButton"))->click();
    EXPECT_EQ(window->currentPage(), window->pageIndex(window->findChild<ExpertsView*>()));
}

TEST_F(FirstRunWindowTest, TheChecklistGoesOnceEveryStepIsDone)
{
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(path()));
    launcher.window()->show();
    auto* checklist = launcher.window()->findChild<FirstRunChecklist*>();
    ASSERT_NE(checklist, nullptr);
    setUpEverything();
    checklist->refresh();
    EXPECT_FALSE(checklist->isVisible());

    // Opened again, the window shows no checklist.
    WindowLauncher again;
    ASSERT_TRUE(again.open(path()));
    again.window()->show();
    auto* none = again.window()->findChild<FirstRunChecklist*>();
    EXPECT_TRUE(none == nullptr || !none->isVisible());
}

} // namespace
