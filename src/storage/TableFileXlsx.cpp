// TableFile's Excel workbook, written by libxlsxwriter: typed cells (never a formula), a bold
// header frozen above an autofilter, columns as wide as their longest text.

#include "OutputFile.h"
#include "TableFileCells.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace bilan {

namespace {

// Excel's limits on a sheet.
constexpr qsizetype MaxRows = 1048576;
constexpr qsizetype MaxColumns = 16384;
constexpr qsizetype MaxSheetName = 31;
constexpr qsizetype MaxCellText = 32767;
// A column's width in characters, from its longest shown text.
constexpr double NarrowestColumn = 8;
constexpr double WidestColumn = 60;
// From this many rows, a workbook is written in libxlsxwriter's constant-memory mode.
constexpr qsizetype ConstantMemoryRows = 20000;

const QString FileField = QStringLiteral("file");

struct WorkbookFree
{
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using Workbook = std::unique_ptr<lxw_workbook, WorkbookFree>;

// The sheet's name as Excel takes it: none of []:*?/\, no quote at either end, at most 31
// characters, not empty, and not "History", which Excel keeps for itself.
QString sheetName(const QString& wanted)
{
    QString name = wanted.simplified();
    for (QChar& c : name) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            c = u'_';
    }
    if (name.size() > MaxSheetName)
        name.truncate(name.at(MaxSheetName - 1).isHighSurrogate() ? MaxSheetName - 1
                                                                  : MaxSheetName);
    // After the cut, which may leave a quote at the end.
    while (!name.isEmpty() && (name.front() == u'\'' || name.front().isSpace()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == u'\'' || name.back().isSpace()))
        name.chop(1);
    if (name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        name += QStringLiteral(" (1)");
    if (name.isEmpty())
        name = TableFile::tr("List");
    return name;
}

// A cell's text as libxlsxwriter takes it: UTF-8, within Excel's length.
QByteArray cellText(QString text)
{
    if (text.size() > MaxCellText)
        text.truncate(text.at(MaxCellText - 1).isHighSurrogate() ? MaxCellText - 1 : MaxCellText);
    return text.toUtf8();
}

// The widest line of a text, in characters.
qsizetype widestLine(QStringView text)
{
    qsizetype widest = 0;
    for (const auto line : text.split(u'\n'))
        widest = std::max(widest, line.size());
    return widest;
}

// What the system said when the package could not be written, in the user's words.
QString reasonFor(lxw_error error, int systemError)
{
    switch (systemError) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return TableFile::tr("the disk is full");
    case EACCES:
    case EPERM:
        return TableFile::tr("permission denied");
    case EROFS:
        return TableFile::tr("the disk is read-only");
    default:
        break;
    }
    switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return TableFile::tr("there is not enough memory");
    case LXW_ERROR_CREATING_XLSX_FILE:
        return TableFile::tr("the file cannot be created");
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return TableFile::tr("a temporary file cannot be written (is the disk full?)");
    default:
        // The library's own words, for what a user can do nothing about.
        return TableFile::tr("the workbook cannot be written (%1)")
            .arg(QString::fromUtf8(lxw_strerror(error)));
    }
}

class SheetWriter
{
public:
    SheetWriter(lxw_workbook* workbook, lxw_worksheet* sheet, const TableData& table)
        : m_sheet(sheet), m_table(table)
    {
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        m_wrapped = workbook_add_format(workbook);
        format_set_text_wrap(m_wrapped);
        format_set_align(m_wrapped, LXW_ALIGN_VERTICAL_TOP);
        m_number = numberFormat(workbook, "0.00");
        m_percent = numberFormat(workbook, "0.0 %");
        m_date = numberFormat(workbook, "yyyy-mm-dd");
        m_dateTime = numberFormat(workbook, "yyyy-mm-dd hh:mm:ss");
        m_minutes = numberFormat(workbook, "[h]:mm");
        m_cents = numberFormat(workbook, "#,##0.00 $");
        // Excel shows a boolean as TRUE or FALSE whatever its format; LibreOffice takes it for
        // the number 1 or 0 and, in a row with a text after it, loses its own boolean format:
        // this one says TRUE or FALSE there too.
        m_boolean = numberFormat(workbook, "\"TRUE\";\"TRUE\";\"FALSE\"");
        m_widths.fill(0, table.columns.size());
    }

