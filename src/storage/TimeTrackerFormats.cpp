#include "TimeTrackerFormats.h"

#include <QRegularExpression>

namespace bilan {

// One tracker's export: for each of TrackerRows' roles, the header names that give it (as the
// tracker writes them; compared ignoring case), the first one present winning; and the roles
// a header must have for the file to be read as that tracker's.
struct TrackerFormat
{
    const char* name;
    std::array<QStringList, 8> columns;
    QList<int> keys;
};

namespace {

// The headers were checked against the trackers' own sources and help pages; docs/import.md
// ("Time trackers") cites them. Roles: Date, Person, PersonFallback, Organisation, Field, Note,
// NoteTask, Duration.
const QList<TrackerFormat>& formats()
{
    static const QList<TrackerFormat> all{
        // Clockify's detailed report: Project, Client, Description, Task, User, Group, Email,
        // Tags, Billable, Start Date, Start Time, End Date, End Time, Duration (h),
        // Duration (decimal), Billable Rate (USD), Billable Amount (USD).
        {QT_TRANSLATE_NOOP("bilan::TrackerRows", "a Clockify detailed report"),
         {QStringList{QStringLiteral("Start Date")},
          {QStringLiteral("User")},
          {},
          {QStringLiteral("Client")},
          {QStringLiteral("Project")},
          {QStringLiteral("Description")},
          {QStringLiteral("Task")},
          {QStringLiteral("Duration (h)"), QStringLiteral("Duration (decimal)")}},
         {0, 1, 7}},
        // Toggl Track's detailed report: User, Email, Client, Project, Task, Description,
        // Billable, Start date, Start time, End date, End time, Duration, Tags, Amount (USD).
        {QT_TRANSLATE_NOOP("bilan::TrackerRows", "a Toggl Track detailed report"),
         {QStringList{QStringLiteral("Start date")},
          {QStringLiteral("User")},
          {},
          {QStringLiteral("Client")},
          {QStringLiteral("Project")},
          {QStringLiteral("Description")},
          {QStringLiteral("Task")},
          {QStringLiteral("Duration")}},
         {0, 1, 7}},
        // Kimai's timesheet export: Date, From, To, Duration, Currency, Price, Internal price,
        // Hourly price, Fixed price, Name, User, E-mail, Customer, Project, Activity,
        // Description, Exported, Billable, Tags, … and the French of older versions: Date, De,
        // À, Durée, Tarif, Usager/Utilisateur, Client, Projet, Activité, Description.
        {QT_TRANSLATE_NOOP("bilan::TrackerRows", "a Kimai timesheet export"),
         {QStringList{QStringLiteral("Date")},
          {QStringLiteral("Name"), QStringLiteral("Nom"), QStringLiteral("Alias")},
          {QStringLiteral("User"), QStringLiteral("Username"), QStringLiteral("Utilisateur"),
           QStringLiteral("Usager"), QStringLiteral("Nom d'utilisateur"),
           QStringLiteral("Identifiant")},
          {QStringLiteral("Customer"), QStringLiteral("Client")},
          {QStringLiteral("Activity"), QStringLiteral("Activité")},
          {QStringLiteral("Description")},
          {},
          {QStringLiteral("Duration"), QStringLiteral("Durée")}},
         // Its Activity column tells it from a hand-made file with a date and a duration; a
         // person column (Name, else User) is required, as docs/import.md says.
         {0, 7, 4, 1}},
    };
    return all;
}

// 03/04/2024, 3-4-2024, 03.04.2024: day and month in an order the file must tell.
const QRegularExpression& numericDate()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$"));
    return pattern;
}

// Toggl's "classic" duration: 47:06 min is 47 minutes 6 seconds.
const QRegularExpression& minutesSeconds()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+):(\\d{2})\\s*min$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

TrackerRows::TrackerRows(const TrackerFormat& format, const QStringList& header) : m_format(&format)
{
    for (int role = 0; role < Roles; ++role) {
        m_index[role] = -1;
        const QStringList& names = format.columns.at(role);
        m_header[role] = names.value(0);
        for (const QString& name : names) {
            for (int i = 0; i < header.size(); ++i) {
                if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                    m_index[role] = i;
                    m_header[role] = header.at(i).trimmed();
                    break;
                }
            }
            if (m_index[role] >= 0)
                break;
        }
    }
}

std::optional<TrackerRows> TrackerRows::recognise(const QStringList& header)
{
    for (const TrackerFormat& format : formats()) {
        TrackerRows rows(format, header);
        bool all = true;
        for (const int role : format.keys) {
            const bool found =
                rows.m_index[role] >= 0 || (role == Person && rows.m_index[PersonFallback] >= 0);
            all = all && found;
        }
        if (all)
            return rows;
    }
    return std::nullopt;
}

QString TrackerRows::formatName() const
{
    return tr(m_format->name);
}

QStringList TrackerRows::bilanHeader()
{
    return {QStringLiteral("date"),     QStringLiteral("expert"), QStringLiteral("organisation"),
            QStringLiteral("duration"), QStringLiteral("field"),  QStringLiteral("note")};
}

