#include "Logging.h"

#include "Database.h"
#include "VisibleText.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <string>
#include <utility>
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

// Warnings quote paths and names from the user's files; on stderr they must not drive the
// terminal, and in the log file they must not forge a line. This sink hands each message on to
// `target` with its control characters shown as the terminal's other text shows them
// (TerminalSafeDevice); the prefix the pattern adds, colours included, is Bilan's own.
class VisibleTextSink final : public spdlog::sinks::sink
{
public:
    explicit VisibleTextSink(spdlog::sink_ptr target) : m_target(std::move(target)) {}

    void log(const spdlog::details::log_msg& message) override
    {
        // Rebuilt every time, not only when a control character shows: bytes that are not
        // UTF-8 become U+FFFD, as on the terminal.
        const std::string shown =
            VisibleText::of(QString::fromUtf8(message.payload.data(),
                                              static_cast<qsizetype>(message.payload.size())),
                            VisibleText::Layout::Keep)
                .toStdString();
        spdlog::details::log_msg copy = message;
        copy.payload = shown;
        m_target->log(copy);
    }
    void flush() override { m_target->flush(); }
    void set_pattern(const std::string& pattern) override { m_target->set_pattern(pattern); }
    void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override
    {
        m_target->set_formatter(std::move(formatter));
    }

private:
    spdlog::sink_ptr m_target;
};

spdlog::sink_ptr consoleSink()
{
    auto console =
        std::make_shared<VisibleTextSink>(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    console->set_level(spdlog::level::warn);
    console->set_pattern("bilan: %^%l%$: %v");
    return console;
}

void useSinks(const std::vector<spdlog::sink_ptr>& sinks)
{
    auto logger = std::make_shared<spdlog::logger>("bilan", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(routeQtMessage);
}

} // namespace

void Logging::startOnTerminal()
{
    g_logFile.clear();
    useSinks({consoleSink()});
}

void Logging::start(const QString& folder)
{
    const QString dir = folder.isEmpty() ? Database::dataFolder() : folder;
    g_logFile.clear();
    std::vector<spdlog::sink_ptr> sinks;
    const spdlog::sink_ptr console = consoleSink();
    sinks.push_back(console);
    if (QDir().mkpath(dir)) {
        g_logFile = QDir(dir).filePath(QStringLiteral("bilan.log"));
        try {
            auto file = std::make_shared<VisibleTextSink>(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_logFile.toStdString(),
                                                                       5 * 1024 * 1024, 3));
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
    useSinks(sinks);
}

QString Logging::logFilePath()
{
    return g_logFile;
}

} // namespace bilan
