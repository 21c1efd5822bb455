#include "DemoCommand.h"

#include "CommandSupport.h"

#include "CommandLine.h"
#include "Database.h"
#include "DemoData.h"
#include "ExpertRepository.h"
#include "OrganisationRepository.h"
#include "OutputTarget.h"
#include "ServiceEntryRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace bilan {

namespace {

// A file this command created must not stay behind, half-made, when the demo fails.
void removeCreated(const QString& path)
{
    for (const QString& file : OutputTarget::databaseFiles(path))
        QFile::remove(file);
}

} // namespace

int DemoCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments))
        return usageError(err, parser.errorText(), CommandLine::usage());
    if (!parser.positionalArguments().isEmpty())
        return usageError(err,
                          tr("demo takes no argument besides --db FILE (got \"%1\")")
                              .arg(parser.positionalArguments().join(u' ')),
                          CommandLine::usage());
    // Never the user's own database by default: the demo goes where it is told.
    if (!parser.isSet(db))
        return usageError(err, tr("demo needs --db FILE, the database file to create"),
                          CommandLine::usage());
    const QString path = parser.value(db);
    const bool existed = Database::isServerAddress(path) || QFileInfo::exists(path);

    QElapsedTimer timer;
    timer.start();
    Status created;
    qint64 organisations = 0;
    qint64 experts = 0;
    qint64 entries = 0;
    {
        auto database = Database::open(path);
        if (!database)
            return userError(err, database.message());
        created = DemoData::create(**database);
        if (created) {
            auto organisationCount = OrganisationRepository(**database).count();
            auto expertList = ExpertRepository(**database).all();
            auto entryCount = ServiceEntryRepository(**database).count({});
            if (organisationCount && expertList && entryCount) {
                organisations = *organisationCount;
                experts = expertList->size();
                entries = *entryCount;
            }
        }
    }
    if (!created) {
        if (!existed)
            removeCreated(path);
        return userError(err, created.message());
    }

    const QLocale locale;
    out << tr("%1: demo database written in %2 s: %3 organisations, %4 experts, %5 hour entries "
              "over the fiscal years 2015-2016 to 2024-2025")
               .arg(QDir::toNativeSeparators(path),
                    locale.toString(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1),
                    locale.toString(organisations), locale.toString(experts),
                    locale.toString(entries))
        << '\n';
    out.flush();
    return CommandLine::Success;
}

} // namespace bilan