QString TrackerRows::cell(const CsvReader::Record& record, Role role) const
{
    const int index = m_index[role];
    return index >= 0 && index < record.fields.size() ? record.fields.at(index) : QString();
}

std::optional<ImportProblem> TrackerRows::prepare(const QList<CsvReader::Record>& adapted)
{
    // The first line that shows each order, and the first date that could be read both ways.
    int dayFirstLine = 0;
    int monthFirstLine = 0;
    int ambiguousLine = 0;
    QString dayFirstText, monthFirstText, ambiguousText;
    for (const CsvReader::Record& record : adapted) {
        const QString text = record.fields.value(0).trimmed();
        const auto m = numericDate().match(text);
        if (!m.hasMatch() || m.captured(2) == QLatin1String("."))
            continue;
        const int first = m.captured(1).toInt();
        const int second = m.captured(3).toInt();
        if (first > 12 && second <= 12 && dayFirstLine == 0) {
            dayFirstLine = record.line;
            dayFirstText = text;
        } else if (second > 12 && first <= 12 && monthFirstLine == 0) {
            monthFirstLine = record.line;
            monthFirstText = text;
        } else if (first <= 12 && second <= 12 && first != second && ambiguousLine == 0) {
            ambiguousLine = record.line;
            ambiguousText = text;
        }
    }
    if (dayFirstLine > 0 && monthFirstLine > 0)
        return ImportProblem{0, m_header[Date],
                             tr("the dates are written day first (%1 on line %2) and month first "
                                "(%3 on line %4); export the file again with one date format")
                                 .arg(dayFirstText)
                                 .arg(dayFirstLine)
                                 .arg(monthFirstText)
                                 .arg(monthFirstLine)};
    if (dayFirstLine > 0 || monthFirstLine > 0) {
        m_dayFirst = dayFirstLine > 0;
        return std::nullopt;
    }
    if (ambiguousLine > 0)
        return ImportProblem{
            0, m_header[Date],
            tr("a date such as %1 (line %2) reads as day/month or as month/day, and no date in "
               "the file tells which; set the tracker's date format to YYYY-MM-DD (or DD.MM.YYYY) "
               "and export the file again")
                .arg(ambiguousText)
                .arg(ambiguousLine)};
    return std::nullopt;
}

QString TrackerRows::isoDate(const QString& text) const
{
    const QString trimmed = text.trimmed();
    const auto m = numericDate().match(trimmed);
    if (!m.hasMatch())
        return text; // ISO or not a date: Bilan's own reading says which
    const bool dayFirst = m.captured(2) == QLatin1String(".") || m_dayFirst;
    const QString& day = dayFirst ? m.captured(1) : m.captured(3);
    const QString& month = dayFirst ? m.captured(3) : m.captured(1);
    return QStringLiteral("%1-%2-%3")
        .arg(m.captured(4), month.rightJustified(2, u'0'), day.rightJustified(2, u'0'));
}

void TrackerRows::settleDate(CsvReader::Record& adapted) const
{
    if (!adapted.fields.isEmpty())
        adapted.fields[0] = isoDate(adapted.fields.at(0));
}

CsvReader::Record TrackerRows::adapt(const CsvReader::Record& record)
{
    CsvReader::Record bilan;
    bilan.line = record.line;
    bilan.fields.reserve(6);
    bilan.fields << cell(record, Date);

    QString person = cell(record, Person);
    if (person.trimmed().isEmpty() && m_index[PersonFallback] >= 0) {
        person = cell(record, PersonFallback);
        m_fallbackLines.insert(record.line);
    }
    bilan.fields << person << cell(record, Organisation);

    QString duration = cell(record, Duration);
    if (const auto m = minutesSeconds().match(duration.trimmed()); m.hasMatch()) {
        // Rounded to the nearest minute, half up, as Bilan rounds h:mm:ss.
        const qint64 minutes = m.captured(1).toLongLong() + (m.captured(2).toInt() >= 30 ? 1 : 0);
        duration = m.captured(2).toInt() < 60 ? QStringLiteral("%1min").arg(minutes)
                                              : duration.trimmed().chopped(3).trimmed();
    }
    bilan.fields << duration << cell(record, Field);

    // The task, when the tracker has one, leads the note: "Task — description".
    const QString task = cell(record, NoteTask).trimmed();
    const QString description = cell(record, Note);
    if (task.isEmpty())
        bilan.fields << description;
    else if (description.trimmed().isEmpty())
        bilan.fields << task;
    else
        bilan.fields << task + QStringLiteral(" — ") + description.trimmed();
    return bilan;
}

QString TrackerRows::sourceColumn(const QString& column, int line) const
{
    static const QStringList bilan = bilanHeader();
    static const std::array<Role, 6> roles{Date, Person, Organisation, Duration, Field, Note};
    const int at = bilan.indexOf(column);
    if (at < 0)
        return column;
    Role role = roles.at(static_cast<size_t>(at));
    if (role == Person &&
        (m_index[Person] < 0 || (m_index[PersonFallback] >= 0 && m_fallbackLines.contains(line))))
        role = m_index[PersonFallback] >= 0 ? PersonFallback : Person;
    return m_header[role];
}

} // namespace bilan
