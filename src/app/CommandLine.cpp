#include "CommandLine.h"

#include "ChangeLog.h"
#include "CommandSupport.h"
#include "CopyCommand.h"
#include "CsvExporter.h"
#include "CsvImporter.h"
#include "Database.h"
#include "DemoCommand.h"
#include "EngagementCommand.h"
#include "FiguresCommand.h"
#include "HistoryCommand.h"
#include "ReportCommand.h"
#include "ServerCommand.h"
#include "TerminalSafeDevice.h"
#include "VisibleText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace bilan {

namespace {

QString kindList()
{
    QStringList keys;
    for (CsvKind kind : CsvFormat::kinds())
        keys << CsvFormat::key(kind);
    return keys.join(QStringLiteral(", "));
}

} // namespace

const QList<CommandLine::Command>& CommandLine::table()
{
    static const QList<Command> commands{
        {"import", &CommandLine::importCsv}, {"export", &CommandLine::exportCsv},
        {"figures", &CommandLine::figures},  {"report", &CommandLine::report, true},
        {"demo", &CommandLine::demo},        {"copy", &CommandLine::copy},
        {"server", &CommandLine::server},    {"engagement", &CommandLine::engagement},
        {"history", &CommandLine::history},
    };
    return commands;
}

bool CommandLine::drawsCharts(const QString& command)
{
    for (const Command& known : table())
        if (command == QLatin1String(known.name))
            return known.drawsCharts;
    return false;
}

QStringList CommandLine::commands()
{
    QStringList names;
    for (const Command& command : table())
        names << QString::fromLatin1(command.name);
    return names;
}

qsizetype CommandLine::firstWordIndex(const QStringList& arguments)
{
    const QString db = QStringLiteral("--") + databaseOption().names().constFirst();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == db) {
            ++i; // its value follows, and may be any word
            continue;
        }
        if (!argument.startsWith(u'-'))
            return i;
    }
    return -1;
}

std::optional<QString> CommandLine::firstWord(const QStringList& arguments)
{
    const qsizetype index = firstWordIndex(arguments);
    return index < 0 ? std::nullopt : std::optional<QString>(arguments.at(index));
}

std::optional<QString> CommandLine::commandOf(const QStringList& arguments)
{
    const auto word = firstWord(arguments);
    if (word && commands().contains(*word))
        return word;
    return std::nullopt;
}

QString CommandLine::unknownCommand(const QString& word)
{
    return tr("unknown command \"%1\"; the commands are %2")
        .arg(word, commands().join(QStringLiteral(", ")));
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  bilan [--db FILE]                                   open the window\n"
              "  bilan --version                                     the version of Bilan\n"
              "  bilan import --db FILE KIND FILE.csv [--dry-run]    import a CSV file: all "
              "rows or none\n"
              "  bilan export --db FILE KIND FILE.csv|FILE.xlsx      export one kind as CSV or "
              "as an\n"
              "                                                      Excel workbook\n"
              "  bilan demo --db FILE                                create a demo database\n"
              "  bilan figures --db FILE --year 2019-2020 [--json]   the figures of a fiscal "
              "year\n"
              "  bilan figures --db FILE --year 2019-2020 --xlsx FILE.xlsx [--lang fr|en]\n"
              "                                                      the same as a workbook, "
              "with the\n"
              "                                                      year before beside them\n"
              "  bilan engagement --db FILE --year 2019-2020 [--json]\n"
              "                                                      member engagement in a "
              "fiscal year\n"
              "  bilan report --db FILE --year 2019-2020 [--pdf OUT.pdf] [--odt OUT.odt]\n"
              "               [--lang fr|en] [--paper a4|letter]\n"
              "                                                      the annual activity report "
              "as PDF\n"
              "                                                      and/or OpenDocument text\n"
              "  bilan history --db FILE [--since YYYY-MM-DD] [--json]\n"
              "                                                      the history of changes, "
              "newest first\n"
              "  bilan copy --db SOURCE TARGET                       the whole database into a "
              "new file\n"
              "                                                      or an empty server database\n"
              "  bilan server init --db postgresql://…               roles on a shared server\n"
              "  bilan server grant --db postgresql://… LOGIN staff|secretary|director "
              "[--expert NAME]\n"
              "\n"
              "KIND is one of: %1.\n"
              "Without --db, the database in the data folder is used: %2\n")
        .arg(kindList(), QDir::toNativeSeparators(Database::defaultPath()));
}

