#include "EngagementText.h"

#include "EnumNames.h"

#include <QList>

#include <algorithm>
#include <array>

namespace bilan {

namespace {

constexpr const char* statusContext = "bilan::EngagementStatus";
constexpr std::array<const char*, EngagementStatusCount> statusNames{
    QT_TRANSLATE_NOOP("bilan::EngagementStatus", "At risk"),
    QT_TRANSLATE_NOOP("bilan::EngagementStatus", "Lapsed"),
    QT_TRANSLATE_NOOP("bilan::EngagementStatus", "Declining"),
    QT_TRANSLATE_NOOP("bilan::EngagementStatus", "New"),
    QT_TRANSLATE_NOOP("bilan::EngagementStatus", "Steady"),
    QT_TRANSLATE_NOOP("bilan::EngagementStatus", "Growing"),
    QT_TRANSLATE_NOOP("bilan::EngagementStatus", "Non-member")};

// A name longer than this is cut, so that one long name does not push the table off the
// screen; --json gives it whole.
constexpr qsizetype longestName = 40;

QString dash()
{
    return QStringLiteral("—");
}

struct Column
{
    QString title;
    bool numeric = false;
};

// Lays out `rows` under `columns`: text left-aligned, numbers right-aligned, two spaces apart.
QString table(const QList<Column>& columns, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const Column& column : columns)
        widths << column.title.size();
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    const auto line = [&](const QStringList& cells) {
        QString text = QStringLiteral(" ");
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString cell = cells.value(i);
            text += u' ';
            text += columns.at(i).numeric ? cell.rightJustified(widths.at(i), u' ')
                                          : cell.leftJustified(widths.at(i), u' ');
            text += u' ';
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QStringList titles;
    for (const Column& column : columns)
        titles << column.title;
    QString text = line(titles);
    for (const QStringList& row : rows)
        text += line(row);
    return text;
}

QString summaryText(const EngagementSummary& s, const Formatting& f)
{
    const QList<std::pair<QString, QString>> lines{
        {EngagementText::tr("Members on the first day"), f.integer(s.membersFirstDay)},
        {EngagementText::tr("Members on the last day"), f.integer(s.membersLastDay)},
        {EngagementText::tr("Members on both days"), f.integer(s.retained)},
        {EngagementText::tr("Retention"), f.percent(s.retentionPct, 1)},
        {EngagementText::tr("Attrition"), f.percent(s.attritionPct, 1)},
        {EngagementText::tr("Net gain"),
         (s.netGain > 0 ? QStringLiteral("+") : QString()) + f.integer(s.netGain)},
    };
    QList<QStringList> rows;
    for (const auto& [label, value] : lines)
        rows << QStringList{label, value};
    QString text = EngagementText::tr("Summary") + u'\n';
    // The table's own title line is not wanted here: the labels say it all.
    text += table({{QString()}, {QString(), true}}, rows).section(u'\n', 1);
    text += u'\n' + EngagementText::tr("Organisations by status") + u'\n';
    QList<QStringList> counts;
    for (int i = 0; i < EngagementStatusCount; ++i)
        counts << QStringList{EngagementText::statusName(static_cast<EngagementStatus>(i)),
                              f.integer(s.statusCounts[static_cast<std::size_t>(i)])};
    text += table({{QString()}, {QString(), true}}, counts).section(u'\n', 1);
    return text;
}

QString organisationsText(const Engagement& e, const Formatting& f)
{
    const QList<Column> columns{
        {EngagementText::tr("Status")},
        {EngagementText::tr("Organisation")},
        {EngagementText::tr("Kind")},
        {EngagementText::tr("Category")},
        {EngagementText::tr("Member")},
        {EngagementText::tr("Hours %1").arg(e.year.name()), true},
        {EngagementText::tr("Hours %1").arg(e.year.previous().name()), true},
        {EngagementText::tr("Change"), true},
        {EngagementText::tr("Last service")},
        {EngagementText::tr("Months"), true},
        {EngagementText::tr("Experts"), true},
        {EngagementText::tr("Fields"), true},
    };
    QList<QStringList> rows;
    for (const EngagementRow& row : e.rows) {
        QString name = row.input.name;
        if (name.size() > longestName)
            name = name.left(longestName - 1) + QStringLiteral("…");
        rows << QStringList{
            EngagementText::statusName(row.status),
            name,
            displayName(row.input.kind),
            row.categoryAtEnd ? displayName(*row.categoryAtEnd) : dash(),
            row.memberAtEnd ? EngagementText::tr("yes") : EngagementText::tr("no"),
            EngagementText::hoursMinutes(row.minutesY, f),
            EngagementText::hoursMinutes(row.minutesY1, f),
            f.percent(row.changePct, 1, true),
            row.input.lastService.isValid() ? row.input.lastService.toString(Qt::ISODate) : dash(),
            row.monthsSinceLastService ? f.integer(*row.monthsSinceLastService) : dash(),
            f.integer(row.input.experts),
            f.integer(row.input.fields),
        };
    }
    if (rows.isEmpty())
        return EngagementText::tr("No organisation was a member or served in %1 or %2.")
                   .arg(e.year.previous().name(), e.year.name()) +
               u'\n';
    return table(columns, rows);
}

QString cohortsText(const Engagement& e, const Formatting& f)
{
    if (e.cohorts.isEmpty())
        return EngagementText::tr("No membership began by the end of %1.").arg(e.year.name()) +
               u'\n';
    const int firstYear = e.cohorts.constFirst().startYear;
    QList<Column> columns{{EngagementText::tr("Joined in")}, {EngagementText::tr("Joined"), true}};
    for (int start = firstYear; start <= e.year.startYear(); ++start)
        columns << Column{FiscalYear(start, e.year.startMonth()).name(), true};
    QList<QStringList> rows;
    for (const EngagementCohort& cohort : e.cohorts) {
        QStringList cells{FiscalYear(cohort.startYear, e.year.startMonth()).name(),
                          f.integer(cohort.joined)};
        for (int start = firstYear; start < cohort.startYear; ++start)
            cells << QString();
        for (int still : cohort.stillMembers)
            cells << f.integer(still);
        rows << cells;
    }
    return EngagementText::tr("Organisations by the fiscal year of their first membership, and "
                              "how many of them were members at the end of each year since") +
           u'\n' + table(columns, rows);
}

} // namespace

QString EngagementText::statusName(EngagementStatus status)
{
    return QCoreApplication::translate(statusContext,
                                       statusNames[static_cast<std::size_t>(status)]);
}

QString EngagementText::hoursMinutes(qint64 minutes, const Formatting& formatting)
{
    return formatting.integer(minutes / 60) + u':' +
           QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString EngagementText::render(const Engagement& engagement, const Formatting& formatting)
{
    QString text =
        tr("Member engagement, fiscal year %1 (%2 to %3)")
            .arg(engagement.year.name(), engagement.year.firstDay().toString(Qt::ISODate),
                 engagement.year.lastDay().toString(Qt::ISODate)) +
        u'\n';
    text += u'\n' + summaryText(engagement.summary, formatting);
    text += u'\n' + tr("Organisations") + u'\n' + organisationsText(engagement, formatting);
    text += u'\n' + tr("Cohorts") + u'\n' + cohortsText(engagement, formatting);
    return text;
}

} // namespace bilan
