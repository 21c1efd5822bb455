// `bilan --version` says the project's version (CMake's PROJECT_VERSION), and the installed
// program reads its French from bin/../share/bilan/translations before the embedded copy: both
// run the real program.

#include "Version.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bilan;

namespace {

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProgramRun runBilan(const QString& program, const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.remove(QStringLiteral("XDG_DATA_HOME"));
    environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("fr_CA.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

TEST(VersionTest, IsTheProjectsVersion)
{
    EXPECT_EQ(Version::number(), QStringLiteral(BILAN_PROJECT_VERSION));
    EXPECT_EQ(Version::line(), QStringLiteral("bilan " BILAN_PROJECT_VERSION));
}

TEST(VersionTest, BilanVersionPrintsItAndExitsZero)
{
    QTemporaryDir home;
    const ProgramRun run =
        runBilan(QStringLiteral(BILAN_EXECUTABLE), {QStringLiteral("--version")}, home.path());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("bilan " BILAN_PROJECT_VERSION "\n"));
}

// A copy of the program in PREFIX/bin with a translation of its own in
// PREFIX/share/bilan/translations: the message it prints comes from that file, not from the
// copy embedded in the program.
TEST(VersionTest, TheInstalledTranslationIsReadBeforeTheEmbeddedOne)
{
    QTemporaryDir prefix;
    QDir root(prefix.path());
    ASSERT_TRUE(root.mkpath(QStringLiteral("bin")));
    ASSERT_TRUE(root.mkpath(QStringLiteral("share/bilan/translations")));
    const QString program = root.filePath(QStringLiteral("bin/bilan"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(BILAN_EXECUTABLE), program));
    const QString ts = root.filePath(QStringLiteral("marker.ts"));
    QFile file(ts);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>bilan::CommandLine</name>
    <message>
        <source>unknown command "%1"; the commands are %2</source>
        <translation>MARQUEUR-INSTALLÉ «%1»</translation>
    </message>
</context>
</TS>
)");
    file.close();
    const QString qm = root.filePath(QStringLiteral("share/bilan/translations/bilan_fr.qm"));
    QProcess lrelease;
    lrelease.start(QStringLiteral(BILAN_LRELEASE), {ts, QStringLiteral("-qm"), qm});
    ASSERT_TRUE(lrelease.waitForFinished(60000));
    ASSERT_EQ(lrelease.exitCode(), 0) << lrelease.readAllStandardError().toStdString();

    const ProgramRun installed = runBilan(program, {QStringLiteral("frobnicate")}, prefix.path());
    EXPECT_EQ(installed.exitCode, 2);
    EXPECT_TRUE(installed.err.contains(QStringLiteral("MARQUEUR-INSTALLÉ «frobnicate»")))
        << installed.err.toStdString();

    // Without the file, the embedded French (never the marker, never English).
    ASSERT_TRUE(QFile::remove(qm));
    const ProgramRun embedded = runBilan(program, {QStringLiteral("frobnicate")}, prefix.path());
    EXPECT_EQ(embedded.exitCode, 2);
    EXPECT_FALSE(embedded.err.contains(QStringLiteral("MARQUEUR")));
    EXPECT_TRUE(embedded.err.contains(QStringLiteral("inconnue"))) << embedded.err.toStdString();
}

} // namespace
