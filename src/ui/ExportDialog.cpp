#include "ExportDialog.h"

#include "ui_ExportDialog.h"

#include "CsvExporter.h"
#include "FileDialog.h"
#include "ImportDialog.h"
#include "TableExportDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace bilan {

namespace {

// QSettings key: the folder the last file was written to.
constexpr const char* LastFolderKey = "export/lastFolder";

const QString Csv = QStringLiteral("csv");
const QString Xlsx = QStringLiteral("xlsx");

QString defaultFileName(CsvKind kind, const QString& suffix = Csv)
{
    return CsvFormat::key(kind) + u'.' + suffix;
}

// The file's format as the exporter takes it from its name: a workbook for .xlsx, else CSV.
QString suffixOf(const QString& path)
{
    return QFileInfo(path).suffix().compare(Xlsx, Qt::CaseInsensitive) == 0 ? Xlsx : Csv;
}

} // namespace

ExportDialog::ExportDialog(Database& database, QWidget* parent)
    : QDialog(parent), m_db(database), m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    for (CsvKind kind : CsvFormat::kinds())
        m_ui->kindCombo->addItem(ImportDialog::kindLabel(kind), CsvFormat::key(kind));
    m_shownKind = kind();

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, [this] {
        showStatus({}, false);
        updateButtons();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ExportDialog::exportClicked);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    updateButtons();
}

ExportDialog::~ExportDialog() = default;

CsvKind ExportDialog::kind() const
{
    return CsvFormat::fromKey(m_ui->kindCombo->currentData().toString())
        .value_or(CsvKind::Organisations);
}

void ExportDialog::setKind(CsvKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(CsvFormat::key(kind)));
}

QString ExportDialog::filePath() const
{
    return m_ui->fileEdit->text().trimmed();
}

void ExportDialog::setFilePath(const QString& path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void ExportDialog::browse()
{
    QSettings settings;
    const QString folder =
        filePath().isEmpty()
            ? settings.value(QLatin1String(LastFolderKey), QDir::homePath()).toString()
            : QFileInfo(filePath()).absolutePath();
    // The format of the file named in the form, CSV the first time.
    const QString suffix = suffixOf(filePath());
    QString filter =
        suffix == Xlsx ? TableExportDialog::workbookFilter() : TableExportDialog::csvFilter();
    QString path = FileDialog::getSaveFileName(
        this, tr("Export to a CSV File or a Workbook"),
        QDir(folder).filePath(defaultFileName(kind(), suffix)),
        TableExportDialog::csvFilter() + QStringLiteral(";;") + TableExportDialog::workbookFilter(),
        {}, FileDialog::Existing::NotAsked, &filter);
    if (path.isEmpty())
        return;
    // A name without either extension takes the one of the format chosen; whether to replace
    // an existing file is asked about that final name ("hours" may become an existing
    // "hours.xlsx"), not about the name as typed.
    const QString chosen = QFileInfo(path).suffix();
    if (chosen.compare(Csv, Qt::CaseInsensitive) != 0 &&
        chosen.compare(Xlsx, Qt::CaseInsensitive) != 0)
        path += u'.' + (filter == TableExportDialog::workbookFilter() ? Xlsx : Csv);
    const QFileInfo info(path);
    if (info.exists() && !FileDialog::confirmReplace(this, info.absoluteFilePath()))
        return;
    settings.setValue(QLatin1String(LastFolderKey), info.absolutePath());
    setFilePath(path);
    m_confirmedPath = info.absoluteFilePath();
}

bool ExportDialog::exportNow()
{
    const QString path = filePath();
    if (path.isEmpty()) {
        showStatus(tr("Choose the file to write."), true);
        return false;
    }
    // The exporter refuses the database's own files itself, whatever path leads there.
    const CsvKind exportedKind = kind();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto rows = CsvExporter(m_db).exportFile(exportedKind, path);
    QGuiApplication::restoreOverrideCursor();
    if (!rows) {
        showStatus(tr("Nothing was written: %1").arg(rows.message()), true);
        emit errorOccurred(rows.message(), QStringLiteral("file"));
        return false;
    }
    const QString file = QFileInfo(path).fileName();
    showStatus(*rows == 1 ? tr("1 row written to %1.").arg(file)
                          : tr("%1 rows written to %2.").arg(QLocale().toString(*rows), file),
               false);
    emit exported(exportedKind, *rows, path);
    return true;
}

void ExportDialog::exportClicked()
{
    const QFileInfo info(filePath());
    if (info.exists() && info.isFile() && info.absoluteFilePath() != m_confirmedPath &&
        !FileDialog::confirmReplace(this, info.absoluteFilePath()))
        return;
    exportNow();
}

void ExportDialog::kindChanged()
{
    // A file named after the previous kind follows the kind; a name the user chose stays.
    const QFileInfo info(filePath());
    const QString suffix = suffixOf(filePath());
    if (!filePath().isEmpty() && info.fileName() == defaultFileName(m_shownKind, suffix))
        setFilePath(info.dir().filePath(defaultFileName(kind(), suffix)));
    m_shownKind = kind();
    showStatus({}, false);
}

void ExportDialog::showStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ExportDialog::updateButtons()
{
    m_ui->exportButton->setEnabled(!filePath().isEmpty());
}

} // namespace bilan
