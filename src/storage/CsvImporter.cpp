#include "CsvImporter.h"

#include "ChangeLog.h"
#include "CsvFormulaGuard.h"
#include "CsvRowImporter.h"
#include "IntegrityCheck.h"
#include "SqlSupport.h"
#include "TimeTrackerFormats.h"
#include "Validation.h"
#include "VisibleText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <future>
#include <optional>

#include <spdlog/spdlog.h>

namespace bilan {

namespace {

constexpr int ProgressEveryRows = 4096;

QString withoutInvisible(const QString& text)
{
    QString visible;
    visible.reserve(text.size());
    for (const QChar c : text) {
        if (!VisibleText::isControl(c.unicode()) && !VisibleText::isInvisible(c.unicode()))
            visible.append(c);
    }
    return visible;
}

// The escapes of the invisible characters of `text`, for a message.
QString invisibleIn(const QString& text)
{
    QStringList escapes;
    for (const QChar c : text) {
        if (VisibleText::isControl(c.unicode()) || VisibleText::isInvisible(c.unicode())) {
            const QString escape = VisibleText::escape(c.unicode());
            if (!escapes.contains(escape))
                escapes << escape;
        }
    }
    return escapes.join(QStringLiteral(", "));
}

// The hours import resolves every expert, organisation and field id it writes from rows read
// inside its own write transaction, so SQLite's foreign key checks cannot fail there; they were
// 40 % of the insert of a million rows. SQLite ignores the pragma inside a transaction: an
// import wrapped in a caller's transaction keeps the checks.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database& db) : m_db(db)
    {
        // A server checks them whatever is asked (and a failed statement would spoil its
        // transaction).
        if (db.isServer())
            return;
        QSqlQuery query(db.connection());
        m_off = query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_off)
            QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
    bool m_off = false;
};

// The table an import of `kind` fills, named by its history event.
QString mainTable(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Organisations:
        return QStringLiteral("organisations");
    case CsvKind::Memberships:
        return QStringLiteral("memberships");
    case CsvKind::Experts:
        return QStringLiteral("experts");
    case CsvKind::Hours:
        break;
    case CsvKind::Board:
        return QStringLiteral("board_mandates");
    case CsvKind::Meetings:
        return QStringLiteral("meetings");
    case CsvKind::Attendance:
        return QStringLiteral("attendance");
    case CsvKind::Resolutions:
        return QStringLiteral("resolutions");
    case CsvKind::Finances:
        return QStringLiteral("finance_lines");
    case CsvKind::Surveys:
        return QStringLiteral("surveys");
    case CsvKind::Activities:
        return QStringLiteral("activities");
    }
    return QStringLiteral("service_entries");
}

// What the history says of the file: its name (no folder) and the SHA-256 of its bytes. A
// file is hashed on another thread through its own handle while the import reads it (on a
// million rows the hash alone was 5 % of the import); another device is hashed here from where
// the import starts and put back there; a stream gets no hash.
class FileDescription
{
public:
    explicit FileDescription(QIODevice& device)
    {
        const auto* named = qobject_cast<QFileDevice*>(&device);
        m_name = named ? QFileInfo(named->fileName()).fileName() : QString();
        if (device.isSequential())
            return;
        if (named && !named->fileName().isEmpty()) {
            m_hash = std::async(std::launch::async, [path = named->fileName()]() -> QString {
                QFile file(path);
                QCryptographicHash hash(QCryptographicHash::Sha256);
                if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
                    return {};
                return QString::fromLatin1(hash.result().toHex());
            });
            return;
        }
        const qint64 start = device.pos();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (hash.addData(&device))
            m_sha256 = QString::fromLatin1(hash.result().toHex());
        device.seek(start);
    }

    QJsonObject detail()
    {
        if (m_hash.valid())
            m_sha256 = m_hash.get();
        QJsonObject file{{QStringLiteral("file"), m_name}};
        if (!m_sha256.isEmpty())
            file.insert(QStringLiteral("sha256"), m_sha256);
        return file;
    }

private:
    QString m_name;
    QString m_sha256;
    std::future<QString> m_hash;
};

} // namespace

ImportResult CsvImporter::importFile(CsvKind kind, const QString& path,
                                     const ImportOptions& options)
{
    // QFile opens a folder without complaint, and reading it fails as "no such file".
    if (QFileInfo(path).isDir()) {
        ImportResult result;
        result.problems << ImportProblem{
            0, {}, tr("%1 is a folder, not a CSV file").arg(VisibleText::of(path))};
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.problems << ImportProblem{
            0, {}, tr("cannot read the file: %1").arg(file.errorString())};
        return result;
    }
    return import(kind, file, options);
}

