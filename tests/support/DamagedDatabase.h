#pragma once

// A database damaged the way a failing disk damages one: a single page of the hours table
// overwritten with garbage, everything else intact. Reads that reach the page fail with
// SQLITE_CORRUPT part-way through a scan, after rows before it were read fine.

#include <QString>

namespace bilan::test {

// The note every entry of buildDatabaseWithEntries() carries; it marks the table's own pages.
inline const QString EntryNoteMarker = QStringLiteral("damage-probe-note");

// Creates `path` with one expert, one organisation and `rows` hour entries spread over the
// fiscal years 2018-2019 to 2021-2022, enough rows for the table to span many pages. False,
// with the reason in `why`, on failure.
bool buildDatabaseWithEntries(const QString& path, int rows, QString* why);

// The text the long notes of buildDatabaseWithEntries() repeat; it marks their overflow pages.
inline const QString LongNoteMarker = QStringLiteral("long-note-probe ");

// Same, with the first `longNotes` entries carrying a note of about 12 KB (the marker
// repeated): each spills over several overflow pages, as long meeting or hour notes do.
bool buildDatabaseWithEntries(const QString& path, int rows, int longNotes, QString* why);

// Overwrites, in the closed file `path`, the middle one of the leaf pages that hold hour
// entries (found by their note) with garbage bytes. Returns the page's number (from 1), or 0
// with the reason in `why`. The file's journal must be empty (every connection closed).
int damageOneEntriesPage(const QString& path, QString* why);

// Overwrites the middle one of the overflow pages that hold long notes with garbage: a damage
// that plain reads of the table do not report, the text just reads back wrong.
int damageOneOverflowPage(const QString& path, QString* why);

} // namespace bilan::test
