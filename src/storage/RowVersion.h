#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantList>

#include <optional>

namespace bilan {

// Several desks editing the same row. Every row a form edits records when it was last changed
// (updated_at, ISO text with milliseconds on both backends) and by whom (updated_by,
// "who@host"). updated_at is the row's version: a form keeps the version it loaded, and a save
// changes the row only while it still holds that version; otherwise nothing is written and
// the error names the other desk's author and time, so the form can show the stored row.
class RowVersion
{
    Q_DECLARE_TR_FUNCTIONS(bilan::RowVersion)

public:
    // Who writes through this database: the server login (or, on a file, the operating
    // system's user) and the computer's host name, e.g. "marie@desk-2".
    static QString author(const Database& database);

    // Writes `assignments` (e.g. "name = ?, kind = ?") and their `values` to the row of
    // `table` whose `key` (e.g. "id = ?") matches `keyValues`, setting updated_at and
    // updated_by. With a valid `loaded` version, only a row still at that version is changed;
    // an invalid one (a caller that never showed the row, an import) changes it whatever its
    // version.
    static Status update(Database& database, const QString& table, const QString& assignments,
                         QVariantList values, const QString& key, const QVariantList& keyValues,
                         const QDateTime& loaded);
    static Status update(Database& database, const QString& table, const QString& assignments,
                         QVariantList values, qint64 id, const QDateTime& loaded)
    {
        return update(database, table, assignments, std::move(values), QStringLiteral("id = ?"),
                      {id}, loaded);
    }

    // Refuses, as update() would, when the row of `table` with this id no longer holds the
    // `loaded` version; nothing to check with an invalid one. Lets a repository refuse a stale
    // save before its rules judge values meant for a row that has changed.
    static Status check(Database& database, const QString& table, qint64 id,
                        const QDateTime& loaded)
    {
        return check(database, table, QStringLiteral("id = ?"), {id}, loaded);
    }
    // The same for a row named by another key (e.g. "fiscal_year = ? AND language = ?"). Also
    // the check before a remove: a row changed at another desk since the form showed it is
    // not removed either.
    static Status check(Database& database, const QString& table, const QString& key,
                        const QVariantList& keyValues, const QDateTime& loaded);

    // Refuses, naming its author and time, when a row matching `key` exists: a form that
    // loaded nothing (a year's first report texts) must not overwrite what another desk
    // wrote since.
    static Status checkAbsent(Database& database, const QString& table, const QString& key,
                              const QVariantList& keyValues);

    // The refusal of a save whose row was changed at another desk by `by` at `at`.
    static Error changedElsewhere(const QString& by, const QDateTime& at);

private:
    struct Stored
    {
        QString by;
        QDateTime at;
    };
    static Result<std::optional<Stored>> stored(Database& database, const QString& table,
                                                const QString& key, const QVariantList& keyValues);
    // Why the row matching `key` is not at the `loaded` version (none when it is; an invalid
    // `loaded`: whatever version it holds, an UPDATE just found it changed).
    static Status refusal(Database& database, const QString& table, const QString& key,
                          const QVariantList& keyValues, const QDateTime& loaded);
};

} // namespace bilan
