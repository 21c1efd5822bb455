#include "ReportsView.h"

#include "FiguresCalculator.h"
#include "FiscalYear.h"
#include "ReportCharts.h"
#include "ReportInputLoader.h"
#include "ReportLabels.h"
#include "ReportPdf.h"
#include "ReportTextRepository.h"
#include "SettingsRepository.h"
#include "ui_ReportsView.h"

#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <optional>

namespace bilan {

namespace {

const QString French = QStringLiteral("fr");
const QString English = QStringLiteral("en");
const QString TextsField = QStringLiteral("texts");
const QString ExportField = QStringLiteral("export");

// How many years back the picker offers: the cooperative's history fits easily.
constexpr int YearsOffered = 20;

// The dashboard's charts, in the report's order, two by two.
constexpr ChartKind DashboardCharts[] = {ChartKind::Hours, ChartKind::Members, ChartKind::Revenue,
                                         ChartKind::Experts};

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
    createCharts();

    fillYears();

    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_ui->textLanguageCombo, &QComboBox::currentIndexChanged, this,
            [this] { loadTexts(); });
    connect(m_ui->saveTextsButton, &QPushButton::clicked, this, [this] { saveTexts(); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportsView::askAndExport);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportsView::askAndPrint);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ReportsView::showPreview);

    reload();
}

ReportsView::~ReportsView() = default;

void ReportsView::fillYears()
{
    auto startMonth = SettingsRepository(m_db).fiscalStartMonth();
    if (!startMonth) {
        showError(startMonth.message());
        return;
    }
    const FiscalYear current = FiscalYear::containing(QDate::currentDate(), *startMonth);
    const QSignalBlocker blocker(m_ui->yearCombo);
    m_ui->yearCombo->clear();
    for (int year = current.startYear(); year > current.startYear() - YearsOffered; --year)
        m_ui->yearCombo->addItem(FiscalYear(year, *startMonth).name(), year);
    // The report is written after the year ends: the last finished year comes first.
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->count() > 1 ? 1 : 0);
}

int ReportsView::fiscalYear() const
{
    return m_ui->yearCombo->currentData().toInt();
}

void ReportsView::setFiscalYear(int startYear)
{
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
    loadTexts();
}

void ReportsView::createCharts()
{
    auto* layout = qobject_cast<QGridLayout*>(m_ui->chartsBox->layout());
    int position = 0;
    for (ChartKind kind : DashboardCharts) {
        auto* view = new QChartView(m_ui->chartsBox);
        view->setObjectName(QStringLiteral("chart-") + ReportCharts::key(kind));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 180);
        view->setFocusPolicy(Qt::NoFocus);
        view->setToolTip(ReportCharts::title(kind, interfaceLanguage()));
        layout->addWidget(view, position / 2, position % 2);
        m_charts << view;
        ++position;
    }
}

QList<QChartView*> ReportsView::visibleCharts() const
{
    QList<QChartView*> shown;
    for (QChartView* view : m_charts)
        if (!view->isHidden())
            shown << view;
    return shown;
}

void ReportsView::clearCharts()
{
    for (QChartView* view : m_charts)
        view->hide();
}

void ReportsView::showCharts(const ReportInput& input)
{
    for (int i = 0; i < m_charts.size(); ++i) {
        const ChartKind kind = DashboardCharts[i];
        QChartView* view = m_charts.at(i);
        // An empty chart says nothing a dash in the table does not: left out, as in the report.
        if (!ReportCharts::hasData(kind, input)) {
            view->hide();
            continue;
        }
        QChart* previous = view->chart();
        QChart* chart = ReportCharts::create(kind, input);
        // A legend entry the chart's width cuts short shows whole under the mouse.
        chart->legend()->setShowToolTips(true);
        view->setChart(chart);
        // The view gives up the chart it replaces rather than deleting it.
        delete previous;
        view->show();
    }
}

void ReportsView::loadFigures()
{
    const int year = fiscalYear();
    YearlyFigures previous;
    YearlyFigures current;
    std::optional<ReportInput> charts;
    {
        // One snapshot, so the columns and the charts never mix two states of the database.
        FiguresCalculator calculator(m_db);
        ReadTransaction snapshot(m_db);
        const auto failed = [this](const QString& message) {
            m_dashboard->clear();
            clearCharts();
            showError(message);
        };
        if (!snapshot.begun())
            return failed(snapshot.begun().message());
        auto y = calculator.compute(year);
        if (!y)
            return failed(y.message());
        auto y1 = calculator.compute(year - 1);
        if (!y1)
            return failed(y1.message());
        auto input = ReportInputLoader::load(m_db, year, interfaceLanguage());
        if (!input)
            return failed(input.message());
        charts = std::move(*input);
        current = std::move(*y);
        previous = std::move(*y1);
    }
    m_dashboard->setFigures(previous, current, QLocale());
    fitFiguresTable();
    showCharts(*charts);
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
}

