#include "EngagementView.h"

#include "DataExtent.h"
#include "EngagementCohortModel.h"
#include "EngagementFilterModel.h"
#include "EngagementModel.h"
#include "EngagementRepository.h"
#include "EngagementTrendDelegate.h"
#include "EnumNames.h"
#include "ErrorText.h"
#include "Formatting.h"
#include "Parsing.h"
#include "SettingsRepository.h"
#include "ui_EngagementView.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QShortcut>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>

namespace bilan {

namespace {

// How many years back the picker offers, as on the Reports page.
constexpr int YearsOffered = 20;

} // namespace

EngagementView::EngagementView(Database& database, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EngagementView>()), m_db(database),
      m_model(new EngagementModel(this)), m_shown(new EngagementFilterModel(this)),
      m_cohorts(new EngagementCohortModel(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->emptyLabel->hide();
    QFont emptyFont = m_ui->emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_ui->emptyLabel->setFont(emptyFont);

    m_shown->setSourceModel(m_model);
    QTableView* list = m_ui->listView;
    list->setModel(m_shown);
    list->verticalHeader()->hide();
    // Compact rows: more organisations in sight, the trend still readable.
    list->verticalHeader()->setDefaultSectionSize(list->fontMetrics().height() + 8);
    list->setItemDelegateForColumn(EngagementModel::Trend, new EngagementTrendDelegate(list));
    list->setWordWrap(false);
    list->viewport()->installEventFilter(this);
    // Names that begin alike ("Coopérative d'habitation …") differ at their end.
    list->setTextElideMode(Qt::ElideMiddle);
    list->horizontalHeader()->setSectionsMovable(false);
    list->horizontalHeader()->setHighlightSections(false);
    // The rules' order (the status column, most urgent first; the sort is stable) until the user
    // clicks another header.
    list->horizontalHeader()->setSortIndicator(EngagementModel::Status, Qt::AscendingOrder);
    list->setSortingEnabled(true);

    m_ui->cohortView->setModel(m_cohorts);
    m_ui->cohortView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->cohortView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The list takes most of the height; the cohorts under it a third.
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);

    m_exportAction = new QAction(tr("Export Engagement &List…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportEngagementAction"));
    auto* listExport = new QAction(tr("E&xport…"), list);
    list->addAction(listExport);
    connect(listExport, &QAction::triggered, this, &EngagementView::askAndExport);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &EngagementView::askAndExport);

    // Ctrl+F reaches the search box while the page is shown, as on the other lists.
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });

    fillYears();
    fillFilters();

    connect(m_ui->yearCombo, &QComboBox::activated, this, [this] { m_yearChosen = true; });
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        reload();
    });
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this,
            &EngagementView::applyFilters);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this,
            &EngagementView::applyFilters);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this,
            &EngagementView::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &EngagementView::applyFilters);
    connect(m_shown, &QAbstractItemModel::rowsInserted, this, &EngagementView::updateCount);
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &EngagementView::updateCount);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &EngagementView::updateCount);
    connect(m_shown, &QAbstractItemModel::layoutChanged, this, &EngagementView::updateCount);
    // Double-click or Enter: the organisation's detail.
    connect(list, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit organisationActivated(
                index.siblingAtColumn(0).data(EngagementModel::OrganisationIdRole).toLongLong());
    });
}

EngagementView::~EngagementView() = default;

QTableView* EngagementView::listView() const
{
    return m_ui->listView;
}

QTableView* EngagementView::cohortView() const
{
    return m_ui->cohortView;
}

void EngagementView::fillYears()
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
    // A finished year compares whole years, as the Reports page: the last one, or the latest
    // with data when the data stops earlier; the year under way when all the data is in it.
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

void EngagementView::fillFilters()
{
    m_ui->statusCombo->addItem(tr("All statuses"), -1);
    for (int status = 0; status < EngagementStatusCount; ++status) {
        const auto value = static_cast<EngagementStatus>(status);
        m_ui->statusCombo->addItem(EngagementModel::statusIcon(value),
                                   EngagementModel::statusName(value), status);
        m_ui->statusCombo->setItemData(m_ui->statusCombo->count() - 1,
                                       EngagementModel::statusRule(value), Qt::ToolTipRole);
    }
    using Filter = EngagementFilterModel::CategoryFilter;
    m_ui->categoryCombo->addItem(tr("All categories"), static_cast<int>(Filter::All));
    for (MembershipCategory category :
         {MembershipCategory::Member, MembershipCategory::Auxiliary, MembershipCategory::Supporting,
          MembershipCategory::Managed})
        m_ui->categoryCombo->addItem(displayName(category),
                                     static_cast<int>(Filter::Member) + static_cast<int>(category));
    m_ui->categoryCombo->addItem(tr("None at the year's end"), static_cast<int>(Filter::None));
    m_ui->regionCombo->addItem(tr("All regions"), QString());
}

