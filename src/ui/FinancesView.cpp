#include "FinancesView.h"

#include "ui_FinancesView.h"

#include "EnumNames.h"
#include "ErrorText.h"
#include "FinanceLine.h"
#include "FinanceRepository.h"
#include "FinanceYearModel.h"
#include "Formatting.h"
#include "ListSearch.h"
#include "MessageBox.h"
#include "Parsing.h"
#include "ReadOnlyPage.h"
#include "ReloadSupport.h"
#include "SettingsRepository.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>
#include <set>

namespace bilan {

namespace {

constexpr Scenario Scenarios[] = {Scenario::Actual, Scenario::Budget};
constexpr FinanceKind Kinds[] = {FinanceKind::RevenueMembers, FinanceKind::RevenueAuxiliary,
                                 FinanceKind::RevenueOther, FinanceKind::PublicFunding,
                                 FinanceKind::Expense};

} // namespace

FinancesView::FinancesView(Database& database, QWidget* parent, const Clock* clock)
    : QWidget(parent), m_db(database), m_ui(std::make_unique<Ui::FinancesView>()),
      m_clock(clock ? *clock : Clock::system()), m_model(new FinanceYearModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->closedBanner->hide();
    m_ui->errorLabel->hide();
    // The error line stands out from the form around it.
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(highlighted-text); "
                                                   "background: #b00020; padding: 4px;"));

    m_ui->linesView->setModel(m_model);
    m_ui->linesView->verticalHeader()->hide();
    m_ui->linesView->horizontalHeader()->setSectionResizeMode(FinanceYearModel::Label,
                                                              QHeaderView::Stretch);
    for (int column :
         {FinanceYearModel::Scenario, FinanceYearModel::Kind, FinanceYearModel::Amount})
        m_ui->linesView->horizontalHeader()->setSectionResizeMode(column,
                                                                  QHeaderView::ResizeToContents);
    new ListSearch(m_ui->linesView, tr("Search the lines (label, kind, scenario)"));
    // Amounts are edited where they are read; typing starts the editor like a spreadsheet.
    m_ui->linesView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);

    for (Scenario scenario : Scenarios)
        m_ui->scenarioCombo->addItem(displayName(scenario), static_cast<int>(scenario));
    for (FinanceKind kind : Kinds)
        m_ui->kindCombo->addItem(displayName(kind), static_cast<int>(kind));

    connect(m_model, &FinanceYearModel::totalsChanged, this, &FinancesView::updateTotals);
    connect(m_model, &FinanceYearModel::errorOccurred, this, &FinancesView::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FinancesView::updateReadOnly);
    // A committed amount that was accepted clears an earlier refusal.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FinancesView::clearError);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { (void)addLineFromForm(); });
    connect(m_ui->amountEdit, &QLineEdit::returnPressed, this, [this] { (void)addLineFromForm(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            &FinancesView::confirmRemoveSelectedLine);
    connect(m_ui->closeYearButton, &QPushButton::clicked, this,
            &FinancesView::confirmCloseOrReopen);
    // Wide enough for either text, so the toolbar does not jump when the year is closed.
    m_ui->closeYearButton->setText(tr("&Reopen the year…"));
    const int reopenWidth = m_ui->closeYearButton->sizeHint().width();
    m_ui->closeYearButton->setText(tr("&Close the year…"));
    m_ui->closeYearButton->setMinimumWidth(
        std::max(reopenWidth, m_ui->closeYearButton->sizeHint().width()));
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &FinancesView::selectYear);

    auto filled = fillYears();
    selectYear(m_ui->yearCombo->currentIndex());
    // Loading the year clears the error line; a problem met while filling the selector stays.
    if (!filled)
        showError(filled.message(), filled.error().field);
}

FinancesView::~FinancesView() = default;

FiscalYear FinancesView::year() const
{
    return FiscalYear(m_model->fiscalYear(), m_fiscalStartMonth);
}

QString FinancesView::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

QString FinancesView::bannerText() const
{
    return m_ui->closedBanner->isHidden() ? QString() : m_ui->closedBanner->text();
}

