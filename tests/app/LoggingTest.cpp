// Logging: spdlog's rotating file in the data folder receives Bilan's messages and Qt's own.

#include "Logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

using ::testing::HasSubstr;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST(Logging, WritesBilansAndQtsMessagesToTheLogFileInTheGivenFolder)
{
    QTemporaryDir dir;
    bilan::Logging::start(dir.path());
    EXPECT_EQ(bilan::Logging::logFilePath(), dir.filePath(QStringLiteral("bilan.log")));

    spdlog::info("opened {}", "a database");
    spdlog::warn("something to look at");
    qWarning("a warning from Qt: %s", "plugin missing");
    spdlog::default_logger()->flush();

    const QString log = readAll(bilan::Logging::logFilePath());
    EXPECT_THAT(log.toStdString(), HasSubstr("opened a database"));
    EXPECT_THAT(log.toStdString(), HasSubstr("something to look at"));
    EXPECT_THAT(log.toStdString(), HasSubstr("a warning from Qt: plugin missing"));

    // Leave the other tests quiet, as the test main set them.
    qInstallMessageHandler(nullptr);
    spdlog::set_level(spdlog::level::err);
}

TEST(Logging, AnUnwritableFolderDoesNotStopTheProgram)
{
    bilan::Logging::start(QStringLiteral("/proc/bilan-cannot-write-here"));
    EXPECT_TRUE(bilan::Logging::logFilePath().isEmpty());
    spdlog::info("still logging to stderr");
    qInstallMessageHandler(nullptr);
    spdlog::set_level(spdlog::level::err);
}
