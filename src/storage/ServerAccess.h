#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bilan {

// What the login of an open database may do, as the server's roles say (ServerRoles.h). The
// server enforces it all the same (grants, row-level security, column privileges): this is
// what lets Bilan check before it writes and say why in the user's words, and lets the window
// show only what the role may use.
struct ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ServerAccess)

public:
    enum class Role
    {
        // A file, or on a server its superuser or the owner of Bilan's tables.
        Everything,
        Director,
        Secretary,
        Staff,
        // A server login in none of Bilan's groups.
        ReadOnly
    };

    Role role = Role::Everything;
    // The expert a staff login is bound to (bilan server grant … --expert NAME).
    std::optional<qint64> expertId;

    bool mayWriteEverything() const { return role == Role::Everything || role == Role::Director; }
    bool mayWriteHoursOf(qint64 expert) const
    {
        return mayWriteEverything() || (role == Role::Staff && expertId && *expertId == expert);
    }
    // Meetings, attendance, directors, mandates and the report's texts.
    bool mayWriteBoard() const { return mayWriteEverything() || role == Role::Secretary; }
    // An expert's gender and birth year one by one (the aggregates are open to every role).
    bool mayReadPersonalDetails() const { return mayWriteEverything(); }

    // The message of a refused write of another expert's hours (checked before writing, and
    // the server's row-level security refusal said the same way).
    static QString anotherExpertsEntry();
    // The message of a refused write of hours by a login whose role records none.
    static QString hoursRefused(const QString& login);
    // Why this access may not write the hours of `expert`, or nothing when it may: the check
    // the hours' writes (one entry or an import) make before writing.
    Status mayWriteHours(qint64 expert, const QString& login) const;
};

// Reads what this database's login may do: everything on a file; on a server, from the
// login's membership of the bilan_* groups (pg_has_role) and its row in expert_logins.
Result<ServerAccess> readAccess(Database& database);

// Whether this login may read experts' gender and birth year one by one (a column privilege
// on a server; always on a file). Repositories select NULL in their place when not.
Result<bool> personalDetailsReadable(Database& database);

} // namespace bilan
