#include "PasswordStore.h"

#include <QDebug>
#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <optional>

#include <qt6keychain/keychain.h>

namespace bilan {

namespace {

PasswordStore* installed = nullptr;

// How long a keyring may take to answer before Bilan goes on without it.
constexpr int KeyringWaitMs = 5000;

// Runs `job` to its end and returns its error, having let `read` take what it found; gives up
// after KeyringWaitMs (OtherError). The job deletes itself when it finishes, even after Bilan
// stopped waiting for it: a keyring's late answer never reaches a job that is gone.
template <typename Job>
QKeychain::Error finish(Job* job, const std::function<void(Job&)>& read = {})
{
    // Never the plain-text fallback: a password is not written to the settings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QEventLoop loop;
    std::optional<QKeychain::Error> result;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job*) {
        result = job->error();
        if (result == QKeychain::NoError && read)
            read(*job);
        // The keyring's own words name the service and key, never the secret.
        if (*result != QKeychain::NoError && *result != QKeychain::EntryNotFound)
            qInfo().noquote() << "desktop keyring:" << job->errorString();
        loop.quit();
    });
    QTimer::singleShot(KeyringWaitMs, &loop, &QEventLoop::quit);
    job->start();
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!result) {
        qWarning() << "the desktop keyring did not answer within" << KeyringWaitMs << "ms";
        return QKeychain::OtherError;
    }
    return *result;
}

} // namespace

PasswordStore& PasswordStore::current()
{
    static KeyringPasswordStore keyring;
    return installed ? *installed : keyring;
}

void PasswordStore::setCurrent(PasswordStore* store)
{
    installed = store;
}

bool KeyringPasswordStore::isAvailable()
{
    if (!m_available) {
        // A read of a key nobody writes: "not found" means a keyring answered.
        auto* probe = new QKeychain::ReadPasswordJob(QLatin1String(Service));
        probe->setKey(QStringLiteral("bilan-keyring-probe"));
        const QKeychain::Error error = finish(probe);
        m_available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
    }
    return *m_available;
}

std::optional<QString> KeyringPasswordStore::read(const QString& address)
{
    if (!isAvailable())
        return std::nullopt;
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(Service));
    job->setKey(address);
    QString password;
    const std::function<void(QKeychain::ReadPasswordJob&)> take =
        [&password](QKeychain::ReadPasswordJob& done) { password = done.textData(); };
    if (finish(job, take) != QKeychain::NoError)
        return std::nullopt;
    return password;
}

bool KeyringPasswordStore::write(const QString& address, const QString& password)
{
    if (!isAvailable())
        return false;
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(Service));
    job->setKey(address);
    job->setTextData(password);
    return finish(job) == QKeychain::NoError;
}

void KeyringPasswordStore::forget(const QString& address)
{
    if (!isAvailable())
        return;
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(Service));
    job->setKey(address);
    (void)finish(job);
}

std::optional<QString> MemoryPasswordStore::read(const QString& address)
{
    if (!m_available || !m_passwords.contains(address))
        return std::nullopt;
    return m_passwords.value(address);
}

bool MemoryPasswordStore::write(const QString& address, const QString& password)
{
    if (!m_available)
        return false;
    m_passwords.insert(address, password);
    return true;
}

} // namespace bilan
