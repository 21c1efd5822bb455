#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QLabel;
class QStatusBar;

namespace bilan {

class Database;

// Keeps a window on a server going when the server goes away (a network cut, a restart): as
// soon as a statement finds the connection lost, it says so in the status bar ("Server
// unreachable — reconnecting…") and tries Database::reconnect() on a timer until the server
// answers, then says it is back. While idle it asks the server every few seconds, so that a
// server gone while nobody typed is said as soon. What the user typed stays in the forms (a failed
// save leaves its row as it was) and can be saved again then. Nothing here touches a file database.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{5000};
    // How often an idle connection is asked whether the server is still there.
    static constexpr std::chrono::milliseconds DefaultIdleCheck{5000};

    explicit ConnectionMonitor(Database& database, QObject* parent = nullptr);
    ~ConnectionMonitor() override;

    // Where the state is said; the window's status bar, set again when the window is rebuilt.
    void setStatusBar(QStatusBar* statusBar);
    void setInterval(std::chrono::milliseconds interval);
    void setIdleCheckInterval(std::chrono::milliseconds interval);
    bool isConnectionLost() const { return m_lost; }
    // Reconnection attempts since the connection was lost.
    int attempts() const { return m_attempts; }

public slots:
    // One reconnection attempt now (the timer's); nothing while the connection is fine or a
    // transaction is still open on it.
    void retry();
    // Asks the server a trivial question (SELECT 1) when the connection is idle, so that a
    // server gone while nobody typed is noticed (the idle timer's); nothing during a
    // transaction or once the connection is known lost.
    void checkIdle();

signals:
    void connectionLost();
    void reconnected();

private:
    void lost();
    void back();
    void showState();

    Database& m_database;
    QTimer m_timer;
    QTimer m_idleTimer;
    QPointer<QStatusBar> m_statusBar;
    QPointer<QLabel> m_label;
    bool m_lost = false;
    int m_attempts = 0;
};

} // namespace bilan
