#pragma once

#include "Database.h"
#include "ServerLogin.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace bilan {

class PasswordStore;

// Opens a database on a server for the window, finding the password the way a user expects:
// the keyring's, else libpq's usual places (PGPASSWORD, ~/.pgpass, a service file), else the
// Connect to Server dialog, pre-filled, with the server's reason — until the server accepts or
// the user cancels. The password goes only to the server and, when the user ticks the box, to
// the keyring; never to the settings, the log, a message or Open Recent.
class ServerConnector
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ServerConnector)

public:
    // `parent`: the window the dialog belongs to (none at start-up).
    explicit ServerConnector(QWidget* parent, PasswordStore* store = nullptr);

    // File ▸ Open Recent or --db: `address` as given, password as above. Null when the user
    // cancelled the dialog.
    std::unique_ptr<Database> open(const QString& address);
    // File ▸ Connect to Server…: the dialog first, starting from `start` (the last server).
    std::unique_ptr<Database> ask(const ServerLogin& start);

    // What the keyring said, for the window's status bar; empty when nothing to say.
    const QString& note() const { return m_note; }

private:
    // Shows the dialog until a connection opens or the user cancels.
    std::unique_ptr<Database> askUntilOpen(ServerLogin login, QString problem, bool remember);
    Result<std::unique_ptr<Database>> tryOpen(const QString& address, const QString& password);

    QWidget* m_parent;
    PasswordStore& m_store;
    QString m_note;
};

} // namespace bilan
