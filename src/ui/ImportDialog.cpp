#include "ImportDialog.h"

#include "ui_ImportDialog.h"

#include "FileDialog.h"
#include "ImportProblemModel.h"
#include "RoleLimits.h"
#include "VisibleText.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace bilan {

namespace {

// QSettings key: the folder the last file was chosen from.
constexpr const char* LastFolderKey = "import/lastFolder";
constexpr int MaxMeasuredRows = 200;

} // namespace

ImportDialog::ImportDialog(Database& database, QWidget* parent)
    : QDialog(parent), m_db(database), m_ui(std::make_unique<Ui::ImportDialog>()),
      m_problems(new ImportProblemModel(this))
{
    m_ui->setupUi(this);
    // The item data is the kind's key, the word `bilan import` takes. Only the kinds the
    // login's role may write are offered (the server would refuse the others).
    const RoleLimits limits(database);
    for (CsvKind kind : CsvFormat::kinds())
        if (limits.mayImport(kind))
            m_ui->kindCombo->addItem(kindLabel(kind), CsvFormat::key(kind));
    m_ui->problemsView->setModel(m_problems);
    QHeaderView* header = m_ui->problemsView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ImportProblemModel::Line, QHeaderView::Interactive);
    header->resizeSection(ImportProblemModel::Line,
                          fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 24);
    // Wide enough for most column names before a problem is there to measure; draggable.
    header->setSectionResizeMode(ImportProblemModel::ColumnName, QHeaderView::Interactive);
    header->resizeSection(ImportProblemModel::ColumnName,
                          fontMetrics().horizontalAdvance(QStringLiteral("organisation")) + 24);
    header->setSectionResizeMode(ImportProblemModel::Message, QHeaderView::Stretch);
    // Rows sized to their text would touch one another; a little air between problems.
    m_ui->problemsView->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 8);
    m_ui->problemsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->progressBar->hide();
    m_ui->ignoredLabel->hide();

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateColumnsHint();
        invalidate();
    });
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ImportDialog::invalidate);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    updateColumnsHint();
    invalidate();
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::kindLabel(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Organisations:
        return tr("Organisations");
    case CsvKind::Memberships:
        return tr("Memberships (periods as a member)");
    case CsvKind::Experts:
        return tr("Experts");
    case CsvKind::Hours:
        return tr("Hours (service entries)");
    case CsvKind::Board:
        return tr("Board mandates (directors)");
    case CsvKind::Meetings:
        return tr("Meetings");
    case CsvKind::Attendance:
        return tr("Meeting attendance");
    case CsvKind::Resolutions:
        return tr("Meeting resolutions");
    case CsvKind::Finances:
        return tr("Finances (actual and budget lines)");
    case CsvKind::Surveys:
        return tr("Satisfaction surveys");
    case CsvKind::Activities:
        return tr("Business-development activities");
    }
    return {};
}

CsvKind ImportDialog::kind() const
{
    return CsvFormat::fromKey(m_ui->kindCombo->currentData().toString())
        .value_or(CsvKind::Organisations);
}

void ImportDialog::setKind(CsvKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(CsvFormat::key(kind)));
}

QString ImportDialog::filePath() const
{
    return m_ui->fileEdit->text().trimmed();
}

