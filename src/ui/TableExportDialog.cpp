#include "TableExportDialog.h"

#include "Database.h"
#include "FileDialog.h"
#include "MessageBox.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>
#include <QWidget>

namespace bilan {

namespace {

// QSettings keys: the folder the last file was written to (shared with File ▸ Export), and the
// format of the last list written.
constexpr const char* LastFolderKey = "export/lastFolder";
constexpr const char* LastFormatKey = "export/lastListFormat";

const QString Csv = QStringLiteral("csv");
const QString Xlsx = QStringLiteral("xlsx");

// A base name that makes a file name on every system: no folder separators nor characters
// Windows refuses.
QString fileBaseName(const QString& suggested)
{
    QString name = suggested.simplified();
    for (QChar& c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return name.isEmpty() ? TableExportDialog::tr("list") : name;
}

bool hasTableSuffix(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.compare(Csv, Qt::CaseInsensitive) == 0 ||
           suffix.compare(Xlsx, Qt::CaseInsensitive) == 0;
}

} // namespace

QString TableExportDialog::csvFilter()
{
    return tr("CSV (*.csv)");
}

QString TableExportDialog::workbookFilter()
{
    return tr("Excel workbook (*.xlsx)");
}

QString TableExportDialog::writtenText(qsizetype rows, const QString& path)
{
    const QString file = QFileInfo(path).fileName();
    return rows == 1 ? tr("1 row written to %1.").arg(file)
                     : tr("%1 rows written to %2.").arg(QLocale().toString(rows), file);
}

QString TableExportDialog::exportTable(QWidget* parent, const TableData& table,
                                       const QString& suggestedBaseName,
                                       const QString& databasePath)
{
    QSettings settings;
    const QString folder =
        settings.value(QLatin1String(LastFolderKey), QDir::homePath()).toString();
    const QString format =
        settings.value(QLatin1String(LastFormatKey), Xlsx).toString() == Csv ? Csv : Xlsx;
    QString start = QDir(folder).filePath(fileBaseName(suggestedBaseName) + u'.' + format);
    QString path;
    for (;;) {
        const bool given = FileDialog::hasNextFileName();
        QString filter = format == Csv ? csvFilter() : workbookFilter();
        // The question before replacing is asked below, once the extension is added.
        path = FileDialog::getSaveFileName(parent, tr("Export the List"), start,
                                           csvFilter() + QStringLiteral(";;") + workbookFilter(),
                                           {}, FileDialog::Existing::NotAsked, &filter);
        if (path.isEmpty())
            return {};
        if (!hasTableSuffix(path))
            path += u'.' + (filter == csvFilter() ? Csv : Xlsx);
        const QFileInfo info(path);
        if (!info.exists() || FileDialog::confirmReplace(parent, info.absoluteFilePath()))
            break;
        // As the dialog's own question does: back to it, to choose another name.
        if (given)
            return {};
        start = path;
    }

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = TableFile::write(table, path, databasePath);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(parent, tr("Export the List"),
                             tr("Nothing was written: %1").arg(written.message()));
        return {};
    }
    settings.setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    settings.setValue(QLatin1String(LastFormatKey), QFileInfo(path).suffix().toLower());
    if (auto* window = parent ? qobject_cast<QMainWindow*>(parent->window()) : nullptr)
        window->statusBar()->showMessage(writtenText(table.rows.size(), path), 10000);
    return path;
}

QString TableExportDialog::exportTable(QWidget* parent, const TableData& table,
                                       const QString& suggestedBaseName, const Database& database)
{
    return exportTable(parent, table, suggestedBaseName,
                       database.isServer() ? QString() : database.path());
}

TableData TableExportDialog::fromModel(const QAbstractItemModel& model, const QString& sheetName,
                                       const QHash<int, TableColumn::Type>& types,
                                       const QHeaderView* header, int valueRole)
{
    QList<int> columns;
    if (header) {
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (logical >= 0 && logical < model.columnCount() && !header->isSectionHidden(logical))
                columns << logical;
        }
    } else {
        for (int column = 0; column < model.columnCount(); ++column)
            columns << column;
    }

    TableData table;
    table.sheetName = sheetName;
    for (const int column : columns)
        table.columns << TableColumn{model.headerData(column, Qt::Horizontal).toString(),
                                     types.value(column, TableColumn::Type::Text)};
    const int rows = model.rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QVariantList values;
        values.reserve(columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QModelIndex index = model.index(row, columns.at(i));
            QVariant value;
            if (table.columns.at(i).type != TableColumn::Type::Text)
                value = model.data(index, valueRole);
            if (!value.isValid() || value.isNull())
                value = model.data(index, Qt::DisplayRole);
            values << value;
        }
        table.rows << values;
    }
    return table;
}

} // namespace bilan
