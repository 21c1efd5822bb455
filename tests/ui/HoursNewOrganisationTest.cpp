#include "HoursView.h"

#include "ExpertRepository.h"
#include "NewOrganisationPrompt.h"
#include "OrganisationRepository.h"
#include "ServiceEntryRepository.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

// The quick-entry row meeting an organisation that is not in the register yet.
class HoursNewOrganisationTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        Expert alice;
        alice.name = QStringLiteral("Alice Martin");
        alice.started = QDate(2015, 1, 1);
        ASSERT_OK(ExpertRepository(db()).add(alice));
        Organisation rucher;
        rucher.name = QStringLiteral("Coopérative Le Rucher");
        rucher.kind = OrganisationKind::Coop;
        ASSERT_OK(OrganisationRepository(db()).add(rucher));
        m_view = std::make_unique<HoursView>(db(), &m_stack, m_test.clock());
        m_view->show();
    }

    QLineEdit* edit(const char* name)
    {
        return m_view->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    void typeEntry(const QString& organisation)
    {
        QTest::keyClicks(edit("organisationEdit"), organisation);
        QTest::keyClick(edit("organisationEdit"), Qt::Key_Tab);
        QTest::keyClicks(edit("durationEdit"), QStringLiteral("1h30"));
        QTest::keyClick(edit("durationEdit"), Qt::Key_Tab);
        QTest::keyClicks(edit("noteEdit"), QStringLiteral("Premier mandat"));
        QTest::keyClick(edit("noteEdit"), Qt::Key_Return);
    }

    qint64 storedCount() { return *ServiceEntryRepository(db()).count({}); }

    QUndoStack m_stack;
    std::unique_ptr<HoursView> m_view;
};

} // namespace

TEST_F(HoursNewOrganisationTest, ANameThatMatchesNoneIsCreatedThereAndTheEntrySaved)
{
    typeEntry(QStringLiteral("Mutuelle  des Pins"));
    EXPECT_EQ(storedCount(), 0);
    NewOrganisationPrompt* prompt = m_view->newOrganisationPrompt();
    ASSERT_TRUE(prompt->isVisible());
    EXPECT_EQ(prompt->name(), QStringLiteral("Mutuelle des Pins"));
    EXPECT_EQ(prompt->kind(), OrganisationKind::Coop) << "Cooperative unless chosen";
    // The row keeps what was typed while the prompt asks.
    EXPECT_EQ(edit("durationEdit")->text(), QStringLiteral("1h30"));
    EXPECT_EQ(edit("noteEdit")->text(), QStringLiteral("Premier mandat"));

    prompt->setKind(OrganisationKind::Mutual);
    QTest::keyClick(prompt, Qt::Key_Return);
    EXPECT_FALSE(prompt->isVisible());
    auto created = OrganisationRepository(db()).findByName(QStringLiteral("Mutuelle des Pins"));
    ASSERT_OK(created);
    ASSERT_TRUE(created->has_value());
    EXPECT_EQ((*created)->kind, OrganisationKind::Mutual);
    ASSERT_EQ(storedCount(), 1);
    auto entries = ServiceEntryRepository(db()).list({});
    ASSERT_OK(entries);
    EXPECT_EQ(entries->first().organisationId, (*created)->id);
    EXPECT_EQ(entries->first().minutes, 90);
    EXPECT_EQ(entries->first().note, QStringLiteral("Premier mandat"));
}

TEST_F(HoursNewOrganisationTest, EscapeLeavesTheRowAsTyped)
{
    typeEntry(QStringLiteral("Inconnue"));
    NewOrganisationPrompt* prompt = m_view->newOrganisationPrompt();
    ASSERT_TRUE(prompt->isVisible());
    QTest::keyClick(prompt, Qt::Key_Escape);
    EXPECT_FALSE(prompt->isVisible());
    EXPECT_EQ(edit("organisationEdit")->text(), QStringLiteral("Inconnue"));
    EXPECT_EQ(*OrganisationRepository(db()).count(), 1);
}

TEST_F(HoursNewOrganisationTest, ALoginThatMayNotAddOrganisationsIsToldWhoMust)
{
    m_view->setMayAddOrganisations(false);
    typeEntry(QStringLiteral("Inconnue"));
    NewOrganisationPrompt* prompt = m_view->newOrganisationPrompt();
    ASSERT_TRUE(prompt->isVisible());
    EXPECT_THAT(prompt->text().toStdString(), HasSubstr("the director adds organisations"));
    EXPECT_FALSE(m_view->createOrganisation());
    EXPECT_EQ(*OrganisationRepository(db()).count(), 1);
}

TEST_F(HoursNewOrganisationTest, AnAmbiguousNameOffersNoCreation)
{
    Organisation other;
    other.name = QStringLiteral("Coopérative Le Moulin");
    other.kind = OrganisationKind::Coop;
    ASSERT_OK(OrganisationRepository(db()).add(other));
    m_view->reloadLists();
    typeEntry(QStringLiteral("coop le"));
    EXPECT_FALSE(m_view->newOrganisationPrompt()->isVisible());
}
