#include "CopyCommand.h"

#include "CommandSupport.h"

#include "DatabaseCopy.h"
#include "TerminalSafeDevice.h"
#include "VisibleText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace bilan {

QString CopyCommand::usage()
{
    return tr("Usage:\n"
              "  bilan copy --db SOURCE TARGET\n"
              "\n"
              "Copies the whole database SOURCE into TARGET, each a file or a server address\n"
              "(postgresql://[user@]host[:port]/database[?sslmode=require]). TARGET is a new\n"
              "file, or a database that holds no Bilan data yet; nothing is written unless the\n"
              "whole copy succeeds. The password of a server comes from PGPASSWORD, ~/.pgpass\n"
              "or a service file.\n");
}

int CopyCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addPositionalArgument(QStringLiteral("TARGET"), tr("The file or server to copy into."));
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments))
        return usageError(err, parser.errorText(), usage());
    // The arguments are not repeated: an address may carry a password.
    if (parser.positionalArguments().size() != 1)
        return usageError(err, tr("copy needs exactly one TARGET after --db SOURCE"), usage());
    const QString source = databasePath(parser);
    const QString target = parser.positionalArguments().constFirst();

    DatabaseCopy::Options options;
    // Asked of the stream's own device: a stream into a string or a redirected file gets no
    // carriage-return progress lines.
    const auto* terminal = qobject_cast<TerminalSafeDevice*>(err.device());
    const bool showProgress = terminal && terminal->isTerminal();
    if (showProgress) {
        options.progress = [&err](const QString& table, qint64 done, qint64 total) {
            if (total > 0) {
                err << '\r' << tr("Copying %1… %2 %").arg(table).arg(done * 100 / total)
                    << QStringLiteral("     ");
                err.flush();
            }
        };
    }
    QElapsedTimer timer;
    timer.start();
    auto copied = DatabaseCopy::copy(source, target, options);
    if (showProgress) {
        err << '\r' << QString(60, u' ') << '\r';
        err.flush();
    }
    if (!copied)
        return userError(err, VisibleText::of(copied.message()));

    const QLocale locale;
    out << tr("%1 copied into %2 in %3 s: %4 rows in %5 tables, %6 of them hour entries")
               .arg(VisibleText::of(QDir::toNativeSeparators(copied->source)),
                    VisibleText::of(copied->target),
                    locale.toString(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1),
                    locale.toString(copied->rows()), locale.toString(copied->tables.size()),
                    locale.toString(copied->rowsOf(QStringLiteral("service_entries"))))
        << '\n';
    out.flush();
    return CommandLine::Success;
}

} // namespace bilan