int CommandLine::usageError(const QString& message)
{
    // The message may quote an argument, and an argument may hold anything.
    m_err << "bilan: " << VisibleText::of(message) << "\n\n" << usage();
    m_err.flush();
    return UsageError;
}

int CommandLine::run(const QStringList& arguments)
{
    const qsizetype index = firstWordIndex(arguments);
    if (index < 0)
        return usageError(tr("no command given"));
    const QString& word = arguments.at(index);
    // The word itself, not an earlier --db value that happens to be spelled the same.
    QStringList rest = arguments;
    rest.removeAt(index);
    for (const Command& command : table()) {
        if (word == QLatin1String(command.name))
            return (this->*command.run)(rest);
    }
    return usageError(unknownCommand(word));
}

int CommandLine::figures(const QStringList& arguments)
{
    return FiguresCommand::run(arguments, m_out, m_err);
}

int CommandLine::engagement(const QStringList& arguments)
{
    return EngagementCommand::run(arguments, m_out, m_err);
}

int CommandLine::report(const QStringList& arguments)
{
    return ReportCommand::run(arguments, m_out, m_err);
}

int CommandLine::history(const QStringList& arguments)
{
    return HistoryCommand::run(arguments, m_out, m_err);
}

int CommandLine::demo(const QStringList& arguments)
{
    return DemoCommand::run(arguments, m_out, m_err);
}

int CommandLine::copy(const QStringList& arguments)
{
    return CopyCommand::run(arguments, m_out, m_err);
}

int CommandLine::server(const QStringList& arguments)
{
    return ServerCommand::run(arguments, m_out, m_err);
}

