#include "ServerAccess.h"

#include "SqlSupport.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>

namespace bilan {

QString ServerAccess::anotherExpertsEntry()
{
    return tr("this entry belongs to another expert; your login records only its own expert's "
              "hours");
}

QString ServerAccess::hoursRefused(const QString& login)
{
    return tr("your login (%1) records no hours; ask the cooperative's director for a staff "
              "login bound to your expert")
        .arg(login);
}

Status ServerAccess::mayWriteHours(qint64 expert, const QString& login) const
{
    if (mayWriteHoursOf(expert))
        return {};
    return fail(role == Role::Staff && expertId ? anotherExpertsEntry() : hoursRefused(login),
                QStringLiteral("expert"));
}

namespace {

Result<ServerAccess> readFromServer(Database& database)
{
    ServerAccess access;
    // The owner of Bilan's tables (who ran `bilan server init`, or who made the schema on a
    // server without roles) and a superuser pass every grant and policy.
    auto query = sql::run(
        database, QStringLiteral(
                      "SELECT r.rolsuper OR EXISTS (SELECT 1 FROM pg_tables t "
                      "WHERE t.schemaname = current_schema() AND t.tablename = 'schema_migrations' "
                      "AND pg_has_role(current_user, t.tableowner, 'USAGE')), "
                      "COALESCE((SELECT string_agg(g.rolname, ',') FROM pg_roles g "
                      "WHERE g.rolname IN ('bilan_director', 'bilan_secretary', 'bilan_staff') "
                      "AND pg_has_role(current_user, g.oid, 'USAGE')), ''), "
                      "to_regclass('expert_logins') IS NOT NULL "
                      "FROM pg_roles r WHERE r.rolname = current_user"));
    auto found = sql::first(database, query);
    if (!found)
        return found.error();
    if (!*found)
        return access;
    const bool owner = query->value(0).toBool();
    const QStringList groups = query->value(1).toString().split(u',', Qt::SkipEmptyParts);
    const bool bindings = query->value(2).toBool();
    if (owner)
        access.role = ServerAccess::Role::Everything;
    else if (groups.contains(QLatin1String("bilan_director")))
        access.role = ServerAccess::Role::Director;
    else if (groups.contains(QLatin1String("bilan_secretary")))
        access.role = ServerAccess::Role::Secretary;
    else if (groups.contains(QLatin1String("bilan_staff")))
        access.role = ServerAccess::Role::Staff;
    else
        access.role = ServerAccess::Role::ReadOnly;
    if (access.role != ServerAccess::Role::Staff || !bindings)
        return access;
    auto bound = sql::scalar(
        database, QStringLiteral("SELECT expert_id FROM expert_logins WHERE login = current_user"));
    if (!bound)
        return bound.error();
    if (!bound->isNull())
        access.expertId = bound->toLongLong();
    return access;
}

} // namespace

// Read once per connection, not on every save: each read is a round trip or two to the server,
// and a save's time on a busy machine grows with its round trips (docs/performance.md). A role
// or binding changed by the administrator takes effect in Bilan's own checks at the next
// connection (the server's grants and policies apply at once all the same). Connections are
// named uniquely for the life of the process; a reconnection, which opens a new libpq
// connection under the same name, reads again.
Result<ServerAccess> readAccess(Database& database)
{
    if (!database.isServer())
        return ServerAccess{};
    struct Known
    {
        const void* handle = nullptr;
        ServerAccess access;
    };
    static QMutex mutex;
    static QHash<QString, Known> known;
    const QString connection = database.connection().connectionName();
    const QVariant driverHandle = database.connection().driver()->handle();
    const void* handle = driverHandle.isValid()
                             ? *static_cast<const void* const*>(driverHandle.constData())
                             : nullptr;
    {
        QMutexLocker lock(&mutex);
        const auto found = known.constFind(connection);
        if (found != known.constEnd() && handle && found->handle == handle)
            return found->access;
    }
    auto read = readFromServer(database);
    if (read) {
        QMutexLocker lock(&mutex);
        known.insert(connection, Known{handle, *read});
    }
    return read;
}

Result<bool> personalDetailsReadable(Database& database)
{
    if (!database.isServer())
        return true;
    auto readable =
        sql::scalar(database, QStringLiteral("SELECT has_column_privilege('experts', 'gender', "
                                             "'SELECT') AND has_column_privilege('experts', "
                                             "'birth_year', 'SELECT')"));
    if (!readable)
        return readable.error();
    return readable->toBool();
}

} // namespace bilan
