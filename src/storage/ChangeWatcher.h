#pragma once

#include "Database.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace bilan {

// Tells when another desk has committed a change to the database, so that the open pages read
// their data again without reopening it. On a server every write transaction sends
// `NOTIFY bilan_changes` as it commits (Transaction::commit) and this watcher listens for it
// (QSqlDriver notifications); this connection's own notifications are left out. On a file it
// polls `PRAGMA data_version`, which changes when another connection has committed. Only
// looks while the connection is idle: never inside one of this desk's transactions.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* Channel = "bilan_changes";

    // `intervalMs`: how often a file is polled, and how often a server's subscription is
    // checked (it is lost when the connection is opened again).
    explicit ChangeWatcher(Database& database, int intervalMs = 2000, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    // Looks once now, as the timer would.
    void check();

signals:
    // Another desk committed a change.
    void changed();

private:
    void listen();
    void notified(const QString& name, QSqlDriver::NotificationSource source);
    void pollFile();

    Database& m_db;
    QTimer m_timer;
    QSqlDriver* m_driver = nullptr;
    qint64 m_dataVersion = -1;
};

} // namespace bilan
