#include "ReportCommand.h"

#include "CommandSupport.h"

#include "Database.h"
#include "FiguresCalculator.h"
#include "FiscalYear.h"
#include "ReportInput.h"
#include "ReportInputLoader.h"
#include "ReportPdf.h"
#include "ReportTextRepository.h"
#include "SettingsRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

namespace bilan {

QString ReportCommand::usage()
{
    return tr("Usage:\n"
              "  bilan report --db FILE --year 2019-2020 --pdf OUT.pdf [--lang fr|en]\n"
              "\n"
              "Writes the annual activity report of one fiscal year as a PDF, in French (the\n"
              "default) or in English.\n");
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption year(QStringLiteral("year"), tr("The fiscal year, as 2019-2020."),
                                  tr("YEAR"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("The PDF file to write."),
                                 tr("OUT.pdf"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The report's language: fr or en."),
                                  tr("LANG"), QStringLiteral("fr"));
    parser.addOptions({db, year, pdf, lang});
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments))
        return usageError(err, parser.errorText(), ReportCommand::usage());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            err, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
            ReportCommand::usage());
    if (!parser.isSet(year))
        return usageError(err, tr("report needs --year, as in --year 2019-2020"),
                          ReportCommand::usage());
    if (!parser.isSet(pdf) || parser.value(pdf).isEmpty())
        return usageError(err, tr("report needs --pdf, the file to write"), ReportCommand::usage());
    const QString language = parser.value(lang).trimmed().toLower();
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return usageError(err, tr("--lang is fr or en, not \"%1\"").arg(parser.value(lang)),
                          ReportCommand::usage());

    Database::Options options;
    options.access = Database::Access::ReadOnly;
    const QString path = databasePath(parser);
    auto database = Database::open(path, options);
    if (!database)
        return userError(err, database.message());
    SettingsRepository settings(**database);
    // The year's name depends on the cooperative's fiscal start month.
    auto startMonth = settings.fiscalStartMonth();
    if (!startMonth)
        return userError(err, startMonth.message());
    auto fiscalYear = FiscalYear::parse(parser.value(year), *startMonth);
    if (!fiscalYear)
        return userError(err, fiscalYear.message());

    auto input = ReportInputLoader::load(**database, fiscalYear->startYear(),
                                         language == QLatin1String("fr") ? ReportLanguage::French
                                                                         : ReportLanguage::English);
    if (!input)
        return userError(err, input.message());

    const QString target = parser.value(pdf);
    auto pages = ReportPdf::write(*input, target, (*database)->path());
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
