#pragma once

#include <QDate>
#include <QDateTime>

namespace bilan {

// Anything that asks "what is today?" asks a Clock, so tests can set the date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    QDate today() const { return now().toLocalTime().date(); }

    static const Clock& system();
};

// A clock a test can set and move.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace bilan
