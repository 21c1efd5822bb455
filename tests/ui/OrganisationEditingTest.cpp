#include "MembersView.h"

#include "MessageBox.h"
#include "OrganisationEditor.h"
#include "OrganisationMergeDialog.h"
#include "OrganisationRepository.h"
#include "OrganisationTableModel.h"
#include "SqlSupport.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bilan;
using ::testing::HasSubstr;

namespace {

class OrganisationEditingTest : public bilan::test::DatabaseTest
{
protected:
    void SetUp() override
    {
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_lac = add(QStringLiteral("Coopérative du Lac"));
        m_twin = add(QStringLiteral("Coop du lac inc."));
        m_view = std::make_unique<MembersView>(db(), m_test.clock());
        m_view->setUndoStack(&m_stack);
        m_view->show();
    }
    void TearDown() override
    {
        m_stack.clear();
        m_view.reset();
        QLocale::setDefault(m_savedLocale);
    }

    qint64 add(const QString& name)
    {
        Organisation organisation;
        organisation.name = name;
        organisation.kind = OrganisationKind::Coop;
        auto id = OrganisationRepository(db()).add(organisation);
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        return id.ok() ? *id : 0;
    }

    void addHour(qint64 organisationId)
    {
        const QString now = db().timestamp();
        ASSERT_OK(sql::run(db(),
                           QStringLiteral("INSERT INTO experts (id, name, name_key, role, "
                                          "started_on, created_at, updated_at) VALUES (1, 'Ann', "
                                          "'ann', 'professional', '2019-01-01', ?, ?) "
                                          "ON CONFLICT DO NOTHING"),
                           {now, now}));
        ASSERT_OK(sql::run(db(),
                           QStringLiteral("INSERT INTO service_entries (entry_date, expert_id, "
                                          "organisation_id, minutes, created_at, updated_at) "
                                          "VALUES ('2026-05-01', 1, ?, 60, ?, ?)"),
                           {organisationId, now, now}));
    }

    QStringList names()
    {
        QStringList shown;
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            shown << m_view->model()->organisationAt(row).name;
        return shown;
    }

    QLocale m_savedLocale;
    QUndoStack m_stack;
    qint64 m_lac = 0;
    qint64 m_twin = 0;
    std::unique_ptr<MembersView> m_view;
};

} // namespace

TEST_F(OrganisationEditingTest, ANewOrganisationIsListedAndSelected)
{
    Organisation fresh;
    fresh.name = QStringLiteral("Mutuelle Nouvelle");
    fresh.kind = OrganisationKind::Mutual;
    fresh.region = QStringLiteral("Estrie");
    ASSERT_OK(m_view->saveOrganisation(fresh));
    EXPECT_TRUE(names().contains(QStringLiteral("Mutuelle Nouvelle")));
    EXPECT_EQ(m_view->selectedOrganisation().name, QStringLiteral("Mutuelle Nouvelle"));
    EXPECT_EQ(m_view->selectedOrganisation().region, QStringLiteral("Estrie"));

    Organisation renamed = m_view->selectedOrganisation();
    renamed.name = QStringLiteral("Mutuelle Renommée");
    ASSERT_OK(m_view->saveOrganisation(renamed));
    EXPECT_EQ(m_view->selectedOrganisation().name, QStringLiteral("Mutuelle Renommée"));
}

TEST_F(OrganisationEditingTest, TheEditorKeepsWhatWasTypedWithTheRefusal)
{
    OrganisationEditor editor;
    editor.setChoices({QStringLiteral("Estrie")}, {});
    Organisation shown;
    editor.setOrganisation(shown);
    editor.setSave([this](const Organisation& organisation) {
        return m_view->saveOrganisation(organisation);
    });
    editor.show();
    editor.findChild<QLineEdit*>(QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("coopérative DU lac"));
    editor.accept();
    EXPECT_TRUE(editor.isVisible());
    EXPECT_THAT(editor.errorText().toStdString(), HasSubstr("already"));
    EXPECT_EQ(editor.organisation().name, QStringLiteral("coopérative DU lac"));

    editor.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Autre coop"));
    editor.accept();
    EXPECT_EQ(editor.result(), QDialog::Accepted);
    EXPECT_TRUE(names().contains(QStringLiteral("Autre coop")));
}

