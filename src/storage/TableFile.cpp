#include "TableFile.h"

#include "CsvWriter.h"
#include "OutputFile.h"
#include "Parsing.h"
#include "TableFileCells.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace bilan {

namespace tablecells {

namespace {

bool isNumeric(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace

std::pair<QVariant, TableColumn::Type> typed(const QVariant& value, TableColumn::Type columnType)
{
    if (value.metaType() == QMetaType::fromType<TableCell>()) {
        const auto cell = value.value<TableCell>();
        return {cell.value, cell.type};
    }
    return {value, columnType};
}

bool isEmpty(const QVariant& cell)
{
    const QVariant value = typed(cell, TableColumn::Type::Text).first;
    if (!value.isValid() || value.isNull())
        return true;
    return value.typeId() == QMetaType::QString && value.toString().isEmpty();
}

std::optional<qint64> integer(const QVariant& value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double d = value.toDouble();
        // Only a whole number is an integer; 1.5 minutes is not a count of minutes.
        if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9.0e15)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (isNumeric(value))
        return value.toLongLong();
    if (value.typeId() == QMetaType::QString) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<double> number(const QVariant& value)
{
    bool ok = false;
    double d = 0;
    if (isNumeric(value)) {
        d = value.toDouble(&ok);
    } else if (value.typeId() == QMetaType::QString) {
        d = value.toString().trimmed().toDouble(&ok);
    }
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<QDate> date(const QVariant& value)
{
    QDate day;
    if (value.typeId() == QMetaType::QDate)
        day = value.toDate();
    else if (value.typeId() == QMetaType::QDateTime)
        day = value.toDateTime().date();
    else if (value.typeId() == QMetaType::QString) {
        auto parsed = Parsing::date(value.toString().trimmed());
        if (parsed)
            day = *parsed;
    }
    if (!day.isValid())
        return std::nullopt;
    return day;
}

std::optional<QDateTime> dateTime(const QVariant& value)
{
    QDateTime moment;
    if (value.typeId() == QMetaType::QDateTime)
        moment = value.toDateTime();
    else if (value.typeId() == QMetaType::QDate)
        moment = QDateTime(value.toDate(), QTime(0, 0), Qt::UTC);
    else if (value.typeId() == QMetaType::QString)
        moment = QDateTime::fromString(value.toString().trimmed(), Qt::ISODate);
    if (!moment.isValid())
        return std::nullopt;
    return moment.toUTC();
}

std::optional<bool> boolean(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (isNumeric(value)) {
        const auto n = integer(value);
        if (n && (*n == 0 || *n == 1))
            return *n == 1;
        return std::nullopt;
    }
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QString minutesText(qint64 minutes)
{
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    // The magnitude as unsigned, so that the most negative value has one too.
    const quint64 m = minutes < 0 ? 0 - static_cast<quint64>(minutes) : minutes;
    return QStringLiteral("%1%2:%3").arg(sign).arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString csvText(const QVariant& cell, TableColumn::Type columnType, bool* asText)
{
    using Type = TableColumn::Type;
    const auto [value, type] = typed(cell, columnType);
    *asText = type == Type::Text;
    if (isEmpty(value))
        return {};
    switch (type) {
    case Type::Text:
        return value.toString();
    case Type::Integer:
        if (const auto n = integer(value))
            return QString::number(*n);
        break;
    case Type::Number:
        if (const auto d = number(value))
            return QString::number(*d, 'f', 2);
        break;
    case Type::Percent:
        if (const auto d = number(value))
            return QString::number(*d, 'f', 1);
        break;
    case Type::Date:
        if (const auto day = date(value))
            return day->toString(Qt::ISODate);
        break;
    case Type::DateTime:
        if (const auto moment = dateTime(value))
            return moment->toString(Qt::ISODate);
        break;
    case Type::Minutes:
        if (const auto n = integer(value))
            return minutesText(*n);
        break;
    case Type::Cents:
        if (const auto n = integer(value))
            return Parsing::formatAmount(*n);
        break;
    case Type::Boolean:
        if (const auto b = boolean(value))
            return *b ? QStringLiteral("true") : QStringLiteral("false");
        break;
    }
    // Not of the column's type: written as it is, and guarded as any free text.
    *asText = true;
    return value.toString();
}

} // namespace tablecells

namespace {

const QString FileField = QStringLiteral("file");

Status writeCsv(const TableData& table, const QString& path, const QString& databasePath)
{
    // Never over the database; owner-only, since lists name people; and all or nothing.
    OutputFile file(path, databasePath);
    if (auto begun = file.begin(); !begun)
        return begun;
    CsvWriter writer(&file);
    QStringList titles;
    for (const TableColumn& column : table.columns)
        titles << column.title;
    // Titles are the caller's words, possibly typed by a user (a field's name): guarded too.
    writer.setTextColumns(QList<bool>(titles.size(), true));
    writer.writeRow(titles);

    QStringList fields;
    QList<bool> textColumns(table.columns.size(), false);
    for (const QVariantList& row : table.rows) {
        fields.resize(0);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            bool asText = false;
            fields << tablecells::csvText(c < row.size() ? row.at(c) : QVariant(),
                                          table.columns.at(c).type, &asText);
            textColumns[c] = asText;
        }
        writer.setTextColumns(textColumns);
        writer.writeRow(fields);
    }
    if (!writer.ok()) {
        // The file's own words (disk full, permission denied) when it has them.
        if (auto written = file.writeStatus(); !written)
            return written;
        return fail(TableFile::tr("cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), writer.error()),
                    FileField);
    }
    return file.commit();
}

} // namespace

QStringList TableFile::extensions()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx")};
}

Status TableFile::write(const TableData& table, const QString& path)
{
    return write(table, path, QString());
}

Status TableFile::write(const TableData& table, const QString& path, const QString& databasePath)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(table, path, databasePath);
    if (suffix == QLatin1String("xlsx"))
        return tablecells::writeXlsx({table}, path, databasePath);
    return fail(tr("cannot write %1: a list is written as a CSV file (.csv) or an Excel "
                   "workbook (.xlsx); choose a name ending in one of them")
                    .arg(QDir::toNativeSeparators(path)),
                FileField);
}

Status TableFile::write(const QList<TableData>& tables, const QString& path,
                        const QString& databasePath)
{
    if (tables.isEmpty())
        return fail(
            tr("cannot write %1: there is no list to write").arg(QDir::toNativeSeparators(path)),
            FileField);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return tablecells::writeXlsx(tables, path, databasePath);
    if (suffix == QLatin1String("csv") && tables.size() > 1)
        return fail(tr("cannot write %1: a CSV file holds one list and these are %2; write them "
                       "as an Excel workbook (.xlsx), one sheet each")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(tables.size()),
                    FileField);
    return write(tables.constFirst(), path, databasePath);
}

} // namespace bilan
