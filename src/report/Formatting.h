#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace bilan {

// How figures are shown to a reader, in the report's language: French "75 100 h",
// "4 475 852 $", "45 %"; English "75,100 h", "$4,475,852", "45%". Rounding happens here only.
class Formatting
{
public:
    explicit Formatting(const QLocale& locale) : m_locale(locale) {}

    bool isFrench() const { return m_locale.language() == QLocale::French; }
    const QLocale& locale() const { return m_locale; }

    QString integer(qint64 value) const;
    // Whole hours from minutes, rounded half up: 75 100 h.
    QString hours(qint64 minutes) const;
    // Whole dollars from cents, rounded half up.
    QString dollars(qint64 cents) const;
    // Dollars and cents: 1 234,56 $ / $1,234.56.
    QString money(qint64 cents) const;
    // A percentage with `decimals` decimals; `signedValue` adds "+" to positive values. An absent
    // figure is shown as an em dash.
    QString percent(std::optional<double> value, int decimals = 0, bool signedValue = false) const;
    // A ratio as the report prints it: whole ("100 %") unless a decimal carries something
    // ("97,7 %").
    QString ratio(std::optional<double> value) const;

private:
    QString grouped(qint64 value) const;
    QLocale m_locale;
};

} // namespace bilan