void ImportDialog::setFilePath(const QString& path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

bool ImportDialog::canImport() const
{
    return m_checkedClean && !m_busy && !m_db.isReadOnly();
}

int ImportDialog::problemCount() const
{
    return m_problems->rowCount();
}

QString ImportDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString folder = filePath().isEmpty()
                               ? settings.value(QLatin1String(LastFolderKey)).toString()
                               : QFileInfo(filePath()).absolutePath();
    const QString path = FileDialog::getOpenFileName(
        this, tr("Choose a CSV File to Import"), folder,
        tr("CSV files (*.csv);;Excel's Unicode text (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    setFilePath(path);
    // Checking writes nothing, so the preview comes at once instead of after one more click.
    check();
}

bool ImportDialog::check()
{
    if (m_busy)
        return false;
    const ImportResult result = run(true);
    m_checkedClean = result.ok() && result.rows > 0;
    showResult(result, true);
    updateButtons();
    return result.ok();
}

bool ImportDialog::importNow()
{
    if (m_busy)
        return false;
    if (!canImport()) {
        showStatus(m_db.isReadOnly()
                       ? tr("The database is open read-only; nothing can be imported into it.")
                       : tr("Check the file first: Import is offered once a check finds no "
                            "problem."),
                   true);
        return false;
    }
    const CsvKind importedKind = kind();
    const ImportResult result = run(false);
    // Whatever happened, importing the same file twice needs a new check.
    m_checkedClean = false;
    showResult(result, false);
    updateButtons();
    if (result.written)
        emit imported(importedKind, result.rows);
    return result.written;
}

void ImportDialog::reject()
{
    // The importer cannot be stopped half-way; closing waits for it.
    if (!m_busy)
        QDialog::reject();
}

ImportResult ImportDialog::run(bool dryRun)
{
    const QString path = filePath();
    ImportResult result;
    // The importer would say "cannot read the file: No such file or directory"; say it plainly.
    if (path.isEmpty()) {
        result.problems << ImportProblem{0, {}, tr("Choose a file to import.")};
        return result;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        result.problems << ImportProblem{
            0, {}, tr("The file %1 does not exist.").arg(VisibleText::of(path))};
        return result;
    }
    if (info.isDir()) {
        result.problems << ImportProblem{
            0, {}, tr("%1 is a folder, not a CSV file.").arg(VisibleText::of(path))};
        return result;
    }

    m_ui->progressBar->setFormat(dryRun ? tr("Checking… %p%") : tr("Importing… %p%"));
    setBusy(true);
    ImportOptions options;
    options.dryRun = dryRun;
    options.progress = [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_ui->progressBar->setRange(0, 1000);
            m_ui->progressBar->setValue(
                static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
        }
        // Repaint only: the user cannot start a second import or close the dialog meanwhile.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    result = CsvImporter(m_db).importFile(kind(), path, options);
    setBusy(false);
    return result;
}

void ImportDialog::invalidate()
{
    m_checkedClean = false;
    m_problems->clear();
    m_ui->ignoredLabel->hide();
    m_ui->ignoredLabel->clear();
    showStatus(filePath().isEmpty() ? tr("Choose the kind of data and a file, then Check it.")
                                    : tr("Check the file to see its problems before anything "
                                         "is written."),
               false);
    updateButtons();
}

void ImportDialog::showResult(const ImportResult& result, bool dryRun)
{
    m_problems->setProblems(result.problems);
    // Long messages wrap; measuring every row of a file that is wrong throughout would freeze
    // the window, so those rows stay one line high with the whole message in the tooltip.
    m_ui->problemsView->verticalHeader()->setSectionResizeMode(
        m_problems->rowCount() <= MaxMeasuredRows ? QHeaderView::ResizeToContents
                                                  : QHeaderView::Interactive);
    m_ui->problemsView->scrollToTop();
    // How the file was read: a time tracker's export, columns read past.
    QStringList reading;
    if (!result.sourceFormat.isEmpty())
        reading << tr("Read as %1.").arg(result.sourceFormat);
    if (const QString skipped = CsvImporter::describeSkipped(result); !skipped.isEmpty())
        reading << skipped + QLatin1Char('.');
    if (!result.ignoredColumns.isEmpty())
        reading << tr("Ignored columns (not columns of %1): %2")
                       .arg(CsvFormat::key(kind()),
                            VisibleText::of(result.ignoredColumns.join(QStringLiteral(", "))));
    m_ui->ignoredLabel->setText(reading.join(u'\n'));
    m_ui->ignoredLabel->setVisible(!reading.isEmpty());

    const QLocale locale;
    const QString rows = locale.toString(result.rows);
    // What the file was read as: always after a check, after an import when it is not plain
    // UTF-8 with commas (a file Excel saved in Windows-1252 is said so).
    const QString format = CsvImporter::describeFormat(result);
    const auto withFormat = [&](const QString& status) {
        if (format.isEmpty() || (!dryRun && result.plainFormat()))
            return status;
        //: A status sentence, then on its own line the file's encoding and delimiter.
        return tr("%1\n%2.").arg(status, format);
    };
    if (!result.ok()) {
        // A problem with the whole file and no row read: the message says it all.
        if (result.problems.size() == 1 && result.problems.first().line == 0) {
            const QString message = VisibleText::of(result.problems.first().message);
            showStatus(tr("Nothing was written: %1").arg(message), true);
            emit errorOccurred(message, QStringLiteral("file"));
            return;
        }
        showStatus(withFormat(result.problems.size() == 1
                                  ? tr("1 problem found; nothing was written. Correct the file "
                                       "and check it again.")
                                  : tr("%1 problems found; nothing was written. Correct the file "
                                       "and check it again.")
                                        .arg(locale.toString(result.problems.size()))),
                   true);
        return;
    }
    if (!dryRun) {
        const QString database = QFileInfo(m_db.path()).fileName();
        showStatus(withFormat(result.rows == 1
                                  ? tr("1 row imported into %1.").arg(database)
                                  : tr("%1 rows imported into %2.").arg(rows, database)),
                   false);
    } else if (result.rows == 0) {
        showStatus(withFormat(tr("The file has no rows: there is nothing to import.")), false);
    } else {
        showStatus(withFormat(result.rows == 1
                                  ? tr("1 row checked, no problem found. Nothing is written "
                                       "until you press Import.")
                                  : tr("%1 rows checked, no problem found. Nothing is written "
                                       "until you press Import.")
                                        .arg(rows)),
                   false);
    }
}

void ImportDialog::showStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->kindCombo), static_cast<QWidget*>(m_ui->fileEdit),
          static_cast<QWidget*>(m_ui->browseButton), static_cast<QWidget*>(m_ui->closeButton)})
        widget->setEnabled(!busy);
    if (busy) {
        // Unknown size until the importer's first report: a moving bar.
        m_ui->progressBar->setRange(0, 0);
        m_ui->progressBar->show();
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    } else {
        m_ui->progressBar->hide();
        QGuiApplication::restoreOverrideCursor();
    }
    updateButtons();
}

void ImportDialog::updateColumnsHint()
{
    QStringList required;
    QStringList optional;
    for (const CsvColumn& column : CsvFormat::columns(kind()))
        (column.required ? required : optional) << column.name;
    QString hint = tr("Required columns: %1.").arg(required.join(QStringLiteral(", ")));
    if (!optional.isEmpty())
        hint +=
            QLatin1Char(' ') + tr("Optional columns: %1.").arg(optional.join(QStringLiteral(", ")));
    // The time trackers' exports are read as they are (TimeTrackerFormats).
    if (kind() == CsvKind::Hours)
        hint += QLatin1Char(' ') + tr("Or a Kimai, Clockify or Toggl Track export, as exported.");
    m_ui->columnsHintLabel->setText(hint);
}

void ImportDialog::updateButtons()
{
    m_ui->checkButton->setEnabled(!m_busy && !filePath().isEmpty());
    m_ui->importButton->setEnabled(canImport());
    // Enter does the next sensible step: check, then import what was checked.
    m_ui->importButton->setDefault(canImport());
    m_ui->checkButton->setDefault(!canImport());
}

} // namespace bilan
