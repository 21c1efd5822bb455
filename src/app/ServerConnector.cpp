#include "ServerConnector.h"

#include "ConnectDialog.h"
#include "PasswordStore.h"

#include <QUrl>

#include <spdlog/spdlog.h>

namespace bilan {

ServerConnector::ServerConnector(QWidget* parent, PasswordStore* store)
    : m_parent(parent), m_store(store ? *store : PasswordStore::current())
{}

Result<std::unique_ptr<Database>> ServerConnector::tryOpen(const QString& address,
                                                           const QString& password)
{
    Database::Options options;
    options.password = password;
    return Database::open(address, options);
}

std::unique_ptr<Database> ServerConnector::open(const QString& address)
{
    // The keyring names a password by the address as Open Recent keeps it (Database::path()):
    // without a password, should the address hold one.
    const QString key = QUrl(address.trimmed(), QUrl::StrictMode).toString(QUrl::RemovePassword);
    const std::optional<QString> remembered = m_store.read(key);
    auto opened = tryOpen(address, remembered.value_or(QString()));
    if (opened)
        return std::move(opened).value();
    spdlog::info("opening a server needs the Connect to Server dialog: {}",
                 opened.message().toStdString());
    return askUntilOpen(ServerLogin::fromAddress(address).value_or(ServerLogin{}), opened.message(),
                        remembered.has_value());
}

std::unique_ptr<Database> ServerConnector::ask(const ServerLogin& start)
{
    return askUntilOpen(start, {}, false);
}

std::unique_ptr<Database> ServerConnector::askUntilOpen(ServerLogin login, QString problem,
                                                        bool remember)
{
    const bool keyring = m_store.isAvailable();
    QString password;
    for (;;) {
        ConnectDialog dialog(m_parent);
        dialog.setKeyringAvailable(keyring);
        dialog.setLogin(login);
        dialog.setPassword(password);
        dialog.setRememberPassword(remember);
        dialog.setProblem(problem);
        if (!dialog.ask())
            return nullptr;
        login = dialog.login();
        password = dialog.password();
        remember = dialog.rememberPassword();
        auto opened = tryOpen(login.address(), password);
        if (!opened) {
            // The server's reason names the address, never the password.
            problem = opened.message();
            continue;
        }
        std::unique_ptr<Database> database = std::move(opened).value();
        m_note.clear();
        if (remember && !m_store.write(database->path(), password))
            m_note = tr("The password could not be remembered in the desktop keyring.");
        else if (!remember && keyring)
            // Unticked: a password remembered before for this server is forgotten.
            m_store.forget(database->path());
        return database;
    }
}

} // namespace bilan
