#include "Parsing.h"

#include <QRegularExpression>

namespace bilan {

namespace {

// Whole minutes from "H" and the digits after its decimal separator, rounded half up.
std::optional<int> minutesFromDecimalHours(const QString& whole, const QString& fraction)
{
    if (whole.size() > 5 || fraction.size() > 6)
        return std::nullopt;
    const qint64 hours = whole.toLongLong();
    qint64 scale = 1;
    for (int i = 0; i < fraction.size(); ++i)
        scale *= 10;
    const qint64 frac = fraction.isEmpty() ? 0 : fraction.toLongLong();
    const qint64 minutes = hours * 60 + (frac * 60 * 2 + scale) / (2 * scale);
    return static_cast<int>(minutes);
}

// "1,234,567": a first group of one to three digits, then groups of exactly three. Anything
// else ("1.5.2025", "1,23.45") is a typo or a date, never an amount to guess at.
bool isGroupedThousands(const QString& whole, QChar separator)
{
    const QStringList groups = whole.split(separator);
    if (groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

bool isGroupingSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

} // namespace

// The common spellings, read without a regular expression: a whole file of hours goes through
// here. Anything else takes the general path, which also words the errors.
namespace {

int digitAt(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    return c >= u'0' && c <= u'9' ? c - u'0' : -1;
}

std::optional<QDate> quickDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const qsizetype starts[3] = {0, 5, 8};
    const qsizetype lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (qsizetype i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const int digit = digitAt(text, i);
            if (digit < 0)
                return std::nullopt;
            parts[p] = parts[p] * 10 + digit;
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// "2", "1.5", "3,25": hours with an optional decimal part, no unit.
std::optional<int> quickDecimalHours(QStringView text)
{
    if (text.isEmpty() || text.size() > 8)
        return std::nullopt;
    qint64 whole = 0;
    qint64 fraction = 0;
    qint64 scale = 1;
    int wholeDigits = 0;
    bool inFraction = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c == u'.' || c == u',') && !inFraction && i > 0 && i + 1 < text.size()) {
            inFraction = true;
            continue;
        }
        const int digit = digitAt(text, i);
        if (digit < 0)
            return std::nullopt;
        if (inFraction) {
            fraction = fraction * 10 + digit;
            scale *= 10;
        } else {
            whole = whole * 10 + digit;
            ++wholeDigits;
        }
    }
    // The general path words the error for figures too long to be a duration.
    if (wholeDigits > 5 || scale > 1000000)
        return std::nullopt;
    return static_cast<int>(whole * 60 + (fraction * 60 * 2 + scale) / (2 * scale));
}

// Leading ASCII digits from `i` on, at most `maxDigits` of them; nullopt when there are none or
// more (the general path words the error for those).
std::optional<int> quickNumber(QStringView text, qsizetype& i, int maxDigits)
{
    int value = 0;
    const qsizetype start = i;
    while (i < text.size()) {
        const int digit = digitAt(text, i);
        if (digit < 0)
            break;
        // Stop before a digit too many: twelve of them overflow an int (found by fuzzing).
        if (i - start == maxDigits)
            return std::nullopt;
        value = value * 10 + digit;
        ++i;
    }
    if (i == start)
        return std::nullopt;
    return value;
}

bool isLetter(QStringView text, qsizetype i, char16_t lower)
{
    return i < text.size() && (text[i].unicode() | 0x20) == lower;
}

// The rest of the text is "", "m", "min" or "mins", in any case.
bool quickMinuteUnit(QStringView text, qsizetype i)
{
    const qsizetype rest = text.size() - i;
    if (rest == 0)
        return true;
    if (!isLetter(text, i, u'm'))
        return false;
    if (rest == 1)
        return true;
    if (rest != 3 && rest != 4)
        return false;
    return isLetter(text, i + 1, u'i') && isLetter(text, i + 2, u'n') &&
           (rest == 3 || isLetter(text, i + 3, u's'));
}

// The unit spellings without spaces: "2h", "1.5h", "0:45", "1h30", "1h30min", "90min", "90m".
// Every text accepted here reads the same through the general path's expressions.
std::optional<int> quickUnits(QStringView text)
{
    if (text.size() > 12)
        return std::nullopt;
    qsizetype i = 0;
    const auto first = quickNumber(text, i, 5);
    if (!first || i == text.size())
        return std::nullopt;
    const char16_t c = text[i].unicode();
    if (c == u':') {
        ++i;
        const qsizetype start = i;
        const auto minutes = quickNumber(text, i, 2);
        if (!minutes || i - start != 2 || i != text.size() || *minutes >= 60)
            return std::nullopt;
        return *first * 60 + *minutes;
    }
    if (c == u'h' || c == u'H') {
        ++i;
        if (i == text.size())
            return *first * 60;
        const auto minutes = quickNumber(text, i, 2);
        if (!minutes || *minutes >= 60 || !quickMinuteUnit(text, i))
            return std::nullopt;
        return *first * 60 + *minutes;
    }
    if (c == u'.' || c == u',') {
        if (text.back() != u'h' && text.back() != u'H')
            return std::nullopt;
        return quickDecimalHours(text.chopped(1));
    }
    if (c == u'm' || c == u'M')
        return quickMinuteUnit(text, i) ? first : std::nullopt;
    return std::nullopt;
}

// Seconds rounded to the nearest minute, half up, as decimal hours are.
int roundedMinutes(qint64 hours, int minutes, int seconds)
{
    return static_cast<int>(hours * 60 + minutes + (seconds >= 30 ? 1 : 0));
}

// The spellings a spreadsheet writes back when it took a duration for a time: "1:30:00",
// "36:00:00" (h:mm:ss), "02:00:00 AM", "01:30 PM" (a time of day: under 24 h). Nothing when the
// text has none of these shapes.
std::optional<Result<int>> spreadsheetDuration(const QString& trimmed)
{
    static const QRegularExpression clockWithSeconds(
        QStringLiteral("^(\\d{1,5}):(\\d{2}):(\\d{2})$"));
    static const QRegularExpression timeOfDay(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap])\\.?\\s*m\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (auto m = clockWithSeconds.match(trimmed); m.hasMatch()) {
        const int minutes = m.captured(2).toInt();
        const int seconds = m.captured(3).toInt();
        if (minutes >= 60 || seconds >= 60)
            return Result<int>(
                fail(Parsing::tr("\"%1\": minutes and seconds must be below 60").arg(trimmed)));
        return Result<int>(roundedMinutes(m.captured(1).toLongLong(), minutes, seconds));
    }
    if (auto m = timeOfDay.match(trimmed); m.hasMatch()) {
        int hours = m.captured(1).toInt();
        const int minutes = m.captured(2).toInt();
        const int seconds = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        if (hours > 12 || minutes >= 60 || seconds >= 60)
            return Result<int>(
                fail(Parsing::tr("\"%1\" is not a time of day; write the duration as 1:30 or 1.5")
                         .arg(trimmed)));
        // 12:30 AM is half an hour after midnight, 12:30 PM half an hour after noon.
        hours %= 12;
        if (m.captured(4).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0)
            hours += 12;
        return Result<int>(roundedMinutes(hours, minutes, seconds));
    }
    return std::nullopt;
}

} // namespace