bilan::Status FinancesView::fillYears()
{
    bilan::Status problem;
    SettingsRepository settings(m_db);
    if (auto month = settings.fiscalStartMonth())
        m_fiscalStartMonth = *month;
    else
        problem = month.error();

    // The years that have lines, plus the current one and the next (the budget being drawn up).
    const FiscalYear current = FiscalYear::containing(m_clock.today(), m_fiscalStartMonth);
    std::set<int> years{current.startYear(), current.next().startYear()};
    std::set<int> withLines;
    if (auto lines = FinanceRepository(m_db).all()) {
        for (const FinanceLine& line : *lines)
            withLines.insert(line.fiscalYear);
    } else if (problem) {
        problem = lines.error();
    }
    years.insert(withLines.cbegin(), withLines.cend());
    // The page opens where the figures are: this year once it has a line, else the latest
    // year that has some (like the Board page with its meetings).
    const int opening = withLines.empty() || withLines.count(current.startYear())
                            ? current.startYear()
                            : *withLines.rbegin();

    const QSignalBlocker blocker(m_ui->yearCombo);
    m_ui->yearCombo->clear();
    // Most recent first, as the treasurer mostly works on this year or the next.
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        m_ui->yearCombo->addItem(FiscalYear(*it, m_fiscalStartMonth).name(), *it);
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(opening));
    return problem;
}

bilan::Status FinancesView::setFiscalYear(int startYear)
{
    int index = m_ui->yearCombo->findData(startYear);
    if (index < 0) {
        // Keep the selector ordered, most recent first.
        index = 0;
        while (index < m_ui->yearCombo->count() &&
               m_ui->yearCombo->itemData(index).toInt() > startYear)
            ++index;
        const QSignalBlocker blocker(m_ui->yearCombo);
        m_ui->yearCombo->insertItem(index, FiscalYear(startYear, m_fiscalStartMonth).name(),
                                    startYear);
    }
    if (m_ui->yearCombo->currentIndex() != index) {
        const QSignalBlocker blocker(m_ui->yearCombo);
        m_ui->yearCombo->setCurrentIndex(index);
    }
    clearError();
    auto loaded = m_model->setFiscalYear(startYear);
    updateReadOnly();
    updateTotals();
    return loaded;
}

void FinancesView::selectYear(int index)
{
    if (index < 0)
        return;
    (void)setFiscalYear(m_ui->yearCombo->itemData(index).toInt());
}

void FinancesView::updateTotals()
{
    const Formatting format{QLocale()};
    auto money = [&format](std::optional<qint64> cents) {
        // An absent scenario is shown like an absent percentage.
        return cents ? format.money(*cents) : format.percent(std::nullopt);
    };
    struct Row
    {
        QLabel* revenue;
        QLabel* expenses;
        QLabel* surplus;
        QLabel* selfFinancing;
    };
    const Row actual{m_ui->actualRevenueLabel, m_ui->actualExpensesLabel, m_ui->actualSurplusLabel,
                     m_ui->actualSelfFinancingLabel};
    const Row budget{m_ui->budgetRevenueLabel, m_ui->budgetExpensesLabel, m_ui->budgetSurplusLabel,
                     m_ui->budgetSelfFinancingLabel};
    for (Scenario scenario : Scenarios) {
        const Row& row = scenario == Scenario::Actual ? actual : budget;
        const FinanceTotals totals = m_model->totals(scenario);
        row.revenue->setText(money(totals.revenue()));
        row.expenses->setText(money(totals.expenses()));
        row.surplus->setText(money(totals.surplus()));
        row.selfFinancing->setText(format.percent(totals.selfFinancingPct(), 1));
    }
}

void FinancesView::updateReadOnly()
{
    const bool closed = m_model->isReadOnly();
    const bool locked = closed || m_readOnly;
    m_ui->closedBanner->setVisible(closed);
    m_ui->closedBanner->setText(
        closed ? tr("The fiscal year %1 is closed: its lines can be read but not changed.")
                     .arg(year().name())
               : QString());
    ReadOnlyPage::lockTable(m_ui->linesView, locked,
                            QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->scenarioCombo), static_cast<QWidget*>(m_ui->kindCombo),
          static_cast<QWidget*>(m_ui->labelEdit), static_cast<QWidget*>(m_ui->amountEdit),
          static_cast<QWidget*>(m_ui->addButton), static_cast<QWidget*>(m_ui->removeButton)})
        widget->setEnabled(!locked);
    m_ui->closeYearButton->setText(closed ? tr("&Reopen the year…") : tr("&Close the year…"));
    m_ui->closeYearButton->setToolTip(
        closed
            ? tr("Reopen the fiscal year %1 so its hours, finances, survey and activities can be "
                 "changed again")
                  .arg(year().name())
            : tr("Close the fiscal year %1: its hours, finances, survey and activities can "
                 "then no longer be changed")
                  .arg(year().name()));
}

