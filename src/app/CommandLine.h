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
    static QStringList commands();

    CommandLine(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    // `arguments` without the program name; they hold a command word.
    int run(const QStringList& arguments);

    static QString usage();

private:
    int importCsv(const QStringList& arguments);
    int exportCsv(const QStringList& arguments);
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace bilan
