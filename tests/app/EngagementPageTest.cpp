// The Engagement page in the window: a row's detail is the Members page's (the organisation
// selected there, even when the Members page's filters hid it), and File ▸ Export holds the
// page's export.

#include "Database.h"
#include "EngagementModel.h"
#include "EngagementView.h"
#include "ExpertRepository.h"
#include "MainWindow.h"
#include "MembersView.h"
#include "MembershipRepository.h"
#include "OrganisationRepository.h"
#include "PrivateSettings.h"
#include "ServiceEntryRepository.h"
#include "Translations.h"
#include "WindowLauncher.h"

#include <QAction>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class EngagementPageTest : public ::testing::Test
{
protected:
    test::PrivateSettings m_settings{QStringLiteral("engagement")};
    QTemporaryDir m_dir;
};

qint64 addServedMember(Database& db, const QString& name, qint64 expert)
{
    Organisation organisation;
    organisation.name = name;
    organisation.kind = OrganisationKind::Coop;
    organisation.region = QStringLiteral("Estrie");
    auto id = OrganisationRepository(db).add(organisation);
    EXPECT_TRUE(id.ok()) << id.message().toStdString();
    Membership membership;
    membership.organisationId = *id;
    membership.joined = QDate(2020, 1, 1);
    EXPECT_TRUE(MembershipRepository(db).add(membership).ok());
    ServiceEntry entry;
    entry.expertId = expert;
    entry.organisationId = *id;
    entry.date = QDate(2024, 12, 1);
    entry.minutes = 90;
    entry.field = QStringLiteral("Gouvernance");
    EXPECT_TRUE(ServiceEntryRepository(db).add(entry).ok());
    return *id;
}

TEST_F(EngagementPageTest, EnterOnARowShowsTheOrganisationOnTheMembersPage)
{
    const QString path = m_dir.filePath(QStringLiteral("bilan.sqlite"));
    qint64 wanted = 0;
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        Expert expert;
        expert.name = QStringLiteral("Maxime Tremblay");
        expert.started = QDate(2019, 4, 1);
        auto expertId = ExpertRepository(**db).add(expert);
        ASSERT_TRUE(expertId.ok());
        addServedMember(**db, QStringLiteral("Coopérative Aurore"), *expertId);
        wanted = addServedMember(**db, QStringLiteral("Coopérative Boréale"), *expertId);
    }
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(path));
    MainWindow* window = launcher.window();
    window->show();
    auto* members = window->findChild<MembersView*>();
    auto* engagement = window->findChild<EngagementView*>();
    ASSERT_TRUE(members && engagement);
    // The Members page's search hides the organisation: it is shown all the same.
    members->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("Aurore"));
    window->showPage(window->pageIndex(engagement));
    engagement->setFiscalYear(2024);
    QTableView* list = engagement->listView();
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->index(r, 0).data(EngagementModel::OrganisationIdRole).toLongLong() ==
            wanted)
            row = r;
    }
    ASSERT_GE(row, 0);
    list->setCurrentIndex(list->model()->index(row, 0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(window->currentPage(), window->pageIndex(members));
    EXPECT_EQ(members->selectedOrganisationId(), wanted);

    auto* exportAction = window->findChild<QAction*>(QStringLiteral("exportEngagementAction"));
    ASSERT_TRUE(exportAction);
    EXPECT_TRUE(exportAction->isEnabled());
}

// The statuses in Québec French, as the director reads them (the words of docs/report.md's
// rules, translated once in bilan_fr.ts).
TEST_F(EngagementPageTest, TheStatusesAreNamedInFrench)
{
    Translations::install(QStringLiteral("fr"));
    QStringList names;
    for (int status = 0; status < EngagementStatusCount; ++status)
        names.append(EngagementModel::statusName(static_cast<EngagementStatus>(status)));
    Translations::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(names, QStringList({QStringLiteral("À risque"), QStringLiteral("Partie"),
                                  QStringLiteral("En baisse"), QStringLiteral("Nouvelle"),
                                  QStringLiteral("Stable"), QStringLiteral("En hausse"),
                                  QStringLiteral("Non membre")}));
}

} // namespace
