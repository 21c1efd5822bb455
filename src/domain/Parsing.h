#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

namespace bilan {

// The spellings users type and spreadsheets write, turned into Bilan's units:
// dates as QDate, durations as whole minutes, amounts as cents.
class Parsing
{
    Q_DECLARE_TR_FUNCTIONS(bilan::Parsing)

public:
    // Strictly YYYY-MM-DD; 2019-02-30 is an error, never March 2nd.
    static Result<QDate> date(QStringView text);
    // 1.5, 1,5, 1:30, 1h30, 1 h 30, 2h, 90min, 90 min: hours unless a unit says otherwise.
    // Also what spreadsheets write back for a duration they took for a time: 1:30:00, 36:00:00,
    // 02:00:00 AM, 1:30 PM (a time of day, under 24 h). Rounded to the nearest minute. Zero is
    // returned as 0 (validation refuses it).
    static Result<int> duration(QStringView text);
    // 1234.56, 1 234,56, 1234,56 $, $1,234.56, -12.5: cents. At most two decimals.
    static Result<qint64> amount(QStringView text);
    static Result<int> integer(QStringView text);
    // A time of day, to the minute: 19:30, 9:05, 19 h 30, 19h, and what spreadsheets write back
    // for a time: 19:30:00, 7:30 PM, 07:30:00 p.m. (seconds are dropped). Empty is an error.
    static Result<QTime> timeOfDay(QStringView text);

    static QString formatDate(QDate date) { return date.toString(Qt::ISODate); }
    // h:mm, exact and accepted back by duration().
    static QString formatDuration(int minutes);
    // 1234.56, exact and accepted back by amount().
    static QString formatAmount(qint64 cents);
    // HH:MM (19:30, 09:05), accepted back by timeOfDay(); empty for an invalid time.
    static QString formatTime(QTime time);

    // A name as Bilan stores it: spaces collapsed and Unicode NFC, so that "é" typed as one
    // character or as "e" and an accent (as macOS writes file names) is one and the same name.
    static QString cleanName(QStringView name);
    // The key that makes names unique per kind: a clean name with letter case ignored.
    static QString nameKey(QStringView name);
    // Case- and accent-insensitive form for searching ("coop rucher" finds "Coopérative Le
    // Rucher").
    static QString searchKey(QStringView text);
};

} // namespace bilan
