#pragma once

// The exports of time trackers (Kimai, Clockify, Toggl Track) read as Bilan's hours: each
// format is a row of a table (TimeTrackerFormats.cpp) that says which of the tracker's columns
// gives each of Bilan's hours columns. A TrackerRows made from a file's header turns every
// record of the tracker's file into a record of Bilan's hours format (date, expert,
// organisation, duration, field, note), so that HoursImporter checks it as any other row.
// docs/import.md ("Time trackers") gives each mapping.

#include "CsvImporter.h"
#include "CsvReader.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace bilan {

struct TrackerFormat;

class TrackerRows
{
    Q_DECLARE_TR_FUNCTIONS(bilan::TrackerRows)

public:
    // The format whose key columns the header holds (names compared ignoring case and
    // surrounding spaces); nothing for any other file, Bilan's own hours included.
    static std::optional<TrackerRows> recognise(const QStringList& header);

    // "a Kimai timesheet export", translated.
    QString formatName() const;
    // Bilan's hours columns, in the order adapt() writes them.
    static QStringList bilanHeader();

    // The record in Bilan's hours format (bilanHeader()'s order), values as Bilan reads them
    // but for the date, as the tracker wrote it until settleDate().
    CsvReader::Record adapt(const CsvReader::Record& record);

    // Decides how the file writes its dates from all its records (adapted): a numeric date such
    // as 03/04/2024 is read day first or month first as the file's other dates show; a file
    // whose dates tell nothing, or contradict each other, is refused (a problem on line 0).
    std::optional<ImportProblem> prepare(const QList<CsvReader::Record>& adapted);
    // The adapted record's date as Bilan reads it (YYYY-MM-DD), once prepare() has decided.
    void settleDate(CsvReader::Record& adapted) const;

    // The tracker's column, as the file's header writes it, that gave Bilan's `column` on
    // `line` (problems name the column the user can find in their file); `column` itself when
    // no tracker column gave it.
    QString sourceColumn(const QString& column, int line) const;

private:
    enum Role
    {
        Date,
        Person,
        PersonFallback,
        Organisation,
        Field,
        Note,
        NoteTask,
        Duration,
        Roles
    };

    TrackerRows(const TrackerFormat& format, const QStringList& header);

    QString cell(const CsvReader::Record& record, Role role) const;
    QString isoDate(const QString& text) const;

    const TrackerFormat* m_format = nullptr;
    std::array<int, Roles> m_index{};
    std::array<QString, Roles> m_header;
    // Set by prepare() for dates written d/m/y or m/d/y.
    bool m_dayFirst = false;
    // Lines whose expert came from the fallback column (Kimai's User when Name is empty).
    QSet<int> m_fallbackLines;
};

} // namespace bilan
