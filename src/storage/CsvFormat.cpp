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

} // namespace

QList<CsvKind> CsvFormat::kinds()
{
    return {CsvKind::Organisations, CsvKind::Memberships, CsvKind::Experts,    CsvKind::Hours,
            CsvKind::Board,         CsvKind::Meetings,    CsvKind::Attendance, CsvKind::Finances,
            CsvKind::Surveys,       CsvKind::Activities};
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
        return {required("name"), required("kind"), optional("region"), optional("sector"),
                optional("network")};
    case CsvKind::Memberships:
        return {required("organisation"), required("category"), required("joined"),
                optional("left")};
    case CsvKind::Experts:
        return {required("name"),   required("role"),       optional("fields"),  optional("region"),
                optional("gender"), optional("birth_year"), required("started"), optional("ended")};
    case CsvKind::Hours:
        return {required("date"),     required("expert"), required("organisation"),
                required("duration"), optional("field"),  optional("note")};
    case CsvKind::Board:
        return {required("name"), required("organisation"), required("role"), required("started"),
                optional("ended")};
    case CsvKind::Meetings:
        // notes: the minutes' notes, so that an export gives back everything a meeting holds.
        return {required("date"), required("kind"), optional("title"), optional("notes")};
    case CsvKind::Attendance:
        return {required("date"), required("kind"), required("director"), required("status")};
    case CsvKind::Finances:
        return {required("year"), required("scenario"), required("kind"), optional("label"),
                required("amount")};
    case CsvKind::Surveys:
        return {required("year"), required("respondents"), required("recommend")};
    case CsvKind::Activities:
        return {required("date"), required("type"), required("audience"), optional("title")};
    }
    return {};
}

QStringList CsvFormat::columnNames(CsvKind kind)
{
    QStringList names;
    for (const CsvColumn& column : columns(kind))
        names << column.name;
    return names;
}

} // namespace bilan
