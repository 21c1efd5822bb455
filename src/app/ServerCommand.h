#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace bilan {

// `bilan server init --db URI` and `bilan server grant --db URI LOGIN ROLE [--expert NAME]`:
// the roles a shared server enforces (ServerRoles). Exit status 0 on success, 1 when the
// server refuses (a file, an administrator who may not create roles, an unknown expert),
// 2 on a usage error.
class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ServerCommand)

public:
    // `arguments`: what follows the word "server".
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace bilan
