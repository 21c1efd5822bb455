// Issue 12, defect 10: the French window spoke English in places. Qt's own buttons and file
// dialogs, the undo text after a language switch and the attendance sheet's file name speak
// the window's language.

#include "Database.h"
#include "EntryCommands.h"
#include "ExpertRepository.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "OrganisationRepository.h"
#include "PrivateSettings.h"
#include "Translations.h"
#include "WindowLauncher.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoGroup>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class FrenchWindowTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        // Back to the source language for the other tests.
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    test::PrivateSettings m_settings{QStringLiteral("french")};
    QTemporaryDir m_dir;
};

TEST_F(FrenchWindowTest, QtsOwnButtonsAndFileDialogsAreInFrench)
{
    ASSERT_EQ(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
    QMessageBox box(QMessageBox::Question, QStringLiteral("Bilan"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::Cancel);
    EXPECT_EQ(box.button(QMessageBox::Yes)->text().remove(u'&'), QStringLiteral("Oui"));
    EXPECT_EQ(box.button(QMessageBox::Cancel)->text().remove(u'&'), QStringLiteral("Annuler"));
    EXPECT_NE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Look in:"));
    EXPECT_NE(QCoreApplication::translate("QFileDialog", "File &name:"),
              QStringLiteral("File &name:"));
}

TEST_F(FrenchWindowTest, TheUndoTextSpeaksTheNewLanguageAfterASwitch)
{
    const QString path = m_dir.filePath(QStringLiteral("bilan.sqlite"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    Expert expert;
    expert.name = QStringLiteral("Alice Martin");
    expert.started = QDate(2015, 1, 1);
    auto expertId = ExpertRepository(**db).add(expert);
    Organisation organisation;
    organisation.name = QStringLiteral("Ferme Beausoleil");
    auto organisationId = OrganisationRepository(**db).add(organisation);
    ASSERT_TRUE(expertId.ok() && organisationId.ok());
    EntryCommandContext context(**db);

    Translations::install(QStringLiteral("en"));
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(path));
    auto* group = launcher.window()->findChild<QUndoGroup*>();
    ASSERT_TRUE(group && group->activeStack());
    ServiceEntry entry;
    entry.date = QDate(2019, 6, 4);
    entry.expertId = *expertId;
    entry.organisationId = *organisationId;
    entry.minutes = 90;
    group->activeStack()->push(new AddEntryCommand(context, entry));
    ASSERT_TRUE(group->activeStack()->undoText().startsWith(QStringLiteral("Add ")));

    launcher.switchLanguage(QStringLiteral("fr"));
    group = launcher.window()->findChild<QUndoGroup*>();
    ASSERT_TRUE(group && group->activeStack());
    const QString undoText = group->activeStack()->undoText();
    EXPECT_TRUE(undoText.startsWith(QStringLiteral("Ajouter "))) << undoText.toStdString();
    QAction* undo = nullptr;
    for (QAction* action : launcher.window()->findChildren<QAction*>()) {
        if (action->text().contains(undoText))
            undo = action;
    }
    ASSERT_TRUE(undo);
    EXPECT_TRUE(undo->text().startsWith(QStringLiteral("&Annuler"))) << undo->text().toStdString();
}

TEST_F(FrenchWindowTest, TheAttendanceSheetsFileNameIsInOneLanguage)
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("bilan.sqlite")));
    ASSERT_TRUE(db.ok());
    ASSERT_EQ(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
    MeetingEditor editor(**db);
    auto* kind = editor.findChild<QComboBox*>(QStringLiteral("kindCombo"));
    ASSERT_TRUE(kind);
    kind->setCurrentIndex(kind->findData(static_cast<int>(MeetingKind::Board)));
    editor.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2020, 3, 12));
    FileDialog::setNextFileName({}); // cancelled
    // The button's menu: Print…, Save as PDF….
    auto* sheet = editor.findChild<QPushButton*>(QStringLiteral("attendanceSheetButton"));
    ASSERT_TRUE(sheet && sheet->menu() && sheet->menu()->actions().size() == 2);
    sheet->menu()->actions().at(1)->trigger();
    const QString name = QFileInfo(FileDialog::lastSuggestedName()).fileName();
    EXPECT_TRUE(name.startsWith(QStringLiteral("feuille-de-presence-2020-03-12-")))
        << name.toStdString();
    EXPECT_FALSE(name.contains(QStringLiteral("board"))) << name.toStdString();
}

} // namespace
