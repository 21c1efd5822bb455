// `bilan server grant`: a login made a member of one of the groups ServerRoles::initServer
// makes, and a staff login bound to its expert.

#include "ServerRoles.h"

#include "ExpertRepository.h"
#include "SqlSupport.h"
#include "VisibleText.h"

namespace bilan {

Result<ServerRoles::Granted> ServerRoles::grantLogin(Database& database, const QString& login,
                                                     Role role,
                                                     const std::optional<QString>& expertName)
{
    if (auto may = checkAdministrator(database); !may)
        return may.error();
    const QString shown = VisibleText::of(login);
    // PostgreSQL keeps 63 bytes of a name and reserves pg_ for its own roles.
    if (login.isEmpty() || login.toUtf8().size() > 63 || shown != login ||
        login.startsWith(QLatin1String("pg_")) || groupNames().contains(login))
        return fail(tr("\"%1\" cannot be a login: a name of 1 to 63 bytes, without control "
                       "characters, not starting with pg_ and not one of Bilan's groups")
                        .arg(shown));
    if (expertName && role != Role::Staff)
        return fail(tr("--expert binds a staff login to its expert; a %1 login records no "
                       "hours of its own")
                        .arg(word(role)));
    auto ready =
        sql::scalar(database, QStringLiteral("SELECT (SELECT count(*) FROM pg_roles WHERE rolname "
                                             "IN ('bilan_director', 'bilan_secretary', "
                                             "'bilan_staff')) = 3 AND to_regclass('expert_logins') "
                                             "IS NOT NULL"));
    if (!ready)
        return ready.error();
    if (!ready->toBool())
        return fail(tr("%1 has no Bilan roles yet; run bilan server init --db %1 first")
                        .arg(database.path()));
    return sql::inTransaction(database, [&]() -> Result<Granted> {
        Granted granted;
        std::optional<qint64> expertId;
        if (expertName) {
            auto expert = ExpertRepository(database).findByName(*expertName);
            if (!expert)
                return expert.error();
            if (!expert->has_value())
                return fail(tr("no expert named \"%1\"; add the expert or import the experts "
                               "first")
                                .arg(VisibleText::of(*expertName)),
                            QStringLiteral("expert"));
            expertId = (*expert)->id;
            granted.expertName = (*expert)->name;
        }
        auto existing = sql::optionalOne(
            database,
            sql::run(database,
                     QStringLiteral("SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = ?"),
                     {login}),
            [](QSqlQuery& row) { return qMakePair(row.value(0).toBool(), row.value(1).toBool()); });
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->first)
            return fail(tr("%1 is a superuser: the server lets it do everything whatever its "
                           "group; give the person a login of their own")
                            .arg(shown));
        if (*existing && !(*existing)->second)
            return fail(tr("%1 is a role that cannot log in, not a login").arg(shown));
        if (!*existing) {
            // No password: the administrator sets it with the server's own tools.
            if (auto made = sql::execUnprepared(
                    database, QStringLiteral("CREATE ROLE %1 LOGIN").arg(sql::identifier(login)));
                !made)
                return made.error();
            granted.created = true;
        }
        auto member = sql::rows(
            database,
            sql::run(database,
                     QStringLiteral("SELECT g.rolname FROM pg_auth_members m "
                                    "JOIN pg_roles g ON g.oid = m.roleid "
                                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"),
                     {login}),
            [](QSqlQuery& row) { return row.value(0).toString(); });
        if (!member)
            return member.error();
        QStringList statements{
            QStringLiteral("GRANT %1 TO %2").arg(groupName(role), sql::identifier(login))};
        for (Role other : {Role::Staff, Role::Secretary, Role::Director}) {
            if (other != role && member->contains(groupName(other)))
                statements << QStringLiteral("REVOKE %1 FROM %2")
                                  .arg(groupName(other), sql::identifier(login));
        }
        for (const QString& statement : std::as_const(statements)) {
            if (auto done = sql::execUnprepared(database, statement); !done)
                return done.error();
        }
        const QString now = database.timestamp();
        if (role != Role::Staff) {
            auto unbound = sql::run(
                database, QStringLiteral("DELETE FROM expert_logins WHERE login = ?"), {login});
            if (!unbound)
                return unbound.error();
        } else if (expertId) {
            if (auto bound = sql::updateElseInsert(
                    database,
                    QStringLiteral("UPDATE expert_logins SET expert_id = ?, updated_at = ? "
                                   "WHERE login = ?"),
                    {*expertId, now, login},
                    QStringLiteral("INSERT INTO expert_logins (login, expert_id, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?)"),
                    {login, *expertId, now, now});
                !bound)
                return bound.error();
        } else {
            auto bound = sql::scalar(database,
                                     QStringLiteral("SELECT e.name FROM expert_logins l JOIN "
                                                    "experts e ON e.id = l.expert_id WHERE "
                                                    "l.login = ?"),
                                     {login});
            if (!bound)
                return bound.error();
            granted.expertName = bound->toString();
        }
        return granted;
    });
}

} // namespace bilan
