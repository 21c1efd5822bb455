#include "ReportsView.h"

#include "FiscalYear.h"
#include "MessageBox.h"
#include "OutputTarget.h"
#include "ReportChartGrid.h"
#include "ReportInputLoader.h"
#include "ReportPrinting.h"
#include "ReportTextRepository.h"
#include "SettingsRepository.h"
#include "ui_ReportsView.h"

#include "DataExtent.h"
#include "ErrorText.h"
#include <QDate>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPrinter>
#include <QShowEvent>
#include <QTextCursor>

#include <algorithm>

namespace bilan {

namespace {

const QString French = QStringLiteral("fr");

const QString English = QStringLiteral("en");
const QString TextsField = QStringLiteral("texts");
const QString ExportField = QStringLiteral("export");

// How many years back the picker offers: the cooperative's history fits easily.
constexpr int YearsOffered = 20;

// The charts speak the interface's language, like the figures beside them.
ReportLanguage interfaceLanguage()
{
    return QLocale().language() == QLocale::French ? ReportLanguage::French
                                                   : ReportLanguage::English;
}

} // namespace

ReportsView::ReportsView(Database& database, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::ReportsView), m_db(database),
      m_dashboard(new ReportDashboardModel(this))
{
    m_ui->setupUi(this);

    for (QComboBox* combo : {m_ui->exportLanguageCombo, m_ui->textLanguageCombo}) {
        combo->addItem(tr("French"), French);
        combo->addItem(tr("English"), English);
    }
    // The report is usually wanted in the language the director works in.
    setReportLanguage(interfaceLanguage() == ReportLanguage::French ? French : English);

    m_ui->printButton->setShortcut(QKeySequence::Print);
    m_ui->printButton->setToolTip(
        tr("Print the report (%1)")
            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));

    auto* table = m_ui->figuresTable;
    table->setModel(m_dashboard);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    // Rows with room to breathe: the director reads these figures aloud at the board.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    m_charts = std::make_unique<ReportChartGrid>(m_ui->chartsBox, interfaceLanguage());

    fillYears();

    connect(m_ui->yearCombo, &QComboBox::activated, this, [this] { m_yearChosen = true; });
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Edited texts belong to the year they were loaded for: never dropped silently.
        if (!confirmLeavingTexts()) {
            revertTextsSelection();
            return;
        }
        loadFigures();
        loadTexts();
    });
    connect(m_ui->textLanguageCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!confirmLeavingTexts()) {
            revertTextsSelection();
            return;
        }
        loadTexts();
    });
    connect(m_ui->saveTextsButton, &QPushButton::clicked, this, [this] { saveTexts(); });
    // One button for both files: two would not fit beside the others on a 1024-pixel screen.
    auto* exportMenu = new QMenu(m_ui->exportButton);
    QAction* pdf = exportMenu->addAction(tr("&PDF…"), this, &ReportsView::askAndExport);
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    pdf->setToolTip(tr("The report as it prints, to send or publish"));
    QAction* odt = exportMenu->addAction(tr("&OpenDocument Text, to Edit…"), this,
                                         &ReportsView::askAndExportOdt);
    odt->setObjectName(QStringLiteral("exportOdtAction"));
    odt->setToolTip(tr("The report as an .odt file that LibreOffice Writer or Word opens, to "
                       "adjust its wording and layout before printing"));
    exportMenu->setToolTipsVisible(true);
    m_ui->exportButton->setMenu(exportMenu);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportsView::askAndPrint);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ReportsView::showPreview);

    reload();
}

ReportsView::~ReportsView() = default;

QList<QChartView*> ReportsView::visibleCharts() const
{
    return m_charts->visible();
}

