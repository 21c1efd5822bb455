#pragma once

// Internal to the CSV import: one RowImporter per kind turns rows into repository writes.

#include "CsvImporter.h"
#include "CsvReader.h"
#include "Enums.h"
#include "FiscalYear.h"
#include "Parsing.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace bilan {

// One record, its values looked up by column name.
class CsvRow
{
public:
    CsvRow(const QHash<QString, int>& columns, const CsvReader::Record& record)
        : m_columns(columns), m_record(record)
    {}

    int line() const { return m_record.line; }
    // The value, spaces around it removed; empty when the column or the value is absent.
    QString value(const QString& column) const { return raw(column).trimmed(); }
    // The value as written (notes keep their spaces).
    QString raw(const QString& column) const;

private:
    const QHash<QString, int>& m_columns;
    const CsvReader::Record& m_record;
};

class RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(bilan::RowImporter)

public:
    RowImporter(Database& database, ImportResult& result) : m_db(database), m_result(result) {}
    virtual ~RowImporter() = default;

    static std::unique_ptr<RowImporter> make(CsvKind kind, Database& database,
                                             ImportResult& result);

    virtual void begin() {}
    // Writes the row, or records why it cannot be written.
    virtual void row(const CsvRow& row) = 0;
    // Work that needs the whole file (references to later rows, checks across rows).
    virtual void end() {}

    // A failure of the database itself: the import stops there.
    const std::optional<Error>& fatal() const { return m_fatal; }

    // A cell whose characters CsvImporter has refused already: what the row's own checks find
    // wrong with it later (the same characters, an unknown name) is not reported again.
    void alreadyReported(int line, const QString& column)
    {
        m_reportedCells.insert(qMakePair(line, column));
    }

protected:
    // Records `error` against the row (under its own field, else `column`), or as fatal when
    // the database failed.
    void report(int line, const Error& error, const QString& column = {});
    void report(const CsvRow& row, const Error& error, const QString& column = {})
    {
        report(row.line(), error, column);
    }

    template <typename T>
    std::optional<T> take(const CsvRow& row, Result<T> result, const QString& column = {})
    {
        if (result)
            return std::move(result).value();
        report(row, result.error(), column);
        return std::nullopt;
    }
    bool accept(const CsvRow& row, const Status& status, const QString& column = {})
    {
        if (!status)
            report(row, status.error(), column);
        return status.ok();
    }

    std::optional<QDate> date(const CsvRow& row, const QString& column);
    // "2019-2020" or "2019", read with the cooperative's fiscal start month.
    std::optional<FiscalYear> fiscalYear(const CsvRow& row, const QString& column);
    // An empty value gives an invalid date (an open end).
    std::optional<QDate> optionalDate(const CsvRow& row, const QString& column);

    template <typename E> std::optional<E> choice(const CsvRow& row, const QString& column)
    {
        const QString text = row.value(column);
        if (auto value = fromKey<E>(text))
            return value;
        report(row, unknownChoice(text, allKeys<E>()), column);
        return std::nullopt;
    }

    static Error unknownChoice(const QString& text, const QStringList& choices);

    // Within one file a thing is given once: a row whose `key` an earlier row already gave is
    // refused, and both lines are reported, each naming the other (a file that says two things
    // about one thing is contradictory, whichever row would win). `what` names the thing for
    // the messages. Returns false for a repeat.
    bool firstInFile(const CsvRow& row, const QString& key, const QString& what,
                     const QString& column);

    Database& m_db;
    ImportResult& m_result;
    std::optional<Error> m_fatal;

private:
    std::optional<int> m_startMonth;
    QHash<QString, int> m_firstLines;          // key -> the line that first gave it
    QSet<int> m_reportedFirst;                 // first lines already told of a repeat
    QSet<QPair<int, QString>> m_reportedCells; // (line, column) refused by CsvImporter
};

std::unique_ptr<RowImporter> makeHoursImporter(Database& database, ImportResult& result);
std::unique_ptr<RowImporter> makeResolutionsImporter(Database& database, ImportResult& result);
// "no board meeting on 2019-06-12; import the meetings first", under the date column.
Error noMeetingOn(MeetingKind kind, QDate day);

} // namespace bilan