ImportResult CsvImporter::import(CsvKind kind, QIODevice& device, const ImportOptions& options)
{
    ImportResult result;
    const qint64 total = device.isSequential() ? 0 : device.size();
    std::optional<FileDescription> file;
    if (!options.dryRun)
        file.emplace(device);
    CsvReader reader(&device);
    // Spreadsheets write ",,," for a row left empty; it holds nothing to import.
    reader.setSkipEmptyRows(true);
    const bool headerRead = reader.readHeader();
    if (reader.encodingKnown()) {
        result.encoding = csvEncodingName(reader.encoding());
        result.delimiter = reader.delimiter();
    }
    if (!headerRead) {
        result.problems << ImportProblem{reader.errorLine(), {}, reader.error()};
        return result;
    }

    // A time tracker's export is read through its own columns (TimeTrackerFormats.h): each
    // of its records becomes a record of Bilan's hours format.
    const QStringList fileHeader = reader.header();
    std::optional<TrackerRows> tracker;
    if (kind == CsvKind::Hours)
        tracker = TrackerRows::recognise(fileHeader);
    if (tracker)
        result.sourceFormat = tracker->formatName();

    // Map the header; names are matched ignoring case and surrounding spaces.
    QHash<QString, int> columns;
    const QStringList known = CsvFormat::columnNames(kind);
    const QStringList header = tracker ? TrackerRows::bilanHeader() : fileHeader;
    // Known columns whose name is there but for an invisible character (a doubled byte-order
    // mark, a zero-width space): said as such rather than as missing.
    QSet<QString> hidden;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (columns.contains(name)) {
            result.problems << ImportProblem{reader.headerLine(), name,
                                             tr("the column appears twice in the header")};
            continue;
        }
        if (!known.contains(name)) {
            const QString visible = withoutInvisible(name);
            if (visible != name && known.contains(visible) && !hidden.contains(visible)) {
                hidden.insert(visible);
                result.problems << ImportProblem{
                    reader.headerLine(), VisibleText::of(header.at(i)),
                    tr("the column name holds an invisible character (shown as %1); remove it "
                       "so that the column reads \"%2\"")
                        .arg(invisibleIn(name), visible)};
                continue;
            }
            result.ignoredColumns << header.at(i);
            continue;
        }
        columns.insert(name, i);
    }
    for (const CsvColumn& column : CsvFormat::columns(kind)) {
        if (column.required && !columns.contains(column.name) && !hidden.contains(column.name))
            result.problems << ImportProblem{
                reader.headerLine(), column.name,
                tr("the required column is missing (the columns of %1 are: %2)")
                    .arg(CsvFormat::key(kind), known.join(QStringLiteral(", ")))};
    }
    if (!result.problems.isEmpty())
        return result;

    // Declared before the transaction, so the checks come back on after it has ended.
    std::optional<ForeignKeysOff> unchecked;
    if (kind == CsvKind::Hours)
        unchecked.emplace(m_db);
    Transaction transaction(m_db);
    if (!transaction.begun()) {
        result.problems << ImportProblem{0, {}, transaction.begun().message()};
        return result;
    }
    // Rows checked against a damaged page (an organisation's name, its unique index) may pass
    // checks they should fail and be written beside garbage: a damaged file takes no import,
    // and a dry run says so too. Read inside the transaction: the file as the import sees it.
    if (auto readable = checkReadable(m_db); !readable) {
        result.problems << ImportProblem{0, {}, readable.message()};
        return result;
    }
    // The whole file is one record of the history of changes, not one a row.
    ChangeEvent event(m_db, ChangeOperation::Import, mainTable(kind));
    if (!event.begun()) {
        result.problems << ImportProblem{0, {}, event.begun().message()};
        return result;
    }

    // The free-text cells, whose formula guard an export wrote (CsvFormulaGuard).
    struct TextCell
    {
        int index;
        QString column;
        bool multiLine;
    };
    QList<TextCell> textCells;
    const QList<CsvColumn> format = CsvFormat::columns(kind);
    for (const CsvColumn& column : format) {
        if (column.text && columns.contains(column.name))
            textCells << TextCell{columns.value(column.name), column.name, column.multiLine};
    }

    auto importer = RowImporter::make(kind, m_db, result);
    importer->begin();
    // A row with more values than its header has columns: reported, not imported.
    const auto tooWide = [&](const CsvReader::Record& record, qsizetype width) {
        if (record.fields.size() <= width)
            return false;
        result.problems << ImportProblem{
            record.line,
            {},
            tr("this row has %1 values but the header names %2 columns; quote values that "
               "contain the delimiter \"%3\"")
                .arg(record.fields.size())
                .arg(width)
                .arg(reader.delimiter())};
        return true;
    };
    const qsizetype width = header.size();
    const auto importRow = [&](CsvReader::Record& record) {
        for (const TextCell& cell : std::as_const(textCells)) {
            if (cell.index < record.fields.size())
                CsvFormulaGuard::unprotect(record.fields[cell.index]);
        }
        // Each text cell, as written, is checked for characters it cannot hold whatever else
        // is wrong with the row: the row importer's checks stop at the row's first bad value,
        // and see a value trimmed (a leading line break would vanish instead of being refused).
        for (const TextCell& cell : std::as_const(textCells)) {
            if (cell.index >= record.fields.size() || record.fields.size() > width)
                continue;
            const QString& text = record.fields.at(cell.index);
            const Status valid = cell.multiLine ? Validation::multiLineText(text, cell.column)
                                                : Validation::oneLineText(text, cell.column);
            if (!valid) {
                result.problems << ImportProblem{record.line, cell.column, valid.message()};
                importer->alreadyReported(record.line, cell.column);
            }
        }
        if (!tooWide(record, width))
            importer->row(CsvRow(columns, record));
    };
    CsvReader::Record record;
    if (tracker) {
        // A tracker's file is read whole first, its records held in Bilan's six columns:
        // whether 03/04 is day or month first shows only across all its dates.
        QList<CsvReader::Record> adapted;
        while (reader.next(record)) {
            ++result.rows;
            if (!tooWide(record, fileHeader.size()))
                adapted.append(tracker->adapt(record));
            if (options.progress && result.rows % ProgressEveryRows == 0)
                options.progress(reader.bytesRead(), total);
        }
        if (auto refused = tracker->prepare(adapted)) {
            result.problems << *refused;
        } else {
            for (CsvReader::Record& row : adapted) {
                if (importer->fatal())
                    break;
                tracker->settleDate(row);
                importRow(row);
            }
        }
    } else {
        while (!importer->fatal() && reader.next(record)) {
            ++result.rows;
            importRow(record);
            if (options.progress && result.rows % ProgressEveryRows == 0)
                options.progress(reader.bytesRead(), total);
        }
    }
    // A tracker's rows left out (no minute of work) are not counted as imported.
    result.rows -= result.skippedRows;
    if (!reader.error().isEmpty())
        result.problems << ImportProblem{reader.errorLine(), {}, reader.error()};
    if (!importer->fatal() && reader.error().isEmpty())
        importer->end();
    if (importer->fatal())
        result.problems << ImportProblem{0, {}, importer->fatal()->message};
    if (options.progress)
        options.progress(reader.bytesRead(), total);

    // Checks made once the whole file is read (day totals, networks named on later rows) come
    // last; a reader wants the problems in the order of the file.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) {
                         const auto order = [](int line) { return line > 0 ? line : INT_MAX; };
                         return order(a.line) < order(b.line);
                     });
    // Problems name the tracker's own columns, the ones the user finds in their file.
    if (tracker) {
        for (ImportProblem& problem : result.problems)
            problem.column = tracker->sourceColumn(problem.column, problem.line);
    }
    if (!result.problems.isEmpty() || options.dryRun)
        return result; // the transaction rolls back
    if (auto recorded = recordEvent(event, kind, file->detail(), result.rows); !recorded) {
        result.problems << ImportProblem{0, {}, recorded.message()};
        return result;
    }
    if (auto committed = transaction.commit(); !committed) {
        result.problems << ImportProblem{0, {}, committed.message()};
        return result;
    }
    result.written = true;
    spdlog::info("imported {} {} rows into {}", result.rows, CsvFormat::key(kind).toStdString(),
                 m_db.path().toStdString());
    return result;
}