void ReportsView::fillYears()
{
    auto startMonth = SettingsRepository(m_db).fiscalStartMonth();
    if (!startMonth) {
        showError(startMonth.message());
        return;
    }
    const FiscalYear current = FiscalYear::containing(m_db.clock().today(), *startMonth);
    const QSignalBlocker blocker(m_ui->yearCombo);
    m_ui->yearCombo->clear();
    for (int year = current.startYear(); year > current.startYear() - YearsOffered; --year)
        m_ui->yearCombo->addItem(FiscalYear(year, *startMonth).name(), year);
    // The report is written after the year ends: the last finished year, or the latest year
    // with data when the data stops earlier, or the year under way when all the data is in it,
    // as in a new cooperative's first year (an empty year is not a report).
    int opening = current.startYear() - 1;
    DataExtent extent(m_db);
    auto latest = extent.latestFiscalYear();
    auto earliest = extent.earliestFiscalYear();
    if (!latest || !earliest)
        showError(!latest ? latest.message() : earliest.message());
    else if (*latest && **latest < opening && m_ui->yearCombo->findData(**latest) >= 0)
        opening = **latest;
    else if (*earliest && **earliest > opening && m_ui->yearCombo->findData(**earliest) >= 0)
        opening = **earliest;
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(opening));
}

int ReportsView::fiscalYear() const
{
    return m_ui->yearCombo->currentData().toInt();
}

void ReportsView::setFiscalYear(int startYear)
{
    m_yearChosen = true;
    int index = m_ui->yearCombo->findData(startYear);
    if (index < 0) {
        // An older year than the picker offers (an archive): add it rather than refuse.
        auto startMonth = SettingsRepository(m_db).fiscalStartMonth();
        const int month = startMonth ? *startMonth : FiscalYear::DefaultStartMonth;
        m_ui->yearCombo->addItem(FiscalYear(startYear, month).name(), startYear);
        index = m_ui->yearCombo->count() - 1;
    }
    if (index == m_ui->yearCombo->currentIndex())
        reload();
    else
        m_ui->yearCombo->setCurrentIndex(index);
}

QString ReportsView::textLanguage() const
{
    return m_ui->textLanguageCombo->currentData().toString();
}

void ReportsView::setTextLanguage(const QString& language)
{
    const int index = m_ui->textLanguageCombo->findData(language);
    if (index >= 0)
        m_ui->textLanguageCombo->setCurrentIndex(index);
}

QString ReportsView::reportLanguage() const
{
    return m_ui->exportLanguageCombo->currentData().toString();
}

void ReportsView::setReportLanguage(const QString& language)
{
    const int index = m_ui->exportLanguageCombo->findData(language);
    if (index >= 0)
        m_ui->exportLanguageCombo->setCurrentIndex(index);
}

void ReportsView::reload()
{
    m_lastError.clear();
    m_ui->messageLabel->clear();
    loadFigures();
    // Texts being edited stay: reading them again would lose the edits.
    if (!textsModified())
        loadTexts();
}

void ReportsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return;
    if (!m_yearChosen && !textsModified()) {
        const int shown = fiscalYear();
        fillYears();
        if (fiscalYear() != shown) {
            loadFigures();
            loadTexts();
            return;
        }
    }
    reload();
}

void ReportsView::loadFigures()
{
    // One snapshot, so the columns and the charts never mix two states of the database.
    auto loaded = ReportInputLoader::loadWithPreviousYear(m_db, fiscalYear(), interfaceLanguage());
    if (!loaded) {
        m_dashboard->clear();
        m_charts->clear();
        showError(loaded.message());
        return;
    }
    m_dashboard->setFigures(loaded->previous, loaded->input.figures, QLocale());
    fitFiguresTable();
    m_charts->show(loaded->input);
}

// The table as wide and as tall as its cells, so that no figure or name is ever cut short and the
// charts under it get the rest of the screen.
void ReportsView::fitFiguresTable()
{
    auto* table = m_ui->figuresTable;
    auto* header = table->horizontalHeader();
    table->resizeColumnsToContents();
    const int padding = table->fontMetrics().averageCharWidth() * 3;
    int width = 2 * table->frameWidth();
    for (int column = 0; column < ReportDashboardModel::ColumnCount; ++column) {
        header->resizeSection(column, header->sectionSize(column) + padding);
        width += header->sectionSize(column);
    }
    table->setFixedWidth(width);
    table->setFixedHeight(2 * table->frameWidth() + header->sizeHint().height() +
                          table->verticalHeader()->length());
}

