#pragma once

#include <QString>

#include <optional>

namespace bilan {

// What the Connect to Server dialog asks, as a `postgresql://user@host:port/database?sslmode=…`
// address. The password is never part of it: it goes to the server beside the address
// (Database::Options::password) and, when the user asks, to the keyring.
struct ServerLogin
{
    static constexpr int DefaultPort = 5432;

    QString host;
    int port = DefaultPort;
    QString database;
    QString user;
    // libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full.
    QString sslMode = QStringLiteral("prefer");

    // The address Bilan opens, remembers in Open Recent and names the keyring entry by.
    QString address() const;
    // The fields of a server address (an Open Recent entry, --db); nothing when `address` is
    // not one. A password in it is left out.
    static std::optional<ServerLogin> fromAddress(const QString& address);

    bool operator==(const ServerLogin&) const = default;
};

} // namespace bilan
