#include "RoleLimits.h"

#include "ServerAccess.h"

#include <QComboBox>

namespace bilan {

bool RoleLimits::lockExpertChoice(QComboBox* combo, Database& database)
{
    if (!database.isServer())
        return false;
    auto access = readAccess(database);
    if (!access || access->role != ServerAccess::Role::Staff)
        return false;
    if (access->expertId) {
        const int row = combo->findData(*access->expertId);
        if (row >= 0)
            combo->setCurrentIndex(row);
        combo->setToolTip(tr("Your login records only its own expert's hours"));
    } else {
        combo->setToolTip(tr("Your login is bound to no expert: ask the cooperative's director "
                             "to bind it before recording hours"));
    }
    combo->setEnabled(false);
    return true;
}

bool RoleLimits::recordsOnlyHours(Database& database)
{
    if (!database.isServer())
        return false;
    auto access = readAccess(database);
    return access && access->role == ServerAccess::Role::Staff;
}

QString RoleLimits::staffWindow(const QString& login)
{
    return tr("Your login (%1) records hours: the board, members, finances and reports are the "
              "secretary's and the director's")
        .arg(login);
}

} // namespace bilan