Status CsvImporter::recordEvent(ChangeEvent& event, CsvKind kind, const QJsonObject& file, int rows)
{
    auto last = event.largestId();
    if (!last)
        return last.error();
    QJsonObject detail = file;
    detail.insert(QStringLiteral("kind"), CsvFormat::key(kind));
    detail.insert(QStringLiteral("rows"), rows);
    // The ids the import added, when its table has ids and it added any.
    const bool added = *last > event.idBefore();
    // The first id taken, which on a server may lie past MAX + 1 (a rolled-back import still
    // used its sequence's numbers). The table's name is Bilan's, never input.
    qint64 first = 0;
    if (added) {
        auto taken = sql::scalar(
            m_db, QStringLiteral("SELECT MIN(id) FROM %1 WHERE id > ?").arg(mainTable(kind)),
            {event.idBefore()});
        if (!taken)
            return taken.error();
        first = taken->toLongLong();
    }
    detail.insert(QStringLiteral("first_id"),
                  added ? QJsonValue(first) : QJsonValue(QJsonValue::Null));
    detail.insert(QStringLiteral("last_id"),
                  added ? QJsonValue(*last) : QJsonValue(QJsonValue::Null));
    return event.record(detail);
}

QString CsvImporter::describe(const QString& fileName, const ImportProblem& problem)
{
    // Messages quote the file's text: a control character in it must not reach a terminal raw.
    QString text = VisibleText::of(fileName);
    if (problem.line > 0)
        text += QStringLiteral(":%1").arg(problem.line);
    text += QStringLiteral(": ");
    if (!problem.column.isEmpty())
        text += VisibleText::of(problem.column) + QStringLiteral(": ");
    return text + VisibleText::of(problem.message);
}

} // namespace bilan
