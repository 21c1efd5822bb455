#pragma once

// What TableFile's two writers share: a cell's value taken as its column's type, and the text a
// cell shows. Not part of TableFile's interface.

#include "Result.h"
#include "TableFile.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace bilan::tablecells {

// The cell's value and type: a TableCell's own, else the value as it is with its column's type.
std::pair<QVariant, TableColumn::Type> typed(const QVariant& value, TableColumn::Type columnType);

// True for a cell left empty: a null or invalid QVariant, or an empty text.
bool isEmpty(const QVariant& value);

// The value as the type takes it; nullopt when it is not of that type (a text in a date column),
// in which case the writers write its text instead, as text.
std::optional<qint64> integer(const QVariant& value);
// Finite numbers only: a spreadsheet has no NaN nor infinity.
std::optional<double> number(const QVariant& value);
std::optional<QDate> date(const QVariant& value);
// In UTC.
std::optional<QDateTime> dateTime(const QVariant& value);
std::optional<bool> boolean(const QVariant& value);

// "h:mm", hours unbounded, minus sign in front when negative.
QString minutesText(qint64 minutes);

// The cell as the CSV file holds it (DESIGN.md's spellings: 1:30, 12.50, 2026-01-31,
// 2026-01-31T14:05:00Z, true, 12.5). `asText` tells whether it is to be guarded as free text:
// a Text column, or a value its column's type could not take.
QString csvText(const QVariant& value, TableColumn::Type type, bool* asText);

// Writes the workbook, one sheet a table (TableFileXlsx.cpp).
Status writeXlsx(const QList<TableData>& tables, const QString& path, const QString& databasePath);

} // namespace bilan::tablecells
