#include "HistoryCommand.h"

#include "ChangeLog.h"
#include "ChangeText.h"
#include "CommandSupport.h"
#include "VisibleText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace bilan {

namespace {

// A day given as YYYY-MM-DD; nothing when it is not one.
std::optional<QDate> dayOf(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return std::nullopt;
    return date;
}

// One line a change: when (UTC), who, where, what did it, the operation, the row, then the
// changed columns; "⚑ late" at the end of a late one.
QString lineOf(const ChangeRecord& record)
{
    QStringList parts{record.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                          QStringLiteral(" UTC"),
                      record.actor,
                      record.desk,
                      ChangeText::sourceName(record.source),
                      ChangeText::operationName(record.operation),
                      ChangeText::rowName(record)};
    const QStringList changes = ChangeText::changes(record);
    if (!changes.isEmpty())
        parts << changes.join(QStringLiteral("; "));
    if (record.late)
        parts << HistoryCommand::tr("⚑ late");
    // A value may hold anything, a line break or a terminal's escape among them.
    return VisibleText::of(parts.join(QStringLiteral("  ")));
}

} // namespace

QString HistoryCommand::usage()
{
    return tr("Usage:\n"
              "  bilan history --db FILE [--since YYYY-MM-DD] [--until YYYY-MM-DD]\n"
              "                [--table TABLE] [--actor WHO] [--late] [--json]\n"
              "\n"
              "Prints the history of changes, newest first: one line a change (its time in UTC,\n"
              "who, which desk, what made it, the operation, the table and row, and each changed\n"
              "column as \"column: before → after\"), or with --json one JSON array. On a server,\n"
              "only the director's login may read it.\n"
              "TABLE is one of: %1.\n")
        .arg(recordedTables().join(QStringLiteral(", ")));
}

int HistoryCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("Only the changes made on or after this day (UTC)."),
                                   tr("DATE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   tr("Only the changes made on or before this day (UTC)."),
                                   tr("DATE"));
    const QCommandLineOption table(QStringLiteral("table"), tr("Only the changes to this table."),
                                   tr("TABLE"));
    const QCommandLineOption actor(QStringLiteral("actor"), tr("Only the changes made by WHO."),
                                   tr("WHO"));
    const QCommandLineOption late(QStringLiteral("late"), tr("Only the late changes."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON array."));
    parser.addOptions({databaseOption(), since, until, table, actor, late, json});
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments))
        return usageError(err, parser.errorText(), usage());
    if (const QStringList stray = parser.positionalArguments(); !stray.isEmpty())
        return usageError(err, tr("unexpected argument \"%1\"").arg(VisibleText::of(stray.at(0))),
                          usage());

    // The history is read from a database named on purpose, never the data folder's by default.
    if (!parser.isSet(databaseOption().names().constFirst()))
        return usageError(err, tr("history needs --db FILE, the database to read"), usage());
    ChangeFilter filter;
    for (const auto& [option, day] : {std::pair{&since, &filter.since}, {&until, &filter.until}}) {
        if (!parser.isSet(*option))
            continue;
        const QString text = parser.value(*option);
        const auto date = dayOf(text);
        if (!date)
            return userError(err, tr("--%1: \"%2\" is not a date; write it as YYYY-MM-DD, as in "
                                     "2026-01-31")
                                      .arg(option->names().constFirst(), VisibleText::of(text)));
        *day = *date;
    }
    if (filter.since.isValid() && filter.until.isValid() && filter.until < filter.since)
        return userError(
            err, tr("--until %1 comes before --since %2")
                     .arg(filter.until.toString(Qt::ISODate), filter.since.toString(Qt::ISODate)));
    if (parser.isSet(table)) {
        filter.table = parser.value(table);
        if (!recordedTables().contains(filter.table))
            return userError(err, tr("unknown table \"%1\"; it is one of %2")
                                      .arg(VisibleText::of(filter.table),
                                           recordedTables().join(QStringLiteral(", "))));
    }
    filter.actor = parser.value(actor);
    filter.lateOnly = parser.isSet(late);

    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto database = Database::open(databasePath(parser), options);
    if (!database)
        return userError(err, database.message());
    auto records = ChangeLog(**database).list(filter);
    if (!records)
        return userError(err, records.message());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ChangeRecord& record : *records)
            array.append(ChangeText::toJson(record));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const ChangeRecord& record : *records)
            out << lineOf(record) << '\n';
        if (records->isEmpty())
            err << tr("bilan: no change matches") << '\n';
    }
    out.flush();
    err.flush();
    return CommandLine::Success;
}

} // namespace bilan
