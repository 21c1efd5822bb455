// Every command and the window's File ▸ Back Up go through the one guard (OutputTarget): the
// database and the files SQLite keeps beside it are never written over, whatever path or link
// leads there, and a full device is a failure that says so (issue 9, findings 1, 3 and 7).

#include "CommandLine.h"
#include "CommandTest.h"
#include "Database.h"
#include "MainWindow.h"
#include "OrganisationRepository.h"
#include "PrivateSettings.h"
#include "WindowLauncher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <gmock/gmock.h>

#include <sys/stat.h>

using namespace bilan;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

class OutputCommandsTest : public test::CommandTest
{
protected:
    void SetUp() override
    {
        CommandTest::SetUp();
        auto database = Database::open(m_db);
        ASSERT_TRUE(database.ok()) << database.message().toStdString();
        Organisation organisation;
        organisation.name = QStringLiteral("Coop du Rucher");
        organisation.kind = OrganisationKind::Coop;
        ASSERT_TRUE(OrganisationRepository(**database).add(organisation).ok());
    }

    QByteArray hashOf(const QString& path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
                   : QByteArray();
    }
    // The database, a path through "./", a symbolic link to it, and its log and journal.
    QStringList databaseTargets()
    {
        const QString link = m_dir.filePath(QStringLiteral("x.pdf"));
        if (!QFileInfo(link).isSymLink()) {
            EXPECT_TRUE(QFile::link(m_db, link));
        }
        return {m_db, m_dir.path() + QStringLiteral("/./bilan.sqlite"), link,
                m_db + QStringLiteral("-wal"), m_db + QStringLiteral("-journal")};
    }
};

TEST_F(OutputCommandsTest, ReportExportAndDemoRefuseTheDatabaseWhateverPathLeadsThere)
{
    BILAN_FILE_ONLY();
    const QByteArray before = hashOf(m_db);
    for (const QString& target : databaseTargets()) {
        const std::string what = target.toStdString();
        EXPECT_EQ(
            run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                 QStringLiteral("2019-2020"), QStringLiteral("--pdf"), target}),
            CommandLine::UserError)
            << what;
        EXPECT_THAT(m_err.toStdString(), HasSubstr("database")) << what;
        EXPECT_TRUE(m_out.isEmpty()) << m_out.toStdString();
        EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                       QStringLiteral("organisations"), target}),
                  CommandLine::UserError)
            << what;
        EXPECT_THAT(m_err.toStdString(), HasSubstr("database")) << what;
        EXPECT_EQ(hashOf(m_db), before) << what;
    }
    for (const QString& target :
         {m_dir.filePath(QStringLiteral("x.pdf")), m_db + QStringLiteral("-wal")}) {
        EXPECT_EQ(run({QStringLiteral("demo"), QStringLiteral("--db"), target}),
                  CommandLine::UserError)
            << target.toStdString();
        EXPECT_EQ(hashOf(m_db), before) << target.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(m_db + QStringLiteral("-wal.creating")));
}

TEST_F(OutputCommandsTest, AFullDeviceIsAUserErrorThatSaysSo)
{
    struct stat info = {};
    if (::stat("/dev/full", &info) != 0 || !S_ISCHR(info.st_mode))
        GTEST_SKIP() << "no /dev/full device here";
    EXPECT_EQ(
        run({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--year"),
             QStringLiteral("2019-2020"), QStringLiteral("--pdf"), QStringLiteral("/dev/full")}),
        CommandLine::UserError);
    EXPECT_THAT(m_err.toStdString(), HasSubstr("disk is full"));
    EXPECT_TRUE(m_out.isEmpty()) << m_out.toStdString();
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                   QStringLiteral("organisations"), QStringLiteral("/dev/full")}),
              CommandLine::UserError);
    EXPECT_THAT(m_err.toStdString(), HasSubstr("disk is full"));
    ASSERT_EQ(::stat("/dev/full", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode)) << "/dev/full was replaced by a file";
}

// Issue 9 (re-trial): "export … x.xlsx" wrote CSV text that a spreadsheet then refused to open.
// Issue 15: .xlsx is a real workbook now; another workbook's or any other extension is refused.
TEST_F(OutputCommandsTest, ExportWritesAWorkbookForXlsxAndRefusesOtherExtensions)
{
    for (const QString& name : {QStringLiteral("x.XLS"), QStringLiteral("x.ods"),
                                QStringLiteral("x.txt"), QStringLiteral("x.xlsx.pdf")}) {
        const QString target = path(name);
        EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                       QStringLiteral("organisations"), target}),
                  CommandLine::UserError)
            << name.toStdString();
        EXPECT_THAT(err(), HasSubstr("a CSV file (.csv) or an Excel workbook (.xlsx)"));
        EXPECT_THAT(err(), Not(HasSubstr("Usage:")));
        EXPECT_FALSE(QFileInfo::exists(target)) << name.toStdString();
    }
    for (const QString& name : {QStringLiteral("x.csv"), QStringLiteral("x.XLSX")}) {
        const QString target = path(name);
        EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                       QStringLiteral("organisations"), target}),
                  CommandLine::Success)
            << err();
        EXPECT_THAT(out(), HasSubstr("1 row exported"));
    }
    QFile workbook(path(QStringLiteral("x.XLSX")));
    ASSERT_TRUE(workbook.open(QIODevice::ReadOnly));
    // A zip package, not CSV text.
    EXPECT_TRUE(workbook.read(4) == QByteArray("PK\x03\x04", 4));
    QFile csv(path(QStringLiteral("x.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("Coop du Rucher,coop"));
}

TEST_F(OutputCommandsTest, BackUpRefusesTheDatabaseAndWritesAnOwnerOnlyCopy)
{
    BILAN_FILE_ONLY();
    const test::PrivateSettings settings(QStringLiteral("backup"));
    {
        WindowLauncher launcher;
        ASSERT_TRUE(launcher.open(m_db));
        for (const QString& target : databaseTargets()) {
            EXPECT_FALSE(launcher.backUp(target).ok()) << target.toStdString();
            EXPECT_FALSE(launcher.window()->statusBar()->currentMessage().isEmpty());
        }
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        ASSERT_TRUE(launcher.backUp(copy).ok());
        EXPECT_EQ(QFileInfo(copy).permissions() &
                      (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                  QFile::Permissions());
        launcher.window()->close();
        auto reopened = Database::open(copy);
        ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();
        auto count = OrganisationRepository(**reopened).count();
        ASSERT_TRUE(count.ok());
        EXPECT_EQ(*count, 1);
    }
    auto database = Database::open(m_db);
    ASSERT_TRUE(database.ok()) << database.message().toStdString();
    auto count = OrganisationRepository(**database).count();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 1);
}

} // namespace
