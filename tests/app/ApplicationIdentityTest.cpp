// Where this desk's settings and data go (issue 12, defect 13): the settings were filed under
// "Unknown Organization"; the data folder stays ~/.local/share/bilan.

#include "ApplicationIdentity.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

class ApplicationIdentityTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        QCoreApplication::setOrganizationName(m_organisation);
        QCoreApplication::setApplicationName(m_application);
    }
    QString m_organisation = QCoreApplication::organizationName();
    QString m_application = QCoreApplication::applicationName();
};

TEST_F(ApplicationIdentityTest, SettingsGoToBilansOwnFolder)
{
    ApplicationIdentity::describe();
    const QString file = QDir::fromNativeSeparators(QSettings().fileName());
    EXPECT_FALSE(file.contains(QStringLiteral("Unknown Organization"))) << file.toStdString();
    EXPECT_TRUE(file.endsWith(QStringLiteral("/bilan/bilan.conf"))) << file.toStdString();
}

TEST_F(ApplicationIdentityTest, TheDataFolderKeepsItsPlace)
{
    ApplicationIdentity::describe();
    const QString path = QDir::fromNativeSeparators(Database::defaultPath());
    EXPECT_TRUE(path.endsWith(QStringLiteral("/share/bilan/bilan.sqlite"))) << path.toStdString();
}

} // namespace

TEST(ApplicationIdentityDesktopTest, TheWindowIsNamedByItsDesktopEntryAndHasItsIcon)
{
    ApplicationIdentity::describeDesktop();
    EXPECT_EQ(QGuiApplication::desktopFileName(), QStringLiteral("org.bilan.Bilan"));
    EXPECT_EQ(ApplicationIdentity::desktopId(), QStringLiteral("org.bilan.Bilan"));
    const QIcon icon = QGuiApplication::windowIcon();
    ASSERT_FALSE(icon.isNull());
    // Every size the package installs, from the PNGs embedded (no icon theme in the tests).
    for (const int size : {16, 32, 48, 256})
        EXPECT_EQ(icon.pixmap(size, size).width(), size) << size;
    QGuiApplication::setWindowIcon({});
}
