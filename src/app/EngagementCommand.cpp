#include "EngagementCommand.h"

#include "CommandSupport.h"

#include "Engagement.h"
#include "EngagementJson.h"
#include "EngagementRepository.h"
#include "EngagementText.h"
#include "Formatting.h"
#include "YearArguments.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

namespace bilan {

QString EngagementCommand::usage()
{
    return tr("Usage:\n"
              "  bilan engagement --db FILE --year 2019-2020 [--json]\n"
              "\n"
              "Prints member engagement in one fiscal year: the members retained and lost, each\n"
              "organisation's hours against the year before and its status (at risk, lapsed,\n"
              "declining, new, steady, growing, non-member), and the members by year joined.\n"
              "With --json, one JSON object (time in minutes, percentages with one decimal).\n");
}

int EngagementCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({databaseOption(), YearArguments::yearOption(), json});
    if (auto failed = YearArguments::parse(parser, arguments, QStringLiteral("engagement"), err,
                                           EngagementCommand::usage()))
        return *failed;
    auto opened = YearArguments::open(parser);
    if (!opened)
        return userError(err, opened.message());
    auto inputs = EngagementRepository(*opened->database).load(opened->year);
    if (!inputs)
        return userError(err, inputs.message());
    const Engagement engagement = computeEngagement(opened->year, *inputs);

    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(toJson(engagement)).toJson(QJsonDocument::Indented));
    else
        out << EngagementText::render(engagement, Formatting(QLocale()));
    out.flush();
    return CommandLine::Success;
}

} // namespace bilan
