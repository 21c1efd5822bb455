#include "ChangeText.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace bilan {

QString ChangeText::tableName(const QString& table)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("service_entries"), QT_TR_NOOP("Hours")},
        {QStringLiteral("organisations"), QT_TR_NOOP("Organisations")},
        {QStringLiteral("memberships"), QT_TR_NOOP("Memberships")},
        {QStringLiteral("experts"), QT_TR_NOOP("Experts")},
        {QStringLiteral("expert_fields"), QT_TR_NOOP("Experts' fields")},
        {QStringLiteral("fields"), QT_TR_NOOP("Fields of expertise")},
        {QStringLiteral("directors"), QT_TR_NOOP("Directors")},
        {QStringLiteral("board_mandates"), QT_TR_NOOP("Mandates")},
        {QStringLiteral("meetings"), QT_TR_NOOP("Meetings")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Attendance")},
        {QStringLiteral("agenda_items"), QT_TR_NOOP("Agenda items")},
        {QStringLiteral("resolutions"), QT_TR_NOOP("Resolutions")},
        {QStringLiteral("finance_lines"), QT_TR_NOOP("Finance lines")},
        {QStringLiteral("surveys"), QT_TR_NOOP("Surveys")},
        {QStringLiteral("activities"), QT_TR_NOOP("Development activities")},
        {QStringLiteral("report_texts"), QT_TR_NOOP("Report texts")},
        {QStringLiteral("settings"), QT_TR_NOOP("Settings")},
        {QStringLiteral("closed_years"), QT_TR_NOOP("Closed years")},
    };
    const auto found = names.constFind(table);
    return found == names.cend() ? table : tr(found.value());
}

QString ChangeText::sourceName(ChangeSource source)
{
    switch (source) {
    case ChangeSource::Window:
        return tr("window");
    case ChangeSource::Import:
        return tr("import");
    case ChangeSource::Copy:
        return tr("copy");
    case ChangeSource::Command:
        return tr("command");
    case ChangeSource::Other:
        break;
    }
    return tr("other");
}

QString ChangeText::operationName(ChangeOperation operation)
{
    switch (operation) {
    case ChangeOperation::Insert:
        return tr("added");
    case ChangeOperation::Update:
        return tr("changed");
    case ChangeOperation::Delete:
        return tr("deleted");
    case ChangeOperation::Import:
        return tr("imported");
    case ChangeOperation::Copy:
        break;
    }
    return tr("copied");
}

QString ChangeText::value(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == static_cast<double>(value.toInteger()))
            return QString::number(value.toInteger());
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::String:
        if (!value.toString().isEmpty())
            return value.toString();
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return value.toVariant().toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("—");
}

QStringList ChangeText::changes(const ChangeRecord& record)
{
    if (record.operation == ChangeOperation::Import || record.operation == ChangeOperation::Copy)
        return {importDetail(record)};
    QStringList columns = record.before.keys() + record.after.keys();
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    QStringList lines;
    for (const QString& column : columns) {
        // An added or deleted row's empty columns say nothing.
        const QString before = value(record.before.value(column));
        const QString after = value(record.after.value(column));
        if (before == after)
            continue;
        lines << tr("%1: %2 → %3").arg(column, before, after);
    }
    return lines;
}

QString ChangeText::importDetail(const ChangeRecord& record)
{
    const QJsonObject& detail = record.detail;
    const QLocale locale;
    const QString rows = locale.toString(detail.value(QStringLiteral("rows")).toInteger());
    if (record.operation == ChangeOperation::Copy)
        return tr("from %1, %2 rows").arg(value(detail.value(QStringLiteral("from"))), rows);
    if (record.operation != ChangeOperation::Import)
        return {};
    // A demo or a bulk fill has no file: only what the detail holds is said.
    QStringList parts;
    const auto given = [&detail](const char* key) {
        const QJsonValue value = detail.value(QLatin1String(key));
        return !value.isNull() && !value.isUndefined() && value != QJsonValue(QString());
    };
    if (given("file"))
        parts << tr("file %1").arg(value(detail.value(QStringLiteral("file"))));
    if (given("sha256"))
        parts << tr("SHA-256 %1").arg(value(detail.value(QStringLiteral("sha256"))));
    if (given("kind"))
        parts << tr("kind %1").arg(value(detail.value(QStringLiteral("kind"))));
    parts << (rows == QLatin1String("1") ? tr("1 row") : tr("%1 rows").arg(rows));
    if (given("first_id"))
        parts << tr("ids %1–%2")
                     .arg(value(detail.value(QStringLiteral("first_id"))),
                          value(detail.value(QStringLiteral("last_id"))));
    return parts.join(QStringLiteral(", "));
}

QString ChangeText::rowName(const ChangeRecord& record)
{
    const QString table = tableName(record.table);
    return record.rowKey.isEmpty() ? table : tr("%1 #%2").arg(table, record.rowKey);
}

QString ChangeText::lateReason()
{
    return tr("Changed more than %1 days after its date").arg(ChangeLog::LateAfterDays);
}

QJsonObject ChangeText::toJson(const ChangeRecord& record)
{
    return QJsonObject{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("at"), record.at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("actor"), record.actor},
        {QStringLiteral("desk"), record.desk},
        {QStringLiteral("source"), QString::fromLatin1(changeSourceWord(record.source))},
        {QStringLiteral("operation"), QString::fromLatin1(changeOperationWord(record.operation))},
        {QStringLiteral("table"), record.table},
        {QStringLiteral("row_key"), record.rowKey},
        {QStringLiteral("parent_table"), record.parentTable},
        {QStringLiteral("parent_key"), record.parentKey},
        {QStringLiteral("before"), record.before},
        {QStringLiteral("after"), record.after},
        {QStringLiteral("detail"), record.detail},
        {QStringLiteral("late"), record.late},
    };
}

} // namespace bilan
