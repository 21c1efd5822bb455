#include "ServerCommand.h"

#include "CommandSupport.h"

#include "Database.h"
#include "ServerRoles.h"
#include "VisibleText.h"

#include <QCommandLineParser>

namespace bilan {

QString ServerCommand::usage()
{
    return tr("Usage:\n"
              "  bilan server init --db postgresql://[user@]host[:port]/database\n"
              "      the schema and the roles bilan_director, bilan_secretary and bilan_staff\n"
              "      (run by the server's administrator, again after each upgrade of Bilan)\n"
              "  bilan server grant --db postgresql://… LOGIN staff|secretary|director "
              "[--expert NAME]\n"
              "      makes LOGIN (created without a password when missing) a member of one "
              "role;\n"
              "      --expert binds a staff login to the expert whose hours it records\n");
}

int ServerCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption expert(
        QStringLiteral("expert"), tr("The expert whose hours a staff login records."), tr("NAME"));
    parser.addOptions({db, expert});
    if (!parser.parse(QStringList{QStringLiteral("bilan")} + arguments))
        return usageError(err, parser.errorText(), usage());
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("init") && action != QLatin1String("grant"))
        return usageError(err,
                          positional.isEmpty()
                              ? tr("server needs init or grant")
                              : tr("unknown server command \"%1\"; it is init or grant")
                                    .arg(VisibleText::of(action)),
                          usage());
    // Roles are a server's: a file has no logins to grant anything to.
    if (!parser.isSet(db) || !Database::isServerAddress(parser.value(db)))
        return usageError(err,
                          tr("server commands need a server address: --db "
                             "postgresql://[user@]host[:port]/database"),
                          usage());
    std::optional<ServerRoles::Role> role;
    if (action == QLatin1String("init")) {
        if (positional.size() != 1 || parser.isSet(expert))
            return usageError(err, tr("server init takes only --db"), usage());
    } else {
        if (positional.size() != 3)
            return usageError(err, tr("server grant needs a LOGIN and a role"), usage());
        role = ServerRoles::fromWord(positional.at(2));
        if (!role)
            return usageError(err,
                              tr("unknown role \"%1\"; it is staff, secretary or director")
                                  .arg(VisibleText::of(positional.at(2))),
                              usage());
        if (parser.isSet(expert) && *role != ServerRoles::Role::Staff)
            return usageError(err, tr("--expert binds a staff login to its expert"), usage());
    }

    auto database = Database::open(parser.value(db));
    if (!database)
        return userError(err, database.message());
    const QString where = (*database)->path();
    if (!role) {
        if (auto done = ServerRoles::initServer(**database); !done)
            return userError(err, done.message());
        out << tr("%1: Bilan's roles are ready: bilan_director (everything), bilan_secretary "
                  "(meetings, attendance, board and report texts; reads the rest), bilan_staff "
                  "(reads organisations, experts' names and hours; records its own expert's "
                  "hours).\nGive each person a login: bilan server grant --db %1 LOGIN "
                  "staff|secretary|director [--expert NAME]")
                   .arg(where)
            << '\n';
        out.flush();
        return CommandLine::Success;
    }

    const QString login = positional.at(1);
    const auto expertName =
        parser.isSet(expert) ? std::optional<QString>(parser.value(expert)) : std::nullopt;
    auto granted = ServerRoles::grantLogin(**database, login, *role, expertName);
    if (!granted)
        return userError(err, granted.message());
    const QString shown = VisibleText::of(login);
    if (granted->created)
        out << tr("%1: login %2 created without a password; set one with the server's own "
                  "tools (in psql: \\password %2)")
                   .arg(where, shown)
            << '\n';
    if (*role != ServerRoles::Role::Staff)
        out << tr("%1: %2 is now %3").arg(where, shown, ServerRoles::groupName(*role)) << '\n';
    else if (granted->expertName.isEmpty())
        out << tr("%1: %2 is now bilan_staff, bound to no expert yet: it reads the hours but "
                  "records none until bilan server grant … --expert NAME binds it")
                   .arg(where, shown)
            << '\n';
    else
        out << tr("%1: %2 is now bilan_staff and records the hours of %3")
                   .arg(where, shown, VisibleText::of(granted->expertName))
            << '\n';
    out.flush();
    return CommandLine::Success;
}

} // namespace bilan
