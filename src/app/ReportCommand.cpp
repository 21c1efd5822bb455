#include "ReportCommand.h"

#include "CommandSupport.h"

#include "Paper.h"

#include "ReportInput.h"
#include "ReportInputLoader.h"
#include "ReportPdf.h"
#include "YearArguments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

namespace bilan {

QString ReportCommand::usage()
{
    return tr("Usage:\n"
              "  bilan report --db FILE --year 2019-2020 --pdf OUT.pdf [--lang fr|en]\n"
              "               [--paper a4|letter]\n"
              "\n"
              "Writes the annual activity report of one fiscal year as a PDF, in French (the\n"
              "default) or in English, on Letter paper in Canada and the United States and on\n"
              "A4 elsewhere (from the system's locale) unless --paper says which.\n");
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("The PDF file to write."),
                                 tr("OUT.pdf"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The report's language: fr or en."),
                                  tr("LANG"), QStringLiteral("fr"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   tr("The paper: a4 or letter (default: the system's)."),
                                   tr("PAPER"));
    parser.addOptions({databaseOption(), YearArguments::yearOption(), pdf, lang, paper});
    if (auto failed = YearArguments::parse(parser, arguments, QStringLiteral("report"), err,
                                           ReportCommand::usage()))
        return *failed;
    if (!parser.isSet(pdf) || parser.value(pdf).isEmpty())
        return usageError(err, tr("report needs --pdf, the file to write"), ReportCommand::usage());
    const QString language = parser.value(lang).trimmed().toLower();
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return usageError(err, tr("--lang is fr or en, not \"%1\"").arg(parser.value(lang)),
                          ReportCommand::usage());
    const auto paperSize =
        parser.isSet(paper) ? Paper::fromCode(parser.value(paper)) : Paper::systemDefault();
    if (!paperSize)
        return usageError(err, tr("--paper is a4 or letter, not \"%1\"").arg(parser.value(paper)),
                          ReportCommand::usage());

    auto opened = YearArguments::open(parser);
    if (!opened)
        return userError(err, opened.message());
    auto input = ReportInputLoader::load(*opened->database, opened->year.startYear(),
                                         language == QLatin1String("fr") ? ReportLanguage::French
                                                                         : ReportLanguage::English);
    if (!input)
        return userError(err, input.message());

    const QString target = parser.value(pdf);
    auto pages = ReportPdf::write(*input, target, opened->database->path(), *paperSize);
    if (!pages)
        return userError(err, pages.message());
    out << (*pages == 1 ? tr("%1: 1 page written").arg(QDir::toNativeSeparators(target))
                        : tr("%1: %2 pages written")
                              .arg(QDir::toNativeSeparators(target), QLocale().toString(*pages)))
        << '\n';
    out.flush();
    return CommandLine::Success;
}

} // namespace bilan