QString ReportsView::cellText(ReportDashboardModel::Row row,
                              ReportDashboardModel::Column column) const
{
    return m_dashboard->text(row, column);
}

void ReportsView::loadTexts()
{
    m_ui->textErrorLabel->clear();
    auto texts = ReportTextRepository(m_db).get(fiscalYear(), textLanguage());
    if (!texts) {
        showError(texts.message(), TextsField);
        return;
    }
    m_ui->presidentEdit->setPlainText(texts->president);
    m_ui->directorEdit->setPlainText(texts->director);
    m_ui->missionEdit->setPlainText(texts->mission);
    m_ui->visionEdit->setPlainText(texts->vision);
    m_ui->objectivesEdit->setPlainText(texts->objectives);
    m_textsYear = fiscalYear();
    m_textsLanguage = textLanguage();
    m_textsVersion = texts->updatedAt;
    setTextsUnmodified();
}

bool ReportsView::saveTexts()
{
    m_ui->textErrorLabel->clear();
    ReportTexts texts;
    // The year and language the texts were loaded for, which a switch being confirmed has
    // already moved away from in the pickers.
    texts.fiscalYear = m_textsYear;
    texts.language = m_textsLanguage;
    texts.president = m_ui->presidentEdit->toPlainText();
    texts.director = m_ui->directorEdit->toPlainText();
    texts.mission = m_ui->missionEdit->toPlainText();
    texts.vision = m_ui->visionEdit->toPlainText();
    texts.objectives = m_ui->objectivesEdit->toPlainText();
    // Saved on the version shown: refused when another desk wrote these texts since.
    texts.loaded = true;
    texts.updatedAt = m_textsVersion;
    ReportTextRepository repository(m_db);
    const Status saved = repository.save(texts);
    if (!saved) {
        if (saved.error().changedElsewhere)
            showStoredTexts(repository.get(m_textsYear, m_textsLanguage));
        showError(saved.message(), TextsField);
        return false;
    }
    if (auto stored = repository.get(m_textsYear, m_textsLanguage))
        m_textsVersion = stored->updatedAt;
    m_lastError.clear();
    setTextsUnmodified();
    showMessage(tr("Texts of %1 saved.")
                    .arg(m_ui->yearCombo->itemText(m_ui->yearCombo->findData(m_textsYear))));
    return true;
}

void ReportsView::showStoredTexts(const Result<ReportTexts>& stored)
{
    if (!stored)
        return;
    m_textsVersion = stored->updatedAt;
    // Replaced as an edit, not reset: Edit ▸ Undo in a text brings back what was typed there.
    const QString values[] = {stored->president, stored->director, stored->mission, stored->vision,
                              stored->objectives};
    const auto edits = textEdits();
    for (qsizetype i = 0; i < edits.size(); ++i) {
        if (edits[i]->toPlainText() == values[i])
            continue;
        QTextCursor cursor(edits[i]->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(values[i]);
    }
    setTextsUnmodified();
}

bool ReportsView::textsModified() const
{
    const auto edits = textEdits();
    return std::any_of(edits.cbegin(), edits.cend(),
                       [](const QPlainTextEdit* edit) { return edit->document()->isModified(); });
}

void ReportsView::setTextsUnmodified()
{
    for (QPlainTextEdit* edit : textEdits())
        edit->document()->setModified(false);
}

QList<QPlainTextEdit*> ReportsView::textEdits() const
{
    return {m_ui->presidentEdit, m_ui->directorEdit, m_ui->missionEdit, m_ui->visionEdit,
            m_ui->objectivesEdit};
}

bool ReportsView::confirmLeavingTexts()
{
    if (m_textsYear == 0 || !textsModified())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved texts"),
        tr("The report texts of %1 (%2) have unsaved changes.")
            .arg(m_ui->yearCombo->itemText(m_ui->yearCombo->findData(m_textsYear)),
                 m_ui->textLanguageCombo->itemText(
                     m_ui->textLanguageCombo->findData(m_textsLanguage))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        tr("Save them before showing other texts?"));
    if (answer == QMessageBox::Save)
        return saveTexts(); // a failed save is shown and the edits stay on screen
    return answer == QMessageBox::Discard;
}

void ReportsView::revertTextsSelection()
{
    const QSignalBlocker years(m_ui->yearCombo);
    const QSignalBlocker languages(m_ui->textLanguageCombo);
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(m_textsYear));
    m_ui->textLanguageCombo->setCurrentIndex(m_ui->textLanguageCombo->findData(m_textsLanguage));
}

