#include "YearArguments.h"

#include "CommandSupport.h"
#include "IntegrityCheck.h"
#include "SettingsRepository.h"

namespace bilan {

QCommandLineOption YearArguments::yearOption()
{
    return QCommandLineOption(QStringLiteral("year"), tr("The fiscal year, as 2019-2020."),
                              tr("YEAR"));
}

std::optional<int> YearArguments::parse(QCommandLineParser& parser, const QStringList& arguments,
                                        const QString& command, QTextStream& err,
                                        const QString& usage)
{
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments))
        return usageError(err, parser.errorText(), usage);
    if (const QStringList stray = parser.positionalArguments(); !stray.isEmpty())
        return usageError(err, tr("unexpected argument \"%1\"").arg(stray.constFirst()), usage);
    if (!parser.isSet(yearOption().names().constFirst()))
        return usageError(err, tr("%1 needs --year, as in --year 2019-2020").arg(command), usage);
    return std::nullopt;
}

Result<YearArguments::Opened> YearArguments::open(const QCommandLineParser& parser)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto database = Database::open(databasePath(parser), options);
    if (!database)
        return database.error();
    // The figures read the hours through their indexes: a damaged page of the table itself
    // must not go unseen behind figures that look complete.
    if (auto readable = checkReadable(**database); !readable)
        return readable.error();
    // The year's name depends on the cooperative's fiscal start month.
    auto startMonth = SettingsRepository(**database).fiscalStartMonth();
    if (!startMonth)
        return startMonth.error();
    auto year = FiscalYear::parse(parser.value(yearOption().names().constFirst()), *startMonth);
    if (!year)
        return year.error();
    return Opened{std::move(*database), *year};
}

} // namespace bilan
