#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace bilan {

// `bilan COMMAND ...`: the commands of DESIGN.md's command line. Exit status 0 on success,
// 1 on a user error (the message names the file, line and column), 2 on a usage error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(bilan::CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        UserError = 1,
        UsageError = 2
    };

    // The command word of an argument list (without the program name), if it names one.
    static std::optional<QString> commandOf(const QStringList& arguments);
    // The first word of an argument list that is neither an option nor the value of --db: the
    // command the user meant, a known one or not.
    static std::optional<QString> firstWord(const QStringList& arguments);
    static QStringList commands();
    // Whether `command` draws (the report's charts need a QApplication, offscreen without a
    // display); the others run in a QCoreApplication.
    static bool drawsCharts(const QString& command);
    // "unknown command "WORD"", followed by the commands there are.
    static QString unknownCommand(const QString& word);

    CommandLine(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    // `arguments` without the program name; they hold a command word.
    int run(const QStringList& arguments);

    static QString usage();

private:
    // What runs a command, given what follows its word.
    using Handler = int (CommandLine::*)(const QStringList& arguments);
    struct Command
    {
        const char* name;
        Handler run;
        bool drawsCharts = false;
    };
    // Every command, by its word: commands() and run() both read it.
    static const QList<Command>& table();
    // Where firstWord() is; -1 when there is none.
    static qsizetype firstWordIndex(const QStringList& arguments);

    int importCsv(const QStringList& arguments);
    int exportCsv(const QStringList& arguments);
    int figures(const QStringList& arguments);
    int engagement(const QStringList& arguments);
    int report(const QStringList& arguments);
    int demo(const QStringList& arguments);
    int copy(const QStringList& arguments);
    int server(const QStringList& arguments);
    int history(const QStringList& arguments);
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace bilan
