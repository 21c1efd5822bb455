#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace bilan {

// A fiscal year is named after the calendar year it starts in: with the default April start,
// FiscalYear(2019) runs from 2019-04-01 to 2020-03-31 and is named "2019-2020". With a January
// start the year is the calendar year and is named "2019".
class FiscalYear
{
    Q_DECLARE_TR_FUNCTIONS(bilan::FiscalYear)

public:
    static constexpr int DefaultStartMonth = 4;
    // The years a fiscal year may start in; Validation's range of dates is their calendar
    // years, so that every date Bilan accepts falls in a year it can report on.
    static constexpr int FirstStartYear = 1900;
    static constexpr int LastStartYear = 2999;

    FiscalYear() = default;
    explicit FiscalYear(int startYear, int startMonth = DefaultStartMonth);

    static FiscalYear containing(QDate date, int startMonth = DefaultStartMonth);
    // Accepts "2019-2020" (when the year does not start in January) or "2019".
    static Result<FiscalYear> parse(QStringView text, int startMonth = DefaultStartMonth);
    // Fails, naming the range, when `startYear` is outside FirstStartYear..LastStartYear: the
    // one message for a year typed on the command line and a year read from a file.
    static Status checkStartYear(int startYear, const QString& field = {});

    bool isValid() const { return m_startYear > 0; }
    int startYear() const { return m_startYear; }
    int startMonth() const { return m_startMonth; }
    QDate firstDay() const;
    QDate lastDay() const;
    bool contains(QDate date) const;
    FiscalYear previous() const { return FiscalYear(m_startYear - 1, m_startMonth); }
    FiscalYear next() const { return FiscalYear(m_startYear + 1, m_startMonth); }
    QString name() const;

    friend bool operator==(const FiscalYear&, const FiscalYear&) = default;
    friend auto operator<=>(const FiscalYear&, const FiscalYear&) = default;

private:
    int m_startYear = 0;
    int m_startMonth = DefaultStartMonth;
};

} // namespace bilan
