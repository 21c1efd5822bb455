#include "ReportCommand.h"

#include "CommandSupport.h"

#include "Paper.h"

#include "ReportInput.h"
#include "ReportInputLoader.h"
#include "ReportOdt.h"
#include "ReportPdf.h"
#include "YearArguments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace bilan {

QString ReportCommand::usage()
{
    return tr("Usage:\n"
              "  bilan report --db FILE --year 2019-2020 [--pdf OUT.pdf] [--odt OUT.odt]\n"
              "               [--lang fr|en] [--paper a4|letter]\n"
              "\n"
              "Writes the annual activity report of one fiscal year as a PDF, as an OpenDocument\n"
              "text to edit in a word processor, or both, in French (the default) or in English.\n"
              "The PDF is on Letter paper in Canada and the United States and on A4 elsewhere\n"
              "(from the system's locale) unless --paper says which.\n");
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
    const QCommandLineOption odt(QStringLiteral("odt"),
                                 tr("The OpenDocument text file to write (editable)."),
                                 tr("OUT.odt"));
    parser.addOptions({databaseOption(), YearArguments::yearOption(), pdf, odt, lang, paper});
    if (auto failed = YearArguments::parse(parser, arguments, QStringLiteral("report"), err,
                                           ReportCommand::usage()))
        return *failed;
    const QString pdfTarget = parser.value(pdf);
    const QString odtTarget = parser.value(odt);
    if (pdfTarget.isEmpty() && odtTarget.isEmpty())
        return usageError(err, tr("report needs --pdf or --odt, the file to write"),
                          ReportCommand::usage());
    if (!pdfTarget.isEmpty() && !odtTarget.isEmpty() &&
        QFileInfo(pdfTarget).absoluteFilePath() == QFileInfo(odtTarget).absoluteFilePath())
        return usageError(err, tr("--pdf and --odt name the same file"), ReportCommand::usage());
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

    if (!pdfTarget.isEmpty()) {
        auto pages = ReportPdf::write(*input, pdfTarget, opened->database->path(), *paperSize);
        if (!pages)
            return userError(err, pages.message());
        out << (*pages == 1
                    ? tr("%1: 1 page written").arg(QDir::toNativeSeparators(pdfTarget))
                    : tr("%1: %2 pages written")
                          .arg(QDir::toNativeSeparators(pdfTarget), QLocale().toString(*pages)))
            << '\n';
        out.flush();
    }
    if (!odtTarget.isEmpty()) {
        auto charts = ReportOdt::write(*input, odtTarget, opened->database->path());
        if (!charts)
            return userError(err, charts.message());
        out << tr("%1: OpenDocument text written").arg(QDir::toNativeSeparators(odtTarget)) << '\n';
        out.flush();
    }
    return CommandLine::Success;
}

} // namespace bilan