void FinancesView::setReadOnly(bool readOnly, const QString& reason)
{
    m_readOnly = readOnly;
    ReadOnlyPage::showReason(this, readOnly ? reason : QString());
    ReadOnlyPage::hide({m_ui->scenarioCombo, m_ui->kindCombo, m_ui->labelEdit, m_ui->amountEdit,
                        m_ui->addButton, m_ui->removeButton, m_ui->closeYearButton},
                       readOnly);
    updateReadOnly();
}

void FinancesView::reloadFromDatabase()
{
    // An amount being typed in place is never thrown away; the next change reloads.
    if (reload::isEditing(m_ui->linesView))
        return;
    const QVariant selected = reload::currentId(m_ui->linesView, FinanceYearModel::LineIdRole);
    const int shown = m_model->fiscalYear();
    const Status filled = fillYears();
    // The year shown stays shown (setFiscalYear adds it back when it has no line any more).
    const Status loaded = setFiscalYear(shown);
    reload::selectId(m_ui->linesView, FinanceYearModel::LineIdRole, selected);
    if (!filled)
        showError(filled.message(), filled.error().field);
    else if (!loaded)
        showError(loaded.message(), loaded.error().field);
}

bilan::Status FinancesView::addLineFromForm()
{
    auto cents = Parsing::amount(m_ui->amountEdit->text());
    if (!cents) {
        showError(cents.message(), QStringLiteral("amount"));
        m_ui->amountEdit->setFocus();
        return cents.error();
    }
    FinanceLine line;
    line.scenario = static_cast<Scenario>(m_ui->scenarioCombo->currentData().toInt());
    line.kind = static_cast<FinanceKind>(m_ui->kindCombo->currentData().toInt());
    line.label = m_ui->labelEdit->text().trimmed();
    line.amountCents = *cents;
    // A refusal reaches the error line through the model's errorOccurred.
    auto added = m_model->addLine(line);
    if (!added)
        return added.error();
    clearError();
    m_ui->labelEdit->clear();
    m_ui->amountEdit->clear();
    m_ui->labelEdit->setFocus();
    return {};
}

bilan::Status FinancesView::removeSelectedLine()
{
    const QModelIndex current = m_ui->linesView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        auto none = fail(tr("Select the line to remove."));
        showError(none.message, none.field);
        return none;
    }
    auto removed = m_model->removeLine(current.row());
    if (removed)
        clearError();
    return removed;
}

QString FinancesView::lineDescription(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    auto cell = [this, row](int column) { return m_model->index(row, column).data().toString(); };
    return tr("%1 — %2 — %3: %4")
        .arg(cell(FinanceYearModel::Scenario), cell(FinanceYearModel::Kind),
             cell(FinanceYearModel::Label), cell(FinanceYearModel::Amount));
}

void FinancesView::confirmRemoveSelectedLine()
{
    const QModelIndex current = m_ui->linesView->selectionModel()->currentIndex();
    // Nothing selected: removeSelectedLine() says so.
    if (current.isValid()) {
        const auto answer =
            MessageBox::question(this, tr("Remove the line"),
                                 tr("Remove the line « %1 »?").arg(lineDescription(current.row())),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    (void)removeSelectedLine();
}

bilan::Status FinancesView::setYearClosed(bool closed)
{
    clearError();
    const FiscalYear shown = year();
    SettingsRepository settings(m_db);
    auto changed = closed ? settings.closeYear(shown) : settings.reopenYear(shown.startYear());
    if (!changed) {
        // Read again all the same (another desk may have closed it meanwhile), then say why.
        (void)setFiscalYear(shown.startYear());
        showError(changed.message(), changed.error().field);
        return changed;
    }
    // Read again: the model learns the year's state when it loads.
    return setFiscalYear(shown.startYear());
}

void FinancesView::confirmCloseOrReopen()
{
    const bool closing = !m_model->isReadOnly();
    const QString name = year().name();
    const QString question =
        closing ? tr("Close the fiscal year %1?\n\nOnce closed, the hours, the finances, the "
                     "satisfaction survey and the business-development activities of %1 can "
                     "no longer be added, changed or deleted, at any desk, until the year is "
                     "reopened.")
                      .arg(name)
                : tr("Reopen the fiscal year %1?\n\nIts hours, finances, survey and activities "
                     "can be changed again; figures already published may then no longer "
                     "match.")
                      .arg(name);
    const auto answer =
        MessageBox::question(this, closing ? tr("Close the year") : tr("Reopen the year"), question,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        (void)setYearClosed(closing);
}

void FinancesView::showError(const QString& message, const QString& field)
{
    m_ui->errorLabel->setText(ErrorText::sentence(message));
    m_ui->errorLabel->show();
    emit errorOccurred(message, field);
}

void FinancesView::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

} // namespace bilan
