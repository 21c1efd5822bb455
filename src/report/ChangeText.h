#pragma once

#include "ChangeLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace bilan {

// The history of changes (ChangeLog) in words, in the window's language: the names of the
// tables, of what made a change and of the operations, the changed columns as
// "column: before → after", and what an import or a copy added. Shared by `bilan history` and the
// window's History page and dialog, so that both say the same thing.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(bilan::ChangeText)

public:
    // "Hours", "Organisations"…; the table's own name for one Bilan does not know.
    static QString tableName(const QString& table);
    // "window", "import", "copy", "command", "other" in words.
    static QString sourceName(ChangeSource source);
    static QString operationName(ChangeOperation operation);
    // A stored value as text: "—" for none (null, missing or an empty text).
    static QString value(const QJsonValue& value);
    // One line a changed column, in the columns' alphabetical order: "column: before → after"
    // ("—" on the side that has none: an insert's before, a delete's after). An import or a copy
    // gives its detail instead (importDetail).
    static QStringList changes(const ChangeRecord& record);
    // An import: "file F, SHA-256 S, kind K, N rows, ids A–B"; a copy: "from F, N rows"; empty for
    // any other record.
    static QString importDetail(const ChangeRecord& record);
    // The table and row as a reader says it: "Hours #12", "Attendance #12/3"; the table alone
    // when there is no row (an import).
    static QString rowName(const ChangeRecord& record);
    // Why a record is flagged late (the Hours list's tooltip too).
    static QString lateReason();
    // Every field of `record` as one JSON object (at in ISO 8601 UTC, late a boolean), the
    // words of the storage (changeSourceWord…), never translated: `bilan history --json`.
    static QJsonObject toJson(const ChangeRecord& record);
};

} // namespace bilan
