// Times of day (a meeting's start and end): Parsing.h.

#include "Parsing.h"

#include <QRegularExpression>

namespace bilan {

Result<QTime> Parsing::timeOfDay(QStringView text)
{
    // 19:30, 19:30:00, 7:30 PM, 07:30:00 p.m.
    static const QRegularExpression clock(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(?:([ap])\\.?\\s*m\\.?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    // 19 h 30, 19h30, 19 h (as Québec writes it).
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})\\s*h\\s*(\\d{2})?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return fail(tr("a time of day is required (HH:MM)"));
    int hour = -1;
    int minute = -1;
    int second = 0;
    QString half;
    if (const auto m = clock.match(trimmed); m.hasMatch()) {
        hour = m.captured(1).toInt();
        minute = m.captured(2).toInt();
        second = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        half = m.captured(4).toLower();
    } else if (const auto f = french.match(trimmed); f.hasMatch()) {
        hour = f.captured(1).toInt();
        minute = f.captured(2).isEmpty() ? 0 : f.captured(2).toInt();
    } else {
        return fail(tr("\"%1\" is not a time of day; write it as HH:MM (19:30)").arg(trimmed));
    }
    if (!half.isEmpty()) {
        // 12:30 AM is half past midnight, 12:30 PM half past noon.
        if (hour < 1 || hour > 12)
            return fail(
                tr("\"%1\" is not a time of day: with AM or PM the hour is 1 to 12").arg(trimmed));
        hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return fail(
            tr("\"%1\" is not a time of day: hours go up to 23, minutes up to 59").arg(trimmed));
    return QTime(hour, minute);
}

QString Parsing::formatTime(QTime time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace bilan
