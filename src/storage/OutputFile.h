#pragma once

#include "Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace bilan {

// Every file Bilan writes for the user (CSV exports, PDF reports, meeting sheets, backups) is
// written through this device, so that one rule holds for all of them:
// - the target passes OutputTarget's guard: never the open database or a file beside it;
// - the bytes go to a temporary file beside the target, created owner-only (0600) before the
//   first byte since exports name people; every write, the flush to disk and the close are
//   checked, and only then is the temporary file renamed over the target. A failure removes the
//   temporary file, leaves an older file byte for byte as it was, and says why (disk full,
//   permission denied);
// - a target that is not a regular file (a device such as /dev/full, a pipe) cannot be renamed
//   onto: it is written directly, with the same checks, and a failure is reported the same way.
// A symbolic link to a file is written through: the file it leads to is replaced, the link
// stays.
// It does what QSaveFile does (a temporary file beside the target, synced, renamed over it only
// once complete) and what QSaveFile cannot: a new file owner-only from its first byte (QSaveFile
// creates one with the umask's permissions, usually readable by all), a backup renamed without
// ever replacing a file that appeared meanwhile (Existing::Refuse), and a failure said as the
// system said it (a full disk, a read-only disk) rather than as one generic error string.
class OutputFile : public QIODevice
{
    Q_OBJECT

public:
    enum class Existing
    {
        Replace,
        // A backup never replaces a file: the target must not exist, also when it is renamed
        // into place.
        Refuse
    };

    // `databasePath`: the open database, whose files the output must never replace; empty when
    // there is none.
    OutputFile(QString target, QString databasePath, Existing existing = Existing::Replace);
    // Removes the temporary file unless committed.
    ~OutputFile() override;
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Checks the target and creates the temporary file; the device is then open for writing.
    Status begin();
    // Writes what is buffered, syncs it to disk, closes and renames into place; the first
    // failure of any step is the error.
    Status commit();
    // Gives up: the temporary file goes, the target stays as it was.
    void discard();
    // The first write that failed so far, said as commit() would say it.
    Status writeStatus() const;

    // For a writer that names its file instead of writing to a device (SQLite's VACUUM INTO):
    // the temporary file, empty and owner-only. Empty when the target is written directly.
    const QString& temporaryPath() const { return m_temporary; }
    const QString& target() const { return m_target; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool flushBuffer();
    Error failure(int error) const;
    Error refusal(const QString& reason) const;
    void closeHandle();

    QString m_target;
    QString m_databasePath;
    Existing m_existing;
    // The file the target leads to, through its symbolic links.
    QString m_final;
    QString m_temporary;
    bool m_targetExisted = false;
    int m_handle = -1;
    QByteArray m_buffer;
    // The first failure (an errno value); every later write fails at once.
    int m_error = 0;
};

} // namespace bilan
