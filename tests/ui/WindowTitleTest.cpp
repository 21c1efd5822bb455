// The window's title (issue 12, defect 13): the platform adds the application's name after it,
// so the title itself must not say "Bilan" again ("Bilan — file — Bilan").

#include "MainWindow.h"

#include <QGuiApplication>

#include <gtest/gtest.h>

using namespace bilan;

TEST(WindowTitleTest, TheApplicationsNameIsNotRepeated)
{
    const QString before = QGuiApplication::applicationDisplayName();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Bilan"));
    MainWindow window;
    window.setDatabasePath(QStringLiteral("/srv/coop/registre.sqlite"));
    const QString title = window.windowTitle();
    QGuiApplication::setApplicationDisplayName(before);
    EXPECT_FALSE(title.contains(QStringLiteral("Bilan"))) << title.toStdString();
    EXPECT_TRUE(title.contains(QStringLiteral("registre.sqlite"))) << title.toStdString();
}