    lxw_error write()
    {
        const auto columns = static_cast<lxw_col_t>(m_table.columns.size());
        for (lxw_col_t c = 0; c < columns; ++c) {
            const QString& title = m_table.columns.at(c).title;
            // Bold is a little wider than the body's text.
            note(c, static_cast<double>(widestLine(title)) * 1.1);
            if (const auto error = text(0, c, title, m_header))
                return error;
        }
        for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
            const QVariantList& row = m_table.rows.at(r);
            for (lxw_col_t c = 0; c < columns && c < row.size(); ++c) {
                if (tablecells::isEmpty(row.at(c)))
                    continue;
                if (const auto error = cell(static_cast<lxw_row_t>(r + 1), c, row.at(c)))
                    return error;
            }
        }
        if (columns == 0)
            return LXW_NO_ERROR;
        for (lxw_col_t c = 0; c < columns; ++c) {
            const double width = std::clamp(m_widths.at(c) + 2, NarrowestColumn, WidestColumn);
            if (const auto error = worksheet_set_column(m_sheet, c, c, width, nullptr))
                return error;
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        return worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(m_table.rows.size()),
                                    columns - 1);
    }

private:
    static lxw_format* numberFormat(lxw_workbook* workbook, const char* code)
    {
        lxw_format* format = workbook_add_format(workbook);
        format_set_num_format(format, code);
        return format;
    }

    void note(lxw_col_t column, double width)
    {
        m_widths[column] = std::max(m_widths.at(column), width);
    }

    // Always a string, whatever it starts with: libxlsxwriter writes a formula only when asked.
    lxw_error text(lxw_row_t row, lxw_col_t column, const QString& value, lxw_format* format)
    {
        note(column, static_cast<double>(widestLine(value)));
        const bool multiLine = value.contains(u'\n');
        return worksheet_write_string(m_sheet, row, column, cellText(value).constData(),
                                      multiLine && format == nullptr ? m_wrapped : format);
    }

    lxw_error number(lxw_row_t row, lxw_col_t column, double value, lxw_format* format,
                     qsizetype shownWidth)
    {
        note(column, static_cast<double>(shownWidth));
        return worksheet_write_number(m_sheet, row, column, value, format);
    }

    lxw_error cell(lxw_row_t row, lxw_col_t column, const QVariant& cellValue)
    {
        using Type = TableColumn::Type;
        // A TableCell's own type, else the column's.
        const auto [value, type] = tablecells::typed(cellValue, m_table.columns.at(column).type);
        bool asText = false;
        // What the CSV file would hold is close to what the cell shows, for the width.
        const QString shown = tablecells::csvText(value, type, &asText);
        if (asText)
            return text(row, column, shown, nullptr);
        switch (type) {
        case Type::Text:
            break;
        case Type::Integer:
            return number(row, column, static_cast<double>(*tablecells::integer(value)), nullptr,
                          shown.size());
        case Type::Number:
            return number(row, column, *tablecells::number(value), m_number, shown.size());
        case Type::Percent:
            return number(row, column, *tablecells::number(value) / 100.0, m_percent,
                          shown.size() + 2);
        case Type::Date:
            return day(row, column, *tablecells::date(value), shown);
        case Type::DateTime:
            return moment(row, column, *tablecells::dateTime(value), shown);
        case Type::Minutes: {
            const qint64 minutes = *tablecells::integer(value);
            // Excel shows a negative time as ####: the text says it.
            if (minutes < 0)
                return text(row, column, shown, nullptr);
            return number(row, column, static_cast<double>(minutes) / 1440.0, m_minutes,
                          shown.size());
        }
        case Type::Cents:
            // Thousands separators and " $".
            return number(row, column, static_cast<double>(*tablecells::integer(value)) / 100.0,
                          m_cents, shown.size() + shown.size() / 4 + 2);
        case Type::Boolean:
            note(column, 5);
            return worksheet_write_boolean(m_sheet, row, column,
                                           *tablecells::boolean(value) ? 1 : 0, m_boolean);
        }
        return text(row, column, shown, nullptr);
    }

    // Excel's dates start in 1900: an earlier (or later than 9999) one is written as its text.
    static bool inExcelsRange(QDate day) { return day.year() >= 1900 && day.year() <= 9999; }

    lxw_error day(lxw_row_t row, lxw_col_t column, QDate value, const QString& shown)
    {
        if (!inExcelsRange(value))
            return text(row, column, shown, nullptr);
        lxw_datetime when = {value.year(), value.month(), value.day(), 0, 0, 0};
        note(column, 10);
        return worksheet_write_datetime(m_sheet, row, column, &when, m_date);
    }

    lxw_error moment(lxw_row_t row, lxw_col_t column, const QDateTime& value, const QString& shown)
    {
        const QDate date = value.date();
        if (!inExcelsRange(date))
            return text(row, column, shown, nullptr);
        const QTime time = value.time();
        lxw_datetime when = {date.year(), date.month(),  date.day(),
                             time.hour(), time.minute(), static_cast<double>(time.second())};
        note(column, 19);
        return worksheet_write_datetime(m_sheet, row, column, &when, m_dateTime);
    }

    lxw_worksheet* m_sheet;
    const TableData& m_table;
    lxw_format* m_header = nullptr;
    lxw_format* m_wrapped = nullptr;
    lxw_format* m_number = nullptr;
    lxw_format* m_percent = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    lxw_format* m_minutes = nullptr;
    lxw_format* m_cents = nullptr;
    lxw_format* m_boolean = nullptr;
    QList<double> m_widths;
};

