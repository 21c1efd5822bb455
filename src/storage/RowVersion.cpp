#include "RowVersion.h"

#include "SqlSupport.h"

#include <QLocale>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace bilan {

namespace {

QString systemUser()
{
    static const QString user = [] {
        if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
            return QString::fromLocal8Bit(entry->pw_name);
        return qEnvironmentVariable("USER");
    }();
    return user;
}

QString hostName()
{
    static const QString host = QSysInfo::machineHostName();
    return host;
}

// The version a save writes: the clock's time, and always later than the version it replaces
// (two saves within one millisecond, a clock set back) so that a desk holding the old version
// is refused.
QString nextVersion(const Database& database, const QDateTime& loaded)
{
    QDateTime now = database.clock().now().toUTC();
    if (loaded.isValid() && now <= loaded)
        now = loaded.toUTC().addMSecs(1);
    return now.toString(Qt::ISODateWithMs);
}

} // namespace

QString RowVersion::author(const Database& database)
{
    const QString who = database.isServer() ? database.login() : systemUser();
    return QStringLiteral("%1@%2").arg(who, hostName());
}

Status RowVersion::update(Database& database, const QString& table, const QString& assignments,
                          QVariantList values, const QString& key, const QVariantList& keyValues,
                          const QDateTime& loaded)
{
    QString statement = QStringLiteral("UPDATE %1 SET %2, updated_at = ?, updated_by = ? WHERE %3")
                            .arg(table, assignments, key);
    values << nextVersion(database, loaded) << author(database) << keyValues;
    if (loaded.isValid()) {
        statement += QStringLiteral(" AND updated_at = ?");
        values << loaded.toUTC().toString(Qt::ISODateWithMs);
    }
    auto updated = sql::run(database, statement, values);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() > 0)
        return {};
    return refusal(database, table, key, keyValues, {});
}

Status RowVersion::check(Database& database, const QString& table, const QString& key,
                         const QVariantList& keyValues, const QDateTime& loaded)
{
    if (!loaded.isValid())
        return {};
    return refusal(database, table, key, keyValues, loaded);
}

// The version of the row matching `key`: who wrote it and when; none when there is no such row.
Result<std::optional<RowVersion::Stored>> RowVersion::stored(Database& database,
                                                             const QString& table,
                                                             const QString& key,
                                                             const QVariantList& keyValues)
{
    auto query = sql::run(
        database, QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE %2").arg(table, key),
        keyValues);
    if (!query)
        return query.error();
    auto found = sql::next(database, *query);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Stored>{};
    return std::optional<Stored>{
        Stored{query->value(0).toString(), sql::toTimestamp(query->value(1))}};
}

Status RowVersion::checkAbsent(Database& database, const QString& table, const QString& key,
                               const QVariantList& keyValues)
{
    auto version = stored(database, table, key, keyValues);
    if (!version)
        return version.error();
    if (!*version)
        return {};
    return changedElsewhere((*version)->by, (*version)->at);
}

Status RowVersion::refusal(Database& database, const QString& table, const QString& key,
                           const QVariantList& keyValues, const QDateTime& loaded)
{
    auto version = stored(database, table, key, keyValues);
    if (!version)
        return version.error();
    if (!*version) {
        // The form shows the stored rows again, without this one.
        Error removed = fail(tr("This was removed at another desk; nothing was saved."));
        removed.changedElsewhere = true;
        return removed;
    }
    if (loaded.isValid() && (*version)->at == loaded)
        return {};
    return changedElsewhere((*version)->by, (*version)->at);
}

Error RowVersion::changedElsewhere(const QString& by, const QDateTime& at)
{
    const QString who = by.isEmpty() ? tr("someone") : by;
    Error error = fail(tr("This was changed at another desk by %1 at %2; the stored version is "
                          "shown — make your change again.")
                           .arg(who, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
    error.changedElsewhere = true;
    return error;
}

} // namespace bilan
