// Every date editor of the window is held to the one range of dates Bilan accepts (issue 9,
// finding 12): a form never offers a date the storage would refuse.

#include "MainWindow.h"
#include "PrivateSettings.h"
#include "Validation.h"
#include "WindowLauncher.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

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
        EXPECT_EQ(editor->minimumDate(), Validation::firstDate());
        EXPECT_EQ(editor->maximumDate(), Validation::lastDate());
    }
}

} // namespace
