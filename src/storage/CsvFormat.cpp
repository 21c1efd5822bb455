#include "CsvFormat.h"

namespace bilan {

namespace {

CsvColumn required(const char* name)
{
    return {QString::fromLatin1(name), true};
}

CsvColumn optional(const char* name)
{
    return {QString::fromLatin1(name), false};
}

CsvColumn text(CsvColumn column)
{
    column.text = true;
    return column;
}

CsvColumn typed(CsvColumn column, TableColumn::Type type)
{
    column.type = type;
    return column;
}

CsvColumn date(CsvColumn column)
{
    return typed(column, TableColumn::Type::Date);
}

CsvColumn integer(CsvColumn column)
{
    return typed(column, TableColumn::Type::Integer);
}

CsvColumn notes(CsvColumn column)
{
    column.text = true;
    column.multiLine = true;
    return column;
}

} // namespace

QList<CsvKind> CsvFormat::kinds()
{
    return {CsvKind::Organisations, CsvKind::Memberships, CsvKind::Experts,    CsvKind::Hours,
            CsvKind::Board,         CsvKind::Meetings,    CsvKind::Attendance, CsvKind::Resolutions,
            CsvKind::Finances,      CsvKind::Surveys,     CsvKind::Activities};
}

QString CsvFormat::key(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Organisations:
        return QStringLiteral("organisations");
    case CsvKind::Memberships:
        return QStringLiteral("memberships");
    case CsvKind::Experts:
        return QStringLiteral("experts");
    case CsvKind::Hours:
        return QStringLiteral("hours");
    case CsvKind::Board:
        return QStringLiteral("board");
    case CsvKind::Meetings:
        return QStringLiteral("meetings");
    case CsvKind::Attendance:
        return QStringLiteral("attendance");
    case CsvKind::Resolutions:
        return QStringLiteral("resolutions");
    case CsvKind::Finances:
        return QStringLiteral("finances");
    case CsvKind::Surveys:
        return QStringLiteral("surveys");
    case CsvKind::Activities:
        return QStringLiteral("activities");
    }
    return {};
}

std::optional<CsvKind> CsvFormat::fromKey(const QString& key)
{
    for (CsvKind kind : kinds()) {
        if (CsvFormat::key(kind).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QList<CsvColumn> CsvFormat::columns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Organisations:
        return {text(required("name")), required("kind"), text(optional("region")),
                text(optional("sector")), text(optional("network"))};
    case CsvKind::Memberships:
        return {text(required("organisation")), required("category"), date(required("joined")),
                date(optional("left"))};
    case CsvKind::Experts:
        return {text(required("name")),    required("role"),       text(optional("fields")),
                text(optional("region")),  optional("gender"),     integer(optional("birth_year")),
                date(required("started")), date(optional("ended"))};
    case CsvKind::Hours:
        return {
            date(required("date")),         text(required("expert")),
            text(required("organisation")), typed(required("duration"), TableColumn::Type::Minutes),
            text(optional("field")),        notes(optional("note"))};
    case CsvKind::Board:
        return {text(required("name")), text(required("organisation")), required("role"),
                date(required("started")), date(optional("ended"))};
    case CsvKind::Meetings:
        // notes: the minutes' notes, so that an export gives back everything a meeting holds.
        // agenda: one item a line.
        return {date(required("date")),   required("kind"),         text(optional("title")),
                notes(optional("notes")), text(optional("place")),  optional("start_time"),
                optional("end_time"),     notes(optional("agenda"))};
    case CsvKind::Attendance:
        return {date(required("date")), required("kind"), text(required("director")),
                required("status")};
    case CsvKind::Resolutions:
        // date and kind: the meeting, as attendance names it.
        return {date(required("date")),
                required("kind"),
                text(required("number")),
                notes(required("text")),
                text(optional("mover")),
                text(optional("seconder")),
                required("outcome"),
                integer(optional("votes_for")),
                integer(optional("votes_against")),
                integer(optional("votes_abstaining"))};
    case CsvKind::Finances:
        return {required("year"), required("scenario"), required("kind"), text(optional("label")),
                typed(required("amount"), TableColumn::Type::Cents)};
    case CsvKind::Surveys:
        return {required("year"), integer(required("respondents")), integer(required("recommend"))};
    case CsvKind::Activities:
        return {date(required("date")), required("type"), required("audience"),
                text(optional("title"))};
    }
    return {};
}

QList<bool> CsvFormat::textColumns(CsvKind kind)
{
    QList<bool> text;
    for (const CsvColumn& column : columns(kind))
        text << column.text;
    return text;
}

QList<TableColumn> CsvFormat::tableColumns(CsvKind kind)
{
    QList<TableColumn> table;
    for (const CsvColumn& column : columns(kind))
        table << TableColumn{column.name, column.type};
    return table;
}

QStringList CsvFormat::columnNames(CsvKind kind)
{
    QStringList names;
    for (const CsvColumn& column : columns(kind))
        names << column.name;
    return names;
}

} // namespace bilan
