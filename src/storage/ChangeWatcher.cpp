#include "ChangeWatcher.h"

#include "SqlSupport.h"

#include <spdlog/spdlog.h>

namespace bilan {

ChangeWatcher::ChangeWatcher(Database& database, int intervalMs, QObject* parent)
    : QObject(parent), m_db(database)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    m_timer.start();
    check();
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_driver && m_db.connection().driver() == m_driver && m_db.connection().isOpen())
        m_driver->unsubscribeFromNotification(QString::fromLatin1(Channel));
}

void ChangeWatcher::check()
{
    // LISTEN inside a transaction would go with its rollback; a poll inside one would see the
    // desk's own snapshot.
    if (!m_db.isIdle())
        return;
    if (m_db.isServer())
        listen();
    else
        pollFile();
}

void ChangeWatcher::listen()
{
    QSqlDatabase connection = m_db.connection();
    QSqlDriver* driver = connection.driver();
    if (!connection.isOpen() || !driver)
        return;
    // A connection opened again (Database::reconnect) has forgotten what it listened to.
    if (driver == m_driver &&
        driver->subscribedToNotifications().contains(QString::fromLatin1(Channel)))
        return;
    if (m_driver && m_driver != driver)
        disconnect(m_driver, nullptr, this, nullptr);
    if (!driver->subscribeToNotification(QString::fromLatin1(Channel))) {
        spdlog::info("cannot listen for other desks' changes on {}", m_db.path().toStdString());
        return;
    }
    if (m_driver != driver) {
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source,
                       const QVariant&) { notified(name, source); });
    }
}

void ChangeWatcher::notified(const QString& name, QSqlDriver::NotificationSource source)
{
    // This desk's own commits: its pages are already up to date.
    if (name == QLatin1String(Channel) && source != QSqlDriver::SelfSource)
        emit changed();
}

void ChangeWatcher::pollFile()
{
    auto version = sql::scalar(m_db, QStringLiteral("PRAGMA data_version"));
    if (!version)
        return;
    const qint64 now = version->toLongLong();
    const bool moved = m_dataVersion >= 0 && now != m_dataVersion;
    m_dataVersion = now;
    if (moved)
        emit changed();
}

} // namespace bilan