bool ReportsView::saveTexts()
{
    m_ui->textErrorLabel->clear();
    ReportTexts texts;
    texts.fiscalYear = fiscalYear();
    texts.language = textLanguage();
    texts.president = m_ui->presidentEdit->toPlainText();
    texts.director = m_ui->directorEdit->toPlainText();
    texts.mission = m_ui->missionEdit->toPlainText();
    texts.vision = m_ui->visionEdit->toPlainText();
    texts.objectives = m_ui->objectivesEdit->toPlainText();
    const Status saved = ReportTextRepository(m_db).save(texts);
    if (!saved) {
        showError(saved.message(), TextsField);
        return false;
    }
    m_lastError.clear();
    showMessage(tr("Texts of %1 saved.").arg(m_ui->yearCombo->currentText()));
    return true;
}

Result<ReportInput> ReportsView::loadReport(const QString& language)
{
    if (language != French && language != English)
        return fail(tr("The report's language is fr or en, not \"%1\".").arg(language));
    return ReportInputLoader::load(
        m_db, fiscalYear(), language == French ? ReportLanguage::French : ReportLanguage::English);
}

bool ReportsView::exportPdf(const QString& path, const QString& language)
{
    auto input = loadReport(language);
    if (!input) {
        showError(input.message(), ExportField);
        return false;
    }
    auto pages = ReportPdf::write(*input, path);
    if (!pages) {
        showError(pages.message(), ExportField);
        return false;
    }
    m_lastError.clear();
    showMessage(tr("%1: %n page(s) written.", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsView::paintReport(const ReportInput& input, QPrinter& printer)
{
    printer.setDocName(
        ReportLabels::text("Activity report %1", input.language).arg(input.figures.year.name()));
    auto pages = ReportPdf::paint(input, printer);
    if (!pages) {
        showError(pages.message(), ExportField);
        return false;
    }
    m_lastError.clear();
    return true;
}

bool ReportsView::printReport(QPrinter& printer, const QString& language)
{
    auto input = loadReport(language);
    if (!input) {
        showError(input.message(), ExportField);
        return false;
    }
    return paintReport(*input, printer);
}

void ReportsView::askAndExport()
{
    const QString language = reportLanguage();
    const QString suggested = QDir::home().filePath(
        tr("annual-report-%1-%2.pdf").arg(m_ui->yearCombo->currentText(), language));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the annual report"), suggested,
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    exportPdf(path, language);
    QGuiApplication::restoreOverrideCursor();
}

void ReportsView::askAndPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the annual report"));
    // The report always prints whole, on its own A4 pages: no page range, no page size to pick.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintCollateCopies);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (printReport(printer, reportLanguage()))
        showMessage(tr("The report of %1 was sent to %2.")
                        .arg(m_ui->yearCombo->currentText(),
                             printer.outputFormat() == QPrinter::PdfFormat
                                 ? QDir::toNativeSeparators(printer.outputFileName())
                                 : printer.printerName()));
    QGuiApplication::restoreOverrideCursor();
}

void ReportsView::showPreview()
{
    // Read once: the preview repaints on every zoom or page setup change.
    auto input = loadReport(reportLanguage());
    if (!input) {
        showError(input.message(), ExportField);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(tr("Print preview — %1").arg(m_ui->yearCombo->currentText()));
    dialog.resize(900, 1000);
    const ReportInput report = *input;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &report](QPrinter* target) { paintReport(report, *target); });
    dialog.exec();
}

void ReportsView::showError(const QString& message, const QString& field)
{
    m_lastError = message;
    if (field == TextsField) {
        m_ui->textErrorLabel->setText(message);
    } else {
        m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->messageLabel->setText(message);
    }
    emit errorOccurred(message, field);
}

void ReportsView::showMessage(const QString& message)
{
    m_ui->messageLabel->setStyleSheet(QString());
    m_ui->messageLabel->setText(message);
}

} // namespace bilan
