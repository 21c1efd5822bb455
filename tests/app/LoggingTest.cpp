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

TEST(Logging, ShowsControlCharactersEscapedInTheLogFile)
{
    // A name from the user's data must not forge a line of the log nor drive a terminal that
    // shows it (`tail -f`); the console sink escapes the same way (LogFileWarningIsEscaped
    // in the robustness suite runs it).
    QTemporaryDir dir;
    bilan::Logging::start(dir.path());
    spdlog::warn("\"{}\" is the same name as an earlier row", "Coop\x1b[2J\x07\xc2\x9b");
    qWarning("from Qt: %s", "bidi\u202Eevil\x7f");
    spdlog::default_logger()->flush();

    const std::string log = readAll(bilan::Logging::logFilePath()).toStdString();
    EXPECT_THAT(log, HasSubstr("\"Coop\\x1b[2J\\x07<U+009B>\" is the same name"));
    EXPECT_THAT(log, HasSubstr("from Qt: bidi<U+202E>evil\\x7f"));
    EXPECT_EQ(log.find('\x1b'), std::string::npos);
    EXPECT_EQ(log.find('\x7f'), std::string::npos);

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
