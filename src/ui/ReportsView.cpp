#include "ReportsView.h"

#include "FiguresCalculator.h"
#include "FiscalYear.h"
#include "Formatting.h"
#include "ReportInputLoader.h"
#include "ReportPdf.h"
#include "ReportTextRepository.h"
#include "SettingsRepository.h"
#include "ui_ReportsView.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidgetItem>

#include <optional>

namespace bilan {

namespace {

const QString French = QStringLiteral("fr");
const QString English = QStringLiteral("en");
const QString TextsField = QStringLiteral("texts");
const QString ExportField = QStringLiteral("export");

// How many years back the picker offers: the cooperative's history fits easily.
constexpr int YearsOffered = 20;

QString dash()
{
    return QStringLiteral("—");
}

// Relative change, in percent, when the previous value is positive (else it means nothing).
template <typename T>
std::optional<double> relativeChange(std::optional<T> previous, std::optional<T> current)
{
    if (!previous || !current || *previous <= 0)
        return std::nullopt;
    return (static_cast<double>(*current) / static_cast<double>(*previous) - 1.0) * 100.0;
}

} // namespace

ReportsView::ReportsView(Database& database, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::ReportsView), m_db(database)
{
    m_ui->setupUi(this);

    for (QComboBox* combo : {m_ui->exportLanguageCombo, m_ui->textLanguageCombo}) {
        combo->addItem(tr("French"), French);
        combo->addItem(tr("English"), English);
    }

    auto* table = m_ui->figuresTable;
    table->setColumnCount(ColumnCount);
    table->setRowCount(FigureCount);
    table->setHorizontalHeaderLabels({tr("Figure"), QString(), QString(), tr("Change")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(FigureColumn, QHeaderView::Stretch);
    for (int column = PreviousColumn; column < ColumnCount; ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    fillYears();

    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_ui->textLanguageCombo, &QComboBox::currentIndexChanged, this,
            [this] { loadTexts(); });
    connect(m_ui->saveTextsButton, &QPushButton::clicked, this, [this] { saveTexts(); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportsView::askAndExport);

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

void ReportsView::reload()
{
    m_lastError.clear();
    m_ui->messageLabel->clear();
    loadFigures();
    loadTexts();
}

void ReportsView::setRow(Figure row, const QString& name, const QString& previous,
                         const QString& current, const QString& change)
{
    auto* table = m_ui->figuresTable;
    const QStringList texts{name, previous, current, change};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(texts.at(column));
        if (column != FigureColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

void ReportsView::loadFigures()
{
    const int year = fiscalYear();
    YearlyFigures previous;
    YearlyFigures current;
    {
        // One snapshot, so the two columns never mix two states of the database.
        FiguresCalculator calculator(m_db);
        ReadTransaction snapshot(m_db);
        if (!snapshot.begun()) {
            showError(snapshot.begun().message());
            return;
        }
        auto y = calculator.compute(year);
        if (!y) {
            showError(y.message());
            return;
        }
        auto y1 = calculator.compute(year - 1);
        if (!y1) {
            showError(y1.message());
            return;
        }
        current = std::move(*y);
        previous = std::move(*y1);
    }

    m_ui->figuresTable->setHorizontalHeaderLabels(
        {tr("Figure"), previous.year.name(), current.year.name(), tr("Change")});

    const Formatting format{QLocale()};
    const auto integer = [&](std::optional<qint64> v) { return v ? format.integer(*v) : dash(); };
    const auto hours = [&](std::optional<qint64> v) { return v ? format.hours(*v) : dash(); };
    const auto dollars = [&](std::optional<qint64> v) { return v ? format.dollars(*v) : dash(); };
    const auto percent = [&](std::optional<double> v) { return format.percent(v, 0); };
    const auto change = [&](std::optional<double> v) { return format.percent(v, 1, true); };
    const auto toLong = [](std::optional<int> v) {
        return v ? std::optional<qint64>(*v) : std::nullopt;
    };
    // A change of a percentage is a difference in points, not a ratio of ratios.
    const auto points = [&](std::optional<double> before, std::optional<double> after) {
        if (!before || !after)
            return dash();
        const double difference = *after - *before;
        const QString number = format.locale().toString(difference, 'f', 1);
        return tr("%1 pts").arg(difference > 0 ? QStringLiteral("+") + number : number);
    };
    // A surplus may be negative: its change is shown in dollars.
    const auto difference = [&](std::optional<qint64> before, std::optional<qint64> after) {
        if (!before || !after)
            return dash();
        const qint64 delta = *after - *before;
        return delta > 0 ? QStringLiteral("+") + format.dollars(delta) : format.dollars(delta);
    };

    setRow(Hours, tr("Hours of service"), hours(previous.minutesRendered),
           hours(current.minutesRendered),
           change(relativeChange(previous.minutesRendered, current.minutesRendered)));
    setRow(EnterprisesServed, tr("Enterprises served"), integer(toLong(previous.enterprisesServed)),
           integer(toLong(current.enterprisesServed)),
           change(relativeChange(previous.enterprisesServed, current.enterprisesServed)));
    setRow(MembersAtYearEnd, tr("Members at year end"), integer(toLong(previous.membersEnd)),
           integer(toLong(current.membersEnd)),
           change(relativeChange(previous.membersEnd, current.membersEnd)));
    setRow(NewMembers, tr("New members"), integer(toLong(previous.membersNew)),
           integer(toLong(current.membersNew)),
           change(relativeChange(previous.membersNew, current.membersNew)));
    setRow(Revenue, tr("Revenue"), dollars(previous.revenueCents), dollars(current.revenueCents),
           change(relativeChange(previous.revenueCents, current.revenueCents)));
    setRow(Expenses, tr("Expenses"), dollars(previous.expensesCents),
           dollars(current.expensesCents),
           change(relativeChange(previous.expensesCents, current.expensesCents)));
    setRow(Surplus, tr("Surplus"), dollars(previous.surplusCents), dollars(current.surplusCents),
           difference(previous.surplusCents, current.surplusCents));
    setRow(SelfFinancing, tr("Self-financing"), percent(previous.selfFinancingPct),
           percent(current.selfFinancingPct),
           points(previous.selfFinancingPct, current.selfFinancingPct));
    setRow(Satisfaction, tr("Satisfaction"), percent(previous.satisfactionPct),
           percent(current.satisfactionPct),
           points(previous.satisfactionPct, current.satisfactionPct));
}

QString ReportsView::cellText(Figure row, Column column) const
{
    const QTableWidgetItem* item = m_ui->figuresTable->item(row, column);
    return item ? item->text() : QString();
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

bool ReportsView::exportPdf(const QString& path, const QString& language)
{
    if (language != French && language != English) {
        showError(tr("The report's language is fr or en, not \"%1\".").arg(language), ExportField);
        return false;
    }
    auto input = ReportInputLoader::load(
        m_db, fiscalYear(), language == French ? ReportLanguage::French : ReportLanguage::English);
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

void ReportsView::askAndExport()
{
    const QString language = m_ui->exportLanguageCombo->currentData().toString();
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