// The sheets' names as Excel takes them, each unique (letter case ignored, as Excel compares
// them): a second "Hours" becomes "Hours (2)".
QStringList sheetNames(const QList<TableData>& tables)
{
    QStringList names;
    for (const TableData& table : tables) {
        const QString wanted = sheetName(table.sheetName);
        QString name = wanted;
        for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = wanted.left(MaxSheetName - suffix.size()) + suffix;
        }
        names << name;
    }
    return names;
}

// Writes the workbook at `file` (a path libxlsxwriter opens itself).
Status writeWorkbook(const QList<TableData>& tables, const QString& file, const QString& shownPath)
{
    const auto failed = [&](const QString& reason) -> Error {
        return fail(TableFile::tr("cannot write %1: %2").arg(shownPath, reason), FileField);
    };
    for (const TableData& table : tables) {
        if (table.rows.size() >= MaxRows)
            return failed(TableFile::tr("a workbook's sheet holds at most %1 rows")
                              .arg(QLocale().toString(MaxRows - 1)));
        if (table.columns.size() > MaxColumns)
            return failed(TableFile::tr("a workbook's sheet holds at most %1 columns")
                              .arg(QLocale().toString(MaxColumns)));
    }

    const QByteArray name = QFile::encodeName(file);
    lxw_workbook_options options = {};
    // A long list (a year of hours and more) goes to disk a row at a time rather than staying
    // in memory until the end; its texts are then written in their cells rather than shared.
    qsizetype rows = 0;
    for (const TableData& table : tables)
        rows += table.rows.size();
    options.constant_memory = rows >= ConstantMemoryRows ? LXW_TRUE : LXW_FALSE;
    Workbook workbook(workbook_new_opt(name.constData(), &options));
    if (!workbook)
        return failed(reasonFor(LXW_ERROR_MEMORY_MALLOC_FAILED, 0));
    const QStringList names = sheetNames(tables);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QByteArray sheetTitle = names.at(i).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), sheetTitle.constData());
        if (!sheet)
            return failed(reasonFor(LXW_ERROR_PARAMETER_VALIDATION, 0));
        if (const lxw_error error = SheetWriter(workbook.get(), sheet, tables.at(i)).write())
            return failed(reasonFor(error, 0));
    }

    errno = 0;
    // Writes the package and frees the workbook, whatever the outcome.
    const lxw_error closed = workbook_close(workbook.release());
    const int systemError = errno;
    if (closed != LXW_NO_ERROR)
        return failed(reasonFor(closed, systemError));
    return {};
}

} // namespace

namespace tablecells {

Status writeXlsx(const QList<TableData>& tables, const QString& path, const QString& databasePath)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Never over the database; owner-only, since lists name people; and all or nothing.
    OutputFile output(path, databasePath);
    if (auto begun = output.begin(); !begun)
        return begun;
    if (!output.temporaryPath().isEmpty()) {
        // Beside the target, renamed over it once complete.
        if (auto written = writeWorkbook(tables, output.temporaryPath(), shown); !written) {
            output.discard();
            return written;
        }
        return output.commit();
    }
    // A target that is not a regular file (a device, a pipe): the workbook is made in a private
    // folder, then its bytes go through.
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(TableFile::tr("cannot write %1: %2")
                        .arg(shown, TableFile::tr("a temporary file cannot be written (is the "
                                                  "disk full?)")),
                    FileField);
    const QString built = folder.filePath(QStringLiteral("list.xlsx"));
    if (auto written = writeWorkbook(tables, built, shown); !written)
        return written;
    QFile workbook(built);
    if (!workbook.open(QIODevice::ReadOnly))
        return fail(TableFile::tr("cannot write %1: %2").arg(shown, workbook.errorString()),
                    FileField);
    // A failed write is said by commit(), in the system's words (a full disk).
    output.write(workbook.readAll());
    return output.commit();
}

} // namespace tablecells

} // namespace bilan
