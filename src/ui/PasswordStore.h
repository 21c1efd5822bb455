#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace bilan {

// Where the window remembers a server's password when the user asks it to: the desktop keyring
// (Secret Service, KWallet) through QtKeychain, under the service "Bilan" and the server's
// address. Nothing else of Bilan ever holds a password beyond the open connection. A desktop
// without a keyring, or one that does not answer, means "not remembered" — never a failure.
// Tests install a MemoryPasswordStore with setCurrent().
class PasswordStore
{
public:
    virtual ~PasswordStore() = default;

    // Whether passwords can be remembered here; asked once, then known.
    virtual bool isAvailable() = 0;
    // The password remembered for `address`, if any.
    virtual std::optional<QString> read(const QString& address) = 0;
    // False when it could not be remembered (no keyring, or it refused).
    virtual bool write(const QString& address, const QString& password) = 0;
    virtual void forget(const QString& address) = 0;

    // The store the window uses: the keyring unless a test set another.
    static PasswordStore& current();
    // `store` (not owned) replaces the keyring until setCurrent(nullptr).
    static void setCurrent(PasswordStore* store);
};

// The desktop keyring. Each call waits for QtKeychain's job in a local event loop, at most a
// few seconds: a keyring service that hangs costs that once, then counts as unavailable.
class KeyringPasswordStore : public PasswordStore
{
public:
    static constexpr const char* Service = "Bilan";

    bool isAvailable() override;
    std::optional<QString> read(const QString& address) override;
    bool write(const QString& address, const QString& password) override;
    void forget(const QString& address) override;

private:
    std::optional<bool> m_available;
};

// Passwords in this process's memory only: tests, and a desk that wants none remembered.
class MemoryPasswordStore : public PasswordStore
{
public:
    explicit MemoryPasswordStore(bool available = true) : m_available(available) {}

    bool isAvailable() override { return m_available; }
    std::optional<QString> read(const QString& address) override;
    bool write(const QString& address, const QString& password) override;
    void forget(const QString& address) override { m_passwords.remove(address); }

    const QHash<QString, QString>& passwords() const { return m_passwords; }

private:
    bool m_available;
    QHash<QString, QString> m_passwords;
};

} // namespace bilan
