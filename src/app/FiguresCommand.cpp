#include "FiguresCommand.h"

#include "CommandSupport.h"

#include "Database.h"
#include "FiguresCalculator.h"
#include "FiguresJson.h"
#include "FiguresText.h"
#include "FiscalYear.h"
#include "Formatting.h"
#include "IntegrityCheck.h"
#include "SettingsRepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

namespace bilan {

QString FiguresCommand::usage()
{
    return tr("Usage:\n"
              "  bilan figures --db FILE --year 2019-2020 [--json]\n"
              "\n"
              "Prints the figures of one fiscal year: a table, or with --json one JSON object\n"
              "(money in cents, time in minutes, percentages with one decimal, null when a\n"
              "figure cannot be computed).\n");
}

int FiguresCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption year(QStringLiteral("year"), tr("The fiscal year, as 2019-2020."),
                                  tr("YEAR"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({db, year, json});
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments))
        return usageError(err, parser.errorText(), FiguresCommand::usage());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            err, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
            FiguresCommand::usage());
    if (!parser.isSet(year))
        return usageError(err, tr("figures needs --year, as in --year 2019-2020"),
                          FiguresCommand::usage());

    Database::Options options;
    options.access = Database::Access::ReadOnly;
    const QString path = databasePath(parser);
    auto database = Database::open(path, options);
    if (!database)
        return userError(err, database.message());
    // The figures read the hours through their indexes: a damaged page of the table itself
    // must not go unseen behind figures that look complete.
    if (auto readable = checkReadable(**database); !readable)
        return userError(err, readable.message());
    // The year's name depends on the cooperative's fiscal start month.
    auto startMonth = SettingsRepository(**database).fiscalStartMonth();
    if (!startMonth)
        return userError(err, startMonth.message());
    auto fiscalYear = FiscalYear::parse(parser.value(year), *startMonth);
    if (!fiscalYear)
        return userError(err, fiscalYear.message());
    auto figures = FiguresCalculator(**database).compute(fiscalYear->startYear());
    if (!figures)
        return userError(err, figures.message());

    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(toJson(*figures)).toJson(QJsonDocument::Indented));
    else
        out << FiguresText::render(*figures, Formatting(QLocale()));
    out.flush();
    return CommandLine::Success;
}

} // namespace bilan
