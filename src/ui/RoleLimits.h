#pragma once

#include "Database.h"

#include <QCoreApplication>

class QComboBox;

namespace bilan {

// What the window does with a server login's role (ServerAccess): the server refuses the rest
// all the same; this only keeps the window from offering it.
class RoleLimits
{
    Q_DECLARE_TR_FUNCTIONS(bilan::RoleLimits)

public:
    // A staff login's expert chooser: set on its own expert and locked, saying why. Nothing
    // changes for the other roles, nor on a file. Whether it was locked.
    static bool lockExpertChoice(QComboBox* combo, Database& database);
    // Whether the login records hours and nothing else (it opens on the Hours page).
    static bool recordsOnlyHours(Database& database);
    // What the window of such a login says in its status bar.
    static QString staffWindow(const QString& login);
};

} // namespace bilan
