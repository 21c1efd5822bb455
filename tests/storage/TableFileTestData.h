#pragma once

// The list both TableFile suites write: one column of each type, with awkward values (a text
// that looks like a formula, a line break, an empty cell), and what a test needs to read the
// files back.

#include "TableFile.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>

#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>

namespace bilan::test {

inline TableData everyTypeTable()
{
    using Type = TableColumn::Type;
    TableData table;
    table.sheetName = QStringLiteral("Engagements");
    table.columns = {
        {QStringLiteral("Name"), Type::Text},     {QStringLiteral("Count"), Type::Integer},
        {QStringLiteral("Ratio"), Type::Number},  {QStringLiteral("Share"), Type::Percent},
        {QStringLiteral("Day"), Type::Date},      {QStringLiteral("When"), Type::DateTime},
        {QStringLiteral("Time"), Type::Minutes},  {QStringLiteral("Amount"), Type::Cents},
        {QStringLiteral("Active"), Type::Boolean}};
    table.rows = {
        {QStringLiteral("Coop, Le Rucher"), qint64(3), 2.5, 12.5, QDate(2026, 1, 31),
         QDateTime(QDate(2026, 1, 31), QTime(14, 5), Qt::UTC), qint64(90), qint64(123450), true},
        // Four hours west of UTC: 8:00 there is 12:00 UTC.
        {QStringLiteral("=1+1"), qint64(-4), 1234.567, 0.0, QDate(1999, 12, 31),
         QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone(-4 * 3600)), qint64(0), qint64(-5),
         false},
        {QStringLiteral("Line one\nline two"), QVariant(), QVariant(), QVariant(), QVariant(),
         QVariant(), qint64(605), qint64(100000000), QVariant()},
    };
    return table;
}

inline QByteArray bytesOf(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline int modeOf(const QString& file)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(file).constData(), &info) == 0
               ? static_cast<int>(info.st_mode & 0777)
               : -1;
}

// One entry of a zip file, through `unzip` (scripts/setup.sh installs it); nullopt when unzip
// is missing or the entry is not there.
inline std::optional<QByteArray> zipEntry(const QString& zip, const QString& entry)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, {QStringLiteral("-p"), zip, entry});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

// While it lives, no file of this process may grow past `bytes`, as on a disk that is full.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved = {};
    void (*m_handler)(int) = SIG_DFL;
};

} // namespace bilan::test
