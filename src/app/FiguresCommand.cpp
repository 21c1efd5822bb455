#include "FiguresCommand.h"

#include "CommandSupport.h"

#include "FiguresCalculator.h"
#include "FiguresJson.h"
#include "FiguresText.h"
#include "Formatting.h"
#include "YearArguments.h"

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
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({databaseOption(), YearArguments::yearOption(), json});
    if (auto failed = YearArguments::parse(parser, arguments, QStringLiteral("figures"), err,
                                           FiguresCommand::usage()))
        return *failed;
    auto opened = YearArguments::open(parser);
    if (!opened)
        return userError(err, opened.message());
    auto figures = FiguresCalculator(*opened->database).compute(opened->year.startYear());
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
