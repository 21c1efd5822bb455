// Every date editor of the window is held to the one range of dates Bilan accepts (issue 9,
// finding 12): a form never offers a date the storage would refuse.

#include "DateEdits.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "Validation.h"
#include "WindowLauncher.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class DateEditorsTest : public ::testing::Test
{
protected:
    test::PrivateSettings m_settings{QStringLiteral("dates")};
    QTemporaryDir m_dir;
};

TEST_F(DateEditorsTest, EveryDateEditorOfEveryPageIsHeldToTheAcceptedRange)
{
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(m_dir.filePath(QStringLiteral("bilan.sqlite"))));
    const QList<QDateEdit*> editors = launcher.window()->findChildren<QDateEdit*>();
    // Hours (3), members (1 + 2 in the period editor), experts (2), board (2 + 1).
    EXPECT_GE(editors.size(), 10);
    for (const QDateEdit* editor : editors) {
        SCOPED_TRACE(editor->objectName().toStdString());
        // A filter's "any day" (the History page) sits one day before the range: its special
        // value, never taken as a date.
        const QDate lowest = editor->specialValueText().isEmpty()
                                 ? Validation::firstDate()
                                 : Validation::firstDate().addDays(-1);
        EXPECT_EQ(editor->minimumDate(), lowest);
        EXPECT_EQ(editor->maximumDate(), Validation::lastDate());
    }
}

// Issue 12, defect 12: a date field given the focus by a click ignored the digits typed until a
// date part was selected by hand.
TEST_F(DateEditorsTest, ADateTypedIntoAClickedDateFieldIsTaken)
{
    WindowLauncher launcher;
    ASSERT_TRUE(launcher.open(m_dir.filePath(QStringLiteral("bilan.sqlite"))));
    MainWindow* window = launcher.window();
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    int tried = 0;
    for (QDateEdit* editor : window->findChildren<QDateEdit*>()) {
        if (!editor->isVisible() || !editor->isEnabled())
            continue;
        SCOPED_TRACE(editor->objectName().toStdString());
        ++tried;
        const QDate wanted(2021, 3, 15);
        // Elsewhere first, so that the click brings the focus as a user's would.
        window->findChild<QListWidget*>(QStringLiteral("navigation"))->setFocus();
        // A click at the end of the text, where the cursor lands after the last section.
        auto* line = editor->findChild<QLineEdit*>();
        ASSERT_TRUE(line);
        QTest::mouseClick(line, Qt::LeftButton, {}, QPoint(line->width() - 4, line->height() / 2));
        ASSERT_TRUE(editor->hasFocus());
        QTest::keyClicks(editor, wanted.toString(editor->displayFormat()));
        EXPECT_EQ(editor->date(), wanted) << editor->text().toStdString();
    }
    EXPECT_GE(tried, 3); // the Hours page's
}

// Focus given by the keyboard (Tab) selects the first part too, so typing replaces the date.
TEST_F(DateEditorsTest, ADateTypedAfterTabReplacesTheOneShown)
{
    QWidget box;
    auto* before = new QLineEdit(&box);
    auto* editor = new QDateEdit(&box);
    limitToAcceptedDates(editor);
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    editor->setDate(QDate(2019, 6, 4));
    box.show();
    before->setFocus();
    box.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&box));
    QTest::keyClick(before, Qt::Key_Tab);
    ASSERT_TRUE(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("2020-11-30"));
    EXPECT_EQ(editor->date(), QDate(2020, 11, 30)) << editor->text().toStdString();
}

} // namespace
