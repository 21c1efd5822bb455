#include "ConnectionMonitor.h"

#include "Database.h"

#include <QLabel>
#include <QStatusBar>

namespace bilan {

ConnectionMonitor::ConnectionMonitor(Database& database, QObject* parent)
    : QObject(parent), m_database(database)
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::retry);
    m_idleTimer.setInterval(DefaultIdleCheck);
    connect(&m_idleTimer, &QTimer::timeout, this, &ConnectionMonitor::checkIdle);
    if (m_database.isServer())
        m_idleTimer.start();
    // Told from inside the failing call: only the state changes here, the attempts wait for
    // the timer, once that call has unwound.
    m_database.setConnectionWatcher([this](bool connected) {
        if (connected)
            back();
        else
            lost();
    });
}

ConnectionMonitor::~ConnectionMonitor()
{
    m_database.setConnectionWatcher({});
}

void ConnectionMonitor::setStatusBar(QStatusBar* statusBar)
{
    m_statusBar = statusBar;
    m_label = nullptr;
    if (statusBar) {
        m_label = new QLabel(statusBar);
        m_label->setObjectName(QStringLiteral("connectionStateLabel"));
        m_label->setStyleSheet(QStringLiteral("color: #b00020;"));
        statusBar->addPermanentWidget(m_label);
    }
    showState();
}

void ConnectionMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void ConnectionMonitor::setIdleCheckInterval(std::chrono::milliseconds interval)
{
    m_idleTimer.setInterval(interval);
}

void ConnectionMonitor::checkIdle()
{
    if (m_lost || !m_database.isServer() || !m_database.isIdle())
        return;
    // Not through sql::run, which would reconnect at once without a word: the window says
    // the server went away, then reconnects on its timer.
    if (m_database.idleConnectionLost())
        lost();
}

void ConnectionMonitor::retry()
{
    if (!m_lost || !m_database.isIdle())
        return;
    ++m_attempts;
    // A success calls back() through the watcher; a failure leaves the timer running.
    (void)m_database.reconnect();
}

void ConnectionMonitor::lost()
{
    if (m_lost)
        return;
    m_lost = true;
    m_attempts = 0;
    m_timer.start();
    showState();
    emit connectionLost();
}

void ConnectionMonitor::back()
{
    if (!m_lost)
        return;
    m_lost = false;
    m_timer.stop();
    showState();
    if (m_statusBar)
        m_statusBar->showMessage(
            tr("Connected to the server again: what was not saved can be saved now."));
    emit reconnected();
}

void ConnectionMonitor::showState()
{
    if (!m_label)
        return;
    m_label->setText(m_lost ? tr("Server unreachable — reconnecting…") : QString());
    m_label->setVisible(m_lost);
}

} // namespace bilan
