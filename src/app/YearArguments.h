#pragma once

#include "Database.h"
#include "FiscalYear.h"
#include "Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace bilan {

// What the commands that read one fiscal year (`figures`, `report`) share: the --year option,
// the checks of their arguments, and the database opened read-only with the year named in the
// cooperative's own fiscal calendar.
class YearArguments
{
    Q_DECLARE_TR_FUNCTIONS(bilan::YearArguments)

public:
    static QCommandLineOption yearOption();

    // Parses `arguments` (the command word already taken off) with the options already added
    // to `parser`. A usage problem (an unknown option, a stray argument, no --year) is written
    // to `err` with `usage`, and its exit status returned; nothing when all is well.
    static std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                                    const QString& command, QTextStream& err, const QString& usage);

    struct Opened
    {
        std::unique_ptr<Database> database;
        FiscalYear year;
    };
    // Opens --db read-only, refuses a damaged file, and reads --year with the fiscal year's
    // first month stored in the database.
    static Result<Opened> open(const QCommandLineParser& parser);
};

} // namespace bilan
