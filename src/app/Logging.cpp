#include "Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace bilan {

namespace {

QString g_logFile;

void routeQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    }
    if (type == QtFatalMsg) {
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

void Logging::start(const QString& folder)
{
    const QString dir = folder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : folder;
    g_logFile.clear();
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    console->set_pattern("bilan: %^%l%$: %v");
    sinks.push_back(console);
    if (QDir().mkpath(dir)) {
        g_logFile = QDir(dir).filePath(QStringLiteral("bilan.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                g_logFile.toStdString(), 5 * 1024 * 1024, 3);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& error) {
            // A read-only data folder must not stop the program: log to stderr only.
            console->log(
                spdlog::details::log_msg("bilan", spdlog::level::warn,
                                         fmt::format("cannot write the log file {}: {}",
                                                     g_logFile.toStdString(), error.what())));
            g_logFile.clear();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("bilan", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(routeQtMessage);
}

QString Logging::logFilePath()
{
    return g_logFile;
}

} // namespace bilan