Result<QDate> Parsing::date(QStringView text)
{
    if (auto quick = quickDate(text.trimmed()))
        return *quick;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return fail(tr("a date is required (YYYY-MM-DD)"));
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return fail(tr("\"%1\" is not a date; write it as YYYY-MM-DD").arg(trimmed));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return fail(tr("%1 does not exist in the calendar").arg(trimmed));
    return date;
}

Result<int> Parsing::duration(QStringView text)
{
    static const QRegularExpression decimalHours(
        QStringLiteral("^(\\d+)(?:[.,](\\d+))?\\s*(?:h|hr|hrs|hours?|heures?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clock(QStringLiteral("^(\\d+):(\\d{2})$"));
    static const QRegularExpression hoursMinutes(
        QStringLiteral("^(\\d+)\\s*h\\s*(\\d{1,2})\\s*(?:m|min|mins|minutes?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression minutesOnly(
        QStringLiteral("^(\\d+)\\s*(?:m|min|mins|minutes?)$"),
        QRegularExpression::CaseInsensitiveOption);

    if (auto quick = quickDecimalHours(text.trimmed()))
        return *quick;
    if (auto quick = quickUnits(text.trimmed()))
        return *quick;
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return fail(tr("a duration is required"));
    const auto notADuration = [&] {
        return fail(
            tr("\"%1\" is not a duration; write 1.5, 1,5, 1:30, 1h30 or 90min").arg(trimmed));
    };

    std::optional<int> minutes;
    if (auto m = decimalHours.match(trimmed); m.hasMatch()) {
        minutes = minutesFromDecimalHours(m.captured(1), m.captured(2));
    } else if (auto m = clock.match(trimmed); m.hasMatch()) {
        if (m.captured(2).toInt() >= 60)
            return fail(tr("\"%1\": minutes must be below 60").arg(trimmed));
        minutes = minutesFromDecimalHours(m.captured(1), {});
        if (minutes)
            *minutes += m.captured(2).toInt();
    } else if (auto m = hoursMinutes.match(trimmed); m.hasMatch()) {
        if (m.captured(2).toInt() >= 60)
            return fail(tr("\"%1\": minutes must be below 60").arg(trimmed));
        minutes = minutesFromDecimalHours(m.captured(1), {});
        if (minutes)
            *minutes += m.captured(2).toInt();
    } else if (auto m = minutesOnly.match(trimmed); m.hasMatch()) {
        if (m.captured(1).size() <= 7)
            minutes = m.captured(1).toInt();
    } else if (auto read = spreadsheetDuration(trimmed)) {
        return *read;
    } else {
        return notADuration();
    }
    if (!minutes)
        return fail(tr("\"%1\" is far too long for a duration").arg(trimmed));
    return *minutes;
}

Result<qint64> Parsing::amount(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (!isGroupingSpace(c) && c != u'$' && c != u'\t')
            s.append(c);
    }
    const auto notAnAmount = [&] {
        return fail(tr("\"%1\" is not an amount; write 1234.56, 1 234,56 or 1234,56 $")
                        .arg(text.trimmed().toString()));
    };
    if (s.isEmpty())
        return fail(tr("an amount is required"));
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s.remove(0, 1);
    }
    static const QRegularExpression shape(QStringLiteral("^\\d+(?:[.,]\\d+)*$"));
    if (!shape.match(s).hasMatch())
        return notAnAmount();

    const int lastDot = s.lastIndexOf(u'.');
    const int lastComma = s.lastIndexOf(u',');
    const int decimalAt = std::max(lastDot, lastComma);
    QString whole = s;
    QString fraction;
    if (decimalAt >= 0) {
        const QChar sep = s.at(decimalAt);
        const bool single = s.count(sep) == 1;
        const QChar other = sep == u'.' ? u',' : u'.';
        // One kind of separator used several times ("1,234,567") groups thousands.
        if (!single && !s.contains(other)) {
            if (!isGroupedThousands(s, sep))
                return notAnAmount();
            whole = s;
            whole.remove(sep);
        } else {
            if (!single)
                return notAnAmount();
            whole = s.left(decimalAt);
            if (whole.contains(other) && !isGroupedThousands(whole, other))
                return notAnAmount();
            whole.remove(other);
            fraction = s.mid(decimalAt + 1);
        }
    }
    if (fraction.size() > 2)
        return fail(fraction.size() == 3
                        ? tr("\"%1\" is ambiguous: write 1234 for a whole amount, or at most two "
                             "decimals (1234.56)")
                              .arg(text.trimmed().toString())
                        : tr("\"%1\" has more than two decimals").arg(text.trimmed().toString()));
    if (whole.size() > 15)
        return fail(tr("\"%1\" is too large an amount").arg(text.trimmed().toString()));
    qint64 cents = whole.toLongLong() * 100;
    if (fraction.size() == 1)
        cents += fraction.toInt() * 10;
    else if (fraction.size() == 2)
        cents += fraction.toInt();
    return negative ? -cents : cents;
}

Result<int> Parsing::integer(QStringView text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return fail(tr("\"%1\" is not a whole number").arg(text.trimmed().toString()));
    return value;
}

QString Parsing::formatDuration(int minutes)
{
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    const int m = std::abs(minutes);
    return QStringLiteral("%1%2:%3").arg(sign).arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString Parsing::formatAmount(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 c = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3").arg(sign).arg(c / 100).arg(c % 100, 2, 10, QLatin1Char('0'));
}

QString Parsing::cleanName(QStringView name)
{
    return name.toString().simplified().normalized(QString::NormalizationForm_C);
}

QString Parsing::nameKey(QStringView name)
{
    // Folding the case of a composed letter can leave it decomposed: compose again after.
    return cleanName(name).toCaseFolded().normalized(QString::NormalizationForm_C);
}

QString Parsing::searchKey(QStringView text)
{
    const QString decomposed =
        text.toString().simplified().toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    }
    return key;
}

} // namespace bilan