int CommandLine::importCsv(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check the file without writing anything."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("What the file holds."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("The file to import."));
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("import needs a KIND and a FILE.csv"));
    const auto kind = CsvFormat::fromKey(positional.at(0));
    if (!kind)
        return usageError(
            tr("unknown kind \"%1\"; it is one of %2").arg(positional.at(0), kindList()));
    const QString file = positional.at(1);
    // The file name goes into every message below: shown, never printed raw.
    const QString shownFile = VisibleText::of(file);
    const QFileInfo fileInfo(file);
    if (!fileInfo.exists()) {
        m_err << tr("bilan: %1: no such file").arg(shownFile) << '\n';
        return UserError;
    }
    if (fileInfo.isDir()) {
        m_err << tr("bilan: %1 is a folder, not a CSV file").arg(shownFile) << '\n';
        return UserError;
    }
    if (!fileInfo.isFile()) {
        m_err << tr("bilan: %1 is not a regular file; import a CSV file").arg(shownFile) << '\n';
        return UserError;
    }

    const QString dbPath = databasePath(parser);
    // A dry run writes nothing, not even a new database file.
    Database::Options openOptions;
    openOptions.create = !parser.isSet(dryRun);
    auto database = Database::open(dbPath, openOptions);
    if (!database) {
        m_err << "bilan: " << VisibleText::of(database.message()) << '\n';
        return UserError;
    }

    if (auto told = (*database)->setChangeSource(ChangeSource::Import); !told) {
        m_err << "bilan: " << VisibleText::of(told.message()) << '\n';
        return UserError;
    }
    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    // Asked of the stream's own device, not of the process's stderr: a stream into a string or
    // a redirected file must not receive carriage-return progress lines.
    const auto* terminal = qobject_cast<TerminalSafeDevice*>(m_err.device());
    const bool showProgress = terminal && terminal->isTerminal();
    if (showProgress) {
        options.progress = [this](qint64 done, qint64 total) {
            if (total > 0) {
                m_err << '\r' << tr("Reading… %1 %").arg(done * 100 / total);
                m_err.flush();
            }
        };
    }
    const ImportResult result = CsvImporter(**database).importFile(*kind, file, options);
    if (showProgress)
        m_err << '\r' << QString(30, u' ') << '\r';

    const QLocale locale;
    for (const QString& column : result.ignoredColumns)
        m_err << tr("bilan: %1: column \"%2\" is not one of the columns of %3; it was ignored")
                     .arg(shownFile, VisibleText::of(column), CsvFormat::key(*kind))
              << '\n';
    // Which time tracker's export the file was read as, beside its problems or its rows.
    const QString readAs =
        result.sourceFormat.isEmpty()
            ? QString()
            : tr("%1: read as %2").arg(shownFile, result.sourceFormat) + QLatin1Char('\n');
    // A tracker's rows that hold no minute of work, left out of the import.
    const QString skipped = CsvImporter::describeSkipped(result);
    const QString leftOut = skipped.isEmpty()
                                ? QString()
                                : shownFile + QStringLiteral(": ") + skipped + QLatin1Char('\n');
    // What the file was read as: always in a dry run, else when it is not plain UTF-8 with
    // commas (a file that Excel saved in Windows-1252 is said so).
    const QString format = CsvImporter::describeFormat(result);
    const bool tellFormat = !format.isEmpty() && (options.dryRun || !result.plainFormat());
    if (!result.ok()) {
        if (tellFormat)
            m_err << shownFile << ": " << format << '\n';
        m_err << readAs << leftOut;
        for (const ImportProblem& problem : result.problems)
            m_err << CsvImporter::describe(file, problem) << '\n';
        m_err << (result.problems.size() == 1 ? tr("bilan: 1 problem found; nothing was written")
                                              : tr("bilan: %1 problems found; nothing was written")
                                                    .arg(locale.toString(result.problems.size())))
              << '\n';
        m_err.flush();
        return UserError;
    }
    const bool one = result.rows == 1;
    const QString rows = locale.toString(result.rows);
    if (tellFormat)
        m_out << shownFile << ": " << format << '\n';
    m_out << readAs << leftOut;
    if (options.dryRun)
        m_out << (one ? tr("%1: 1 row checked, no problem found; nothing was written (dry run)")
                            .arg(shownFile)
                      : tr("%1: %2 rows checked, no problem found; nothing was written (dry run)")
                            .arg(shownFile, rows))
              << '\n';
    else
        m_out << (one ? tr("%1: 1 row imported into %2")
                            .arg(shownFile,
                                 VisibleText::of(QDir::toNativeSeparators((*database)->path())))
                      : tr("%1: %2 rows imported into %3")
                            .arg(shownFile, rows,
                                 VisibleText::of(QDir::toNativeSeparators((*database)->path()))))
              << '\n';
    m_out.flush();
    return Success;
}

int CommandLine::exportCsv(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("What to export."));
    parser.addPositionalArgument(QStringLiteral("FILE.csv|FILE.xlsx"),
                                 tr("The file to write: CSV or an Excel workbook."));
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("export needs a KIND and a FILE.csv or FILE.xlsx"));
    const auto kind = CsvFormat::fromKey(positional.at(0));
    if (!kind)
        return usageError(
            tr("unknown kind \"%1\"; it is one of %2").arg(positional.at(0), kindList()));

    const QString dbPath = databasePath(parser);
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto database = Database::open(dbPath, options);
    if (!database) {
        m_err << "bilan: " << database.message() << '\n';
        return UserError;
    }
    // The exporter refuses the database's own files itself (OutputTarget, shared by every
    // command and dialog that writes a file).
    auto rows = CsvExporter(**database).exportFile(*kind, positional.at(1));
    if (!rows) {
        m_err << "bilan: " << rows.message() << '\n';
        return UserError;
    }
    m_out << (*rows == 1
                  ? tr("%1: 1 row exported").arg(positional.at(1))
                  : tr("%1: %2 rows exported").arg(positional.at(1), QLocale().toString(*rows)))
          << '\n';
    m_out.flush();
    return Success;
}

} // namespace bilan
