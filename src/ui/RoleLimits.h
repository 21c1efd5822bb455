#pragma once

#include "CsvFormat.h"
#include "Database.h"
#include "ServerAccess.h"

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

    // The pages whose data a role may or may not change.
    enum class Page
    {
        Hours,
        Board,
        Members,
        Experts,
        Finances,
        Reports,
        // Surveys and business-development activities (DevelopmentView).
        Development,
        Cooperative
    };
    // Reads the login's role once (everything on a file, or when the role cannot be read:
    // the server still refuses what it must).
    explicit RoleLimits(Database& database);
    // Why this login may read `page` but not change it, in a sentence for the page; empty when
    // it may change it.
    QString readOnlyReason(Page page) const;
    bool mayChange(Page page) const { return readOnlyReason(page).isEmpty(); }
    // Whether File ▸ Import offers this kind of rows to this login.
    bool mayImport(CsvKind kind) const;
    // Puts `view` (a page with `setReadOnly(bool, QString)`) read-only when this login may not
    // change it.
    template <typename View> void limit(View* view, Page page) const
    {
        if (const QString reason = readOnlyReason(page); !reason.isEmpty())
            view->setReadOnly(true, reason);
    }

private:
    ServerAccess::Role m_role = ServerAccess::Role::Everything;
    QString m_login;
};

} // namespace bilan
