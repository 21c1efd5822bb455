#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace bilan {

// Who may do what on a shared server, enforced by PostgreSQL itself: three group roles, the
// grants, row-level security and column privileges that make them, and the security-definer
// function that gives every role the report's personal aggregates. docs/deployment.md,
// "Roles and permissions", says what each role may do and how.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ServerRoles)

public:
    enum class Role
    {
        Staff,
        Secretary,
        Director
    };
    // The group role's name (bilan_staff…) and the word the command line takes (staff…).
    static QString groupName(Role role);
    static QString word(Role role);
    static std::optional<Role> fromWord(const QString& word);
    static QStringList groupNames();

    // The tables each role may write beside the director, and those staff may read; every
    // other table is the director's to write and the secretary's to read.
    static const QStringList& boardTables();
    static const QStringList& staffReadableTables();

    // `bilan server init`: the schema (through the migrations, already run by opening), the
    // three NOLOGIN groups (made once per cluster, safely when several run at once), the
    // expert_logins table, the grants, the policies and the functions. Run again after an
    // upgrade of Bilan, it grants the tables the new steps made. Refused on a file and for an
    // administrator who may not create roles.
    static Status initServer(Database& database);

    struct Granted
    {
        bool created = false; // the login role did not exist before
        QString expertName;   // the expert a staff login records hours for, if any
    };
    // `bilan server grant`: creates the login (LOGIN, no password) when missing, makes it a
    // member of the one group, out of the two others, and binds a staff login to the expert
    // named `expertName` (found as the import finds experts).
    static Result<Granted> grantLogin(Database& database, const QString& login, Role role,
                                      const std::optional<QString>& expertName);

private:
    static Status checkAdministrator(Database& database);
};

} // namespace bilan