void EngagementView::fillRegions()
{
    const QString current = m_ui->regionCombo->currentData().toString();
    QStringList regions;
    for (const EngagementRow& row : m_model->engagement().rows) {
        if (!row.input.region.isEmpty() && !regions.contains(row.input.region))
            regions.append(row.input.region);
    }
    const QLocale locale;
    std::sort(regions.begin(), regions.end(), [&locale](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    const QSignalBlocker blocker(m_ui->regionCombo);
    m_ui->regionCombo->clear();
    m_ui->regionCombo->addItem(tr("All regions"), QString());
    for (const QString& region : std::as_const(regions))
        m_ui->regionCombo->addItem(region, region);
    // A region chosen stays chosen when the new year has it.
    const int index = m_ui->regionCombo->findData(current);
    m_ui->regionCombo->setCurrentIndex(index < 0 ? 0 : index);
}

int EngagementView::fiscalYear() const
{
    return m_ui->yearCombo->currentData().toInt();
}

void EngagementView::setFiscalYear(int startYear)
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

void EngagementView::reloadFromDatabase()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void EngagementView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return;
    // Until someone chooses a year, the page picks it from the data each time it is shown (a
    // new database's first memberships, typed after the window opened, make a year to show).
    if (!m_yearChosen) {
        const int shown = fiscalYear();
        fillYears();
        if (fiscalYear() != shown)
            m_stale = true;
    }
    if (m_stale)
        reload();
}

void EngagementView::reload()
{
    m_lastError.clear();
    auto startMonth = SettingsRepository(m_db).fiscalStartMonth();
    if (!startMonth) {
        showError(startMonth.message());
        return;
    }
    const FiscalYear year(fiscalYear(), *startMonth);
    // A year of a million entries takes a second: the page says what it is doing meanwhile.
    if (m_loading) {
        // Another desk's change heard during the read: read again once this read is shown.
        m_stale = true;
        return;
    }
    m_loading = true;
    m_stale = false;
    m_ui->messageLabel->setText(tr("Reading the engagement of %1…").arg(year.name()));
    m_ui->messageLabel->show();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The message laid out and painted before the read (no click or key is taken meanwhile).
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto inputs = EngagementRepository(m_db).load(year);
    QApplication::restoreOverrideCursor();
    m_ui->messageLabel->hide();
    m_loading = false;
    if (!inputs) {
        m_model->clear();
        m_cohorts->setEngagement(Engagement());
        showError(inputs.message());
        m_stale = true; // tried again when the page is next shown
        return;
    }
    showEngagement(computeEngagement(year, *inputs));
    if (m_stale)
        QTimer::singleShot(0, this, &EngagementView::reload);
}

void EngagementView::showEngagement(const Engagement& engagement)
{
    // The row being read stays current when it is still listed.
    const QModelIndex current = m_ui->listView->currentIndex();
    const QVariant selected =
        current.isValid() ? current.siblingAtColumn(0).data(EngagementModel::OrganisationIdRole)
                          : QVariant();
    m_model->setEngagement(engagement);
    m_cohorts->setEngagement(engagement);
    fillRegions();
    applyFilters();
    showSummary(engagement);
    const bool empty = engagement.rows.isEmpty();
    m_ui->emptyLabel->setText(
        empty ? tr("No member or service in %1 yet. Record memberships on the Members page, and "
                   "the hours given to organisations on the Hours page.")
                    .arg(engagement.year.name())
              : QString());
    m_ui->emptyLabel->setVisible(empty);
    m_ui->splitter->setVisible(!empty);
    m_ui->exportButton->setEnabled(!empty);
    m_exportAction->setEnabled(!empty);
    fitColumns();
    if (!selected.isNull()) {
        for (int row = 0; row < m_shown->rowCount(); ++row) {
            const QModelIndex index = m_shown->index(row, 0);
            if (index.data(EngagementModel::OrganisationIdRole) == selected) {
                m_ui->listView->setCurrentIndex(index);
                break;
            }
        }
    }
}

void EngagementView::showSummary(const Engagement& engagement)
{
    const EngagementSummary& summary = engagement.summary;
    const QLocale locale;
    const Formatting format(locale);
    const QString net = summary.netGain > 0 ? QStringLiteral("+") + locale.toString(summary.netGain)
                                            : locale.toString(summary.netGain);
    QString text = tr("Members: %1 on %2, %3 on %4. Retention %5, attrition %6, net gain %7.")
                       .arg(locale.toString(summary.membersFirstDay),
                            Parsing::formatDate(engagement.year.firstDay()),
                            locale.toString(summary.membersLastDay),
                            Parsing::formatDate(engagement.year.lastDay()),
                            format.percent(summary.retentionPct, 1),
                            format.percent(summary.attritionPct, 1), net);
    QStringList counts;
    for (int status = 0; status < EngagementStatusCount; ++status)
        counts.append(tr("%1: %2").arg(
            EngagementModel::statusName(static_cast<EngagementStatus>(status)),
            locale.toString(summary.statusCounts[static_cast<std::size_t>(status)])));
    text += u'\n' + counts.join(QStringLiteral(" · "));
    m_ui->summaryLabel->setText(engagement.year.isValid() ? text : QString());
}

QString EngagementView::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString EngagementView::emptyText() const
{
    return m_ui->emptyLabel->isHidden() ? QString() : m_ui->emptyLabel->text();
}

void EngagementView::applyFilters()
{
    const int status = m_ui->statusCombo->currentData().toInt();
    m_shown->setStatusFilter(status < 0 ? std::nullopt
                                        : std::optional(static_cast<EngagementStatus>(status)));
    m_shown->setCategoryFilter(static_cast<EngagementFilterModel::CategoryFilter>(
        m_ui->categoryCombo->currentData().toInt()));
    m_shown->setRegionFilter(m_ui->regionCombo->currentData().toString());
    m_shown->setSearchText(m_ui->searchEdit->text());
    updateCount();
}

void EngagementView::updateCount()
{
    const int shown = m_shown->rowCount();
    const int all = m_model->rowCount();
    if (shown == all)
        m_ui->countLabel->setText(shown == 1 ? tr("1 organisation")
                                             : tr("%1 organisations").arg(QLocale().toString(all)));
    else
        m_ui->countLabel->setText(tr("%1 of %2 organisations shown")
                                      .arg(QLocale().toString(shown), QLocale().toString(all)));
}

void EngagementView::fitColumns()
{
    QTableView* list = m_ui->listView;
    QHeaderView* header = list->horizontalHeader();
    // Sized on the rows at hand (a thousand at most are measured: the demo's 335 all are).
    header->setResizeContentsPrecision(1000);
    // Each column as wide as its cells or its title, whichever is wider; not as the header would
    // size it, with room for a sort arrow beside every two-line title: the arrow's room only
    // where it is.
    header->setSortIndicatorShown(false);
    list->resizeColumnsToContents();
    header->setSortIndicatorShown(true);
    const int sorted = header->sortIndicatorSection();
    if (sorted >= 0 && sorted < EngagementModel::ColumnCount)
        header->resizeSection(sorted, header->sectionSize(sorted) + header->fontMetrics().height());
    // A long category ("Fully managed member") is elided; its tooltip says it whole.
    header->resizeSection(EngagementModel::Category,
                          std::min(header->sectionSize(EngagementModel::Category),
                                   list->fontMetrics().averageCharWidth() * 22));
    header->resizeSection(EngagementModel::Trend,
                          std::max(header->sectionSize(EngagementModel::Trend),
                                   list->fontMetrics().averageCharWidth() * 12));
    m_nameWidth = header->sectionSize(EngagementModel::Organisation);
    fitNameColumn();
    m_ui->cohortView->resizeColumnsToContents();
}

void EngagementView::fitNameColumn()
{
    // The name takes what the other columns leave, within its own width and never under
    // thirty-six characters: every column in sight on a wide screen, a scroll bar on a narrow one.
    QTableView* list = m_ui->listView;
    QHeaderView* header = list->horizontalHeader();
    int others = 0;
    for (int column = 0; column < EngagementModel::ColumnCount; ++column) {
        if (column != EngagementModel::Organisation)
            others += header->sectionSize(column);
    }
    const int room = list->viewport()->width() - others;
    const int least = list->fontMetrics().averageCharWidth() * 36;
    header->resizeSection(EngagementModel::Organisation,
                          std::max(least, std::min(m_nameWidth, room)));
}

bool EngagementView::eventFilter(QObject* watched, QEvent* event)
{
    // The list's own width, once its scroll bars are placed.
    if (watched == m_ui->listView->viewport() && event->type() == QEvent::Resize && m_nameWidth > 0)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void EngagementView::showError(const QString& message)
{
    m_lastError = ErrorText::sentence(message);
    m_ui->messageLabel->setText(m_lastError);
    m_ui->messageLabel->show();
    emit errorOccurred(message, QString());
}

} // namespace bilan