TEST_F(OrganisationEditingTest, DeleteSaysWhyWhenHoursReferToItAndAsksOtherwise)
{
    addHour(m_twin);
    ASSERT_TRUE(m_view->selectOrganisation(m_twin));
    EXPECT_FALSE(m_view->deleteOrganisation().ok());
    EXPECT_THAT(m_view->errorText().toStdString(),
                HasSubstr("Cannot delete \"Coop du lac inc.\": 1 hour entry refers to it"));
    EXPECT_EQ(names().size(), 2);

    ASSERT_TRUE(m_view->selectOrganisation(m_lac));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    ASSERT_OK(m_view->deleteOrganisation());
    EXPECT_EQ(names().size(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_OK(m_view->deleteOrganisation());
    EXPECT_EQ(names(), QStringList{QStringLiteral("Coop du lac inc.")});
}

TEST_F(OrganisationEditingTest, AMergeIsUndoneAndRedoneFromTheStack)
{
    addHour(m_twin);
    const Organisation kept = *OrganisationRepository(db()).get(m_lac);
    const Organisation twin = *OrganisationRepository(db()).get(m_twin);
    ASSERT_OK(m_view->mergeOrganisations(kept, twin));
    EXPECT_EQ(names(), QStringList{QStringLiteral("Coopérative du Lac")});
    ASSERT_EQ(m_stack.count(), 1);
    EXPECT_EQ(m_stack.undoText(),
              QStringLiteral("Merge \"Coop du lac inc.\" into \"Coopérative du Lac\""));

    m_stack.undo();
    EXPECT_EQ(names().size(), 2);
    auto back = OrganisationRepository(db()).references(m_twin);
    ASSERT_OK(back);
    EXPECT_EQ(back->hours, 1);

    m_stack.redo();
    EXPECT_EQ(names(), QStringList{QStringLiteral("Coopérative du Lac")});
    EXPECT_EQ(OrganisationRepository(db()).references(m_lac)->hours, 1);
}

TEST_F(OrganisationEditingTest, TheMergeDialogFindsTheOneToKeepAndShowsARefusal)
{
    add(QStringLiteral("Mutuelle Saint-Jean"));
    OrganisationMergeDialog dialog;
    auto all = OrganisationRepository(db()).all();
    ASSERT_OK(all);
    const Organisation twin = *OrganisationRepository(db()).get(m_twin);
    dialog.setOrganisations(twin, *all);
    EXPECT_EQ(dialog.shownNames().size(), 2) << "the duplicate itself is not offered";
    dialog.setSearchText(QStringLiteral("cooperative LAC"));
    EXPECT_EQ(dialog.shownNames(), QStringList{QStringLiteral("Coopérative du Lac")});
    EXPECT_EQ(dialog.keptId(), m_lac);
    dialog.setMerge([](const Organisation&) -> Status { return fail(QStringLiteral("refused")); });
    dialog.show();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("refused"));
}

TEST_F(OrganisationEditingTest, AReadOnlyLoginHasNoOrganisationActions)
{
    m_view->setReadOnly(true, QStringLiteral("read only"));
    for (const char* name : {"newButton", "editButton", "deleteButton", "mergeButton"})
        EXPECT_TRUE(m_view->findChild<QPushButton*>(QString::fromLatin1(name))->isHidden()) << name;
    Organisation fresh;
    fresh.name = QStringLiteral("Interdite");
    EXPECT_FALSE(m_view->saveOrganisation(fresh).ok());
    EXPECT_EQ(names().size(), 2);
}
