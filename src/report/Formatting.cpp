#include "Formatting.h"

#include <cmath>

namespace bilan {

namespace {

qint64 roundedDivide(qint64 value, qint64 divisor)
{
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

} // namespace

// Qt's French locale groups digits with a no-break space, so a figure never breaks a line.
QString Formatting::grouped(qint64 value) const
{
    return m_locale.toString(value);
}

QString Formatting::integer(qint64 value) const
{
    return grouped(value);
}

QString Formatting::hours(qint64 minutes) const
{
    return grouped(roundedDivide(minutes, 60)) + QChar(0x00A0) + QStringLiteral("h");
}

QString Formatting::dollars(qint64 cents) const
{
    const QString amount = grouped(roundedDivide(cents, 100));
    if (isFrench())
        return amount + QChar(0x00A0) + QStringLiteral("$");
    if (amount.startsWith(u'-'))
        return QStringLiteral("-$") + amount.mid(1);
    return QStringLiteral("$") + amount;
}

QString Formatting::money(qint64 cents) const
{
    const double value = static_cast<double>(cents) / 100.0;
    const QString amount = m_locale.toString(value, 'f', 2);
    if (isFrench())
        return amount + QChar(0x00A0) + QStringLiteral("$");
    if (amount.startsWith(u'-'))
        return QStringLiteral("-$") + amount.mid(1);
    return QStringLiteral("$") + amount;
}

QString Formatting::percent(std::optional<double> value, int decimals, bool signedValue) const
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    QString text = m_locale.toString(*value, 'f', decimals);
    if (signedValue && *value > 0)
        text.prepend(u'+');
    return isFrench() ? text + QChar(0x00A0) + QStringLiteral("%") : text + QStringLiteral("%");
}

QString Formatting::ratio(std::optional<double> value) const
{
    const bool whole =
        value && std::abs(std::round(*value * 10.0) - std::round(*value) * 10.0) < 0.5;
    return percent(value, whole ? 0 : 1);
}

} // namespace bilan