bool ReportsView::exportPdf(const QString& path, const QString& language)
{
    auto pages = ReportPrinting::writePdf(m_db, fiscalYear(), language, path);
    if (!pages)
        return exportFailed(pages.message());
    m_lastError.clear();
    showMessage(tr("%1: %n page(s) written.", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsView::exportOdt(const QString& path, const QString& language)
{
    auto written = ReportPrinting::writeOdt(m_db, fiscalYear(), language, path);
    if (!written)
        return exportFailed(written.message());
    m_lastError.clear();
    showMessage(
        tr("%1: written, to edit in a word processor.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsView::paintReport(const ReportInput& input, QPrinter& printer)
{
    // The preview's own print dialog may send the pages to a PDF file: never the database's.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        if (auto allowed = OutputTarget::check(printer.outputFileName(), m_db.path()); !allowed)
            return exportFailed(allowed.message());
    }
    auto painted = ReportPrinting::paint(input, printer);
    if (!painted)
        return exportFailed(painted.message());
    m_lastError.clear();
    return true;
}

bool ReportsView::printReport(QPrinter& printer, const QString& language)
{
    // Printing to a PDF file writes a file like the export: the same guard against the
    // database's own files, the same all-or-nothing write.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        return exportPdf(printer.outputFileName(), language);
    auto input = ReportPrinting::load(m_db, fiscalYear(), language);
    return input ? paintReport(*input, printer) : exportFailed(input.message());
}

bool ReportsView::exportFailed(const QString& message)
{
    showError(message, ExportField);
    return false;
}

void ReportsView::askAndExport()
{
    const QString language = reportLanguage();
    const QString path = ReportPrinting::askPdfPath(this, m_ui->yearCombo->currentText(), language);
    if (path.isEmpty())
        return;
    const ReportPrinting::WaitCursor wait;
    exportPdf(path, language);
}

void ReportsView::askAndExportOdt()
{
    const QString language = reportLanguage();
    const QString path = ReportPrinting::askOdtPath(this, m_ui->yearCombo->currentText(), language);
    if (path.isEmpty())
        return;
    const ReportPrinting::WaitCursor wait;
    exportOdt(path, language);
}

void ReportsView::askAndPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    if (!ReportPrinting::askPrinter(this, printer))
        return;
    const ReportPrinting::WaitCursor wait;
    if (printReport(printer, reportLanguage()))
        showMessage(tr("The report of %1 was sent to %2.")
                        .arg(m_ui->yearCombo->currentText(), ReportPrinting::destination(printer)));
}

void ReportsView::showPreview()
{
    // Read once: the preview repaints on every zoom or page setup change.
    auto input = ReportPrinting::load(m_db, fiscalYear(), reportLanguage());
    if (!input) {
        exportFailed(input.message());
        return;
    }
    ReportPrinting::preview(
        this, m_ui->yearCombo->currentText(),
        [this, report = *input](QPrinter& target) { paintReport(report, target); });
}

void ReportsView::showError(const QString& message, const QString& field)
{
    m_lastError = message;
    if (field == TextsField) {
        m_ui->textErrorLabel->setText(ErrorText::sentence(message));
    } else {
        m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->messageLabel->setText(ErrorText::sentence(message));
    }
    emit errorOccurred(message, field);
}

void ReportsView::showMessage(const QString& message)
{
    m_ui->messageLabel->setStyleSheet(QString());
    m_ui->messageLabel->setText(message);
}

} // namespace bilan
