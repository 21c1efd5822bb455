// Bilan: the window, or one of the commands of the command line (DESIGN.md).

#include "AboutDialog.h"
#include "ApplicationIdentity.h"
#include "CommandLine.h"
#include "CommandSupport.h"
#include "Database.h"
#include "Logging.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "TerminalSafeDevice.h"
#include "Translations.h"
#include "Version.h"
#include "WindowLauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runWindow(int argc, char** argv, const QStringList& arguments, QIODevice& terminalErr)
{
    // Usage errors and a missing display are told on the terminal, before Qt tries to open a
    // window (and aborts the program when it cannot).
    QCommandLineParser parser;
    parser.addOption(bilan::databaseOption());
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments)) {
        QCoreApplication app(argc, argv);
        bilan::Translations::install();
        QTextStream err(&terminalErr);
        return bilan::usageError(err, parser.errorText(), bilan::CommandLine::usage());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QCoreApplication app(argc, argv);
        bilan::Translations::install();
        QTextStream(&terminalErr) << bilan::CommandLine::tr(
            "bilan: there is no display to open the window on; the commands work without one "
            "(bilan --help)\n");
        return bilan::CommandLine::UserError;
    }

    QApplication app(argc, argv);
    bilan::ApplicationIdentity::describeDesktop();
    bilan::Logging::start();
    bilan::AboutDialog::setLogFile(bilan::Logging::logFilePath());
    // The language chosen in the preferences, else the system's.
    bilan::Translations::install(bilan::PreferencesDialog::savedLanguage());
    QApplication::setApplicationDisplayName(QStringLiteral("Bilan"));
    bilan::WindowLauncher launcher;
    if (!launcher.open(bilan::databasePath(parser)))
        return bilan::CommandLine::UserError;
    launcher.window()->show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    // Every text for the terminal goes through these: a message may quote an argument, a path
    // or a name from the user's data, and none may write a raw control character. spdlog's
    // stderr sink escapes its messages the same way (Logging).
    bilan::TerminalSafeDevice terminalOut(stdout);
    bilan::TerminalSafeDevice terminalErr(stderr);
    // Qt's warnings before the log starts (a platform plugin that cannot load) go the same way.
    bilan::Logging::startOnTerminal();
    bilan::ApplicationIdentity::describe();
    QCoreApplication::setApplicationVersion(bilan::Version::number());
    const QStringList arguments = argumentsOf(argc, argv);
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        QCoreApplication app(argc, argv);
        bilan::Translations::install();
        QTextStream(&terminalOut) << bilan::CommandLine::usage();
        return bilan::CommandLine::Success;
    }
    if (arguments.contains(QLatin1String("--version"))) {
        QTextStream(&terminalOut) << bilan::Version::line() << '\n';
        return bilan::CommandLine::Success;
    }
    // Options alone open the window; a word names a command, and CommandLine refuses one it
    // does not know.
    const auto command = bilan::CommandLine::firstWord(arguments);
    if (!command)
        return runWindow(argc, argv, arguments, terminalErr);

    // Charts (the report's) are drawn with Qt Charts, which needs a QApplication; on a machine
    // without a display it draws offscreen. The other commands need no GUI at all.
    std::unique_ptr<QCoreApplication> app;
    if (bilan::CommandLine::drawsCharts(*command)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    bilan::Logging::start();
    bilan::Translations::install();
    QTextStream out(&terminalOut);
    QTextStream err(&terminalErr);
    return bilan::CommandLine(out, err).run(arguments);
}
