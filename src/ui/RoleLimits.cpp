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

RoleLimits::RoleLimits(Database& database)
{
    if (!database.isServer())
        return;
    if (auto access = readAccess(database))
        m_role = access->role;
    m_login = database.login();
}

bool RoleLimits::mayImport(CsvKind kind) const
{
    switch (kind) {
    case CsvKind::Hours:
        return mayChange(Page::Hours) || m_role == ServerAccess::Role::Staff;
    case CsvKind::Board:
    case CsvKind::Meetings:
    case CsvKind::Attendance:
    case CsvKind::Resolutions:
        return mayChange(Page::Board);
    case CsvKind::Organisations:
    case CsvKind::Memberships:
        return mayChange(Page::Members);
    case CsvKind::Experts:
        return mayChange(Page::Experts);
    case CsvKind::Finances:
        return mayChange(Page::Finances);
    case CsvKind::Surveys:
    case CsvKind::Activities:
        // Their tables are the director's (ServerRoles::boardTables does not name them).
        return m_role == ServerAccess::Role::Everything || m_role == ServerAccess::Role::Director;
    }
    return false;
}

QString RoleLimits::readOnlyReason(Page page) const
{
    using Role = ServerAccess::Role;
    switch (m_role) {
    case Role::Everything:
    case Role::Director:
        return {};
    case Role::Secretary:
        switch (page) {
        case Page::Board:
        case Page::Reports:
            return {};
        case Page::Hours:
            return tr("Your login (%1) is the board secretary's: it reads the hours, which each "
                      "expert and the director record.")
                .arg(m_login);
        case Page::Members:
            return tr("Your login (%1) is the board secretary's: it reads the members, which the "
                      "director changes.")
                .arg(m_login);
        case Page::Experts:
            return tr("Your login (%1) is the board secretary's: it reads the experts, whom the "
                      "director changes.")
                .arg(m_login);
        case Page::Finances:
            return tr("Your login (%1) is the board secretary's: it reads the finances, which "
                      "are the director's to change.")
                .arg(m_login);
        case Page::Development:
            // Their tables are the director's (ServerRoles::boardTables does not name them).
            return tr("Your login (%1) is the board secretary's: it reads the surveys and the "
                      "business-development activities, which are the director's to change.")
                .arg(m_login);
        case Page::Cooperative:
            return tr("Your login (%1) is the board secretary's: it reads the cooperative's "
                      "name, address and fiscal year, which the director changes.")
                .arg(m_login);
        }
        return {};
    case Role::Staff:
        // The Hours page follows the login's expert (lockExpertChoice); it shows no other page.
        return page == Page::Hours ? QString()
                                   : tr("Your login (%1) records hours: it reads the experts, "
                                        "whom the director changes.")
                                         .arg(m_login);
    case Role::ReadOnly:
        return tr("Your login (%1) is in none of Bilan's groups: it may read but change "
                  "nothing. The director can grant it a role.")
            .arg(m_login);
    }
    return {};
}

} // namespace bilan
