#include "FiguresCommand.h"

#include "CommandSupport.h"

#include "FiguresCalculator.h"
#include "FiguresJson.h"
#include "FiguresText.h"
#include "FiguresWorkbook.h"
#include "Formatting.h"
#include "YearArguments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>

namespace bilan {

QString FiguresCommand::usage()
{
    return tr("Usage:\n"
              "  bilan figures --db FILE --year 2019-2020 [--json]\n"
              "  bilan figures --db FILE --year 2019-2020 --xlsx FILE.xlsx [--lang fr|en]\n"
              "\n"
              "Prints the figures of one fiscal year: a table, or with --json one JSON object\n"
              "(money in cents, time in minutes, percentages with one decimal, null when a\n"
              "figure cannot be computed). With --xlsx, writes them as an Excel workbook\n"
              "instead: one sheet per section of the report, the year before beside each\n"
              "figure, in French or English (--lang; the system's language by default).\n");
}

int FiguresCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"),
                                  tr("The Excel workbook to write, one sheet per section."),
                                  tr("FILE.xlsx"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The workbook's language: fr or en."),
                                  tr("LANG"));
    parser.addOptions({databaseOption(), YearArguments::yearOption(), json, xlsx, lang});
    if (auto failed = YearArguments::parse(parser, arguments, QStringLiteral("figures"), err,
                                           FiguresCommand::usage()))
        return *failed;
    if (parser.isSet(xlsx) && parser.isSet(json))
        return usageError(err, tr("--json and --xlsx: choose one"), FiguresCommand::usage());
    if (parser.isSet(lang) && !parser.isSet(xlsx))
        return usageError(err, tr("--lang is the workbook's language: it goes with --xlsx"),
                          FiguresCommand::usage());
    const QString language = parser.isSet(lang) ? parser.value(lang).trimmed().toLower()
                             : QLocale().language() == QLocale::French ? QStringLiteral("fr")
                                                                       : QStringLiteral("en");
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return usageError(err, tr("--lang is fr or en, not \"%1\"").arg(parser.value(lang)),
                          FiguresCommand::usage());
    auto opened = YearArguments::open(parser);
    if (!opened)
        return userError(err, opened.message());
    auto figures = FiguresCalculator(*opened->database).compute(opened->year.startYear());
    if (!figures)
        return userError(err, figures.message());

    if (parser.isSet(xlsx)) {
        // The year before, read the same way, beside each figure.
        auto previous = FiguresCalculator(*opened->database).compute(opened->year.startYear() - 1);
        if (!previous)
            return userError(err, previous.message());
        const QString target = parser.value(xlsx);
        const QList<TableData> sheets = FiguresWorkbook::sheets(
            *figures, *previous,
            language == QLatin1String("fr") ? ReportLanguage::French : ReportLanguage::English);
        if (auto written = TableFile::write(sheets, target, opened->database->path()); !written)
            return userError(err, written.message());
        out << tr("%1: %2 sheets written")
                   .arg(QDir::toNativeSeparators(target), QLocale().toString(sheets.size()))
            << '\n';
        out.flush();
        return CommandLine::Success;
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(toJson(*figures)).toJson(QJsonDocument::Indented));
    else
        out << FiguresText::render(*figures, Formatting(QLocale()));
    out.flush();
    return CommandLine::Success;
}

} // namespace bilan
